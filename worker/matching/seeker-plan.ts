/**
 * Everything about one seeker the engine needs, computed once per ranking: encoded answers (option
 * indices, bit masks, cents), weights per slot, dealbreakers, and for every slot whose listing value
 * is an option index a precomputed row "fit per listing value", so the hot loop only looks up.
 */
import type { Answers } from '../questionnaire/types';
import * as D from './dimensions';
import { haversineOfKm, toRad } from './geo';
import {
  AGE_BANDS,
  DEFAULT_WEIGHT,
  EQUITY_BAND_CENTS,
  EQUITY_BANDS,
  HOME_FORMS,
  HOUSEHOLD_TYPES,
  IMPORTANCE_WEIGHT,
  importanceOf,
  indexIn,
  int32,
  LEGAL_FORMS,
  maskIn,
  NEUTRAL,
  PETS,
  SETTLEMENTS,
  UNKNOWN,
} from './scales';
import type { SeekerContext } from './types';

export { UNKNOWN };

/** Room per slot in the fit rows: the largest option list (legal forms) fits in 8. */
export const ROW = 8;

/** Slots whose listing value is an option index (0–7), scored through the plan's fit rows. */
export const INDEXED_SLOTS = Int32Array.from([
  D.PETS_SLOT,
  D.SETTLEMENT,
  D.TIMELINE,
  D.LEGAL_FORMS_SLOT,
  D.WBS,
  D.BARRIER_FREE,
  ...D.MIRRORED.filter((d) => d.slot !== D.TIMELINE).map((d) => d.slot),
]);

export interface SeekerPlan {
  /** A group of households looking for a property (else one household looking for a project). */
  group: boolean;
  /** Search area in radians, with the haversine term of its radius for a cheap inside test. */
  target: { latRad: number; cosLat: number; lonRad: number; radiusKm: number; maxHaversine: number } | null;
  /**
   * Encoded seeker value per slot, UNKNOWN when unanswered: option index for single choices, bit
   * mask for multi-selects, cents for the budget, hours, persons for SIZE, 0/1 for booleans.
   */
  value: Int32Array;
  /** Seeker's weight per slot (0 for slots only the project cares about), and its sum. */
  weight: Float64Array;
  weightSum: number;
  /** Slots the seeker marked as Ausschlusskriterium. */
  dealbreakers: Int32Array;
  /** The same slots as a bit mask (bit `slot`), for explaining: satisfied dealbreakers are named first. */
  dealbreakerMask: number;
  /** Fit by listing value for INDEXED_SLOTS, as the seeker and as the project sees it: [slot * ROW + value]. */
  rowS: Float64Array;
  rowP: Float64Array;
  children: number;
  /** Upper end of the equity band in cents; +∞ when unanswered (no equity filter then). */
  equityMaxCents: number;
}

/** Seeker-side questions with an importance, by slot (facts such as who.ageBands are not preferences). */
const SEEKER_WEIGHTED: readonly number[] = [
  D.PETS_SLOT,
  D.SETTLEMENT,
  D.TIMELINE,
  D.FORMS,
  D.LEGAL_FORMS_SLOT,
  D.COST,
  D.WBS,
  ...D.MIRRORED.filter((d) => d.slot !== D.TIMELINE).map((d) => d.slot),
  D.HOURS,
  D.BARRIER_FREE,
];

const wholeNumber = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? int32(v) : UNKNOWN);
const boolean = (v: unknown): number => (v === true ? 1 : v === false ? 0 : UNKNOWN);
const mask = (scale: readonly string[], v: unknown): number => maskIn(scale, v) || UNKNOWN;

/**
 * The household types a seeker counts as — a set, since a senior couple is both 'senior' and
 * 'couple'. Children default to 0 (required question); without adults nothing is known.
 */
export function householdTypes(answers: Answers): number {
  const bit = (t: (typeof HOUSEHOLD_TYPES)[number]) => 1 << HOUSEHOLD_TYPES.indexOf(t);
  if (answers['who.seekerType']?.value === 'group') return bit('group');
  const adults = wholeNumber(answers['who.adults']?.value);
  if (adults < 1) return UNKNOWN;
  const children = Math.max(0, wholeNumber(answers['who.children']?.value));
  let types = children > 0 ? bit('family') : adults === 1 ? bit('single') : bit('couple');
  const ages = maskIn(AGE_BANDS, answers['who.ageBands']?.value);
  if (ages !== 0 && ages === 1 << AGE_BANDS.indexOf('65+')) types |= bit('senior');
  return types;
}

const ANY_VALUE = new Map(D.MIRRORED.filter((d) => d.any >= 0).map((d) => [d.slot, d.any]));

/**
 * A dealbreaker on "no preference" or "no need" (no pets, no WBS, barrier-free not needed, any
 * timeline) asks nothing of a listing, so it excludes nothing — not even listings that did not say.
 */
function asksNothing(slot: number, value: number): boolean {
  if (slot === D.PETS_SLOT || slot === D.BARRIER_FREE || slot === D.WBS) return value === 0;
  return ANY_VALUE.get(slot) === value;
}

