/**
 * Which confirmed saved searches a listing fits: those whose (live) embed reaches the listing (the
 * same `inEmbedScope` condition the widget's routes use) and whose answers pass the matching
 * engine's hard filters with a score of at least MIN_SCORE. Households fit projects, groups fit
 * buildings and plots (the engine decides). A pair (listing, saved search) already told — by an
 * alert or by "notify now" — is in `property_notifications` and is skipped.
 *
 * Shared by the saved-search alerts (./alerts.ts) and "notify now" of a property
 * (worker/properties/notify.ts).
 */
import { and, eq, exists, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { embeds, organizations, postcodes, savedSearches, type Embed, type Listing } from '../db/schema';
import { MATCH_THRESHOLD } from '../demand/bands';
import { reachedThrough, type Reach } from '../listings/reach';
import { scoreListing } from '../matching/engine';
import type { MatchResult, SeekerContext } from '../matching/types';
import type { Answers } from '../questionnaire/types';
import type { Locale } from '../i18n';

/** The score a saved search must reach: the same line as "demand met" in the dashboard. */
export const MIN_SCORE = MATCH_THRESHOLD;
/** Saved searches scored per listing and call at most (CPU budget); the rest waits for the next call. */
export const MAX_SCANNED = 5000;
const PAGE = 200;
/** D1 binds at most 100 parameters per query. */
const IDS_PER_QUERY = 90;
const DEFAULT_RADIUS_KM = 25;

export type { Reach };

export const chunks = <T>(xs: readonly T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

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
  return reachedThrough(db, listingId, candidates);
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

export interface FittingOptions {
  /** At most this many fitting searches (the rest: `exhausted` false). */
  cap: number;
  /** Only searches saved at or before this time (a later one saw the listing in its results already). */
  createdUpTo?: number;
}

/**
 * Confirmed, not yet told saved searches of the reaching embeds that fit the listing, in id order,
 * at most `cap`; `exhausted` is false when the cap or the scan budget stopped the search.
 * @example
 * const { fitting, exhausted } = await fittingSearches(db, listing, await reachingEmbeds(db, listing.id), { cap: 500 });
 */
export async function fittingSearches(db: Database, listing: Listing, reach: Reach[], opts: FittingOptions): Promise<{ fitting: Fitting[]; exhausted: boolean }> {
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
            opts.createdUpTo === undefined ? undefined : lte(savedSearches.createdAt, opts.createdUpTo),
            sql`${savedSearches.id} > ${after}`,
            sql`NOT EXISTS (SELECT 1 FROM property_notifications p WHERE p.listing_id = ${listing.id} AND p.saved_search_id = ${savedSearches.id})`,
          ),
        )
        .orderBy(savedSearches.id)
        .limit(PAGE)
        .all();
      const centres = await contexts(db, page.map((s) => s.answers));
      for (const s of page) {
        if (fitting.length >= opts.cap || scanned >= MAX_SCANNED) return { fitting, exhausted: false };
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
