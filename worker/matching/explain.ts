/**
 * Turns an assessed listing into reasons (the seeker's dealbreakers confirmed, then the top
 * agreements) and watch-outs (weak spots that matter), as question ids, codes and parameters; texts
 * come from `reasons.ts`. Candidates are ranked in small typed buffers and only the chosen few
 * become objects, so explaining every result of a large ranking stays cheap.
 */
import type { Scratch } from './assess';
import * as D from './dimensions';
import type { PreparedListings } from './prepared';
import type { ReasonCode } from './reasons';
import { AGE_BANDS, EQUITY_BANDS, firstBit, HOME_FORMS, HOUSEHOLD_TYPES, LEGAL_FORMS, PETS, SETTLEMENTS, TIMELINES, UNKNOWN } from './scales';
import type { SeekerPlan } from './seeker-plan';
import type { MatchListing, Reason } from './types';

/** An agreement must fit at least this well to be named as a reason. */
export const REASON_MIN_FIT = 0.75;
/** Below this a weighted dimension is a watch-out. */
export const WATCH_OUT_MAX_FIT = 0.5;

const SEEKER = 0;
const PROJECT = 1;

/** The "no preference" value per slot of mirrored questions (-2: none, never equal to a value). */
const ANY = new Int32Array(D.SLOT_COUNT).fill(-2);
const MIRRORED_BY_SLOT: (D.MirroredDimension | undefined)[] = new Array(D.SLOT_COUNT).fill(undefined);
for (const dim of D.MIRRORED) {
  if (dim.any >= 0) ANY[dim.slot] = dim.any;
  MIRRORED_BY_SLOT[dim.slot] = dim;
}

/**
 * Whether an agreement is worth saying: not when it only holds because someone said "no
 * preference" or has no need (no pets, no WBS, barrier-free not needed), and not for a partial fit
 * whose text would claim a clear yes (slightly over budget, equity perhaps enough).
 */
function worthSaying(slot: number, side: number, mine: number, theirs: number, fit: number): boolean {
  switch (slot) {
    case D.PETS_SLOT:
      return mine > 0;
    case D.COST:
    case D.EQUITY:
      return fit === 1;
    case D.WBS:
      return (side === SEEKER ? mine : theirs) === 1;
    case D.HOURS:
      return theirs > 0;
    case D.BARRIER_FREE:
      return mine === 1;
    default:
      return mine !== ANY[slot] && theirs !== ANY[slot];
  }
}

const euros = (cents: number): number => Math.round(cents / 100);
const at = (scale: readonly string[], i: number): string => scale[i] ?? '';

function reason(slot: number, code: ReasonCode, params?: Reason['params']): Reason {
  const questionId = D.SLOT_QUESTION[slot] ?? '';
  return params ? { questionId, code, params } : { questionId, code };
}

/** The reason for one slot seen from one side; `worthSaying` has already approved agreements. */
function describe(slot: number, side: number, positive: boolean, p: SeekerPlan, L: PreparedListings, i: number, s: Scratch): Reason {
  const l = L.listings[i] as MatchListing;
  const mine = p.value[slot] ?? UNKNOWN;
  const theirs = L.value[i * D.SLOT_COUNT + slot] ?? UNKNOWN;
  switch (slot) {
    case D.SIZE:
      return reason(slot, positive ? 'size.fits' : 'size.too_small', { places: l.freePlaces, persons: mine });
    case D.PETS_SLOT:
      return reason(slot, 'pets.welcome', { pets: at(PETS, mine) });
    case D.HOUSEHOLD:
      return positive
        ? reason(slot, 'household.sought', { type: at(HOUSEHOLD_TYPES, firstBit(mine & theirs)) })
        : reason(slot, 'household.not_sought', { type: at(HOUSEHOLD_TYPES, firstBit(mine)) });
    case D.AGE_BANDS_SLOT:
      return positive
        ? reason(slot, 'age.sought', { band: at(AGE_BANDS, firstBit(mine & theirs)) })
        : reason(slot, 'age.not_sought', { band: at(AGE_BANDS, firstBit(theirs)) });
    case D.DISTANCE:
      return reason(slot, 'distance.near', { km: Math.round(s.distanceKm * 10) / 10 });
    case D.SETTLEMENT:
      return reason(slot, positive ? 'settlement.match' : 'settlement.mismatch', { settlement: at(SETTLEMENTS, theirs) });
    case D.FORMS:
      return positive
        ? reason(slot, 'forms.match', { form: at(HOME_FORMS, firstBit(mine & theirs)) })
        : reason(slot, 'forms.mismatch', { form: at(HOME_FORMS, firstBit(theirs)) });
    case D.LEGAL_FORMS_SLOT:
      return reason(slot, positive ? 'legal_form.match' : 'legal_form.mismatch', { legalForm: at(LEGAL_FORMS, theirs) });
    case D.COST:
      return reason(slot, positive ? 'cost.within_budget' : 'cost.over_budget', { cost: euros(theirs), budget: euros(mine) });
    case D.EQUITY: {
      const code: ReasonCode =
        l.kind === 'property' ? (positive ? 'price.within_equity' : 'price.over_equity') : positive ? 'equity.enough' : 'equity.missing';
      return reason(slot, code, { amount: euros(l.equityRequiredCents), band: at(EQUITY_BANDS, mine) });
    }
    case D.WBS:
      return reason(slot, positive ? 'wbs.available' : side === SEEKER ? 'wbs.unavailable' : 'wbs.required');
    case D.HOURS:
      return reason(slot, positive ? 'hours.fit' : 'project.wants_hours', { expected: theirs, hours: mine });
    case D.BARRIER_FREE:
      return reason(slot, positive ? 'barrier_free.yes' : 'barrier_free.no');
    case D.TIMELINE:
      return reason(slot, positive ? 'timeline.match' : 'timeline.mismatch', { timeline: at(TIMELINES, theirs), wanted: at(TIMELINES, mine) });
    default: {
      const dim = MIRRORED_BY_SLOT[slot] as D.MirroredDimension;
      // Support is about complement, so it "matches" rather than being "the same".
      const suffix = dim.code === 'support' ? (positive ? 'match' : 'mismatch') : positive ? 'same' : 'different';
      return reason(slot, `${dim.code}.${suffix}` as ReasonCode, { value: at(dim.values, theirs), wanted: at(dim.values, mine) });
    }
  }
}