/** Fills the fit rows of the index-valued slots from the seeker's values. */
function fillRows(value: Int32Array, rowS: Float64Array, rowP: Float64Array): void {
  rowS.fill(NEUTRAL);
  rowP.fill(NEUTRAL);
  const set = (slot: number, listing: number, seekerFit: number, projectFit = seekerFit) => {
    rowS[slot * ROW + listing] = seekerFit;
    rowP[slot * ROW + listing] = projectFit;
  };
  const v = (slot: number) => value[slot] ?? UNKNOWN;

  // A disallowed pet never passes the filter, so every listing left fits a known answer.
  if (v(D.PETS_SLOT) !== UNKNOWN) for (let l = 0; l < PETS.length; l++) set(D.PETS_SLOT, l, 1);
  const settlements = v(D.SETTLEMENT);
  if (settlements !== UNKNOWN) for (let l = 0; l < SETTLEMENTS.length; l++) set(D.SETTLEMENT, l, (settlements >> l) & 1);
  const legal = v(D.LEGAL_FORMS_SLOT);
  if (legal !== UNKNOWN) for (let l = 0; l < LEGAL_FORMS.length; l++) set(D.LEGAL_FORMS_SLOT, l, (legal >> l) & 1);
  // The seeker with a WBS looks for subsidised flats; subsidised flats look for seekers with a WBS.
  const eligible = v(D.WBS);
  if (eligible !== UNKNOWN) {
    set(D.WBS, 0, eligible === 0 ? 1 : 0, 1);
    set(D.WBS, 1, 1, eligible);
  }
  // Not needing barrier-free is met by any home.
  const barrierFree = v(D.BARRIER_FREE);
  if (barrierFree !== UNKNOWN) {
    set(D.BARRIER_FREE, 0, barrierFree === 0 ? 1 : 0);
    set(D.BARRIER_FREE, 1, 1);
  }
  for (const dim of D.MIRRORED) {
    const s = v(dim.slot);
    if (s === UNKNOWN) continue;
    const n = dim.values.length;
    for (let l = 0; l < n; l++) set(dim.slot, l, dim.fit[s * n + l] ?? NEUTRAL);
  }
}

/**
 * @example
 * const plan = compileSeeker({ 'who.adults': { value: 2 }, 'community.meals': { value: 'weekly', importance: 2 } }, {});
 */
export function compileSeeker(answers: Answers, ctx: SeekerContext): SeekerPlan {
  const value = new Int32Array(D.SLOT_COUNT).fill(UNKNOWN);
  const weight = new Float64Array(D.SLOT_COUNT);
  const dealbreakers: number[] = [];
  const raw = (slot: number) => answers[D.SLOT_QUESTION[slot] ?? '']?.value;
  const group = answers['who.seekerType']?.value === 'group';

  const adults = wholeNumber(answers['who.adults']?.value);
  const children = Math.max(0, wholeNumber(answers['who.children']?.value));
  value[D.SIZE] = adults >= 1 ? adults + children : UNKNOWN;
  value[D.PETS_SLOT] = indexIn(PETS, raw(D.PETS_SLOT));
  value[D.HOUSEHOLD] = householdTypes(answers);
  value[D.AGE_BANDS_SLOT] = mask(AGE_BANDS, raw(D.AGE_BANDS_SLOT));
  value[D.SETTLEMENT] = mask(SETTLEMENTS, raw(D.SETTLEMENT));
  value[D.FORMS] = mask(HOME_FORMS, raw(D.FORMS));
  value[D.LEGAL_FORMS_SLOT] = mask(LEGAL_FORMS, raw(D.LEGAL_FORMS_SLOT));
  const budget = wholeNumber(raw(D.COST));
  value[D.COST] = budget === UNKNOWN ? UNKNOWN : int32(budget * 100);
  const band = indexIn(EQUITY_BANDS, raw(D.EQUITY));
  value[D.EQUITY] = band;
  value[D.WBS] = boolean(raw(D.WBS));
  value[D.HOURS] = wholeNumber(raw(D.HOURS));
  value[D.BARRIER_FREE] = boolean(raw(D.BARRIER_FREE));
  for (const dim of D.MIRRORED) value[dim.slot] = indexIn(dim.values, raw(dim.slot));

  for (const slot of SEEKER_WEIGHTED) {
    const answer = answers[D.SLOT_QUESTION[slot] ?? ''];
    if (value[slot] === UNKNOWN || answer === undefined) {
      // Unanswered still counts, as neutral, so that answering in agreement can only raise the fit.
      weight[slot] = DEFAULT_WEIGHT;
      continue;
    }
    const importance = importanceOf(answer);
    weight[slot] = IMPORTANCE_WEIGHT[importance] ?? DEFAULT_WEIGHT;
    if (importance === 3 && !asksNothing(slot, value[slot] ?? UNKNOWN)) dealbreakers.push(slot);
  }
  // Facts without an importance: room for the household (projects only) and distance (with a target).
  weight[D.SIZE] = group ? 0 : DEFAULT_WEIGHT;
  weight[D.DISTANCE] = ctx.target ? DEFAULT_WEIGHT : 0;

  const rowS = new Float64Array(D.SLOT_COUNT * ROW);
  const rowP = new Float64Array(D.SLOT_COUNT * ROW);
  fillRows(value, rowS, rowP);

  const t = ctx.target;
  const latRad = t ? toRad(t.lat) : 0;
  return {
    group,
    target: t ? { latRad, cosLat: Math.cos(latRad), lonRad: toRad(t.lon), radiusKm: t.radiusKm, maxHaversine: haversineOfKm(t.radiusKm) * (1 + 1e-9) } : null,
    value,
    weight,
    weightSum: weight.reduce((a, b) => a + b, 0),
    dealbreakers: Int32Array.from(dealbreakers),
    dealbreakerMask: dealbreakers.reduce((m, slot) => m | (1 << slot), 0),
    rowS,
    rowP,
    children,
    equityMaxCents: band === UNKNOWN ? Number.POSITIVE_INFINITY : (EQUITY_BAND_CENTS[band]?.[1] ?? Number.POSITIVE_INFINITY),
  };
}
