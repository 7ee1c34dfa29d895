/**
 * The ranking's hot loop: the score of one prepared listing for one seeker, or -1 when a hard
 * filter fails, touching only the dimensions the seeker answered. `assess` (assess.ts) is the
 * reference: it fills every slot for explaining; this computes the same pass/fail and score with
 * less work, for the thousands of listings of which only the best few are explained.
 *
 * How: a dimension the seeker left open fits 0.5 whatever the listing says, so its share of both
 * weighted sums is known in advance — the seeker's as a constant, the project's as 0.5 × the
 * listing's total weight. Only answered dimensions are evaluated per listing, each option-valued
 * one as a lookup in a table of weighted fits precomputed for this seeker. The sums then add in
 * another order than assess's, so a score within rounding noise of .5 is recomputed by `assess`
 * (bit-identical ranking, see rank.node.test.ts).
 */
import { assess, type Scratch } from './assess';
import * as D from './dimensions';
import { haversine, kmOfHaversine } from './geo';
import type { PreparedListings } from './prepared';
import { costFit, distanceFit, equityFit, hoursFit, NEUTRAL, scoreOf, sizeFit, UNKNOWN } from './scales';
import { INDEXED_SLOTS, ROW, type SeekerPlan } from './seeker-plan';

const S = D.SLOT_COUNT;
/** Table row per slot: index 0 for an unknown listing value, 1 + value otherwise. */
const R1 = ROW + 1;
/** Slots a project can weigh (prepared.ts: weigh() and the equity share); all others weigh 0. */
const PROJECT_WEIGHTED = new Set([D.HOUSEHOLD, D.AGE_BANDS_SLOT, D.EQUITY, D.WBS, D.HOURS, ...D.MIRRORED.map((d) => d.slot)]);
/** Half-width of the band around x.5 where the reordered sums could round differently. */
const TIE_GUARD = 1e-7;

export interface KernelPlan {
  readonly plan: SeekerPlan;
  /** The seeker's weighted sum over the slots it left open (each fits NEUTRAL). */
  readonly seekerBase: number;
  /** Option-valued slots the seeker answered, and per slot × (1 + listing value) tables. */
  readonly slots: Int32Array;
  /** Seeker weight × seeker fit. */
  readonly seekerTerm: Float64Array;
  /** Project fit − NEUTRAL (0 where the project weighs nothing or the value is unknown). */
  readonly projectDelta: Float64Array;
  /** 1 where the seeker's dealbreaker on the slot fails for this listing value. */
  readonly seekerFails: Uint8Array;
  /** Bit `slot` where a project dealbreaker on the slot fails for this listing value. */
  readonly projectFails: Int32Array;
  /** Numeric and multi-select slots answered by the seeker (or, for distance, a target). */
  readonly size: boolean;
  readonly forms: boolean;
  readonly cost: boolean;
  readonly hours: boolean;
  readonly household: boolean;
  readonly age: boolean;
  readonly equity: boolean;
  /** Bit mask of the seeker's dealbreaker slots. */
  readonly deal: number;
}

/** Per-seeker tables for `kernelScore`; cheap (a few hundred numbers). */
export function compileKernel(plan: SeekerPlan): KernelPlan {
  const known = (slot: number) => plan.value[slot] !== UNKNOWN;
  const w = plan.weight;
  let seekerBase = 0;
  for (let slot = 0; slot < S; slot++) {
    const open = slot === D.DISTANCE ? plan.target === null : !known(slot);
    if (open) seekerBase += (w[slot] as number) * NEUTRAL;
  }
  const slots = Array.from(INDEXED_SLOTS).filter(known).sort((a, b) => a - b);
  const seekerTerm = new Float64Array(S * R1);
  const projectDelta = new Float64Array(S * R1);
  const seekerFails = new Uint8Array(S * R1);
  const projectFails = new Int32Array(S * R1);
  for (const slot of slots) {
    for (let lv = -1; lv < ROW; lv++) {
      const j = slot * R1 + lv + 1;
      const fitS = lv < 0 ? NEUTRAL : (plan.rowS[slot * ROW + lv] as number);
      const fitP = lv < 0 ? NEUTRAL : (plan.rowP[slot * ROW + lv] as number);
      seekerTerm[j] = (w[slot] as number) * fitS;
      projectDelta[j] = PROJECT_WEIGHTED.has(slot) ? fitP - NEUTRAL : 0;
      seekerFails[j] = (plan.dealbreakerMask & (1 << slot)) !== 0 && fitS < 1 ? 1 : 0;
      projectFails[j] = fitP < 1 ? 1 << slot : 0;
    }
  }
  return {
    plan,
    seekerBase,
    slots: Int32Array.from(slots),
    seekerTerm,
    projectDelta,
    seekerFails,
    projectFails,
    size: known(D.SIZE),
    forms: known(D.FORMS),
    cost: known(D.COST),
    hours: known(D.HOURS),
    household: known(D.HOUSEHOLD),
    age: known(D.AGE_BANDS_SLOT),
    equity: known(D.EQUITY),
    deal: plan.dealbreakerMask,
  };
}

