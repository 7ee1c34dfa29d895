/**
 * Value scales of the matching engine: the catalogue's option values in the order that carries
 * meaning (ordinal scales), weights per importance and the small fit functions. A unit test checks
 * that every scale here lists exactly the catalogue's options, so a catalogue change cannot silently
 * drift away from the engine.
 */
import type { Answer } from '../questionnaire/types';
import type { MatchListing } from './types';

/** Fit of a dimension when either side has not answered: neutral, never a perfect fit. */
export const NEUTRAL = 0.5;

/** Marks an unknown (unanswered or invalid) value in the engine's encoded answers. */
export const UNKNOWN = -1;

/**
 * Weight per importance: egal 0 · wichtig 1 · sehr wichtig 3 · Ausschlusskriterium 3 (a dealbreaker
 * that passed the hard filter counts like "sehr wichtig": it is satisfied, and saying so should not
 * drown out every other answer).
 */
export const IMPORTANCE_WEIGHT: readonly number[] = [0, 1, 3, 3];
/** Weight of a weighted question nobody answered, and the default importance (wichtig). */
export const DEFAULT_WEIGHT = 1;

/** Importance of an answer: 0–3, default 1 (wichtig) when absent or malformed. */
export function importanceOf(answer: Answer | undefined): number {
  const i = answer?.importance;
  return i === 0 || i === 1 || i === 2 || i === 3 ? i : 1;
}

export const SEEKER_TYPES = ['household', 'group'] as const;
export const PETS = ['none', 'small', 'dog'] as const;
export const AGE_BANDS = ['u30', '30-44', '45-64', '65+'] as const;
export const HOUSEHOLD_TYPES = ['single', 'couple', 'family', 'senior', 'group'] as const;
export const SETTLEMENTS = ['village', 'small_town', 'town'] as const;
export const HOME_FORMS = ['own_flat', 'cluster_flat', 'shared_flat', 'house'] as const;
/** Listing legal forms; the seeker can choose all but 'other'. */
export const LEGAL_FORMS = ['cooperative', 'syndicate', 'ownership', 'rental', 'foundation', 'other'] as const;
export const EQUITY_BANDS = ['none', 'lt10k', '10k-50k', '50k-150k', 'gt150k'] as const;

/** Lower and upper end of each equity band in cents (what a household can bring). */
export const EQUITY_BAND_CENTS: readonly (readonly [lo: number, hi: number])[] = [
  [0, 0],
  [0, 1_000_000],
  [1_000_000, 5_000_000],
  [5_000_000, 15_000_000],
  [15_000_000, Number.POSITIVE_INFINITY],
];

/** Move-in timeline; 'flexible' is the "any" value of this scale. */
export const TIMELINES = ['now', 'lt1y', '1to3y', 'flexible'] as const;

/** When a project has not said when people can move in, its stage tells roughly. */
export const STAGE_TIMELINE: Readonly<Record<MatchListing['stage'], number>> = {
  occupied: 0, // now
  building: 1, // within a year
  planning: 2, // 1–3 years
  forming: 2,
};

/** Encoded values live in Int32Arrays (integer indexing keeps the hot loop fast): round and clamp. */
export function int32(x: number): number {
  return x >= 2_147_483_647 ? 2_147_483_647 : x <= -2_147_483_648 ? -2_147_483_648 : Math.round(x);
}

/** Index of a string value in a scale, -1 for anything else (unanswered or not in the catalogue). */
export function indexIn(scale: readonly string[], value: unknown): number {
  // A plain loop: several times faster than Array#indexOf on these 3–6 element scales.
  if (typeof value !== 'string') return -1;
  for (let i = 0; i < scale.length; i++) if (scale[i] === value) return i;
  return -1;
}

/** Bit mask of a multi-select answer; 0 when unanswered, empty or no value is known. */
export function maskIn(scale: readonly string[], value: unknown): number {
  if (!Array.isArray(value)) return 0;
  let mask = 0;
  for (let k = 0; k < value.length; k++) {
    const i = indexIn(scale, value[k]);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

/** Lowest set bit's index: the first matching option, for a reason's parameter. */
export function firstBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
}

/**
 * Monthly cost against the budget: 1 while the cheapest offer is within budget, then linearly down to
 * 0 at 30 % over budget (a little over is negotiable, a third over rarely is).
 */
export function costFit(minCents: number, budgetCents: number): number {
  if (minCents <= budgetCents) return 1;
  if (budgetCents <= 0) return 0;
  const over = (minCents - budgetCents) / (0.3 * budgetCents);
  return over >= 1 ? 0 : 1 - over;
}

/**
 * Required equity (or a property's price) against the seeker's band: 1 when even the band's low end
 * covers it, down to 0.75 across the band (it may or may not be enough), then falling with the share
 * the band's top covers. Continuous at the band's top.
 */
export function equityFit(requiredCents: number, band: number): number {
  const [lo, hi] = EQUITY_BAND_CENTS[band] ?? [0, 0];
  if (requiredCents <= lo) return 1;
  if (hi === Number.POSITIVE_INFINITY) return 0.75;
  if (requiredCents <= hi) return 1 - (0.25 * (requiredCents - lo)) / (hi - lo);
  return (0.75 * hi) / requiredCents;
}

/** Participation hours offered against hours expected: full when enough, else the share covered. */
export function hoursFit(offered: number, expected: number): number {
  return offered >= expected ? 1 : offered / expected;
}

/** Household size against free places: full when everyone fits, else the share that fits. */
export function sizeFit(freePlaces: number, persons: number): number {
  return freePlaces >= persons ? 1 : Math.max(0, freePlaces) / persons;
}

/** Distance inside the search area: 1 at the centre, 0.5 at the edge (outside is filtered). */
export function distanceFit(km: number, radiusKm: number): number {
  return radiusKm > 0 ? 1 - (0.5 * Math.min(km, radiusKm)) / radiusKm : 1;
}

/** score = round(100 · √(seekerFit · projectFit)), see engine.ts. */
export const scoreOf = (seekerFit: number, projectFit: number): number => Math.round(100 * Math.sqrt(seekerFit * projectFit));
