/**
 * Listing side of the engine, encoded once into flat typed arrays (struct of arrays). Reading the
 * profile objects is the expensive part of matching — profiles come in as many shapes as there are
 * answered subsets, so property loads are slow — and it does not depend on the seeker, so it is done
 * once per listing and can be reused for every seeker (see `rankPrepared`).
 */
import type { Answer, Answers } from '../questionnaire/types';
import * as D from './dimensions';
import { toRad } from './geo';
import {
  AGE_BANDS,
  DEFAULT_WEIGHT,
  HOME_FORMS,
  HOUSEHOLD_TYPES,
  IMPORTANCE_WEIGHT,
  importanceOf,
  indexIn,
  int32,
  LEGAL_FORMS,
  maskIn,
  PETS,
  SETTLEMENTS,
  UNKNOWN,
} from './scales';
import type { MatchListing } from './types';

export interface PreparedListings {
  readonly count: number;
  readonly listings: readonly MatchListing[];
  readonly isProperty: Uint8Array;
  /** Coordinates in radians, and the cosine of the latitude (for the haversine). */
  readonly latRad: Float64Array;
  readonly lonRad: Float64Array;
  readonly cosLat: Float64Array;
  readonly childrenWelcome: Uint8Array;
  /** Per listing × slot: the listing's encoded value (UNKNOWN = -1), same encoding as the plan. */
  readonly value: Int32Array;
  /** Per listing × slot: the project's weight, 0, 1 or 3 (0 for slots only the seeker cares about). */
  readonly weight: Uint8Array;
  /** Per listing: sum of `weight` over its slots. */
  readonly weightSum: Float64Array;
  /** Per listing: bit `slot` set where the project marked the answer as Ausschlusskriterium. */
  readonly dealbreakers: Int32Array;
}

/** A property's price weighs like "sehr wichtig" (it decides the deal); a project's share like "wichtig". */
const PRICE_WEIGHT = 3;
const SHARE_WEIGHT = 1;
const EMPTY: Answers = {};

/**
 * Profile lookups go through Reflect.get on purpose: with thousands of profile shapes plain
 * `profile[key]` loads go megamorphic and cost several times more; Reflect.get takes the generic
 * lookup at a flat cost.
 */
const answerIn = Reflect.get as (profile: Answers, questionId: string) => Answer | undefined;

const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? int32(v) : UNKNOWN);
const flag = (v: unknown): number => (v === true ? 1 : v === false ? 0 : UNKNOWN);

function freeUnitMask(units: MatchListing['freeUnits'] | undefined): number {
  if (!units) return 0;
  return (
    ((units.own_flat ?? 0) > 0 ? 1 : 0) |
    ((units.cluster_flat ?? 0) > 0 ? 2 : 0) |
    ((units.shared_flat ?? 0) > 0 ? 4 : 0) |
    ((units.house ?? 0) > 0 ? 8 : 0)
  );
}

/**
 * Encodes listings for ranking. Pure; the result may be cached and reused as long as the listings
 * do not change.
 * @example
 * const prepared = prepareListings(candidates);
 * rankPrepared(answersA, prepared, ctxA); rankPrepared(answersB, prepared, ctxB);
 */
