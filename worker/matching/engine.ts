/**
 * The matching engine (bt-match/1): pure, deterministic, no I/O. The route hands it an embed's
 * listings (prepared once per isolate); the engine applies every hard filter, scores both sides and
 * explains.
 *
 * Scoring in short:
 * - seekerFit: weighted mean of how well the listing meets each seeker answer (weights by the
 *   seeker's importance 0/1/3/3); projectFit: the same for what the project looks for, weighted by
 *   the project's importance.
 * - Unanswered on either side is 0.5 and stays in the mean with the default weight, so answering in
 *   agreement can only raise a fit; a side with nothing weighted is 0.5.
 * - score = round(100 · √(seekerFit · projectFit)). The geometric mean keeps a one-sided match low
 *   (a 100/20 match scores 45, not 60) and is symmetric and monotone in both fits.
 * - Rounding: seekerFit, projectFit and score are each rounded from the unrounded fits, so the score
 *   may differ by 1 from √ of the two rounded numbers, but is exactly as monotone as the fits.
 *
 * Speed: the listing side is encoded once into typed arrays (`prepareListings`, the costly part:
 * reading every profile), the seeker once into a plan; the hot loop then only reads typed arrays
 * and allocates nothing. Only returned results are explained — pass `limit`, and use
 * `matchListings` when the total is needed too. With a limit, listings are scored by the kernel
 * (kernel.ts: only the seeker's answered dimensions) and the best kept in a bounded list (TopK).
 */
import type { Answers } from '../questionnaire/types';
import { assess, createScratch, type Scratch } from './assess';
import { explain } from './explain';
import { compileKernel, kernelScore, type KernelPlan } from './kernel';
import { prepareListings, type PreparedListings } from './prepared';
import { scoreOf } from './scales';
import { compileSeeker, type SeekerPlan } from './seeker-plan';
import { TopK } from './top-list';
import type { MatchListing, MatchResult, SeekerContext } from './types';

export { distanceKm } from './geo';
export { prepareListings, type PreparedListings } from './prepared';
export { localizeReasons, reasonText } from './reasons';
export { ALGORITHM_VERSION } from './types';

export type HardFilterResult = { ok: true } | { ok: false; questionId: string };

export interface RankOptions {
  /** Return at most this many results (only these are explained, which saves time). */
  limit?: number;
}

const toPercent = (fit: number): number => Math.round(100 * fit);

function result(plan: SeekerPlan, L: PreparedListings, i: number, s: Scratch): MatchResult {
  const { reasons, watchOuts } = explain(plan, L, i, s);
  return {
    listingId: (L.listings[i] as MatchListing).id,
    score: scoreOf(s.seekerFit, s.projectFit),
    seekerFit: toPercent(s.seekerFit),
    projectFit: toPercent(s.projectFit),
    distanceKm: Number.isNaN(s.distanceKm) ? null : s.distanceKm,
    reasons,
    watchOuts,
  };
}

/**
 * The result of listing `i` right after `assess` passed it with scratch `s` (breakdown.ts reuses
 * its own assessment instead of scoring again).
 */
export const explainAssessed = (plan: SeekerPlan, L: PreparedListings, i: number, s: Scratch): MatchResult => result(plan, L, i, s);

/**
 * Whether a listing can match at all: seeker type ↔ listing kind, search radius, free places, both
 * sides' dealbreakers. Names the question of the first failing filter.
 * @example
 * hardFilter({ 'needs.barrierFree': { value: true, importance: 3 } }, listing, {}); // { ok: false, questionId: 'needs.barrierFree' }
 */
export function hardFilter(answers: Answers, listing: MatchListing, ctx: SeekerContext): HardFilterResult {
  const failed = assess(compileSeeker(answers, ctx), prepareListings([listing]), 0, createScratch());
  return failed === null ? { ok: true } : { ok: false, questionId: failed };
}

/**
 * Score and explanation of one listing for one seeker, or null when a hard filter fails.
 * @example
 * scoreListing(answers, listing, { target: { lat: 51.15, lon: 14.99, radiusKm: 25 } })?.score; // 0–100
 */
