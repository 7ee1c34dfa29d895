/**
 * "Notify now" for a published vacant building or plot: one email at once to each confirmed saved
 * search that fits it (worker/saved-searches/fitting.ts: the embed reaches the listing, the engine's
 * hard filters pass, a score of at least MIN_SCORE) and was not told of it yet — by an earlier click
 * or by the daily alerts (worker/saved-searches/alerts.ts), which send the same matches without a
 * click. Each (listing, saved search) pair is told at most once: the pair's row in
 * `property_notifications` and its mail (the outbox, worker/outbox) are written in one batch, and
 * the mail's cause is the pair, so a double click or two members clicking at once cannot mail
 * twice; a mail that fails is retried by the mail queue. The provider only ever learns counts,
 * never an address.
 */
import { and, eq } from 'drizzle-orm';
import { database } from '../db/client';
import { propertyNotifications, type Listing } from '../db/schema';
import { requestKey, requestKeySql } from '../demand/cell-key';
import type { Env } from '../env';
import type { Mail } from '../mail/mailer';
import { enqueue, outboxInsertIf } from '../outbox/outbox';
import { localizeReasons } from '../matching/engine';
import { messages } from '../i18n';
import { chunks, fittingSearches, reachingEmbeds, type Fitting } from '../saved-searches/fitting';
import { listingUrl } from '../listings/public-path';
import { stopUrl, unsubscribeHeaders } from '../saved-searches/stop-link';

export type { Fitting };

/** Emails per click: keeps one request inside the Workers subrequest and CPU budgets. */
export const NOTIFY_CAP = 500;

/** "Notify now" works at most once per listing in this time. */
export const NOTIFY_INTERVAL_MS = 7 * 86_400_000;

export interface NotifyResult {
  sent: number;
  /** Saved searches told about this listing before this click. */
  already: number;
  /** Cell-key sums of both sets (worker/demand/cell-key.ts), for the bands they are shown in. */
  sentKeys: number;
  alreadyKeys: number;
  /** The cap (or the scan budget) was reached: there may be more to notify. */
  capped: boolean;
  /**
   * Always false: the mails are written with their pairs and retried by the mail queue, so nothing
   * here fails on the mail's account any more (kept for the audit record and the route's notice).
   */
  failed: boolean;
}

/** The notification in the language the seeker saved the search in (words: worker/i18n/{de,en}/properties.ts). */
export async function notificationMail(env: Env, origin: string, listing: Listing, f: Fitting): Promise<Mail> {
  const locale = f.locale;
  const t = messages(locale).properties;
  const stop = await stopUrl(env, origin, f.savedSearchId);
  const why = localizeReasons(f.match.reasons, locale).map((r) => `- ${r.text}`);
  return {
    to: f.email,
    subject: t.mailSubject(listing.title),
    text: [
      t.mailIntro,
      '',
      listing.title,
      `${listing.postcode} ${listing.place}`,
      listing.summary,
      '',
      t.mailScore(f.match.score),
      ...(why.length ? ['', t.mailWhy, ...why] : []),
      '',
      `${t.mailLink} ${listingUrl(listing, origin, f.locale)}`,
      '',
      `${t.mailStop} ${stop}`,
      '',
      t.mailFooter,
      '',
    ].join('\n'),
    headers: unsubscribeHeaders(stop),
  };
}

/**
 * @example
 * const r = await notifyMatchingSearches(c.env, listing, 'https://bring-together.de'); // { sent: 3, already: 1, … }
 */
export async function notifyMatchingSearches(env: Env, listing: Listing, origin: string, now = Date.now()): Promise<NotifyResult> {
  const db = database(env.DB);
  const alreadyRow = await env.DB.prepare(`SELECT count(*) AS n, coalesce(sum(${requestKeySql('saved_search_id')}), 0) AS ks FROM property_notifications WHERE listing_id = ?`)
    .bind(listing.id)
    .first<{ n: number; ks: number }>();
  const already = Number(alreadyRow?.n ?? 0);
  const alreadyKeys = Number(alreadyRow?.ks ?? 0);
  let sentKeys = 0;
  const reach = await reachingEmbeds(db, listing.id);
  const { fitting, exhausted } = await fittingSearches(db, listing, reach, { cap: NOTIFY_CAP });
  let sent = 0;
  for (const part of chunks(fitting, 30)) {
    // Each mail only if this click claimed its pair (not the alerts job a moment earlier).
    const claimedHere = (f: Fitting) =>
      and(eq(propertyNotifications.listingId, listing.id), eq(propertyNotifications.savedSearchId, f.savedSearchId), eq(propertyNotifications.sentAt, now))!;
    const mails = await Promise.all(
      part.map(async (f) =>
        outboxInsertIf(
          db,
          { ...(await notificationMail(env, origin, listing, f)), kind: 'property.notification', locale: f.locale },
          { table: 'property_notifications', id: `${listing.id}:${f.savedSearchId}` },
          now,
          propertyNotifications,
          claimedHere(f),
        ),
      ),
    );
    // The pairs (3 parameters a row) and their mails in one batch: a concurrent click gets no row
    // back for the same pair, and the outbox holds one mail per pair (its cause).
    const [claimed] = await db.batch([
      db
        .insert(propertyNotifications)
        .values(part.map((f) => ({ listingId: listing.id, savedSearchId: f.savedSearchId, sentAt: now })))
        .onConflictDoNothing()
        .returning({ savedSearchId: propertyNotifications.savedSearchId }),
      ...mails.map((m) => m.query),
    ]);
    await enqueue(env, mails.map((m) => m.id));
    for (const { savedSearchId } of claimed) {
      sent++;
      sentKeys += requestKey(savedSearchId);
    }
  }
  return { sent, already, sentKeys, alreadyKeys, capped: !exhausted, failed: false };
}
