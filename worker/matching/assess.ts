/**
 * The hot loop: hard filters and per-slot fits of one prepared listing for one compiled seeker,
 * written into a reusable scratch, so ranking 10,000 listings reads only typed arrays and allocates
 * nothing per listing.
 */
import * as D from './dimensions';
import { haversine, kmOfHaversine } from './geo';
import type { PreparedListings } from './prepared';
import { costFit, distanceFit, equityFit, hoursFit, NEUTRAL, sizeFit, UNKNOWN } from './scales';
import { INDEXED_SLOTS, ROW, type SeekerPlan } from './seeker-plan';
import { MAX_REASONS, MAX_WATCH_OUTS, TopList } from './top-list';
import type { Reason } from './types';

/** Per-listing working memory, reused across the listings of one ranking. */
export interface Scratch {
  /** Fit per slot as the seeker sees it (weights: plan.weight). */
  fitS: Float64Array;
  /** Fit per slot as the project sees it (weights: prepared.weight). */
  fitP: Float64Array;
  distanceKm: number;
  seekerFit: number;
  projectFit: number;
  /** Candidate reasons and watch-outs of the listing being explained. */
  good: TopList;
  bad: TopList;
  /** Reasons shared by all results of this ranking, see `reasonFor` in explain.ts. */
  reasons: Map<number, Reason>;
}

export function createScratch(): Scratch {
  return {
    fitS: new Float64Array(D.SLOT_COUNT).fill(NEUTRAL),
    fitP: new Float64Array(D.SLOT_COUNT).fill(NEUTRAL),
    distanceKm: Number.NaN,
    seekerFit: NEUTRAL,
    projectFit: NEUTRAL,
    good: new TopList(MAX_REASONS),
    bad: new TopList(MAX_WATCH_OUTS),
    reasons: new Map(),
  };
}

/** Overlap of two multi-selects as masks; either unknown is neutral. */
const overlap = (seeker: number, listing: number): number => (seeker <= 0 || listing <= 0 ? NEUTRAL : (seeker & listing) !== 0 ? 1 : 0);

/**
 * Applies the hard filters to listing `i` and fills `s`. Returns the question id of the first
 * failing filter, or null when the listing is a candidate. Filter order (so the reported id is
 * stable): seeker type, search radius, free places, children, pets, required equity, the seeker's
 * dealbreakers, the project's dealbreakers — each in slot (catalogue) order.
 */
export function assess(p: SeekerPlan, L: PreparedListings, i: number, s: Scratch): string | null {
  const isProperty = L.isProperty[i] === 1;
  if (isProperty !== p.group) return 'who.seekerType';
  const base = i * D.SLOT_COUNT;
  const V = L.value;
  const v = p.value;
  const t = p.target;
  let distance = Number.NaN;
  if (t !== null) {
    const a = haversine(t.latRad, t.cosLat, t.lonRad, L.latRad[i] as number, L.cosLat[i] as number, L.lonRad[i] as number);
    // Most listings far outside are refused before the arcsine (with a margin for rounding, so
    // the exact test below alone decides at the edge).
    if (!(a <= t.maxHaversine)) return 'where.radiusKm'; // also refuses NaN coordinates
    distance = kmOfHaversine(a);
    if (distance > t.radiusKm) return 'where.radiusKm';
  }
  const freePlaces = V[base + D.SIZE] as number;
  if (!isProperty && !(freePlaces >= 1)) return 'who.adults';
  if (p.children > 0 && L.childrenWelcome[i] === 0) return 'who.children';
  const pets = v[D.PETS_SLOT] as number;
  if (pets > 0 && pets > (V[base + D.PETS_SLOT] as number)) return 'who.pets';
  // For a project the share is a precondition; for a property it is the price, scored smoothly.
  const required = V[base + D.EQUITY] as number;
  if (!isProperty && required > p.equityMaxCents) return 'money.equity';

  const fitS = s.fitS;
  const fitP = s.fitP;
  s.distanceKm = distance;

  // Option-valued slots: one lookup each in the plan's precomputed rows.
  const rowS = p.rowS;
  const rowP = p.rowP;
  for (let k = 0; k < INDEXED_SLOTS.length; k++) {
    const slot = INDEXED_SLOTS[k] as number;
    const lv = V[base + slot] as number;
    if (lv < 0) {
      fitS[slot] = NEUTRAL;
      fitP[slot] = NEUTRAL;
    } else {
      fitS[slot] = rowS[slot * ROW + lv] as number;
      fitP[slot] = rowP[slot * ROW + lv] as number;
    }
  }

  // Numbers and multi-selects.
  const persons = v[D.SIZE] as number;
  fitS[D.SIZE] = persons === UNKNOWN ? NEUTRAL : sizeFit(freePlaces, persons);
  fitS[D.DISTANCE] = t === null ? NEUTRAL : distanceFit(distance, t.radiusKm);
  fitS[D.FORMS] = overlap(v[D.FORMS] as number, V[base + D.FORMS] as number);
  const budget = v[D.COST] as number;
  const cost = V[base + D.COST] as number;
  fitS[D.COST] = budget === UNKNOWN || cost === UNKNOWN ? NEUTRAL : costFit(cost, budget);
  fitP[D.HOUSEHOLD] = overlap(v[D.HOUSEHOLD] as number, V[base + D.HOUSEHOLD] as number);
  fitP[D.AGE_BANDS_SLOT] = overlap(v[D.AGE_BANDS_SLOT] as number, V[base + D.AGE_BANDS_SLOT] as number);
  const band = v[D.EQUITY] as number;
  fitP[D.EQUITY] = band === UNKNOWN ? NEUTRAL : equityFit(required, band);
  const offered = v[D.HOURS] as number;
  const expected = V[base + D.HOURS] as number;
  const hours = offered === UNKNOWN || expected === UNKNOWN ? NEUTRAL : hoursFit(offered, expected);
  fitS[D.HOURS] = hours;
  fitP[D.HOURS] = hours;

  // Dealbreakers. The seeker's need full agreement, and an unknown listing answer does not count as
  // agreement (conservative: a seeker's Ausschlusskriterium is never left to chance). The project's
  // only exclude a seeker who clearly does not satisfy them: who answered and does not fully agree.
  const deal = p.dealbreakers;
  for (let k = 0; k < deal.length; k++) {
    const slot = deal[k] as number;
    if ((fitS[slot] as number) < 1) return D.SLOT_QUESTION[slot] ?? null;
  }
  const projectDeal = L.dealbreakers[i] as number;
  if (projectDeal !== 0) {
    for (let slot = 0; slot < D.SLOT_COUNT; slot++) {
      if ((projectDeal & (1 << slot)) !== 0 && v[slot] !== UNKNOWN && (fitP[slot] as number) < 1) return D.SLOT_QUESTION[slot] ?? null;
    }
  }

  const wS = p.weight;
  const wP = L.weight;
  let seeker = 0;
  let project = 0;
  for (let slot = 0; slot < D.SLOT_COUNT; slot++) {
    seeker += (wS[slot] as number) * (fitS[slot] as number);
    project += (wP[base + slot] as number) * (fitP[slot] as number);
  }
  // A side with nothing weighted at all is neutral, not perfect.
  const seekerWeight = p.weightSum;
  const projectWeight = L.weightSum[i] as number;
  s.seekerFit = seekerWeight > 0 ? seeker / seekerWeight : NEUTRAL;
  s.projectFit = projectWeight > 0 ? project / projectWeight : NEUTRAL;
  return null;
}