export function scoreListing(answers: Answers, listing: MatchListing, ctx: SeekerContext): MatchResult | null {
  const plan = compileSeeker(answers, ctx);
  const prepared = prepareListings([listing]);
  const s = createScratch();
  return assess(plan, prepared, 0, s) === null ? result(plan, prepared, 0, s) : null;
}

/**
 * All candidates that pass the hard filters, best first: score desc, then distance asc, then listing
 * id asc (code-unit order), so equal input in any order ranks the same.
 * @example
 * rankListings(answers, candidates, ctx, { limit: 20 });
 */
export function rankListings(answers: Answers, listings: readonly MatchListing[], ctx: SeekerContext, opts: RankOptions = {}): MatchResult[] {
  return matchPrepared(answers, prepareListings(listings), ctx, opts).results;
}

export interface Ranking {
  /** How many listings passed the hard filters (all of them, not only the returned ones). */
  total: number;
  /** The best `limit` of them, best first. */
  results: MatchResult[];
}

/**
 * Scores only, no explanation: per prepared listing its score (0–100), or -1 where a hard filter
 * fails — for callers that combine many pairings and explain only the winners (worker/groups/fit.ts).
 * Each score is exactly the one `scoreListing` gives the same pair. A caller that scores the same
 * seeker against many small sets passes its plan (`compileSeeker`) and one scratch.
 * @example
 * scoresPrepared(answers, prepareListings(listings), {})[0]; // 0–100, or -1
 */
export function scoresPrepared(seeker: Answers | SeekerPlan, prepared: PreparedListings, ctx: SeekerContext, s: Scratch = createScratch()): Int8Array {
  const plan = isPlan(seeker) ? seeker : compileSeeker(seeker, ctx);
  const out = new Int8Array(prepared.count);
  for (let i = 0; i < prepared.count; i++) out[i] = assess(plan, prepared, i, s) === null ? scoreOf(s.seekerFit, s.projectFit) : -1;
  return out;
}

/**
 * Each plan's kernel (`kernel.ts`), compiled on the plan's second use by `scorePlanned`: a kernel
 * costs more to build than `assess` takes for a few listings, so a plan used once (a card new to the
 * isolate) is assessed instead; `null` marks a plan used once.
 */
const KERNELS = new WeakMap<SeekerPlan, KernelPlan | null>();
const DISTANCE = new Float64Array(1);

/**
 * The score `scoresPrepared` gives listing `i` (0–100, or -1), through the plan's kernel — for
 * rankings that score one compiled seeker (`compilePlan`) against many listings and explain only the
 * winners (worker/groups/fit.ts). Unlike `scoresPrepared` it may leave the scratch unassessed, so a
 * following `explainAssessed` needs `scoresPrepared`.
 * @example
 * scorePlanned(compilePlan(answers, {}), prepareListings(listings), 0, createScratch()); // 0–100, or -1
 */
export function scorePlanned(plan: SeekerPlan, prepared: PreparedListings, i: number, s: Scratch): number {
  let kernel = KERNELS.get(plan);
  if (kernel === undefined) {
    KERNELS.set(plan, null);
    return assess(plan, prepared, i, s) === null ? scoreOf(s.seekerFit, s.projectFit) : -1;
  }
  if (kernel === null) KERNELS.set(plan, (kernel = compileKernel(plan)));
  return kernelScore(kernel, prepared, i, s, DISTANCE);
}

const PLANS = new WeakSet<object>();
const isPlan = (x: Answers | SeekerPlan): x is SeekerPlan => PLANS.has(x);

/** A seeker compiled once, for `scoresPrepared` over many listing sets. */
export function compilePlan(answers: Answers, ctx: SeekerContext): SeekerPlan {
  const plan = compileSeeker(answers, ctx);
  PLANS.add(plan);
  return plan;
}

export { createScratch, type Scratch } from './assess';
export type { SeekerPlan } from './seeker-plan';

/**
 * `rankListings` over listings prepared once with `prepareListings` — for callers that rank many
 * seekers against the same listings (saved-search notifications, a per-isolate cache of a region).
 */
export function rankPrepared(answers: Answers, prepared: PreparedListings, ctx: SeekerContext, opts: RankOptions = {}): MatchResult[] {
  return matchPrepared(answers, prepared, ctx, opts).results;
}

