/**
 * Saved-search alerts: the promise of "notify me", kept without anyone pressing a button. When a
 * listing is published, gets free places back (from 0), or changes its cost (monthly cost, equity)
 * or what it looks for (its side of the questionnaire), the admin route writes a row into
 * `listing_alerts_pending` in the batch of that change (`alertReason`, `alertPendingUpsert`). The
 * job (`runSavedSearchAlerts`, daily cron) takes the pending listings, finds the confirmed saved
 * searches each one fits now (./fitting.ts: the embed reaches it, the engine's hard filters pass,
 * a score of at least MIN_SCORE — the same check as "notify now" of a property; households get
 * projects, groups buildings and plots) and writes per search ONE mail for the day that lists all
 * its new matches.
 *
 * Guarantees, however often the job runs and whatever runs beside it:
 * - each (listing, search) pair is told at most once: the pair goes into `property_notifications`
 *   (for every kind of listing; "notify now" writes there too) and a told pair is never a match again;
 * - at most one alert per search and day: the mail's cause is `{searchId}:{YYYY-MM-DD}` (UTC), unique
 *   in the outbox, and the pairs are written only if this run's mail row was (same batch), so a
 *   search that already had today's mail keeps its new matches for tomorrow's;
 * - nothing is lost: a pending row is deleted only once every search it fits was mailed, and only
 *   if the listing did not change again meanwhile (`changed_at`); what a run leaves (its budgets,
 *   a search's mail of the day already sent) stays pending for the next run.
 *
 * Each mail carries the stop link in its text and as `List-Unsubscribe` with one-click POST
 * (RFC 8058; worker/routes/saved-search-stop.tsx).
 */
