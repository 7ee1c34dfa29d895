/**
 * The daily groups job (worker/index.ts): a pool entry is visible for 90 days. Seven days before
 * it ends, one reminder mail offers a one-click renewal (a fresh renew link, used once); at the end
 * the entry is deleted with its interests. Entries and initiatives never confirmed are deleted
 * after seven days, like unconfirmed saved searches.
 */
import { and, eq, isNotNull, isNull, lte, lt } from 'drizzle-orm';
import { hashToken, newToken } from '../contact/token';
import { database, type Database } from '../db/client';
import { groupLinks, initiatives, poolEntries } from '../db/schema';
import type { Env } from '../env';
import { enqueue, outboxInsert } from '../outbox/outbox';
import { publicOrigin } from '../settings';
import { poolReminderMail } from './mails';
import { DAY_MS, deletePoolEntries } from './pool';

export const REMIND_BEFORE_MS = 7 * DAY_MS;
export const UNCONFIRMED_MS = 7 * DAY_MS;

export interface GroupsExpiryResult {
  reminded: number;
  expired: number;
  unconfirmed: number;
}

async function remind(db: Database, env: Env, origin: string, now: number): Promise<number> {
  const due = await db
    .select()
    .from(poolEntries)
    .where(and(isNotNull(poolEntries.confirmedAt), isNull(poolEntries.remindedAt), lte(poolEntries.expiresAt, now + REMIND_BEFORE_MS)))
    .limit(200)
    .all();
  const ids: string[] = [];
  for (const e of due) {
    const renew = newToken();
    const manage = newToken();
    const mail = poolReminderMail({ to: e.email, locale: e.locale, expiresAt: e.expiresAt, renewUrl: `${origin}/groups/renew/${renew}`, manageUrl: `${origin}/manage/${manage}` });
    // The cause is the entry's current period: a renewed entry is reminded again next time.
    const out = outboxInsert(db, { ...mail, kind: 'groups.pool-reminder', locale: e.locale }, { table: 'pool_entries', id: `${e.id}:${e.expiresAt}` }, now);
    await db.batch([
      db.update(poolEntries).set({ remindedAt: now, renewTokenHash: await hashToken(renew) }).where(eq(poolEntries.id, e.id)),
      db.insert(groupLinks).values({ tokenHash: await hashToken(manage), poolEntryId: e.id, createdAt: now }),
      out.query,
    ]);
    ids.push(out.id);
  }
  await enqueue(env, ids);
  return ids.length;
}

export async function runGroupsExpiry(env: Env, now: number, origin: string = publicOrigin(env)): Promise<GroupsExpiryResult> {
  const db = database(env.DB);
  const reminded = await remind(db, env, origin, now);
  const expired = await db.select({ id: poolEntries.id }).from(poolEntries).where(lte(poolEntries.expiresAt, now)).all();
  const stale = await db.select({ id: poolEntries.id }).from(poolEntries).where(and(isNull(poolEntries.confirmedAt), lt(poolEntries.createdAt, now - UNCONFIRMED_MS))).all();
  const gone = await db.delete(initiatives).where(and(eq(initiatives.state, 'unconfirmed'), lt(initiatives.createdAt, now - UNCONFIRMED_MS))).returning({ id: initiatives.id });
  await deletePoolEntries(db, [...expired, ...stale].map((e) => e.id));
  return { reminded, expired: expired.length, unconfirmed: stale.length + gone.length };
}

/** Awaited: a failing run marks the cron invocation as failed. */
export async function groupsScheduled(controller: ScheduledController, env: Env): Promise<void> {
  try {
    const r = await runGroupsExpiry(env, controller.scheduledTime);
    console.log(JSON.stringify({ job: 'groups-expiry', cron: controller.cron, ...r }));
  } catch (err) {
    console.error(JSON.stringify({ job: 'groups-expiry', cron: controller.cron, error: String(err) }));
    throw err;
  }
}
