/**
 * The project's side of questionnaire v1 for demo listings: compact "vibes" (what a project is like
 * and whom it looks for) turned into full `Answers` with importances. Importances not set
 * explicitly come from a per-listing seeded stream, so they vary but never change between seeds.
 */
import type { Answers, Importance } from '../questionnaire/types';
import type { Rng } from './prng';

export type AgeBand = 'u30' | '30-44' | '45-64' | '65+';
export type HouseholdWanted = 'single' | 'couple' | 'family' | 'senior' | 'group';
export type UnitType = 'own_flat' | 'cluster_flat' | 'shared_flat' | 'house';
export type Timeline = 'now' | 'lt1y' | '1to3y' | 'flexible';
export type Settlement = 'village' | 'small_town' | 'town';
export type Pets = 'none' | 'small' | 'dog';

/** Every question a project answers in v1 (side 'both' or 'project'). */
export const PROJECT_QUESTION_IDS = [
  'who.ageBands',
  'who.pets',
  'who.householdType',
  'where.settlement',
  'where.timeline',
  'home.forms',
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
export type ProjectQuestionId = (typeof PROJECT_QUESTION_IDS)[number];

/** What a community is like and whom it looks for. */
export interface ProjectVibe {
  ages: AgeBand[];
  households: HouseholdWanted[];
  meals: 'none' | 'occasional' | 'weekly' | 'daily';
  hours: number;
  decisions: 'consensus' | 'sociocracy' | 'majority' | 'any';
  ageMix: 'multigen' | 'similar' | 'any';
  ecology: 'low' | 'medium' | 'high';
  carFree: 'yes' | 'open' | 'no';
  sharedEconomy: 'yes' | 'open' | 'no';
  support: 'offer' | 'need' | 'both' | 'none';
  atmosphere: 'quiet' | 'balanced' | 'lively';
  guests: 'rarely' | 'sometimes' | 'often';
  tidiness: 'relaxed' | 'medium' | 'tidy';
  wbs?: boolean;
  /** Defaults from the stage (occupied → now, building → within a year, else 1–3 years). */
  timeline?: Timeline;
  /** Explicit importances; anything else is drawn from the listing's stream. */
  importance?: Partial<Record<ProjectQuestionId, Importance>>;
}

/** A vacant building or plot: only what it offers and that it looks for a group. */
export interface PropertyVibe {
  timeline: Timeline;
  ecology?: ProjectVibe['ecology'];
  atmosphere?: ProjectVibe['atmosphere'];
  /** Minimum engagement for the village the municipality asks for in a concept award. */
  hours?: number;
  importance?: Partial<Record<ProjectQuestionId, Importance>>;
}

const ALL_AGES: AgeBand[] = ['u30', '30-44', '45-64', '65+'];

/** Archetypes; listings spread them and override details. */
export const VIBES = {
  familyVillage: {
    ages: ALL_AGES,
    households: ['family', 'couple', 'single'],
    meals: 'weekly',
    hours: 8,
    decisions: 'consensus',
    ageMix: 'multigen',
    ecology: 'high',
    carFree: 'no',
    sharedEconomy: 'open',
    support: 'both',
    atmosphere: 'balanced',
    guests: 'sometimes',
    tidiness: 'relaxed',
  },
  quietMultigen: {
    ages: ALL_AGES,
    households: ['single', 'couple', 'family', 'senior'],
    meals: 'occasional',
    hours: 4,
    decisions: 'sociocracy',
    ageMix: 'multigen',
    ecology: 'medium',
    carFree: 'open',
    sharedEconomy: 'no',
    support: 'both',
    atmosphere: 'quiet',
    guests: 'sometimes',
    tidiness: 'medium',
  },
  lively: {
    ages: ['u30', '30-44', '45-64'],
    households: ['single', 'couple', 'family'],
    meals: 'daily',
    hours: 14,
    decisions: 'consensus',
    ageMix: 'any',
    ecology: 'high',
    carFree: 'open',
    sharedEconomy: 'yes',
    support: 'both',
    atmosphere: 'lively',
    guests: 'often',
    tidiness: 'relaxed',
  },
  urbanLight: {
    ages: ALL_AGES,
    households: ['single', 'couple', 'family', 'senior'],
    meals: 'occasional',
    hours: 2,
    decisions: 'majority',
    ageMix: 'any',
    ecology: 'medium',
    carFree: 'open',
    sharedEconomy: 'no',
    support: 'none',
    atmosphere: 'balanced',
    guests: 'sometimes',
    tidiness: 'medium',
  },
  senior: {
    ages: ['65+'],
    households: ['senior', 'single', 'couple'],
    meals: 'weekly',
    hours: 3,
    decisions: 'majority',
    ageMix: 'similar',
    ecology: 'medium',
    carFree: 'no',
    sharedEconomy: 'no',
    support: 'both',
    atmosphere: 'quiet',
    guests: 'sometimes',
    tidiness: 'tidy',
  },
  buildingGroup: {
    ages: ['30-44', '45-64', '65+'],
    households: ['family', 'couple', 'senior'],
    meals: 'occasional',
    hours: 10,
    decisions: 'sociocracy',
    ageMix: 'multigen',
    ecology: 'high',
    carFree: 'no',
    sharedEconomy: 'no',
    support: 'offer',
    atmosphere: 'balanced',
    guests: 'sometimes',
    tidiness: 'medium',
  },
} satisfies Record<string, ProjectVibe>;

/** An archetype with overrides; lists are copied so listings never share arrays. */
export function vibe(base: ProjectVibe, overrides: Partial<ProjectVibe> = {}): ProjectVibe {
  return { ...base, ...overrides, ages: [...(overrides.ages ?? base.ages)], households: [...(overrides.households ?? base.households)] };
}

const soft = (rng: Rng): Importance => rng.weighted<Importance>([[0, 2], [1, 5], [2, 3]]);
const softNeeds = (rng: Rng): Importance => rng.weighted<Importance>([[0, 3], [1, 5], [2, 2]]);
const wants = (rng: Rng): Importance => rng.weighted<Importance>([[1, 6], [2, 4]]);

export interface ListingFacts {
  settlement: Settlement;
  stage: 'forming' | 'planning' | 'building' | 'occupied';
  barrierFree: boolean;
  pets: Pets;
  forms: UnitType[];
}

const defaultTimeline = (stage: ListingFacts['stage']): Timeline =>
  stage === 'occupied' ? 'now' : stage === 'building' ? 'lt1y' : '1to3y';

/** Full project-side answers for a project listing. */
export function projectProfile(v: ProjectVibe, facts: ListingFacts, rng: Rng): Answers {
  const imp = (id: ProjectQuestionId, fallback: Importance): Importance => v.importance?.[id] ?? fallback;
  // Draw every stream value in a fixed order so one override does not shift the others.
  const drawn = {
    ages: wants(rng),
    households: wants(rng),
    meals: soft(rng),
    hours: soft(rng),
    decisions: soft(rng),
    ageMix: soft(rng),
    ecology: soft(rng),
    carFree: soft(rng),
    shared: soft(rng),
    support: softNeeds(rng),
    atmosphere: softNeeds(rng),
    guests: softNeeds(rng),
    tidiness: softNeeds(rng),
  };
  const wbs = v.wbs ?? false;
  return {
    'who.ageBands': { value: [...v.ages], importance: imp('who.ageBands', v.ages.length === 4 ? 0 : drawn.ages) },
    'who.pets': { value: facts.pets, importance: imp('who.pets', facts.pets === 'none' ? 2 : 1) },
    'who.householdType': { value: [...v.households], importance: imp('who.householdType', v.households.length >= 4 ? 0 : drawn.households) },
    'where.settlement': { value: [facts.settlement], importance: imp('where.settlement', 0) },
    'where.timeline': { value: v.timeline ?? defaultTimeline(facts.stage), importance: imp('where.timeline', 1) },
    'home.forms': { value: [...facts.forms], importance: imp('home.forms', 1) },
    'money.wbs': { value: wbs, importance: imp('money.wbs', 0) },
    'community.meals': { value: v.meals, importance: imp('community.meals', drawn.meals) },
    'community.hours': { value: v.hours, importance: imp('community.hours', drawn.hours) },
    'community.decisions': { value: v.decisions, importance: imp('community.decisions', v.decisions === 'any' ? 0 : drawn.decisions) },
    'community.ageMix': { value: v.ageMix, importance: imp('community.ageMix', v.ageMix === 'any' ? 0 : drawn.ageMix) },
    'community.ecology': { value: v.ecology, importance: imp('community.ecology', drawn.ecology) },
    'community.carFree': { value: v.carFree, importance: imp('community.carFree', drawn.carFree) },
    'community.sharedEconomy': { value: v.sharedEconomy, importance: imp('community.sharedEconomy', drawn.shared) },
    'needs.barrierFree': { value: facts.barrierFree, importance: imp('needs.barrierFree', 0) },
    'needs.support': { value: v.support, importance: imp('needs.support', drawn.support) },
    'needs.atmosphere': { value: v.atmosphere, importance: imp('needs.atmosphere', drawn.atmosphere) },
    'needs.guests': { value: v.guests, importance: imp('needs.guests', drawn.guests) },
    'needs.tidiness': { value: v.tidiness, importance: imp('needs.tidiness', drawn.tidiness) },
  };
}

/**
 * Answers for a property: it looks for a group, offers its settlement, timeline and forms; the
 * community questions stay unanswered (neutral) because the future group decides them.
 */
export function propertyProfile(v: PropertyVibe, facts: ListingFacts): Answers {
  const imp = (id: ProjectQuestionId, fallback: Importance): Importance => v.importance?.[id] ?? fallback;
  const answers: Answers = {
    'who.ageBands': { value: [...ALL_AGES], importance: imp('who.ageBands', 0) },
    'who.pets': { value: facts.pets, importance: imp('who.pets', 0) },
    'who.householdType': { value: ['group'], importance: imp('who.householdType', 2) },
    'where.settlement': { value: [facts.settlement], importance: imp('where.settlement', 0) },
    'where.timeline': { value: v.timeline, importance: imp('where.timeline', 1) },
    'home.forms': { value: [...facts.forms], importance: imp('home.forms', 0) },
    'needs.barrierFree': { value: facts.barrierFree, importance: imp('needs.barrierFree', 0) },
  };
  if (v.ecology) answers['community.ecology'] = { value: v.ecology, importance: imp('community.ecology', 1) };
  if (v.atmosphere) answers['needs.atmosphere'] = { value: v.atmosphere, importance: imp('needs.atmosphere', 0) };
  if (v.hours !== undefined) answers['community.hours'] = { value: v.hours, importance: imp('community.hours', 1) };
  return answers;
}
