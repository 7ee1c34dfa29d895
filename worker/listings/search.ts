/**
 * The SQL prefilter of matching: everything a cheap indexed query can rule out before the engine
 * scores — status, scope of the embed, kind for the seeker type, search area (bounding box), free
 * places, and both sides' dealbreakers that live in columns.
 */
import { and, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { listings } from '../db/schema';
import type { EmbedAccess } from '../embeds/access';
import { breakdown, failedText, type Breakdown } from '../matching/breakdown';
import type { Locale } from '../i18n';
import type { MatchListing, MatchResult, SeekerContext } from '../matching/types';
import { listingSummary, matchOut, type Candidate } from './present';

export type { Candidate };
import type { Answers } from '../questionnaire/types';
import { DEALBREAKER } from '../questionnaire/types';
import { inEmbedScope } from './scope';
import { SUMMARY_COLUMNS } from './summary';

/** Upper bound of each equity band in cents (what a household can bring at most). */
export const EQUITY_BAND_MAX_CENTS: Record<string, number> = {
  none: 0,
  lt10k: 1_000_000,
  '10k-50k': 5_000_000,
  '50k-150k': 15_000_000,
  gt150k: Number.MAX_SAFE_INTEGER,
};

export type SearchScope = Pick<EmbedAccess, 'embed' | 'organization'>;

const isDealbreaker = (answers: Answers, id: string) => answers[id]?.importance === DEALBREAKER;

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


/** Builds the WHERE clause; exported for tests and the benchmark's bare read. */
export function prefilterConditions(answers: Answers, ctx: SeekerContext, scope: SearchScope): SQL {
  const group = answers['who.seekerType']?.value === 'group';
  const conditions: (SQL | undefined)[] = [inEmbedScope(scope), eq(listings.kind, group ? 'property' : 'project')];

  if (ctx.target) {
    const { lat, lon, radiusKm } = ctx.target;
    const dLat = radiusKm / 111.2;
    const dLon = radiusKm / (111.2 * Math.max(0.2, Math.cos((lat * Math.PI) / 180)));
    conditions.push(gte(listings.lat, lat - dLat), lte(listings.lat, lat + dLat), gte(listings.lon, lon - dLon), lte(listings.lon, lon + dLon));
  }

  if (!group) {
    const persons = Number(answers['who.adults']?.value ?? 1) + Number(answers['who.children']?.value ?? 0);
    // A household needs at least one free place; larger households are scored, not cut, on size.
    conditions.push(gte(listings.freePlaces, Math.min(1, persons)));
    if (Number(answers['who.children']?.value ?? 0) > 0) conditions.push(eq(listings.childrenWelcome, true));
    const pets = answers['who.pets']?.value;
    if (pets === 'dog') conditions.push(eq(listings.petsAllowed, 'dog'));
    if (pets === 'small') conditions.push(inArray(listings.petsAllowed, ['small', 'dog']));
    const equity = answers['money.equity']?.value;
    if (typeof equity === 'string' && equity in EQUITY_BAND_MAX_CENTS) {
      conditions.push(lte(listings.equityRequiredCents, EQUITY_BAND_MAX_CENTS[equity] ?? 0));
    }
  }

  if (isDealbreaker(answers, 'needs.barrierFree') && answers['needs.barrierFree']?.value === true) {
    conditions.push(eq(listings.barrierFree, true));
  }
  const budget = answers['money.maxMonthlyCost']?.value;
  if (isDealbreaker(answers, 'money.maxMonthlyCost') && typeof budget === 'number') {
    conditions.push(sql`coalesce(${listings.monthlyCostMinCents}, 0) <= ${budget * 100}`);
  }
  const forms = answers['money.legalForms']?.value;
  if (isDealbreaker(answers, 'money.legalForms') && Array.isArray(forms)) {
    conditions.push(inArray(listings.legalForm, forms as MatchListing['legalForm'][]));
  }
  const settlements = answers['where.settlement']?.value;
  if (isDealbreaker(answers, 'where.settlement') && Array.isArray(settlements)) {
    conditions.push(inArray(listings.settlement, settlements as MatchListing['settlement'][]));
  }
  return and(...conditions) as SQL;
}

/**
 * At most this many candidates are scored per request, the most recently confirmed first: it keeps
 * a region of any size inside the Workers CPU budget and D1 rows read bounded. Real regions have far
 * fewer published listings; the cap matters for huge scopes and region-wide searches.
 */
export const MAX_CANDIDATES = 1000;

/**
 * Loads the candidates for one seeker.
 * @example
 * const candidates = await searchCandidates(db, answers, ctx, { embed, organization });
 */
export async function searchCandidates(db: Database, answers: Answers, ctx: SeekerContext, scope: SearchScope, max = MAX_CANDIDATES): Promise<Candidate[]> {
  return db
    .select(candidateColumns)
    .from(listings)
    .where(prefilterConditions(answers, ctx, scope))
    .orderBy(desc(listings.confirmedAt), listings.id)
    .limit(max)
    .all();
}

/** How many listings an empty result looks through for partial matches, and how many it shows. */
const PARTIAL_POOL = 200;
const PARTIAL_SHOWN = 3;

/**
 * For an empty result: the listings of the right kind in scope that come closest, each with the
 * hard filters it fails in words, ranked by fewest failures, then by the score they would have.
 */
export async function nearestPartialMatches(db: Database, answers: Answers, ctx: SeekerContext, scope: SearchScope, locale: Locale, base: string) {
  const kindOnly: Answers = answers['who.seekerType'] ? { 'who.seekerType': answers['who.seekerType'] } : {};
  const pool = await searchCandidates(db, kindOnly, {}, scope, PARTIAL_POOL);
  return pool
    .map((l) => ({ l, b: breakdown(answers, l, ctx) }))
    .filter((x): x is { l: Candidate; b: Breakdown & { relaxed: MatchResult } } => x.b.relaxed !== null)
    .sort((x, y) => x.b.failed.length - y.b.failed.length || y.b.relaxed.score - x.b.relaxed.score || (x.l.id < y.l.id ? -1 : 1))
    .slice(0, PARTIAL_SHOWN)
    .map(({ l, b }) => ({
      listing: listingSummary(l, locale, base),
      ...matchOut(b.relaxed, locale),
      failed: b.failed.map((questionId) => ({ questionId, text: failedText(questionId, locale) })),
    }));
}
