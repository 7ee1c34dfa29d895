/**
 * Freshness of listings (scheduled, daily): a published listing not confirmed for 180 days gets one
 * reminder to its organization's owners and editors; at 210 days it pauses itself. Confirming or
 * publishing again in the admin resets the clock (confirmed_at) and the reminder.
 *
 * The mails go into the outbox in the batch of the change they tell of (worker/outbox): the pause
 * with the pause, the reminder with `reminder_sent_at`. Their cause is the listing's cycle, its id
 * and `confirmed_at`, so each cycle is reminded and paused at most once per recipient, however
 * often the job runs; a mail that fails is retried by the mail queue, not by the next run.
 */
import { and, eq, isNull, lt } from 'drizzle-orm';
import { database } from '../db/client';
import { listings } from '../db/schema';
import { teamRecipients, type Recipient } from '../organizations/recipients';
import type { Env } from '../env';
import type { Mail } from '../mail/mailer';
import { enqueue, outboxInsertIf } from '../outbox/outbox';
import { publicOrigin } from '../settings';
import { auditInsert } from '../audit/log';
import { messages } from '../i18n';

const DAY = 24 * 60 * 60 * 1000;
export const REMIND_AFTER_DAYS = 180;
export const PAUSE_AFTER_DAYS = 210;
const BATCH = 100;

export interface FreshnessResult {
  reminded: string[];
  paused: string[];
}

/** The reminder or the pause notice, in the member's language (words: worker/i18n/{de,en}/freshness.ts). */
export function freshnessMail(kind: 'reminder' | 'paused', to: Recipient, title: string, link: string): Mail {
  const t = messages(to.locale).freshness[kind];
  return { to: to.email, subject: t.subject(title), text: t.text(title, PAUSE_AFTER_DAYS, link) };
}

/**
 * @example
 * await runFreshness(env, Date.now(), 'https://bring-together.de'); // { reminded: ['lst_1'], paused: [] }
 */
export async function runFreshness(env: Env, now: number, origin: string): Promise<FreshnessResult> {
  const db = database(env.DB);
  const result: FreshnessResult = { reminded: [], paused: [] };
  const columns = { id: listings.id, organizationId: listings.organizationId, title: listings.title, confirmedAt: listings.confirmedAt };
  /** One reminder cycle of a listing: it ends when the listing is confirmed or published again. */
  const cycle = (l: { id: string; confirmedAt: number }) => ({ table: 'listings', id: `${l.id}:${l.confirmedAt}` });

  const stale = await db
    .select(columns)
    .from(listings)
    .where(and(eq(listings.status, 'published'), lt(listings.confirmedAt, now - PAUSE_AFTER_DAYS * DAY)))
    .limit(BATCH)
    .all();
  for (const l of stale) {
    // Mailed only if this run paused it (not if it was paused meanwhile by hand or by another run).
    const pausedNow = and(eq(listings.id, l.id), eq(listings.status, 'paused'), eq(listings.updatedAt, now), eq(listings.confirmedAt, l.confirmedAt));
    const mails = (await teamRecipients(db, l.organizationId)).map((to) =>
      outboxInsertIf(db, { ...freshnessMail('paused', to, l.title, `${origin}/admin/listings/${l.id}`), kind: 'freshness.paused', locale: to.locale }, cycle(l), now, listings, pausedNow!),
    );
    await db.batch([
      db.update(listings).set({ status: 'paused', updatedAt: now }).where(and(eq(listings.id, l.id), eq(listings.status, 'published'))),
      auditInsert(db, { organizationId: l.organizationId, actorId: null, action: 'listing.auto_paused', entity: 'listing', entityId: l.id, detail: { afterDays: PAUSE_AFTER_DAYS } }, now),
      ...mails.map((m) => m.query),
    ]);
    await enqueue(env, mails.map((m) => m.id));
    result.paused.push(l.id);
  }

  const due = await db
    .select(columns)
    .from(listings)
    .where(and(eq(listings.status, 'published'), lt(listings.confirmedAt, now - REMIND_AFTER_DAYS * DAY), isNull(listings.reminderSentAt)))
    .limit(BATCH)
    .all();
  for (const l of due) {
    // Not if the listing was confirmed (a new cycle) or paused meanwhile; once per cycle in any case.
    const sameCycle = and(eq(listings.id, l.id), eq(listings.status, 'published'), eq(listings.confirmedAt, l.confirmedAt))!;
    const mails = (await teamRecipients(db, l.organizationId)).map((to) =>
      outboxInsertIf(db, { ...freshnessMail('reminder', to, l.title, `${origin}/admin/listings/${l.id}`), kind: 'freshness.reminder', locale: to.locale }, cycle(l), now, listings, sameCycle),
    );
    await db.batch([
      db.update(listings).set({ reminderSentAt: now }).where(and(sameCycle, isNull(listings.reminderSentAt))),
      auditInsert(db, { organizationId: l.organizationId, actorId: null, action: 'listing.reminded', entity: 'listing', entityId: l.id, detail: { afterDays: REMIND_AFTER_DAYS } }, now),
      ...mails.map((m) => m.query),
    ]);
    await enqueue(env, mails.map((m) => m.id));
    result.reminded.push(l.id);
  }
  return result;
}

/** The freshness part of the Worker's `scheduled` handler. */
export async function freshnessScheduled(controller: ScheduledController, env: Env): Promise<void> {
  try {
    const r = await runFreshness(env, controller.scheduledTime, publicOrigin(env));
    console.log(JSON.stringify({ job: 'freshness', cron: controller.cron, reminded: r.reminded.length, paused: r.paused.length }));
  } catch (err) {
    console.error(JSON.stringify({ job: 'freshness', cron: controller.cron, error: String(err) }));
    throw err;
  }
}
