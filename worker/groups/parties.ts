/**
 * Who acts in the groups' matching, and what others may see of them. A party is a pool entry (one
 * household) or an initiative (a forming group); a manage token (or a further link from a mail)
 * names exactly one of them. What others see is the public view: bands, wishes and the text the
 * seeker wrote — never a name or an email (those only through `contactsOf`, for an accepted
 * interest).
 */
import { and, eq, gt, isNotNull, or } from 'drizzle-orm';
import { hashToken } from '../contact/token';
import { inJson } from '../db/chunk';
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

export const poolView = (e: Pick<PoolEntry, 'id' | 'card' | 'text'>): PoolCardView => ({ kind: 'pool', id: e.id, card: e.card, text: e.text });
export const initiativeView = (i: Pick<Initiative, 'id' | 'name' | 'text' | 'profile' | 'seeking' | 'households' | 'openPlaces'>): InitiativeView => ({
  kind: 'initiative', id: i.id, name: i.name, text: i.text, profile: i.profile, seeking: i.seeking, households: i.households, openPlaces: i.openPlaces,
});

/**
 * What others see of a pool entry or a member never changes once stored (a new answer is a new
 * entry): within an isolate the same object per pool entry or member, so the group fit's per-card
 * work (worker/groups/fit.ts: seeker plans, the card as a listing) is done once, and a warm
 * request reads from D1 only which parties are live (their ids), not 2,000 cards again. Bounded;
 * only bands and the seeker's own words, and only used for ids read as live from D1 in the same
 * request, so an erased or expired entry is never shown or scored again.
 */
const POOL = new Map<string, Pick<PoolEntry, 'id' | 'card' | 'text'>>();
const MEMBERS = new Map<string, { id: string; household: HouseholdCard | null }>();
/**
 * An open initiative as the fit and its card need it, kept per isolate while its `updated_at`
 * stays (every write of an initiative sets it).
 */
const INITIATIVES = new Map<string, LiveInitiative>();
const KEPT_MAX = 20_000;
export type LiveInitiative = Pick<Initiative, 'id' | 'name' | 'text' | 'profile' | 'seeking' | 'households' | 'openPlaces' | 'updatedAt'>;

/** Keeps `rows` by id; a full map is emptied first, never while a request's rows go in. */
function keep<V extends { id: string }>(map: Map<string, V>, rows: readonly V[]): void {
  if (map.size + rows.length > KEPT_MAX) map.clear();
  for (const r of rows) map.set(r.id, r);
}

/** Confirmed members' household cards per initiative, for the group fit. */
export async function memberCards(db: Database, ids: readonly string[]): Promise<Map<string, HouseholdCard[]>> {
  const cards = new Map<string, HouseholdCard[]>();
  if (ids.length === 0) return cards;
  const m = initiativeMembers;
  const live = await db.select({ id: m.id, initiativeId: m.initiativeId }).from(m).where(and(inJson(m.initiativeId, ids), isNotNull(m.confirmedAt))).all();
  // This request's copies, taken before `keep` may empty the isolate's map.
  const mine = new Map(live.map((r) => [r.id, MEMBERS.get(r.id)]));
  const unknown = live.filter((r) => !mine.get(r.id)).map((r) => r.id);
  if (unknown.length) {
    const rows = await db.select({ id: m.id, household: m.household }).from(m).where(inJson(m.id, unknown)).all();
    for (const r of rows) mine.set(r.id, r);
    keep(MEMBERS, rows);
  }
  for (const r of live) {
    const card = mine.get(r.id)?.household;
    if (card) cards.set(r.initiativeId, [...(cards.get(r.initiativeId) ?? []), card]);
  }
  return cards;
}

export const forFit = (i: Pick<Initiative, 'id' | 'profile' | 'seeking'>, members: readonly HouseholdCard[]): InitiativeForFit => ({
  id: i.id, profile: i.profile, seeking: i.seeking, legalForms: i.seeking.legalForms, members,
});

/**
 * Live pool entries and open initiatives of a region, with only what the fit and the cards show
 * (never names, addresses or tokens): which are live from D1 on every call, their contents from
 * the isolate's copies where it has them (one round trip when warm, two otherwise).
 */
export async function liveParties(db: Database, region: string, now: number): Promise<{ pool: Pick<PoolEntry, 'id' | 'card' | 'text'>[]; initiatives: LiveInitiative[] }> {
  const i = initiatives;
  const [poolIds, open] = await db.batch([
    db.select({ id: poolEntries.id }).from(poolEntries).where(and(eq(poolEntries.regionOrganizationId, region), isNotNull(poolEntries.confirmedAt), gt(poolEntries.expiresAt, now))),
    db.select({ id: i.id, updatedAt: i.updatedAt }).from(i).where(and(eq(i.regionOrganizationId, region), eq(i.state, 'open'))),
  ]);
  // This request's copies, taken before `keep` may empty the isolate's maps.
  const pool = new Map(poolIds.map((r) => [r.id, POOL.get(r.id)]));
  const groupsOf = new Map(open.map((r) => [r.id, INITIATIVES.get(r.id)]));
  const unknownPool = poolIds.filter((r) => !pool.get(r.id)).map((r) => r.id);
  const changed = open.filter((r) => groupsOf.get(r.id)?.updatedAt !== r.updatedAt).map((r) => r.id);
  if (unknownPool.length || changed.length) {
    const [entries, groups] = await db.batch([
      db.select({ id: poolEntries.id, card: poolEntries.card, text: poolEntries.text }).from(poolEntries).where(inJson(poolEntries.id, unknownPool)),
      db.select({ id: i.id, updatedAt: i.updatedAt, name: i.name, text: i.text, profile: i.profile, seeking: i.seeking, households: i.households, openPlaces: i.openPlaces }).from(i).where(inJson(i.id, changed)),
    ]);
    for (const e of entries) pool.set(e.id, e);
    for (const g of groups) groupsOf.set(g.id, g);
    keep(POOL, entries);
    keep(INITIATIVES, groups);
  }
  return {
    // Gone between the two batches (or changed again): left out, as not live.
    pool: poolIds.flatMap((r) => pool.get(r.id) ?? []),
    initiatives: open.flatMap((r) => {
      const g = groupsOf.get(r.id);
      return g && g.updatedAt === r.updatedAt ? [g] : [];
    }),
  };
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
