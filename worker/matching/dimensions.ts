/**
 * The dimensions the engine scores, each in a fixed slot (catalogue order), so one evaluation fills
 * flat typed arrays instead of allocating per listing. Mirrored single-choice questions are data:
 * a fit matrix over the option values, used for both sides.
 */
import { STAGE_TIMELINE, TIMELINES } from './scales';
import type { MatchListing } from './types';

// Slots in catalogue order; the order also breaks ties between equally strong reasons.
export const SIZE = 0;
export const PETS_SLOT = 1;
export const HOUSEHOLD = 2;
export const AGE_BANDS_SLOT = 3;
export const DISTANCE = 4;
export const SETTLEMENT = 5;
export const TIMELINE = 6;
export const FORMS = 7;
export const LEGAL_FORMS_SLOT = 8;
export const COST = 9;
export const EQUITY = 10;
export const WBS = 11;
export const MEALS = 12;
export const HOURS = 13;
export const DECISIONS = 14;
export const AGE_MIX = 15;
export const ECOLOGY = 16;
export const CAR_FREE = 17;
export const SHARED_ECONOMY = 18;
export const BARRIER_FREE = 19;
export const SUPPORT = 20;
export const ATMOSPHERE = 21;
export const GUESTS = 22;
export const TIDINESS = 23;
export const SLOT_COUNT = 24;

/** The question each slot explains (reasons and hard-filter failures name it). */
export const SLOT_QUESTION: readonly string[] = [
  'who.adults',
  'who.pets',
  'who.householdType',
  'who.ageBands',
  'where.postcode',
  'where.settlement',
  'where.timeline',
  'home.forms',
  'money.legalForms',
  'money.maxMonthlyCost',
  'money.equity',
  'money.wbs',
  'community.meals',
  'community.hours',
  'community.decisions',
  'community.ageMix',
  'community.ecology',
  'community.carFree',
  'community.sharedEconomy',
  'needs.barrierFree',
  'needs.support',
  'needs.atmosphere',
  'needs.guests',
  'needs.tidiness',
];

/** A mirrored single-choice question: both sides pick from `values`; `fit[s * n + l]`. */
export interface MirroredDimension {
  slot: number;
  questionId: string;
  /** Prefix of its reason codes, e.g. 'meals' → 'meals.same' / 'meals.different'. */
  code: string;
  values: readonly string[];
  /** Index of the "no preference" value (fits everything), or -1. */
  any: number;
  fit: Float64Array;
  /** Listing value when the profile lacks the answer (timeline from the stage), else -1. */
  fallback?: (listing: MatchListing) => number;
}

/** Ordinal scale: 1 − |Δ| / range; the `any` value (if any) sits outside the scale and fits all. */
function ordinal(values: readonly string[], any = -1): Float64Array {
  const n = values.length;
  const range = (any >= 0 ? n - 1 : n) - 1;
  const m = new Float64Array(n * n);
  for (let s = 0; s < n; s++) {
    for (let l = 0; l < n; l++) m[s * n + l] = s === any || l === any ? 1 : 1 - Math.abs(s - l) / range;
  }
  return m;
}

/** Unordered options: same or "no preference" fits, named near pairs fit half, the rest not. */
function categorical(values: readonly string[], any: number, near: readonly (readonly [string, string])[] = []): Float64Array {
  const n = values.length;
  const m = new Float64Array(n * n);
  for (let s = 0; s < n; s++) {
    for (let l = 0; l < n; l++) m[s * n + l] = s === l || s === any || l === any ? 1 : 0;
  }
  for (const [a, b] of near) {
    const i = values.indexOf(a);
    const j = values.indexOf(b);
    m[i * n + j] = m[j * n + i] = 0.5;
  }
  return m;
}

function mirrored(slot: number, code: string, values: readonly string[], fit: Float64Array, any = -1): MirroredDimension {
  return { slot, questionId: SLOT_QUESTION[slot] ?? '', code, values, any, fit };
}

const YES_OPEN_NO = ['yes', 'open', 'no'] as const;
const SUPPORT_VALUES = ['offer', 'need', 'both', 'none'] as const;

/**
 * Support among neighbours is about complement, not sameness: who needs support fits where it is
 * offered; who offers fits anywhere support is lived. Rows: seeker; columns: project.
 */
// prettier-ignore
const SUPPORT_FIT = new Float64Array([
  /* offer */ 1,   1,   1,   0.5,
  /* need  */ 1,   0,   1,   0,
  /* both  */ 1,   0.75, 1,  0.5,
  /* none  */ 0.5, 0.5, 0.5, 1,
]);

export const MIRRORED: readonly MirroredDimension[] = [
  {
    ...mirrored(TIMELINE, 'timeline', TIMELINES, ordinal(TIMELINES, 3), 3),
    fallback: (listing) => STAGE_TIMELINE[listing.stage] ?? -1,
  },
  mirrored(MEALS, 'meals', ['none', 'occasional', 'weekly', 'daily'], ordinal(['none', 'occasional', 'weekly', 'daily'])),
  // Sociocracy decides by consent, close to consensus; majority vote is a different culture.
  mirrored(DECISIONS, 'decisions', ['consensus', 'sociocracy', 'majority', 'any'], categorical(['consensus', 'sociocracy', 'majority', 'any'], 3, [['consensus', 'sociocracy']]), 3),
  mirrored(AGE_MIX, 'age_mix', ['multigen', 'similar', 'any'], categorical(['multigen', 'similar', 'any'], 2), 2),
  mirrored(ECOLOGY, 'ecology', ['low', 'medium', 'high'], ordinal(['low', 'medium', 'high'])),
  // 'open' sits half-way between yes and no.
  mirrored(CAR_FREE, 'car_free', YES_OPEN_NO, ordinal(YES_OPEN_NO)),
  mirrored(SHARED_ECONOMY, 'shared_economy', YES_OPEN_NO, ordinal(YES_OPEN_NO)),
  mirrored(SUPPORT, 'support', SUPPORT_VALUES, SUPPORT_FIT),
  mirrored(ATMOSPHERE, 'atmosphere', ['quiet', 'balanced', 'lively'], ordinal(['quiet', 'balanced', 'lively'])),
  mirrored(GUESTS, 'guests', ['rarely', 'sometimes', 'often'], ordinal(['rarely', 'sometimes', 'often'])),
  mirrored(TIDINESS, 'tidiness', ['relaxed', 'medium', 'tidy'], ordinal(['relaxed', 'medium', 'tidy'])),
];
