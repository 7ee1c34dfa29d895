/**
 * Visits and trial stays ("Probewohnen") in the conversation: the project's team proposes one
 * (dates, place, notes), the seeker accepts or declines on the manage page, and once it has begun
 * each side may record whether it fits. Every change is written in one batch with its mail (the
 * outbox) and, for a proposal, with the request's move to "visit" in the pipeline.
 */
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { z } from 'zod';
import { messages as catalogue, formatDate, type Locale } from '../i18n';
import { hashToken, newToken } from '../contact/token';
import { chunks } from '../db/chunk';
import type { Database } from '../db/client';
import { contactRequests, manageLinks, visits, VISIT_KINDS, VISIT_OUTCOMES, type Visit } from '../db/schema';
import type { Env } from '../env';
import { trialVerdictEvents, visitAcceptedEvent } from '../demand/outcome-events';
import { enqueue, outboxInsert, outboxInsertIf } from '../outbox/outbox';
import { replyAddress } from './address';
import { teamOf, type Conversation } from './thread';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date (YYYY-MM-DD).').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Not a date.');

/** What the team proposes (the inbox form); a trial stay needs its last day. */
export const VisitProposalSchema = z
  .object({
    kind: z.enum(VISIT_KINDS),
    startsOn: day,
    endsOn: z.union([day, z.literal('')]).optional().transform((v) => v || undefined),
    place: z.string().trim().min(1).max(200),
    notes: z.string().trim().max(1000).optional().transform((v) => v || undefined),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'trial' && !v.endsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'A trial stay needs its last day.' });
    if (v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The last day comes after the first.' });
  });
export type VisitProposal = z.infer<typeof VisitProposalSchema>;

export const VisitOutcomeSchema = z.enum(VISIT_OUTCOMES);

/** The seeker's answers to a proposal (the manage page's buttons). */
export const VISIT_DECISIONS = ['accept', 'decline'] as const;

/** "12. Dezember 2026" or "12.–14. Dezember 2026"-like, in the reader's language. */
export function visitWhen(v: Pick<Visit, 'startsOn' | 'endsOn'>, locale: Locale): string {
  const at = (d: string) => formatDate(Date.parse(`${d}T12:00:00Z`), locale, 'long');
  return v.endsOn && v.endsOn !== v.startsOn ? `${at(v.startsOn)} – ${at(v.endsOn)}` : at(v.startsOn);
}

/** The visits of a conversation, oldest first. */
export const visitsOf = (db: Database, requestId: string): Promise<Visit[]> =>
  db.select().from(visits).where(eq(visits.contactRequestId, requestId)).orderBy(asc(visits.createdAt), asc(visits.id)).all();

/** The visits of several conversations (the manage page), by request. */
export async function visitsByRequest(db: Database, requestIds: readonly string[]): Promise<Map<string, Visit[]>> {
  const out = new Map<string, Visit[]>();
  for (const part of chunks(requestIds)) {
    const rows = await db.select().from(visits).where(inArray(visits.contactRequestId, part)).orderBy(asc(visits.createdAt)).all();
    for (const v of rows) out.set(v.contactRequestId, [...(out.get(v.contactRequestId) ?? []), v]);
  }
  return out;
}

/**
 * The team proposes a visit or trial stay: stored, mailed to the seeker with a fresh manage link,
 * and the request moves to "visit" if it was new or in conversation. Returns the visit id.
 */