import { and, asc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { database, type Database } from '../db/client';
import { listingAlertsPending, listings, outbox, propertyNotifications, type Listing, type LISTING_ALERT_REASONS } from '../db/schema';
import type { Env } from '../env';
import { messages, type Locale } from '../i18n';
import type { Mail } from '../mail/mailer';
import { localizeReasons } from '../matching/engine';
import type { MatchResult } from '../matching/types';
import { enqueue, outboxInsert } from '../outbox/outbox';
import { listingUrl } from '../listings/public-path';
import { publicOrigin } from '../settings';
import { chunks, fittingSearches, reachingEmbeds, type Fitting } from './fitting';
import { stopUrl, unsubscribeHeaders } from './stop-link';

export type ListingAlertReason = (typeof LISTING_ALERT_REASONS)[number];

/** Pending listings one run looks at, oldest change first (the rest: the next run). */
export const ALERT_LISTINGS_PER_RUN = 50;
/** Fitting searches taken per listing and run (the rest: the listing stays pending). */
export const ALERT_SEARCHES_PER_LISTING = 1000;
/** Alert mails one run writes at most (Workers subrequest and CPU budgets). */
export const ALERT_MAILS_PER_RUN = 2000;
/** Matches one mail lists at most, best first; more wait for the next day's mail. */
export const MATCHES_PER_MAIL = 10;
/** Searches whose mail and pairs share one D1 batch. */
const SEARCHES_PER_BATCH = 20;
/** Reasons listed per match in the mail. */
const REASONS_PER_MATCH = 3;

/** What of a listing decides whether a change may make it fit searches it did not fit before. */
type Watched = Pick<Listing, 'status' | 'freePlaces' | 'monthlyCostMinCents' | 'monthlyCostMaxCents' | 'equityRequiredCents' | 'profile'>;

/**
 * Why the change from `before` to `after` may make a listing fit new saved searches, or undefined:
 * it is published now, and was not before, got free places back from none, changed its cost or
 * equity, or changed what it looks for (its profile).
 * @example
 * alertReason(listing, { status: 'published' }); // 'published' for a draft
 * alertReason(listing, { freePlaces: 2 }); // 'free_places' for a published listing that had 0
 */
export function alertReason(before: Watched, after: Partial<Watched>): ListingAlertReason | undefined {
  const next = { ...before, ...after };
  if (next.status !== 'published') return undefined;
  if (before.status !== 'published') return 'published';
  if (before.freePlaces <= 0 && next.freePlaces > 0) return 'free_places';
  if (
    before.monthlyCostMinCents !== next.monthlyCostMinCents ||
    before.monthlyCostMaxCents !== next.monthlyCostMaxCents ||
    before.equityRequiredCents !== next.equityRequiredCents
  ) {
    return 'cost';
  }
  if (JSON.stringify(before.profile) !== JSON.stringify(next.profile)) return 'profile';
  return undefined;
}

/**
 * The write that queues a listing for the alerts, for the batch of the change (a newer change
 * of a listing already queued moves its time on).
 * @example
 * await db.batch([db.update(listings).set(…), alertPendingUpsert(db, listing.id, 'published', now)]);
 */
export function alertPendingUpsert(db: Database, listingId: string, reason: ListingAlertReason, now: number) {
  return db
    .insert(listingAlertsPending)
    .values({ listingId, reason, changedAt: now })
    .onConflictDoUpdate({ target: listingAlertsPending.listingId, set: { reason, changedAt: now } });
}

/** The calendar day (UTC) an alert belongs to: one mail per search and day. */
export const alertDay = (now: number): string => new Date(now).toISOString().slice(0, 10);

export interface AlertSearch {
  savedSearchId: string;
  email: string;
  locale: Locale;
}

export interface AlertMatch {
  listing: Pick<Listing, 'id' | 'kind' | 'title' | 'postcode' | 'place' | 'summary'>;
  match: MatchResult;
}

/**
 * The day's alert of one saved search, in the language it was saved in (words:
 * worker/i18n/{de,en}/saved-searches.ts): each match with its place, score, first reasons and link
 * (its public page, as "notify now" links it), then the stop link, which is also the List-Unsubscribe header.
 */
export async function alertMail(env: Env, origin: string, search: AlertSearch, matches: readonly AlertMatch[]): Promise<Mail> {
  const t = messages(search.locale).savedSearches.alertMail;
  const stop = await stopUrl(env, origin, search.savedSearchId);
  const blocks = matches.flatMap(({ listing, match }, i) => {
    const why = localizeReasons(match.reasons, search.locale).slice(0, REASONS_PER_MATCH);
    return [
      `${i + 1}. ${listing.title}`,
      `   ${t.kind[listing.kind]} · ${listing.postcode} ${listing.place}`,
      `   ${listing.summary}`,
      `   ${t.score(match.score)}`,
      ...(why.length ? [`   ${t.why}`, ...why.map((r) => `   - ${r.text}`)] : []),
      `   ${t.link} ${listingUrl(listing, origin, search.locale)}`,
      '',
    ];
  });
  return {
    to: search.email,
    subject: t.subject(matches.length, matches[0]?.listing.title ?? ''),
    text: [t.intro(matches.length), '', ...blocks, `${t.stop} ${stop}`, '', t.footer, ''].join('\n'),
    headers: unsubscribeHeaders(stop),
  };
}

export interface AlertsResult {
  /** Pending listings looked at, and those done (no longer pending). */
  checked: number;
  settled: number;
  /** Alert mails written, and the (listing, search) pairs they told. */
  mails: number;
  pairs: number;
  /** Searches that had their mail of the day already: their matches wait for the next day. */
  deferred: number;
}

const byScore = (a: AlertMatch, b: AlertMatch) => b.match.score - a.match.score || (a.listing.id < b.listing.id ? -1 : a.listing.id > b.listing.id ? 1 : 0);

/**
 * Works off the pending listings: one mail per saved search for the day, listing its new matches.
 * Call it from the daily cron (`savedSearchAlertsScheduled`); running it more often, or twice, never
 * mails a search twice a day nor a pair twice.
 * @example
 * await runSavedSearchAlerts(env, Date.now()); // { checked: 2, settled: 2, mails: 1, pairs: 2, deferred: 0 }
 */
export async function runSavedSearchAlerts(env: Env, now: number, origin: string = publicOrigin(env)): Promise<AlertsResult> {
  const db = database(env.DB);
  const day = alertDay(now);
  const pending = await db
    .select({ changedAt: listingAlertsPending.changedAt, listing: listings })
    .from(listingAlertsPending)
    .innerJoin(listings, eq(listings.id, listingAlertsPending.listingId))
    .orderBy(asc(listingAlertsPending.changedAt), asc(listingAlertsPending.listingId))
    .limit(ALERT_LISTINGS_PER_RUN)
    .all();

  /** Listings that stay pending: not every search they fit was told in this run. */
  const keep = new Set<string>();
  const bySearch = new Map<string, { search: Fitting; matches: AlertMatch[] }>();
  for (const { changedAt, listing } of pending) {
    // Paused or archived since: nothing to tell (publishing again queues it again).
    if (listing.status !== 'published') continue;
    const reach = await reachingEmbeds(db, listing.id);
    if (!reach.length) continue;
    const { fitting, exhausted } = await fittingSearches(db, listing, reach, { cap: ALERT_SEARCHES_PER_LISTING, createdUpTo: changedAt });
    if (!exhausted) keep.add(listing.id);
    for (const f of fitting) {
      const entry = bySearch.get(f.savedSearchId) ?? { search: f, matches: [] };
      entry.matches.push({ listing, match: f.match });
      bySearch.set(f.savedSearchId, entry);
    }
  }

  const result: AlertsResult = { checked: pending.length, settled: 0, mails: 0, pairs: 0, deferred: 0 };
  const entries = [...bySearch.values()].sort((a, b) => (a.search.savedSearchId < b.search.savedSearchId ? -1 : 1));
  const taken = entries.slice(0, ALERT_MAILS_PER_RUN);
  for (const e of entries.slice(ALERT_MAILS_PER_RUN)) for (const m of e.matches) keep.add(m.listing.id);

  for (const part of chunks(taken, SEARCHES_PER_BATCH)) {
    const writes = await Promise.all(
      part.map(async ({ search, matches }) => {
        const sorted = [...matches].sort(byScore);
        const shown = sorted.slice(0, MATCHES_PER_MAIL);
        for (const m of sorted.slice(MATCHES_PER_MAIL)) keep.add(m.listing.id);
        const mail = outboxInsert(
          db,
          { ...(await alertMail(env, origin, search, shown)), kind: 'saved-search.alert', locale: search.locale },
          { table: 'saved_searches', id: `${search.savedSearchId}:${day}` },
          now,
        );
        return { shown, mail, claim: claimPairs(db, shown.map((m) => m.listing.id), search.savedSearchId, mail.id, now) };
      }),
    );
    const [first, ...rest] = writes.flatMap((w): BatchItem<'sqlite'>[] => [w.mail.query, w.claim]);
    const results = (await db.batch([first!, ...rest])) as unknown[];
    const written: string[] = [];
    writes.forEach((w, i) => {
      const claimed = results[2 * i + 1] as { listingId: string }[];
      if (claimed.length === 0) {
        // This search had its mail of the day (or every pair was told meanwhile): tomorrow's mail.
        result.deferred++;
        for (const m of w.shown) keep.add(m.listing.id);
        return;
      }
      result.mails++;
      result.pairs += claimed.length;
      written.push(w.mail.id);
    });
    await enqueue(env, written);
  }

  const done = pending.filter((p) => !keep.has(p.listing.id));
  for (const part of chunks(done, 50)) {
    const [first, ...rest] = part.map((p) =>
      // Not if the listing changed again since it was read: that change is checked next run.
      db.delete(listingAlertsPending).where(and(eq(listingAlertsPending.listingId, p.listing.id), eq(listingAlertsPending.changedAt, p.changedAt))),
    );
    await db.batch([first!, ...rest]);
  }
  result.settled = done.length;
  return result;
}

/**
 * The pairs a search's mail tells, written only if that mail's outbox row is there (this run
 * inserted it: a mail of the day already sent means nothing is claimed).
 */
function claimPairs(db: Database, listingIds: string[], savedSearchId: string, mailId: string, now: number) {
  const mailed: SQL = exists(db.select({ one: sql`1` }).from(outbox).where(eq(outbox.id, mailId)));
  return db
    .insert(propertyNotifications)
    .select(
      db
        .select({ listingId: listings.id, savedSearchId: sql<string>`${savedSearchId}`.as('saved_search_id'), sentAt: sql<number>`${now}`.as('sent_at') })
        .from(listings)
        .where(and(inArray(listings.id, listingIds), mailed)),
    )
    .onConflictDoNothing()
    .returning({ listingId: propertyNotifications.listingId });
}

/** The alerts part of the Worker's `scheduled` handler (the daily cron). */
export async function savedSearchAlertsScheduled(controller: ScheduledController, env: Env): Promise<void> {
  try {
    const r = await runSavedSearchAlerts(env, controller.scheduledTime);
    console.log(JSON.stringify({ job: 'saved-search-alerts', cron: controller.cron, ...r }));
  } catch (err) {
    console.error(JSON.stringify({ job: 'saved-search-alerts', cron: controller.cron, error: String(err) }));
    throw err;
  }
}
