/**
 * The listings matching works on: every published listing in an embed's scope (cached and prepared
 * per isolate, worker/listings/isolate-cache.ts; the engine applies every hard filter itself), and
 * the nearest partial matches of an empty result.
 */
import { and, desc, eq, gt, lt, or } from 'drizzle-orm';
import type { Database } from '../db/client';
import { listings } from '../db/schema';
import type { EmbedAccess } from '../embeds/access';
import { breakdown, failedText, planCache, relaxedScore, type Breakdown } from '../matching/breakdown';
import type { Locale } from '../i18n';
import type { MatchResult, SeekerContext } from '../matching/types';
import type { ScopeListings } from './isolate-cache';
import { listingSummary, matchOut, type Candidate } from './present';

export type { Candidate };
import type { Answers } from '../questionnaire/types';
import { inEmbedScope } from './scope';
import { SUMMARY_COLUMNS } from './summary';

export type SearchScope = Pick<EmbedAccess, 'embed' | 'organization'>;

/** Columns needed to score and to show a result card (the card's from worker/listings/summary.ts). */
const candidateColumns = {
  ...SUMMARY_COLUMNS,
  lat: listings.lat,
  lon: listings.lon,
  settlement: listings.settlement,
  freeUnits: listings.freeUnits,
  childrenWelcome: listings.childrenWelcome,
  petsAllowed: listings.petsAllowed,
  profile: listings.profile,
};

/** A listing as a scope loads it: a candidate, with where it stands in the order (the next page's start). */
export type ScopeRow = Candidate & { confirmedAt: number };

/**
 * Published listings in the embed's scope, both kinds, the most recently confirmed first (after
 * `after`, when given): the set an isolate keeps prepared, one page of it.
 */
export const scopeListingsQuery = (db: Database, scope: SearchScope, max: number, after?: Pick<ScopeRow, 'confirmedAt' | 'id'>) =>
  db
    .select({ ...candidateColumns, confirmedAt: listings.confirmedAt })
    .from(listings)
    .where(
      after
        ? and(inEmbedScope(scope), or(lt(listings.confirmedAt, after.confirmedAt), and(eq(listings.confirmedAt, after.confirmedAt), gt(listings.id, after.id))))
        : inEmbedScope(scope),
    )
    .orderBy(desc(listings.confirmedAt), listings.id)
    .limit(max);

/**
 * Listings a scope loads per query: D1 answers at most 50 MB per query, and at about 2 KB a row
 * 5,000 stay near 10 MB. A pilot's scope is one query; a state's, a few.
 */
export const SCOPE_PAGE = 5_000;

/**
 * The scope's listings as `scopeListingsQuery` orders them, up to `max`, in pages of `pageSize`,
 * each continuing after the last row of the one before (keyset: no row read twice). The caller
 * tags them with a version read before the first page, so a write between pages costs a reload
 * on the next request (worker/listings/isolate-cache.ts); a confirmation only moves a listing
 * forward, so such a write can leave it out of this one load, never bring it twice.
 * @example
 * const candidates = await loadScopeListings(db, access, MAX_CACHED_LISTINGS);
 */
export async function loadScopeListings(db: Database, scope: SearchScope, max: number, pageSize = SCOPE_PAGE): Promise<ScopeRow[]> {
  const out: ScopeRow[] = [];
  for (;;) {
    const want = Math.min(pageSize, max - out.length);
    const page = await scopeListingsQuery(db, scope, want, out.at(-1)).all();
    out.push(...page);
    if (page.length < want || out.length >= max) return out;
  }
}

/** How many listings an empty result looks through for partial matches, and how many it shows. */
const PARTIAL_POOL = 200;
const PARTIAL_SHOWN = 3;

/** The scope's listings as loaded and as prepared for the engine (in the same order). */
export type PreparedScope = Pick<ScopeListings, 'candidates' | 'prepared'>;

/**
 * For an empty result, the listings that may come closest: of the right kind (and for a household
 * with a free place), the most recently confirmed first, from the scope's listings already loaded.
 * Returns their positions in the scope, where they are prepared already.
 */
export function partialPool({ candidates }: PreparedScope, answers: Answers): number[] {
  const group = answers['who.seekerType']?.value === 'group';
  const pool: number[] = [];
  for (let i = 0; i < candidates.length && pool.length < PARTIAL_POOL; i++) {
    const l = candidates[i]!;
    if (group ? l.kind === 'property' : l.kind === 'project' && l.freePlaces >= 1) pool.push(i);
  }
  return pool;
}

/**
 * The nearest partial matches in a pool: each with the hard filters it fails in words, ranked by
 * fewest failures, then by the score it would have; only the few shown are explained.
 */
export function partialMatchesAmong(scope: PreparedScope, pool: readonly number[], answers: Answers, ctx: SeekerContext, locale: Locale, base: string) {
  const plans = planCache();
  const at = (index: number) => ({ prepared: scope.prepared, index });
  return pool
    .map((i) => ({ i, l: scope.candidates[i]!, r: relaxedScore(answers, scope.candidates[i]!, ctx, plans, at(i)) }))
    .filter((x): x is { i: number; l: Candidate; r: { failed: string[]; score: number } } => x.r.score !== null)
    .sort((x, y) => x.r.failed.length - y.r.failed.length || y.r.score - x.r.score || (x.l.id < y.l.id ? -1 : 1))
    .slice(0, PARTIAL_SHOWN)
    .map(({ i, l }) => {
      const b = breakdown(answers, l, ctx, plans, at(i)) as Breakdown & { relaxed: MatchResult };
      return {
        listing: listingSummary(l, locale, base),
        ...matchOut(b.relaxed, locale),
        failed: b.failed.map((questionId) => ({ questionId, text: failedText(questionId, locale) })),
      };
    });
}
