/**
 * Mutual consent, then contact. One side sends an interest with a short message; the other
 * accepts or declines. Only an accepted interest shows each side the other's names and emails (and
 * a mail through the outbox tells both); before, and after either side withdrew, nothing is
 * revealed. A block hides both sides from each other and ends their interests; a report goes to
 * the municipality of the region and blocks too.
 */
import { and, count, eq, gt, inArray, or } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { hashToken, newToken } from '../contact/token';
import type { Database } from '../db/client';
import { groupBlocks, groupLinks, groupReports, interests, type Interest, type REPORT_REASONS } from '../db/schema';
import { outboxInsert, outboxInsertIf } from '../outbox/outbox';
import { teamRecipients } from '../organizations/recipients';
import { messages } from '../i18n';
import { connectedMail, interestMail, partyLabel, reportMail } from './mails';
import {
  actorLive, hiddenFrom, initiativeLive, initiativeView, loadParty, partyKey, poolLive, poolView, recipientsOf,
  type Actor, type InitiativeView, type PartyRef, type PoolCardView, type Recipient,
} from './parties';

export const INTEREST_MESSAGE_MAX = 1000;
export const REPORT_NOTE_MAX = 1000;
/** Reports one party may send in REPORT_WINDOW_MS (each one mails the municipality). */
export const MAX_REPORTS_PER_DAY = 5;
const REPORT_WINDOW_MS = 24 * 60 * 60 * 1000;

export type SendFailure = 'not_live' | 'unknown_party' | 'self' | 'not_between_initiatives' | 'reverse_pending' | 'already_sent';
export type SendResult = { ok: true; interest: Interest; mailIds: string[] } | { ok: false; reason: SendFailure };

const me = (actor: Actor): PartyRef => ({ kind: actor.kind, id: actor.id });
const involves = (p: PartyRef) =>
  or(and(eq(interests.fromKind, p.kind), eq(interests.fromId, p.id)), and(eq(interests.toKind, p.kind), eq(interests.toId, p.id)));
const between = (a: PartyRef, b: PartyRef) =>
  or(
    and(eq(interests.fromKind, a.kind), eq(interests.fromId, a.id), eq(interests.toKind, b.kind), eq(interests.toId, b.id)),
    and(eq(interests.fromKind, b.kind), eq(interests.fromId, b.id), eq(interests.toKind, a.kind), eq(interests.toId, a.id)),
  );

/** A fresh manage link for one recipient of a mail (only its hash is kept). */
async function linkFor(db: Database, r: Recipient, origin: string, now: number) {
  const token = newToken();
  return {
    url: `${origin}/manage/${token}`,
    query: db.insert(groupLinks).values({ tokenHash: await hashToken(token), poolEntryId: r.poolEntryId ?? null, memberId: r.memberId ?? null, createdAt: now }),
  };
}

type Live = { kind: 'pool'; view: PoolCardView; name?: never } | { kind: 'initiative'; view: InitiativeView; name: string };

/** The other party if it exists, is live and is not hidden from `actor`. */
async function liveOther(db: Database, actor: Actor, ref: PartyRef, now: number): Promise<Live | null> {
  const party = await loadParty(db, ref);
  if (!party) return null;
  if (party.kind === 'pool' ? !poolLive(party.entry, now) || party.entry.regionOrganizationId !== actor.region : !initiativeLive(party.initiative) || party.initiative.regionOrganizationId !== actor.region) return null;
  if ((await hiddenFrom(db, me(actor))).has(partyKey(ref))) return null;
  return party.kind === 'pool' ? { kind: 'pool', view: poolView(party.entry) } : { kind: 'initiative', view: initiativeView(party.initiative), name: party.initiative.name };
}

const labelOf = (actor: Actor) => (actor.kind === 'pool' ? { kind: 'pool' as const } : { kind: 'initiative' as const, name: actor.initiative.name });

/**
 * Sends an interest from `actor` to `to` and mails its recipients (in one batch, only if the
 * interest was stored). A retry with the same idempotency key answers with the stored interest.
 */