/** Overlap of two multi-select masks; either unknown is neutral (as in assess.ts). */
const overlap = (seeker: number, listing: number): number => (seeker <= 0 || listing <= 0 ? NEUTRAL : (seeker & listing) !== 0 ? 1 : 0);

/**
 * Score 0–100 of listing `i`, or -1 when a hard filter fails; the distance (NaN without a target)
 * goes to `out[0]`. Same result as `assess` followed by the score formula; `s` is its scratch for
 * the rare recomputation.
 */
export function kernelScore(k: KernelPlan, L: PreparedListings, i: number, s: Scratch, out: Float64Array): number {
  const p = k.plan;
  const isProperty = L.isProperty[i] === 1;
  if (isProperty !== p.group) return -1;
  const base = i * S;
  const V = L.value;
  const v = p.value;
  const t = p.target;
  let distance = Number.NaN;
  if (t !== null) {
    const a = haversine(t.latRad, t.cosLat, t.lonRad, L.latRad[i] as number, L.cosLat[i] as number, L.lonRad[i] as number);
    if (!(a <= t.maxHaversine)) return -1;
    distance = kmOfHaversine(a);
    if (distance > t.radiusKm) return -1;
  }
  const freePlaces = V[base + D.SIZE] as number;
  if (!isProperty && !(freePlaces >= 1)) return -1;
  if (p.children > 0 && L.childrenWelcome[i] === 0) return -1;
  const pets = v[D.PETS_SLOT] as number;
  if (pets > 0 && pets > (V[base + D.PETS_SLOT] as number)) return -1;
  const required = V[base + D.EQUITY] as number;
  if (!isProperty && required > p.equityMaxCents) return -1;

  const w = p.weight;
  const wP = L.weight;
  const projectDeal = L.dealbreakers[i] as number;
  const deal = k.deal;
  let seeker = k.seekerBase;
  let project = 0;
  let f = 0;

  if (k.size) seeker += (w[D.SIZE] as number) * sizeFit(freePlaces, v[D.SIZE] as number);
  if (t !== null) seeker += (w[D.DISTANCE] as number) * distanceFit(distance, t.radiusKm);
  if (k.forms) {
    f = overlap(v[D.FORMS] as number, V[base + D.FORMS] as number);
    if (f < 1 && (deal & (1 << D.FORMS)) !== 0) return -1;
    seeker += (w[D.FORMS] as number) * f;
  }
  if (k.cost) {
    const cost = V[base + D.COST] as number;
    f = cost === UNKNOWN ? NEUTRAL : costFit(cost, v[D.COST] as number);
    if (f < 1 && (deal & (1 << D.COST)) !== 0) return -1;
    seeker += (w[D.COST] as number) * f;
  }
  if (k.hours) {
    const expected = V[base + D.HOURS] as number;
    f = expected === UNKNOWN ? NEUTRAL : hoursFit(v[D.HOURS] as number, expected);
    if (f < 1 && ((deal | projectDeal) & (1 << D.HOURS)) !== 0) return -1;
    seeker += (w[D.HOURS] as number) * f;
    project += (wP[base + D.HOURS] as number) * (f - NEUTRAL);
  }
  if (k.household) {
    f = overlap(v[D.HOUSEHOLD] as number, V[base + D.HOUSEHOLD] as number);
    if (f < 1 && (projectDeal & (1 << D.HOUSEHOLD)) !== 0) return -1;
    project += (wP[base + D.HOUSEHOLD] as number) * (f - NEUTRAL);
  }
  if (k.age) {
    f = overlap(v[D.AGE_BANDS_SLOT] as number, V[base + D.AGE_BANDS_SLOT] as number);
    if (f < 1 && (projectDeal & (1 << D.AGE_BANDS_SLOT)) !== 0) return -1;
    project += (wP[base + D.AGE_BANDS_SLOT] as number) * (f - NEUTRAL);
  }
  if (k.equity) project += (wP[base + D.EQUITY] as number) * (equityFit(required, v[D.EQUITY] as number) - NEUTRAL);

  const slots = k.slots;
  const seekerTerm = k.seekerTerm;
  const projectDelta = k.projectDelta;
  const seekerFails = k.seekerFails;
  const projectFails = k.projectFails;
  for (let n = 0; n < slots.length; n++) {
    const slot = slots[n] as number;
    const j = slot * R1 + 1 + (V[base + slot] as number);
    if (seekerFails[j] === 1 || (projectDeal & (projectFails[j] as number)) !== 0) return -1;
    seeker += seekerTerm[j] as number;
    project += (wP[base + slot] as number) * (projectDelta[j] as number);
  }

  out[0] = distance;
  const seekerWeight = p.weightSum;
  const projectWeight = L.weightSum[i] as number;
  const seekerFit = seekerWeight > 0 ? seeker / seekerWeight : NEUTRAL;
  const projectFit = projectWeight > 0 ? (NEUTRAL * projectWeight + project) / projectWeight : NEUTRAL;
  const x = 100 * Math.sqrt(seekerFit * projectFit);
  const frac = x - Math.floor(x);
  if (frac > 0.5 - TIE_GUARD && frac < 0.5 + TIE_GUARD) {
    assess(p, L, i, s);
    return scoreOf(s.seekerFit, s.projectFit);
  }
  return Math.round(x);
}
