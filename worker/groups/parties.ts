/**
 * Who acts in the groups' matching, and what others may see of them. A party is a pool entry (one
 * household) or an initiative (a forming group); a manage token (or a further link from a mail)
 * names exactly one of them. What others see is the public view: bands, wishes and the text the
 * seeker wrote — never a name or an email (those only through `contactsOf`, for an accepted
 * interest).
 */
import { and, eq, gt, isNotNull, or, sql } from 'drizzle-orm';
import { hashToken } from '../contact/token';
import type { Database } from '../db/client';
import type { HouseholdCard, InitiativeHouseholds, InitiativeSeeking } from '../db/json';
import { groupBlocks, groupLinks, initiativeMembers, initiatives, poolEntries, type Initiative, type InitiativeMember, type PoolEntry, PARTY_KINDS } from '../db/schema';
import type { Answers } from '../questionnaire/types';
import type { InitiativeForFit } from './fit';

export type PartyKind = (typeof PARTY_KINDS)[number];
export interface PartyRef {
  kind: PartyKind;
  id: string;
}

/** `pool:{id}` or `initiative:{id}` (a form's hidden field) as a reference; null for anything else. */
export function partyRefOf(value: string): PartyRef | null {
  const at = value.indexOf(':');
  const kind = value.slice(0, at);
  const id = value.slice(at + 1);
  return at > 0 && (PARTY_KINDS as readonly string[]).includes(kind) && id.length > 0 && id.length <= 64 ? { kind: kind as PartyKind, id } : null;
}

/** The token shape of `newToken()`; anything else is unknown without a query. */
export const GROUP_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type Actor =
  | { kind: 'pool'; id: string; region: string; entry: PoolEntry }
  | { kind: 'initiative'; id: string; region: string; initiative: Initiative; member: InitiativeMember };

/** A pool entry others can find: confirmed and not expired. */
export const poolLive = (entry: Pick<PoolEntry, 'confirmedAt' | 'expiresAt'>, now: number) => entry.confirmedAt !== null && entry.expiresAt > now;
/** An initiative others can find: confirmed by a founder and not closed. */
export const initiativeLive = (initiative: Pick<Initiative, 'state'>) => initiative.state === 'open';

export function actorLive(actor: Actor, now: number): boolean {
  return actor.kind === 'pool' ? poolLive(actor.entry, now) : initiativeLive(actor.initiative) && actor.member.confirmedAt !== null;
}

async function memberActor(db: Database, where: ReturnType<typeof eq>): Promise<Actor | null> {
  const row = await db.select({ member: initiativeMembers, initiative: initiatives }).from(initiativeMembers).innerJoin(initiatives, eq(initiatives.id, initiativeMembers.initiativeId)).where(where).get();
  return row ? { kind: 'initiative', id: row.initiative.id, region: row.initiative.regionOrganizationId, initiative: row.initiative, member: row.member } : null;
}

/**
 * The party a manage token (or a further link from an interest mail) acts for, or null.
 * @example
 * const actor = await actorForToken(db, token); // { kind: 'pool', id, region, entry } | …
 */
export async function actorForToken(db: Database, token: string): Promise<Actor | null> {
  if (!GROUP_TOKEN_PATTERN.test(token)) return null;
  const hash = await hashToken(token);
  const entry = await db.select().from(poolEntries).where(eq(poolEntries.manageTokenHash, hash)).get();
  if (entry) return { kind: 'pool', id: entry.id, region: entry.regionOrganizationId, entry };
  const member = await memberActor(db, eq(initiativeMembers.manageTokenHash, hash));
  if (member) return member;
  const link = await db.select().from(groupLinks).where(eq(groupLinks.tokenHash, hash)).get();
  if (link?.poolEntryId) {
    const linked = await db.select().from(poolEntries).where(eq(poolEntries.id, link.poolEntryId)).get();
    return linked ? { kind: 'pool', id: linked.id, region: linked.regionOrganizationId, entry: linked } : null;
  }
  return link?.memberId ? memberActor(db, eq(initiativeMembers.id, link.memberId)) : null;
}

/** A household's card as others see it. */
export interface PoolCardView {
  kind: 'pool';
  id: string;
  card: HouseholdCard;
  text: string;
}

/** An initiative's profile as others see it (its members' households only in aggregate). */
export interface InitiativeView {
  kind: 'initiative';
  id: string;
  name: string;
  text: string;
  profile: Answers;
  seeking: InitiativeSeeking;
  households: InitiativeHouseholds;
  openPlaces: number;
}

export const poolView = (e: PoolEntry): PoolCardView => ({ kind: 'pool', id: e.id, card: e.card, text: e.text });
export const initiativeView = (i: Initiative): InitiativeView => ({
  kind: 'initiative', id: i.id, name: i.name, text: i.text, profile: i.profile, seeking: i.seeking, households: i.households, openPlaces: i.openPlaces,
});