/**
 * Like `rankListings`, but also says how many passed the filters — so a route can return the first
 * page cheaply (only the returned results are explained) and still report the total.
 * @example
 * const { total, results } = matchListings(answers, candidates, ctx, { limit: 20 });
 */
export function matchListings(answers: Answers, listings: readonly MatchListing[], ctx: SeekerContext, opts: RankOptions = {}): Ranking {
  return matchPrepared(answers, prepareListings(listings), ctx, opts);
}

/** `matchListings` over prepared listings. */
export function matchPrepared(answers: Answers, prepared: PreparedListings, ctx: SeekerContext, opts: RankOptions = {}): Ranking {
  const plan = compileSeeker(answers, ctx);
  const s = createScratch();
  const n = prepared.count;
  if (opts.limit !== undefined && opts.limit < n) return selectBest(plan, prepared, Math.max(0, opts.limit), s);
  const index = new Int32Array(n);
  const score = new Uint8Array(n);
  const distance = new Float64Array(n);
  // Without a limit every passing listing is returned, so explain it while its fits are at hand;
  // with one, only the winners are explained after sorting (their fits recomputed, cheaply).
  const explainAll = opts.limit === undefined || opts.limit >= n;
  const explained: MatchResult[] = [];
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (assess(plan, prepared, i, s) !== null) continue;
    index[m] = i;
    score[m] = scoreOf(s.seekerFit, s.projectFit);
    distance[m] = s.distanceKm;
    if (explainAll) explained.push(result(plan, prepared, i, s));
    m++;
  }

  // Counting sort on the 101 possible scores (bucket b holds score 100 − b), then order the ties
  // inside each bucket; buckets wholly past the limit are never sorted.
  const start = new Int32Array(102);
  for (let k = 0; k < m; k++) start[101 - (score[k] as number)]!++;
  for (let b = 1; b < 102; b++) start[b]! += start[b - 1] as number;
  const order = new Int32Array(m);
  const next = start.slice(0, 101);
  for (let k = 0; k < m; k++) order[next[100 - (score[k] as number)]!++] = k;

  const limit = Math.max(0, Math.min(m, opts.limit ?? m));
  const listings = prepared.listings;
  const byDistanceThenId = (a: number, b: number): number => {
    const d = (distance[a] as number) - (distance[b] as number);
    if (d < 0 || d > 0) return d; // NaN (no target) falls through to the id
    const ia = (listings[index[a] as number] as MatchListing).id;
    const ib = (listings[index[b] as number] as MatchListing).id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  for (let b = 0; b < 101 && (start[b] as number) < limit; b++) {
    const from = start[b] as number;
    const to = start[b + 1] as number;
    if (to - from > 1) order.subarray(from, to).sort(byDistanceThenId);
  }

  const results: MatchResult[] = new Array(limit);
  for (let r = 0; r < limit; r++) {
    const k = order[r] as number;
    if (explainAll) {
      results[r] = explained[k] as MatchResult;
    } else {
      const i = index[k] as number;
      assess(plan, prepared, i, s); // refill the scratch for this listing's reasons
      results[r] = result(plan, prepared, i, s);
    }
  }
  return { total: m, results };
}

/**
 * The first `limit` of a ranking: every listing scored by the kernel (answered dimensions only), the
 * best kept in a bounded list while scanning, then only those assessed in full and explained.
 */
function selectBest(plan: SeekerPlan, prepared: PreparedListings, limit: number, s: Scratch): Ranking {
  const kernel = compileKernel(plan);
  const best = new TopK(limit, prepared.listings);
  const distance = new Float64Array(1);
  let total = 0;
  for (let i = 0; i < prepared.count; i++) {
    const score = kernelScore(kernel, prepared, i, s, distance);
    if (score < 0) continue;
    total++;
    best.offer(i, score, distance[0] as number);
  }
  const results: MatchResult[] = new Array(best.size);
  for (let r = 0; r < best.size; r++) {
    const i = best.index[r] as number;
    assess(plan, prepared, i, s);
    results[r] = result(plan, prepared, i, s);
  }
  return { total, results };
}
