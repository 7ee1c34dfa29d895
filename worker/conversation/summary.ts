/**
 * The daily summary for members who chose it (member_notifications mode `daily`): the new requests
 * and the seekers' answers of the last day for their organization, one mail per member and
 * organization and day, written to the outbox (its cause is the member, organization and day, so
 * the job may run twice and mails once).
 */
import { and, eq, gte } from 'drizzle-orm';
import { database, type Database } from '../db/client';
import { publicOrigin } from '../settings';
import { contactRequests, listings, memberNotifications, messages as threadMessages, organizations } from '../db/schema';
import type { Env } from '../env';
import { messages } from '../i18n';
import { enqueue, outboxInsert } from '../outbox/outbox';
import { requestRecipients } from '../organizations/recipients';

const DAY = 86_400_000;

/**
 * @example
 * await runDailySummaries(database(env.DB), env, Date.now(), publicOrigin(env));
 */
export async function runDailySummaries(db: Database, env: Env, now: number, origin: string): Promise<{ mailed: number }> {
  const since = now - DAY;
  const day = new Date(now).toISOString().slice(0, 10);
  // Only organizations where someone chose the summary.
  const orgs = await db
    .selectDistinct({ id: memberNotifications.organizationId, name: organizations.name })
    .from(memberNotifications)
    .innerJoin(organizations, eq(organizations.id, memberNotifications.organizationId))
    .where(eq(memberNotifications.mode, 'daily'))
    .all();
  const ids: string[] = [];
  for (const org of orgs) {
    const { daily } = await requestRecipients(db, org.id);
    if (!daily.length) continue;
    const [requests, answers] = await Promise.all([
      db
        .select({ id: contactRequests.id, seeker: contactRequests.name, listing: listings.title })
        .from(contactRequests)
        .innerJoin(listings, eq(listings.id, contactRequests.listingId))
        .where(and(eq(contactRequests.organizationId, org.id), gte(contactRequests.createdAt, since)))
        .all(),
      db
        .select({ id: threadMessages.contactRequestId, seeker: contactRequests.name, listing: listings.title })
        .from(threadMessages)
        .innerJoin(contactRequests, eq(contactRequests.id, threadMessages.contactRequestId))
        .innerJoin(listings, eq(listings.id, contactRequests.listingId))
        .where(and(eq(threadMessages.organizationId, org.id), eq(threadMessages.author, 'seeker'), gte(threadMessages.createdAt, since)))
        .all(),
    ]);
    const count = requests.length + answers.length;
    if (!count) continue;
    const queries = daily.map((member) => {
      const t = messages(member.locale).contact.dailySummary;
      const url = (id: string) => `${origin}/admin/inbox/${id}`;
      const lines = [...requests.map((r) => t.request(r.seeker, r.listing, url(r.id))), ...answers.map((a) => t.answer(a.seeker, a.listing, url(a.id)))].join('\n');
      return outboxInsert(
        db,
        { kind: 'team.daily-summary', locale: member.locale, to: member.email, subject: t.subject(org.name, count), text: t.text({ organization: org.name, lines, settingsUrl: `${origin}/admin/settings` }) },
        { table: 'member_notifications', id: `${member.userId}:${org.id}:${day}` },
        now,
      );
    });
    await db.batch([queries[0]!.query, ...queries.slice(1).map((q) => q.query)]);
    ids.push(...queries.map((q) => q.id));
  }
  await enqueue(env, ids);
  return { mailed: ids.length };
}

/** The member's chosen mode for an organization, or undefined for the default. */
export async function notifyModeOf(db: Database, userId: string, organizationId: string): Promise<'immediate' | 'daily' | 'off' | undefined> {
  const row = await db
    .select({ mode: memberNotifications.mode })
    .from(memberNotifications)
    .where(and(eq(memberNotifications.userId, userId), eq(memberNotifications.organizationId, organizationId)))
    .get();
  return row?.mode;
}


/** The daily cron's part (worker/index.ts). */
export async function summaryScheduled(_controller: ScheduledController, env: Env): Promise<void> {
  await runDailySummaries(database(env.DB), env, Date.now(), publicOrigin(env));
}
