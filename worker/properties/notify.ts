/**
 * "Notify the matching saved searches" for a published vacant building or plot: one email to each
 * confirmed saved search whose embed can reach the listing (the same `inEmbedScope` condition the
 * widget's routes use) and whose answers fit it by the matching engine (hard filters, then a score
 * of at least MIN_SCORE). Each (listing, saved search) pair is told at most once: the pair's row in
 * `property_notifications` and its mail (the outbox, worker/outbox) are written in one batch, and
 * the mail's cause is the pair, so a double click or two members clicking at once cannot mail
 * twice; a mail that fails is retried by the mail queue. The provider only ever learns counts,
 * never an address.
 */
import { and, eq, exists, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { database, type Database } from '../db/client';
import { embeds, listings, organizations, postcodes, propertyNotifications, savedSearches, type Embed, type Listing, type Organization } from '../db/schema';
import { MATCH_THRESHOLD } from '../demand/bands';
import { requestKey, requestKeySql } from '../demand/cell-key';
import type { Env } from '../env';
import { inEmbedScope } from '../listings/scope';
import type { Mail } from '../mail/mailer';
import { enqueue, outboxInsert } from '../outbox/outbox';
import { localizeReasons, scoreListing } from '../matching/engine';
import type { MatchResult, SeekerContext } from '../matching/types';
import type { Answers } from '../questionnaire/types';
import { messages, type Locale } from '../i18n';
import { stopToken } from './stop-link';

/** Emails per click: keeps one request inside the Workers subrequest and CPU budgets. */
export const NOTIFY_CAP = 500;
/** Saved searches scored per click at most (CPU budget); the rest waits for the next click. */
export const MAX_SCANNED = 5000;
/** The score a saved search must reach: the same line as "demand met" in the dashboard. */
export const MIN_SCORE = MATCH_THRESHOLD;
const PAGE = 200;
/** D1 binds at most 100 parameters per query. */
const IDS_PER_QUERY = 90;
const DEFAULT_RADIUS_KM = 25;

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

type Reach = { embed: Embed; organization: Organization };

const chunks = <T>(xs: readonly T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

/** Live embeds that have confirmed saved searches and whose scope reaches the listing. */
export async function reachingEmbeds(db: Database, listingId: string): Promise<Reach[]> {
  const candidates = await db
    .select({ embed: embeds, organization: organizations })
    .from(embeds)
    .innerJoin(organizations, eq(organizations.id, embeds.organizationId))
    .where(
      and(
        isNull(embeds.revokedAt),
        exists(db.select({ one: sql`1` }).from(savedSearches).where(and(eq(savedSearches.embedId, embeds.id), isNotNull(savedSearches.confirmedAt)))),
      ),
    )
    .all();
  const out: Reach[] = [];
  for (const part of chunks(candidates, 50)) {
    const [first, ...rest] = part.map((r) => db.select({ id: listings.id }).from(listings).where(and(eq(listings.id, listingId), inEmbedScope(r))).limit(1));
    if (!first) continue;
    const results = await db.batch([first, ...rest]);
    results.forEach((rows, i) => {
      if (rows.length > 0) out.push(part[i]!);
    });
  }
  return out;
}

/** The search centre of each saved search's postcode (unknown postcodes: anywhere in scope). */
async function contexts(db: Database, answersList: Answers[]): Promise<Map<string, { lat: number; lon: number }>> {
  const codes = [...new Set(answersList.map((a) => a['where.postcode']?.value).filter((v): v is string => typeof v === 'string'))];
  const out = new Map<string, { lat: number; lon: number }>();
  for (const part of chunks(codes, IDS_PER_QUERY)) {
    for (const r of await db.select({ postcode: postcodes.postcode, lat: postcodes.lat, lon: postcodes.lon }).from(postcodes).where(inArray(postcodes.postcode, part)).all()) {
      out.set(r.postcode, { lat: r.lat, lon: r.lon });
    }
  }
  return out;
}

function seekerContext(answers: Answers, centres: Map<string, { lat: number; lon: number }>): SeekerContext {
  const code = answers['where.postcode']?.value;
  const centre = typeof code === 'string' ? centres.get(code) : undefined;
  return centre ? { target: { ...centre, radiusKm: Number(answers['where.radiusKm']?.value ?? DEFAULT_RADIUS_KM) } } : {};
}

export interface Fitting {
  savedSearchId: string;
  email: string;
  locale: Locale;
  embed: Embed;
  match: MatchResult;
}

/**
 * Confirmed, not yet notified saved searches of the reaching embeds that fit the listing, in id
 * order, at most `cap`; `exhausted` is false when the cap or the scan budget stopped the search.
 */
export async function fittingSearches(db: Database, listing: Listing, reach: Reach[], cap = NOTIFY_CAP): Promise<{ fitting: Fitting[]; exhausted: boolean }> {
  const fitting: Fitting[] = [];
  const embedById = new Map(reach.map((r) => [r.embed.id, r.embed]));
  let scanned = 0;
  for (const ids of chunks([...embedById.keys()], IDS_PER_QUERY)) {
    let after = '';
    for (;;) {
      const page = await db
        .select({ id: savedSearches.id, embedId: savedSearches.embedId, email: savedSearches.email, locale: savedSearches.locale, answers: savedSearches.answers })
        .from(savedSearches)
        .where(
          and(
            inArray(savedSearches.embedId, ids),
            isNotNull(savedSearches.confirmedAt),
            sql`${savedSearches.id} > ${after}`,
            sql`NOT EXISTS (SELECT 1 FROM property_notifications p WHERE p.listing_id = ${listing.id} AND p.saved_search_id = ${savedSearches.id})`,
          ),
        )
        .orderBy(savedSearches.id)
        .limit(PAGE)
        .all();
      const centres = await contexts(db, page.map((s) => s.answers));
      for (const s of page) {
        if (fitting.length >= cap || scanned >= MAX_SCANNED) return { fitting, exhausted: false };
        scanned++;
        const match = scoreListing(s.answers, listing, seekerContext(s.answers, centres));
        if (match && match.score >= MIN_SCORE) fitting.push({ savedSearchId: s.id, email: s.email, locale: s.locale, embed: embedById.get(s.embedId)!, match });
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
  }
  return { fitting, exhausted: true };
}

/** The notification in the language the seeker saved the search in (words: worker/i18n/{de,en}/properties.ts). */
export async function notificationMail(env: Env, origin: string, listing: Listing, f: Fitting): Promise<Mail> {
  const locale = f.locale;
  const t = messages(locale).properties;
  // There is no public listing page: the listing's own website, else the site the seeker searched on.
  const link = listing.website ?? f.embed.allowedOrigins[0] ?? origin;
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
      `${t.mailLink} ${link}`,
      '',
      `${t.mailStop} ${origin}/saved-searches/stop/${await stopToken(env, f.savedSearchId)}`,
      '',
      t.mailFooter,
      '',
    ].join('\n'),
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
  const { fitting, exhausted } = await fittingSearches(db, listing, reach);
  let sent = 0;
  for (const part of chunks(fitting, 30)) {
    const mails = await Promise.all(
      part.map(async (f) =>
        outboxInsert(db, { ...(await notificationMail(env, origin, listing, f)), kind: 'property.notification', locale: f.locale }, { table: 'property_notifications', id: `${listing.id}:${f.savedSearchId}` }, now),
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