/**
 * Cards never change once stored (a new answer is a new entry): within an isolate the same object
 * per pool entry or member, so the group fit's per-card work (worker/groups/fit.ts: seeker plans,
 * the card as a listing) is done once, not on every request. Bounded; only bands, and only used
 * for parties read as live from D1, so an erased entry's card is never shown or scored again.
 */
const CARDS = new Map<string, HouseholdCard>();
const CARDS_MAX = 50_000;
function stableCard(key: string, card: HouseholdCard): HouseholdCard {
  const known = CARDS.get(key);
  if (known) return known;
  if (CARDS.size >= CARDS_MAX) CARDS.clear();
  CARDS.set(key, card);
  return card;
}

/** Confirmed members' household cards per initiative, for the group fit. */
export async function memberCards(db: Database, ids: readonly string[]): Promise<Map<string, HouseholdCard[]>> {
  const cards = new Map<string, HouseholdCard[]>();
  if (ids.length === 0) return cards;
  const rows = await db
    .select({ id: initiativeMembers.id, initiativeId: initiativeMembers.initiativeId, household: initiativeMembers.household })
    .from(initiativeMembers)
    // One parameter however many initiatives (D1 binds at most 100): a region's 300 failed as an IN list.
    .where(and(sql`${initiativeMembers.initiativeId} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`, isNotNull(initiativeMembers.confirmedAt)))
    .all();
  for (const r of rows) if (r.household) cards.set(r.initiativeId, [...(cards.get(r.initiativeId) ?? []), stableCard(`member:${r.id}`, r.household)]);
  return cards;
}

export const forFit = (i: Initiative, members: readonly HouseholdCard[]): InitiativeForFit => ({
  id: i.id, profile: i.profile, seeking: i.seeking, legalForms: i.seeking.legalForms, members,
});

/** Live pool entries and open initiatives of a region. */
export async function liveParties(db: Database, region: string, now: number) {
  const [pool, open] = await Promise.all([
    db.select().from(poolEntries).where(and(eq(poolEntries.regionOrganizationId, region), isNotNull(poolEntries.confirmedAt), gt(poolEntries.expiresAt, now))).all(),
    db.select().from(initiatives).where(and(eq(initiatives.regionOrganizationId, region), eq(initiatives.state, 'open'))).all(),
  ]);
  return { pool: pool.map((e) => ({ ...e, card: stableCard(`pool:${e.id}`, e.card) })), initiatives: open };
}

const key = (p: PartyRef) => `${p.kind}:${p.id}`;

/** Parties hidden from `party` and it from them: blocked by it, or blocking it. */
export async function hiddenFrom(db: Database, party: PartyRef): Promise<Set<string>> {
  const rows = await db
    .select()
    .from(groupBlocks)
    .where(or(and(eq(groupBlocks.blockerKind, party.kind), eq(groupBlocks.blockerId, party.id)), and(eq(groupBlocks.blockedKind, party.kind), eq(groupBlocks.blockedId, party.id))))
    .all();
  return new Set(rows.map((r) => (r.blockerKind === party.kind && r.blockerId === party.id ? key({ kind: r.blockedKind, id: r.blockedId }) : key({ kind: r.blockerKind, id: r.blockerId }))));
}

export const partyKey = key;

/** The party by reference, if it exists (live or not). */
export async function loadParty(db: Database, ref: PartyRef): Promise<{ kind: 'pool'; entry: PoolEntry } | { kind: 'initiative'; initiative: Initiative } | null> {
  if (ref.kind === 'pool') {
    const entry = await db.select().from(poolEntries).where(eq(poolEntries.id, ref.id)).get();
    return entry ? { kind: 'pool', entry } : null;
  }
  const initiative = await db.select().from(initiatives).where(eq(initiatives.id, ref.id)).get();
  return initiative ? { kind: 'initiative', initiative } : null;
}

/** Who is told about an interest, and whose name and email an accepted interest reveals. */
export interface Recipient {
  name: string;
  email: string;
  locale: 'de' | 'en';
  poolEntryId?: string;
  memberId?: string;
}

/** A pool entry's household, or an initiative's confirmed members. */
export async function recipientsOf(db: Database, ref: PartyRef): Promise<Recipient[]> {
  if (ref.kind === 'pool') {
    const e = await db.select().from(poolEntries).where(eq(poolEntries.id, ref.id)).get();
    return e ? [{ name: e.name, email: e.email, locale: e.locale, poolEntryId: e.id }] : [];
  }
  const rows = await db.select().from(initiativeMembers).where(and(eq(initiativeMembers.initiativeId, ref.id), isNotNull(initiativeMembers.confirmedAt))).all();
  return rows.map((m) => ({ name: m.name, email: m.email, locale: m.locale, memberId: m.id }));
}
