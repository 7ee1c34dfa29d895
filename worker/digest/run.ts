/**
 * The weekly digest (scheduled, cron DIGEST_CRON): one email per subscriber and organization.
 *
 * Periods are whole ISO weeks: a run covers from the subscription's `last_sent_at` (first digest:
 * the 7 days before) up to Monday 00:00 UTC of the run's week, and then stores that Monday as
 * `last_sent_at`. A second run in the same week finds nothing due; a missed week is covered by the
 * next digest. The mail goes into the outbox (worker/outbox) in one batch with the conditional
 * UPDATE that moves `last_sent_at` on, and only if the subscription is then at the new period; its
 * cause is the subscription and the period's start, so two overlapping runs write it once, and a
 * mail that fails is retried by the mail queue. Only current members get a digest (a removed
 * member's subscription is skipped).
 */
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { database } from '../db/client';
import { digestSubscriptions } from '../db/schema';
import { formatShown } from '../demand/suppress';
import { formatDate, messages, toLocale, type Locale } from '../i18n';
import type { Env } from '../env';
import type { Mail } from '../mail/mailer';
import { enqueue, outboxInsertIf } from '../outbox/outbox';
import { publicOrigin } from '../settings';
import { digestContent, isEmpty, type DigestContent, type DigestOrg, type Period } from './content';

/** Mondays 06:00 UTC; wrangler.toml `[triggers] crons` and worker/index.ts dispatch on it. */
export const DIGEST_CRON = '0 6 * * 1';
const DAY = 86_400_000;
/** Subscriptions per run: keeps one invocation inside the Workers limits; the rest follow next run. */
export const MAX_PER_RUN = 400;

/** Monday 00:00 UTC of the ISO week that contains `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return midnight - ((d.getUTCDay() || 7) - 1) * DAY;
}

/** The digest in the subscriber's language (words: worker/i18n/{de,en}/digest.ts); the period's last day is the Sunday before `to`. */
export function digestMail(to: string, locale: Locale, org: DigestOrg, p: Period, d: DigestContent, origin: string): Mail {
  const t = messages(locale).digest;
  const m = t.mail;
  const lines: string[] = [m.period(formatDate(p.from, locale), formatDate(p.to - 1, locale)), ''];
  if (d.region) {
    lines.push(m.demandTitle, m.questionnaires(formatShown(d.region.questionnaires, locale)));
    if (d.region.topHouseholds.length) lines.push(m.topHouseholds, ...d.region.topHouseholds.map((c) => `- ${t.household[c.key] ?? c.key}: ${c.n}`));
    if (d.region.topBudgets.length) lines.push(m.topBudgets, ...d.region.topBudgets.map((c) => `- ${t.budget[c.key] ?? c.key}: ${c.n}`));
    lines.push(m.regionRequests(formatShown(d.region.regionRequests, locale)), m.suppressedNote, `${m.dashboard} ${origin}/admin/dashboard`, '');
  }
  if (d.pendingProviders?.length) lines.push(m.pendingTitle, ...d.pendingProviders.map((p) => `- ${p.name}`), `${m.decide} ${origin}/admin/providers`, '');
  if (d.openReports) lines.push(m.openReports(d.openReports), `${m.reports} ${origin}/admin/reports`, '');
  lines.push(m.requestsTitle);
  if (d.requests.length) lines.push(...d.requests.map((r) => m.requestsLine(r.title, r.n)), `${m.inbox} ${origin}/admin/inbox`);
  else lines.push(m.nothing);
  lines.push('');
  if (d.confirmSoon.length) lines.push(m.confirmTitle, ...d.confirmSoon.map((l) => `${m.confirmLine(l.title, formatDate(l.pauseAt, locale))}\n  ${origin}/admin/listings/${l.listingId}`), '');
  lines.push(`${m.settings} ${origin}/admin/settings`, '');
  return { to, subject: m.subject(org.name), text: lines.join('\n') };
}

interface Due {
  user_id: string;
  organization_id: string;
  last_sent_at: number | null;
  email: string;
  locale: string;
  kind: 'municipality' | 'provider';
  name: string;
  d: string;
  p: string;
}

export interface DigestResult {
  sent: number;
  /** Claimed, but nothing to report: no mail, the period counts as covered. */
  empty: number;
}

/**
 * @example
 * await runDigest(env, controller.scheduledTime, 'https://bring-together.de'); // { sent: 12, empty: 3 }
 */
export async function runDigest(env: Env, now: number, origin: string): Promise<DigestResult> {
  const periodEnd = weekStart(now);
  const { results: due } = await env.DB.prepare(
    'SELECT s.user_id, s.organization_id, s.last_sent_at, u.email, u.locale, o.kind, o.name, o.region_district_keys AS d, o.region_postcodes AS p ' +
      'FROM digest_subscriptions s JOIN users u ON u.id = s.user_id JOIN organizations o ON o.id = s.organization_id ' +
      'JOIN members m ON m.user_id = s.user_id AND m.organization_id = s.organization_id ' +
      'WHERE s.last_sent_at IS NULL OR s.last_sent_at < ? ORDER BY s.organization_id, s.user_id LIMIT ?',
  )
    .bind(periodEnd, MAX_PER_RUN)
    .all<Due>();
  const db = database(env.DB);
  const contents = new Map<string, Promise<DigestContent>>();
  const result: DigestResult = { sent: 0, empty: 0 };
  for (const s of due) {
    const period: Period = { from: s.last_sent_at ?? periodEnd - 7 * DAY, to: periodEnd };
    const org: DigestOrg = { id: s.organization_id, name: s.name, kind: s.kind, regionDistrictKeys: JSON.parse(s.d) as string[], regionPostcodes: JSON.parse(s.p) as string[] };
    const key = `${org.id}:${period.from}`;
    if (!contents.has(key)) contents.set(key, digestContent(env.DB, org, period, now));
    const content = await contents.get(key)!;
    const subscription = and(eq(digestSubscriptions.userId, s.user_id), eq(digestSubscriptions.organizationId, s.organization_id))!;
    const claim = db
      .update(digestSubscriptions)
      .set({ lastSentAt: periodEnd })
      .where(and(subscription, or(isNull(digestSubscriptions.lastSentAt), lt(digestSubscriptions.lastSentAt, periodEnd))))
      .returning({ userId: digestSubscriptions.userId });
    if (isEmpty(content)) {
      if ((await claim).length) result.empty++;
      continue;
    }
    const locale = toLocale(s.locale);
    const mail = outboxInsertIf(
      db,
      { ...digestMail(s.email, locale, org, period, content, origin), kind: 'digest.weekly', locale },
      { table: 'digest_subscriptions', id: `${s.user_id}:${s.organization_id}:${period.from}` },
      now,
      digestSubscriptions,
      and(subscription, eq(digestSubscriptions.lastSentAt, periodEnd))!,
    );
    const [claimed] = await db.batch([claim, mail.query]);
    await enqueue(env, [mail.id]);
    // An overlapping run that claimed it first counts it (and its mail is the same outbox row).
    if (claimed.length) result.sent++;
  }
  return result;
}

/** The digest part of the Worker's `scheduled` handler. */
export async function digestScheduled(controller: ScheduledController, env: Env): Promise<void> {
  const r = await runDigest(env, controller.scheduledTime, publicOrigin(env));
  console.log(JSON.stringify({ job: 'digest', cron: controller.cron, ...r }));
}