export async function sendInterest(
  db: Database,
  actor: Actor,
  to: PartyRef,
  message: string,
  idem: { key: string; requestHash: string },
  origin: string,
  now: number,
): Promise<SendResult> {
  const from = me(actor);
  const mine = () => db.select().from(interests).where(and(eq(interests.fromKind, from.kind), eq(interests.fromId, from.id), eq(interests.idempotencyKey, idem.key))).get();
  const retried = await mine();
  if (retried) return retried.requestHash === idem.requestHash ? { ok: true, interest: retried, mailIds: [] } : { ok: false, reason: 'already_sent' };
  if (!actorLive(actor, now)) return { ok: false, reason: 'not_live' };
  if (to.kind === from.kind && to.id === from.id) return { ok: false, reason: 'self' };
  if (to.kind === 'initiative' && from.kind === 'initiative') return { ok: false, reason: 'not_between_initiatives' };
  if (!(await liveOther(db, actor, to, now))) return { ok: false, reason: 'unknown_party' };
  const existing = await db.select().from(interests).where(between(from, to)).all();
  if (existing.some((i) => i.fromKind === to.kind && i.fromId === to.id && i.state === 'pending')) return { ok: false, reason: 'reverse_pending' };
  if (existing.some((i) => i.fromKind === from.kind && i.fromId === from.id)) return { ok: false, reason: 'already_sent' };

  const id = crypto.randomUUID();
  const insert = db
    .insert(interests)
    .values({ id, regionOrganizationId: actor.region, fromKind: from.kind, fromId: from.id, toKind: to.kind, toId: to.id, message, idempotencyKey: idem.key, requestHash: idem.requestHash, createdAt: now })
    .onConflictDoNothing();
  const queries: unknown[] = [insert];
  const mailIds: string[] = [];
  for (const r of await recipientsOf(db, to)) {
    const link = await linkFor(db, r, origin, now);
    const mail = interestMail({ to: r.email, locale: r.locale, from: partyLabel(r.locale, labelOf(actor)), message, manageUrl: link.url });
    const outbox = outboxInsertIf(db, { ...mail, kind: 'groups.interest', locale: r.locale }, { table: 'interests', id }, now, interests, eq(interests.id, id));
    queries.push(link.query, outbox.query);
    mailIds.push(outbox.id);
  }
  await db.batch(queries as [typeof insert]);
  const stored = await mine();
  if (!stored) return { ok: false, reason: 'already_sent' };
  return { ok: true, interest: stored, mailIds: stored.id === id ? mailIds : [] };
}

export type DecideResult = { ok: true; interest: Interest; mailIds: string[] } | { ok: false; reason: 'not_found' | 'closed' };

/** The recipient accepts or declines a pending interest; an acceptance mails both sides each other's contact. */
export async function decideInterest(db: Database, actor: Actor, interestId: string, accept: boolean, origin: string, now: number): Promise<DecideResult> {
  const interest = await db.select().from(interests).where(and(eq(interests.id, interestId), eq(interests.toKind, actor.kind), eq(interests.toId, actor.id))).get();
  if (!interest) return { ok: false, reason: 'not_found' };
  if (interest.state !== 'pending' || !actorLive(actor, now)) return { ok: false, reason: 'closed' };
  const state = accept ? ('accepted' as const) : ('declined' as const);
  const update = db.update(interests).set({ state, decidedAt: now }).where(and(eq(interests.id, interest.id), eq(interests.state, 'pending'))).returning({ id: interests.id });
  const queries: unknown[] = [update];
  const mailIds: string[] = [];
  if (accept) {
    const sides: [PartyRef, PartyRef][] = [
      [{ kind: interest.fromKind, id: interest.fromId }, { kind: interest.toKind, id: interest.toId }],
      [{ kind: interest.toKind, id: interest.toId }, { kind: interest.fromKind, id: interest.fromId }],
    ];
    for (const [side, other] of sides) {
      const party = await loadParty(db, other);
      if (!party) return { ok: false, reason: 'closed' };
      const contacts = (await recipientsOf(db, other)).map(({ name, email }) => ({ name, email }));
      for (const r of await recipientsOf(db, side)) {
        const link = await linkFor(db, r, origin, now);
        const label = partyLabel(r.locale, party.kind === 'pool' ? { kind: 'pool' } : { kind: 'initiative', name: party.initiative.name });
        const mail = connectedMail({ to: r.email, locale: r.locale, other: label, contacts, manageUrl: link.url });
        const outbox = outboxInsertIf(db, { ...mail, kind: 'groups.connected', locale: r.locale }, { table: 'interests', id: interest.id }, now, interests, and(eq(interests.id, interest.id), eq(interests.state, 'accepted'))!);
        queries.push(link.query, outbox.query);
        mailIds.push(outbox.id);
      }
    }
  }
  const [updated] = (await db.batch(queries as [typeof update])) as [{ id: string }[]];
  if (updated.length === 0) return { ok: false, reason: 'closed' };
  return { ok: true, interest: { ...interest, state, decidedAt: now }, mailIds };
}

/** Either side withdraws a pending or accepted interest: from now on nothing is revealed. */
export async function withdrawInterest(db: Database, actor: Actor, interestId: string, now: number): Promise<boolean> {
  const rows = await db
    .update(interests)
    .set({ state: 'withdrawn', withdrawnAt: now })
    .where(and(eq(interests.id, interestId), involves(me(actor)), inArray(interests.state, ['pending', 'accepted'])))
    .returning({ id: interests.id });
  return rows.length > 0;
}