/** Slots whose reason carries numbers of the listing (cannot be shared between listings). */
const NUMERIC = new Uint8Array(D.SLOT_COUNT);
for (const slot of [D.SIZE, D.DISTANCE, D.COST, D.EQUITY, D.HOURS]) NUMERIC[slot] = 1;
/** Listing values below this (option indices, masks of up to 5 options) have a cache entry. */
const CACHED_VALUES = 32;

/**
 * Reasons that depend only on the seeker (fixed for a ranking) and the listing's option value are
 * built once per ranking and shared, frozen, by every result that names them.
 */
function reasonFor(slot: number, side: number, positive: boolean, p: SeekerPlan, L: PreparedListings, i: number, s: Scratch): Reason {
  const theirs = L.value[i * D.SLOT_COUNT + slot] as number;
  if (NUMERIC[slot] === 1 || theirs < 0 || theirs >= CACHED_VALUES) return describe(slot, side, positive, p, L, i, s);
  const key = ((slot * CACHED_VALUES + theirs) * 2 + side) * 2 + (positive ? 1 : 0);
  let cached = s.reasons.get(key);
  if (cached === undefined) {
    cached = describe(slot, side, positive, p, L, i, s);
    if (cached.params) Object.freeze(cached.params);
    s.reasons.set(key, Object.freeze(cached));
  }
  return cached;
}

/**
 * Reasons: first a confirmation of every dealbreaker the seeker set (all are met, or the listing
 * would have been filtered), in catalogue order, from the seeker's side; then the strongest other
 * agreements (weight × fit, fit ≥ 0.75), at most three (MAX_REASONS), best first — so there are at
 * most MAX_REASONS + the seeker's dealbreakers. A dealbreaker met only by the listing's "no
 * preference" (any, flexible) or by a project expecting no hours is not confirmed: no sentence
 * says that truthfully (see `worthSaying`).
 * Watch-outs: fits below 0.5 with the highest weight (then the lowest fit), at most two, from either
 * side. One entry per question, from the side that cares more (the other side if that one has
 * nothing worth saying). Reads the fits `assess` left in `s`.
 */
export function explain(p: SeekerPlan, L: PreparedListings, i: number, s: Scratch): { reasons: Reason[]; watchOuts: Reason[] } {
  const base = i * D.SLOT_COUNT;
  const good = s.good;
  const bad = s.bad;
  good.size = 0;
  bad.size = 0;
  const deal = p.dealbreakerMask;
  let confirmed = 0; // bit mask of the dealbreaker slots named first
  let confirmedCount = 0;
  for (let slot = 0; slot < D.SLOT_COUNT; slot++) {
    const wS = p.weight[slot] as number;
    const wP = L.weight[base + slot] as number;
    const fS = s.fitS[slot] as number;
    const fP = s.fitP[slot] as number;
    const mine = p.value[slot] as number;
    const theirs = L.value[base + slot] as number;
    const strengthS = wS > 0 && fS >= REASON_MIN_FIT && worthSaying(slot, SEEKER, mine, theirs, fS) ? wS * fS : 0;
    const strengthP = wP > 0 && fP >= REASON_MIN_FIT && worthSaying(slot, PROJECT, mine, theirs, fP) ? wP * fP : 0;
    if ((deal & (1 << slot)) !== 0 && fS === 1 && strengthS > 0) {
      confirmed |= 1 << slot;
      confirmedCount++;
    } else if (strengthS > 0 || strengthP > 0) {
      if (strengthS >= strengthP) good.offer(slot, SEEKER, strengthS, 0);
      else good.offer(slot, PROJECT, strengthP, 0);
    }
    // Distance and pets never fit below 0.5 (outside the radius or a barred pet is filtered).
    const weakS = wS > 0 && fS < WATCH_OUT_MAX_FIT;
    const weakP = wP > 0 && fP < WATCH_OUT_MAX_FIT;
    if (weakS && (!weakP || wS > wP || (wS === wP && fS <= fP))) bad.offer(slot, SEEKER, wS, fS);
    else if (weakP) bad.offer(slot, PROJECT, wP, fP);
  }
  const reasons: Reason[] = new Array(confirmedCount + good.size);
  let n = 0;
  for (let slot = 0; confirmed !== 0; slot++, confirmed >>>= 1) {
    if ((confirmed & 1) !== 0) reasons[n++] = reasonFor(slot, SEEKER, true, p, L, i, s);
  }
  for (let k = 0; k < good.size; k++) reasons[n++] = reasonFor(good.slot[k] as number, good.side[k] as number, true, p, L, i, s);
  const watchOuts: Reason[] = new Array(bad.size);
  for (let k = 0; k < bad.size; k++) watchOuts[k] = reasonFor(bad.slot[k] as number, bad.side[k] as number, false, p, L, i, s);
  return { reasons, watchOuts };
}
