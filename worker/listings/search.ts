/**
 * The listings matching works on: every published listing in an embed's scope (cached and prepared
 * per isolate, worker/listings/isolate-cache.ts; the engine applies every hard filter itself), and
 * the nearest partial matches of an empty result.
 */
import { desc } from 'drizzle-orm';
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

/**
 * Every published listing in the embed's scope, both kinds, the most recently confirmed first: the
 * set an isolate keeps prepared.
 */
export const scopeListingsQuery = (db: Database, scope: SearchScope, max: number) =>
  db.select(candidateColumns).from(listings).where(inEmbedScope(scope)).orderBy(desc(listings.confirmedAt), listings.id).limit(max);

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