export interface InterestView {
  id: string;
  direction: 'incoming' | 'outgoing';
  state: Interest['state'];
  message: string;
  createdAt: number;
  decidedAt: number | null;
  /** The other side as others see it; null once it left. */
  other: PoolCardView | InitiativeView | null;
  otherRef: PartyRef;
  /** Names and emails of the other side: only while both have said yes. */
  contacts: { name: string; email: string }[] | null;
}

/** The actor's interests, newest first, with the other side's contacts where both accepted. */
export async function interestsOf(db: Database, actor: Actor): Promise<InterestView[]> {
  const rows = await db.select().from(interests).where(involves(me(actor))).orderBy(interests.createdAt).all();
  const hidden = await hiddenFrom(db, me(actor));
  const views: InterestView[] = [];
  for (const i of rows.reverse()) {
    const outgoing = i.fromKind === actor.kind && i.fromId === actor.id;
    const otherRef: PartyRef = outgoing ? { kind: i.toKind, id: i.toId } : { kind: i.fromKind, id: i.fromId };
    if (hidden.has(partyKey(otherRef))) continue;
    const party = await loadParty(db, otherRef);
    const other = party ? (party.kind === 'pool' ? poolView(party.entry) : initiativeView(party.initiative)) : null;
    const contacts = i.state === 'accepted' && party ? (await recipientsOf(db, otherRef)).map(({ name, email }) => ({ name, email })) : null;
    views.push({ id: i.id, direction: outgoing ? 'outgoing' : 'incoming', state: i.state, message: i.message, createdAt: i.createdAt, decidedAt: i.decidedAt, other, otherRef, contacts });
  }
  return views;
}

/** Blocks `other` for `actor`: both are hidden from each other, their interests end. */
export async function blockParty(db: Database, actor: Actor, other: PartyRef, now: number): Promise<boolean> {
  if (!(await loadParty(db, other)) || (other.kind === actor.kind && other.id === actor.id)) return false;
  await db.batch([
    db.insert(groupBlocks).values({ blockerKind: actor.kind, blockerId: actor.id, blockedKind: other.kind, blockedId: other.id, createdAt: now }).onConflictDoNothing(),
    db.update(interests).set({ state: 'withdrawn', withdrawnAt: now }).where(and(between(me(actor), other), inArray(interests.state, ['pending', 'accepted']))),
  ]);
  return true;
}

/**
 * Reports `other` to the municipality of the region and blocks it: the report row and a mail to
 * each of the municipality's owners and editors in one batch (what was reported and why, never by
 * whom). `replyTo` is where their answer goes (the operators, who can remove the entry).
 */
export async function reportParty(
  db: Database,
  actor: Actor,
  other: PartyRef,
  report: { reason: (typeof REPORT_REASONS)[number]; note: string | null; replyTo: string | null; reportsUrl: string },
  now: number,
): Promise<{ id: string; mailIds: string[] } | 'unknown_party' | 'too_many'> {
  const party = await loadParty(db, other);
  if (!party || (other.kind === actor.kind && other.id === actor.id)) return 'unknown_party';
  // Every report mails the municipality: a few a day per reporter (blocking stays unlimited).
  const recent = await db
    .select({ n: count() })
    .from(groupReports)
    .where(and(eq(groupReports.reporterKind, actor.kind), eq(groupReports.reporterId, actor.id), gt(groupReports.createdAt, now - REPORT_WINDOW_MS)))
    .get();
  if ((recent?.n ?? 0) >= MAX_REPORTS_PER_DAY) return 'too_many';
  if (!(await blockParty(db, actor, other, now))) return 'unknown_party';
  const id = crypto.randomUUID();
  const queries: BatchItem<'sqlite'>[] = [
    db.insert(groupReports).values({
      id, regionOrganizationId: actor.region, reporterKind: actor.kind, reporterId: actor.id, reportedKind: other.kind, reportedId: other.id, reason: report.reason, note: report.note, createdAt: now,
    }),
  ];
  const mailIds: string[] = [];
  for (const to of await teamRecipients(db, actor.region)) {
    const t = messages(to.locale).groups;
    const reported = party.kind === 'pool' ? `${t.aHousehold} (Pool): „${party.entry.text}“` : `${t.theInitiative(party.initiative.name)}: „${party.initiative.text}“`;
    const outbox = outboxInsert(db, { ...reportMail({ to: to.email, locale: to.locale, reported, reason: report.reason, note: report.note, replyTo: report.replyTo, reportsUrl: report.reportsUrl }), kind: 'groups.report', locale: to.locale }, { table: 'group_reports', id }, now);
    queries.push(outbox.query);
    mailIds.push(outbox.id);
  }
  await db.batch(queries as [BatchItem<'sqlite'>]);
  return { id, mailIds };
}