export function prepareListings(listings: readonly MatchListing[]): PreparedListings {
  const n = listings.length;
  const S = D.SLOT_COUNT;
  const p = {
    count: n,
    listings,
    isProperty: new Uint8Array(n),
    latRad: new Float64Array(n),
    lonRad: new Float64Array(n),
    cosLat: new Float64Array(n),
    childrenWelcome: new Uint8Array(n),
    value: new Int32Array(n * S).fill(UNKNOWN),
    // Compact arrays: the ranking streams through them once per seeker, so bytes are time.
    weight: new Uint8Array(n * S),
    weightSum: new Float64Array(n),
    dealbreakers: new Int32Array(n),
  };
  const { value, weight, dealbreakers } = p;

  /** Project weight and dealbreaker of one slot; unanswered is neutral with the default weight. */
  const weigh = (i: number, slot: number, answer: Answer | undefined, answered: boolean): void => {
    if (!answered) {
      weight[i * S + slot] = DEFAULT_WEIGHT;
      return;
    }
    const importance = importanceOf(answer);
    weight[i * S + slot] = IMPORTANCE_WEIGHT[importance] ?? DEFAULT_WEIGHT;
    if (importance === 3) dealbreakers[i] = (dealbreakers[i] as number) | (1 << slot);
  };

  for (let i = 0; i < n; i++) {
    const l = listings[i] as MatchListing;
    const base = i * S;
    const property = l.kind === 'property';
    const profile = l.profile ?? EMPTY;
    p.isProperty[i] = property ? 1 : 0;
    p.latRad[i] = toRad(l.lat);
    p.lonRad[i] = toRad(l.lon);
    p.cosLat[i] = Math.cos(toRad(l.lat));
    p.childrenWelcome[i] = l.childrenWelcome ? 1 : 0;

    // Columns.
    value[base + D.SIZE] = int32(l.freePlaces);
    value[base + D.PETS_SLOT] = indexIn(PETS, l.petsAllowed);
    value[base + D.SETTLEMENT] = indexIn(SETTLEMENTS, l.settlement);
    value[base + D.LEGAL_FORMS_SLOT] = indexIn(LEGAL_FORMS, l.legalForm);
    value[base + D.COST] = typeof l.monthlyCostMinCents === 'number' && l.monthlyCostMinCents >= 0 ? int32(l.monthlyCostMinCents) : UNKNOWN;
    value[base + D.BARRIER_FREE] = l.barrierFree ? 1 : 0;
    const required = l.equityRequiredCents > 0 ? l.equityRequiredCents : 0;
    value[base + D.EQUITY] = int32(required);
    weight[base + D.EQUITY] = required > 0 ? (property ? PRICE_WEIGHT : SHARE_WEIGHT) : 0;

    // Profile: what the project offers, and what it looks for.
    const forms = maskIn(HOME_FORMS, answerIn(profile, 'home.forms')?.value) | freeUnitMask(l.freeUnits);
    value[base + D.FORMS] = forms || UNKNOWN;

    const households = answerIn(profile, 'who.householdType');
    const householdMask = maskIn(HOUSEHOLD_TYPES, households?.value);
    value[base + D.HOUSEHOLD] = householdMask || UNKNOWN;
    weigh(i, D.HOUSEHOLD, households, householdMask !== 0);

    const ages = answerIn(profile, 'who.ageBands');
    const ageMask = maskIn(AGE_BANDS, ages?.value);
    value[base + D.AGE_BANDS_SLOT] = ageMask || UNKNOWN;
    weigh(i, D.AGE_BANDS_SLOT, ages, ageMask !== 0);

    const wbs = answerIn(profile, 'money.wbs');
    const subsidised = flag(wbs?.value);
    value[base + D.WBS] = subsidised;
    weigh(i, D.WBS, wbs, subsidised !== UNKNOWN);

    const hours = answerIn(profile, 'community.hours');
    const expected = count(hours?.value);
    value[base + D.HOURS] = expected;
    weigh(i, D.HOURS, hours, expected !== UNKNOWN);

    for (let k = 0; k < D.MIRRORED.length; k++) {
      const dim = D.MIRRORED[k] as D.MirroredDimension;
      const answer = answerIn(profile, dim.questionId);
      let v = indexIn(dim.values, answer?.value);
      // A value from the fallback (timeline from stage) was not stated: default weight, no dealbreaker.
      weigh(i, dim.slot, answer, v >= 0);
      if (v < 0 && dim.fallback) v = dim.fallback(l);
      value[base + dim.slot] = v;
    }

    let sum = 0;
    for (let s = 0; s < S; s++) sum += weight[base + s] as number;
    p.weightSum[i] = sum;
  }
  return p;
}