export async function proposeVisit(
  db: Database,
  env: Env,
  conversation: Conversation,
  proposal: VisitProposal,
  by: { userId: string },
  options: { origin: string; now?: number; also?: BatchItem<'sqlite'>[] },
): Promise<string> {
  const now = options.now ?? Date.now();
  const id = crypto.randomUUID();
  const token = newToken();
  const locale = conversation.seekerLocale;
  const t = catalogue(locale).contact.visitProposed;
  const replyTo = replyAddress(env, conversation.replyToken);
  const mail = outboxInsert(
    db,
    {
      kind: 'visit.proposed',
      locale,
      to: conversation.seekerEmail,
      ...(replyTo ? { replyTo } : {}),
      subject: t.subject(proposal.kind, conversation.listingTitle),
      text: t.text({
        name: conversation.seekerName,
        kind: proposal.kind,
        organization: conversation.organizationName,
        when: visitWhen({ startsOn: proposal.startsOn, endsOn: proposal.endsOn ?? null }, locale),
        place: proposal.place,
        notes: proposal.notes ?? null,
        manageUrl: `${options.origin}/manage/${token}#conversation-${conversation.id}`,
      }),
    },
    { table: 'visits', id },
    now,
  );
  await db.batch([
    db.insert(visits).values({ id, contactRequestId: conversation.id, organizationId: conversation.organizationId, kind: proposal.kind, startsOn: proposal.startsOn, endsOn: proposal.endsOn ?? null, place: proposal.place, notes: proposal.notes ?? null, proposedBy: by.userId, createdAt: now }),
    db.insert(manageLinks).values({ tokenHash: await hashToken(token), contactRequestId: conversation.id, createdAt: now }),
    db
      .update(contactRequests)
      .set({ status: 'visit', updatedAt: now })
      .where(and(eq(contactRequests.id, conversation.id), inArray(contactRequests.status, ['new', 'in_conversation']))),
    mail.query,
    ...(options.also ?? []),
  ]);
  await enqueue(env, [mail.id]);
  return id;
}

/**
 * The seeker accepts or declines a proposed visit; the team is told, and an accepted one is an
 * outcome for the council (outcome-events.ts). False when the visit is not this conversation's or
 * was already decided.
 */
export async function decideVisit(db: Database, env: Env, conversation: Conversation, visitId: string, accepted: boolean, options: { origin: string; now?: number }): Promise<boolean> {
  const now = options.now ?? Date.now();
  const visit = await db.select().from(visits).where(and(eq(visits.id, visitId), eq(visits.contactRequestId, conversation.id), eq(visits.state, 'proposed'))).get();
  if (!visit) return false;
  const decided = and(eq(visits.id, visitId), eq(visits.state, accepted ? 'accepted' : 'declined'), eq(visits.decidedAt, now))!;
  const mails = (await teamOf(db, conversation)).map((m) => {
    const t = catalogue(m.locale).contact.visitDecided;
    return outboxInsertIf(
      db,
      {
        kind: 'visit.decided',
        locale: m.locale,
        to: m.email,
        subject: t.subject(accepted, conversation.seekerName),
        text: t.text({ seeker: conversation.seekerName, accepted, kind: visit.kind, when: visitWhen(visit, m.locale), listing: conversation.listingTitle, inboxUrl: `${options.origin}/admin/inbox/${conversation.id}` }),
      },
      { table: 'visits', id: visitId },
      now,
      visits,
      decided,
    );
  });
  const update = db.update(visits).set({ state: accepted ? 'accepted' : 'declined', decidedAt: now }).where(and(eq(visits.id, visitId), eq(visits.state, 'proposed'))).returning({ id: visits.id });
  const mailQueries = mails.map((m) => m.query);
  const updated = accepted ? (await db.batch([visitAcceptedEvent(db, visitId, conversation.id), update, ...mailQueries]))[1] : (await db.batch([update, ...mailQueries]))[0];
  await enqueue(env, mails.map((m) => m.id));
  return updated.length > 0;
}

/** Whether an accepted visit has begun (outcomes are recorded from its first day). */
export const begun = (v: Pick<Visit, 'state' | 'startsOn'>, now: number): boolean => v.state === 'accepted' && v.startsOn <= new Date(now).toISOString().slice(0, 10);

/**
 * One side records whether it fits (and may change its mind), once the accepted visit has begun;
 * false otherwise. The seeker's verdict on a trial stay is an outcome for the council, written with it.
 */
export async function recordOutcome(db: Database, conversationId: string, visitId: string, side: 'seeker' | 'team', outcome: (typeof VISIT_OUTCOMES)[number], now = Date.now()): Promise<boolean> {
  const today = new Date(now).toISOString().slice(0, 10);
  const update = db
    .update(visits)
    .set(side === 'seeker' ? { seekerOutcome: outcome } : { teamOutcome: outcome })
    .where(and(eq(visits.id, visitId), eq(visits.contactRequestId, conversationId), eq(visits.state, 'accepted'), lte(visits.startsOn, today)))
    .returning({ id: visits.id });
  if (side === 'team') return (await update).length > 0;
  const [takeBack, add] = trialVerdictEvents(db, visitId, conversationId, outcome, today);
  const [, , rows] = await db.batch([takeBack, add, update]);
  return rows.length > 0;
}
