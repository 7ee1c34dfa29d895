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

/**
 * For an empty result, the listings that may come closest: of the right kind (and for a household
 * with a free place), the most recently confirmed first, from the scope's listings already loaded.
 */
export function partialPool(scopeListings: readonly Candidate[], answers: Answers): Candidate[] {
  const group = answers['who.seekerType']?.value === 'group';
  const pool: Candidate[] = [];
  for (const l of scopeListings) {
    if (pool.length === PARTIAL_POOL) break;
    if (group ? l.kind === 'property' : l.kind === 'project' && l.freePlaces >= 1) pool.push(l);
  }
  return pool;
}

/**
 * The nearest partial matches in a pool: each with the hard filters it fails in words, ranked by
 * fewest failures, then by the score it would have; only the few shown are explained.
 */
export function partialMatchesAmong(pool: readonly Candidate[], answers: Answers, ctx: SeekerContext, locale: Locale, base: string) {
  const plans = planCache();
  return pool
    .map((l) => ({ l, r: relaxedScore(answers, l, ctx, plans) }))
    .filter((x): x is { l: Candidate; r: { failed: string[]; score: number } } => x.r.score !== null)
    .sort((x, y) => x.r.failed.length - y.r.failed.length || y.r.score - x.r.score || (x.l.id < y.l.id ? -1 : 1))
    .slice(0, PARTIAL_SHOWN)
    .map(({ l }) => {
      const b = breakdown(answers, l, ctx, plans) as Breakdown & { relaxed: MatchResult };
      return {
        listing: listingSummary(l, locale, base),
        ...matchOut(b.relaxed, locale),
        failed: b.failed.map((questionId) => ({ questionId, text: failedText(questionId, locale) })),
      };
    });
}
