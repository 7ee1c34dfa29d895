/**
 * Freshness of listings (scheduled, daily): a published listing not confirmed for 180 days gets one
 * reminder to its organization's owners and editors; at 210 days it pauses itself. Confirming or
 * publishing again in the admin resets the clock (confirmed_at) and the reminder.
 */
import { and, eq, isNull, lt } from 'drizzle-orm';
import { database } from '../db/client';
import { listings } from '../db/schema';
import { teamRecipients, type Recipient } from '../organizations/recipients';
import type { Env } from '../env';
import { mailerFor, type Mail } from '../mail/mailer';
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
  const mailer = mailerFor(env);
  const result: FreshnessResult = { reminded: [], paused: [] };

  const stale = await db
    .select({ id: listings.id, organizationId: listings.organizationId, title: listings.title })
    .from(listings)
    .where(and(eq(listings.status, 'published'), lt(listings.confirmedAt, now - PAUSE_AFTER_DAYS * DAY)))
    .limit(BATCH)
    .all();
  for (const l of stale) {
    await db.batch([
      db.update(listings).set({ status: 'paused', updatedAt: now }).where(and(eq(listings.id, l.id), eq(listings.status, 'published'))),
      auditInsert(db, { organizationId: l.organizationId, actorId: null, action: 'listing.auto_paused', entity: 'listing', entityId: l.id, detail: { afterDays: PAUSE_AFTER_DAYS } }, now),
    ]);
    result.paused.push(l.id);
    for (const to of await teamRecipients(db, l.organizationId)) await mailer.send(freshnessMail('paused', to, l.title, `${origin}/admin/listings/${l.id}`));
  }

  const due = await db
    .select({ id: listings.id, organizationId: listings.organizationId, title: listings.title })
    .from(listings)
    .where(and(eq(listings.status, 'published'), lt(listings.confirmedAt, now - REMIND_AFTER_DAYS * DAY), isNull(listings.reminderSentAt)))
    .limit(BATCH)
    .all();
  for (const l of due) {
    for (const to of await teamRecipients(db, l.organizationId)) await mailer.send(freshnessMail('reminder', to, l.title, `${origin}/admin/listings/${l.id}`));
    await db.batch([
      db.update(listings).set({ reminderSentAt: now }).where(eq(listings.id, l.id)),
      auditInsert(db, { organizationId: l.organizationId, actorId: null, action: 'listing.reminded', entity: 'listing', entityId: l.id, detail: { afterDays: REMIND_AFTER_DAYS } }, now),
    ]);
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
