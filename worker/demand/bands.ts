/**
 * Coarse bands for anonymous demand records. Only these bands are ever stored: never a postcode,
 * an exact amount or free text, so a record cannot be traced back to a person.
 */
import type { Answers, Catalogue } from '../questionnaire/types';

export const SIZE_BANDS = ['1', '2', '3-4', '5+', 'group'] as const;
export const HOUSEHOLD_TYPES = ['single', 'couple', 'family', 'senior', 'group'] as const;
export const BUDGET_BANDS = ['<500', '500-799', '800-1099', '1100-1499', '1500+', 'unknown'] as const;
export const EQUITY_BANDS = ['none', 'lt10k', '10k-50k', '50k-150k', 'gt150k', 'unknown'] as const;
export const TIMELINES = ['now', 'lt1y', '1to3y', 'flexible', 'unknown'] as const;
export const SCORE_BANDS = ['0-39', '40-59', '60-79', '80-100', 'none'] as const;
export const AGE_BANDS = ['u30', '30-44', '45-64', '65+'] as const;
/** Legal forms a seeker can prefer (money.legalForms; 'other' is not offered to seekers). */
export const LEGAL_FORM_PREFERENCES = ['cooperative', 'syndicate', 'ownership', 'rental', 'foundation'] as const;
/** Weighted seeker questions that can be a priority, in catalogue (v1) order. */
export const PRIORITY_QUESTION_IDS = [
  'who.ageBands',
  'who.pets',
  'where.settlement',
  'where.timeline',
  'home.forms',
  'money.legalForms',
  'money.maxMonthlyCost',
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
] as const;

/** A best match at or above this score counts as "demand met" in the unmet-demand statistic. */
export const MATCH_THRESHOLD = 60;

const num = (answers: Answers, id: string): number | undefined => {
  const v = answers[id]?.value;
  return typeof v === 'number' ? v : undefined;
};
const str = (answers: Answers, id: string): string | undefined => {
  const v = answers[id]?.value;
  return typeof v === 'string' ? v : undefined;
};
const list = (answers: Answers, id: string): string[] => {
  const v = answers[id]?.value;
  return Array.isArray(v) ? [...v].sort() : [];
};

export function householdType(answers: Answers): (typeof HOUSEHOLD_TYPES)[number] {
  if (str(answers, 'who.seekerType') === 'group') return 'group';
  if ((num(answers, 'who.children') ?? 0) > 0) return 'family';
  const ages = list(answers, 'who.ageBands');
  if (ages.length > 0 && ages.every((a) => a === '65+')) return 'senior';
  return (num(answers, 'who.adults') ?? 1) >= 2 ? 'couple' : 'single';
}

export function sizeBand(answers: Answers): (typeof SIZE_BANDS)[number] {
  if (str(answers, 'who.seekerType') === 'group') return 'group';
  const persons = (num(answers, 'who.adults') ?? 1) + (num(answers, 'who.children') ?? 0);
  return persons <= 1 ? '1' : persons === 2 ? '2' : persons <= 4 ? '3-4' : '5+';
}

export function budgetBand(answers: Answers): (typeof BUDGET_BANDS)[number] {
  const euros = num(answers, 'money.maxMonthlyCost');
  if (euros === undefined) return 'unknown';
  return euros < 500 ? '<500' : euros < 800 ? '500-799' : euros < 1100 ? '800-1099' : euros < 1500 ? '1100-1499' : '1500+';
}

export function scoreBand(best: number | undefined): (typeof SCORE_BANDS)[number] {
  if (best === undefined) return 'none';
  return best < 40 ? '0-39' : best < 60 ? '40-59' : best < 80 ? '60-79' : '80-100';
}

/** ISO 8601 week of a UTC instant, e.g. '2026-W48'. */
export function isoWeek(epochMs: number): string {
  const d = new Date(epochMs);
  // The ISO week belongs to the year of its Thursday.
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - (d.getUTCDay() || 7)));
  const year = thursday.getUTCFullYear();
  const week = Math.ceil(((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The seeker's "very important" and dealbreaker answers, at most three, in catalogue order. */
export function priorities(answers: Answers, catalogue: Catalogue): string[] {
  return catalogue.questions
    .filter((q) => q.weighted && (answers[q.id]?.importance ?? 1) >= 2 && answers[q.id] !== undefined)
    .sort((a, b) => (answers[b.id]?.importance ?? 0) - (answers[a.id]?.importance ?? 0))
    .slice(0, 3)
    .map((q) => q.id);
}

export interface DemandBands {
  seekerType: 'household' | 'group';
  householdType: string;
  sizeBand: string;
  ageBands: string[];
  budgetBand: string;
  equityBand: string;
  legalForms: string[];
  timeline: string;
  priorities: string[];
  barrierFreeNeed: boolean;
  bestScoreBand: string;
  anyMatch: boolean;
}

/**
 * @example
 * const bands = demandBands(answers, catalogueV1, 72); // { householdType: 'family', budgetBand: '800-1099', … }
 */
export function demandBands(answers: Answers, catalogue: Catalogue, bestScore: number | undefined): DemandBands {
  const equity = str(answers, 'money.equity');
  const timeline = str(answers, 'where.timeline');
  return {
    seekerType: str(answers, 'who.seekerType') === 'group' ? 'group' : 'household',
    householdType: householdType(answers),
    sizeBand: sizeBand(answers),
    ageBands: list(answers, 'who.ageBands'),
    budgetBand: budgetBand(answers),
    equityBand: equity && (EQUITY_BANDS as readonly string[]).includes(equity) ? equity : 'unknown',
    legalForms: list(answers, 'money.legalForms'),
    timeline: timeline && (TIMELINES as readonly string[]).includes(timeline) ? timeline : 'unknown',
    priorities: priorities(answers, catalogue),
    barrierFreeNeed: answers['needs.barrierFree']?.value === true,
    bestScoreBand: scoreBand(bestScore),
    anyMatch: bestScore !== undefined && bestScore >= MATCH_THRESHOLD,
  };
}
