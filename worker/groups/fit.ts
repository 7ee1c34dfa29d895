/**
 * People-to-people fit (pure, no I/O): households with households, households with forming
 * initiatives — through the matching engine's exported functions, applied between households.
 *
 * Rules:
 * - **Two households** A and B: each is once the seeker and once the "project". The engine scores
 *   A's wishes against B's (B encoded as a listing whose profile is B's wishes) and B's against
 *   A's; the pair score is the geometric mean of the two directional scores,
 *   `round(√(score(A→B) · score(B→A)))`. It is symmetric by construction, and a dealbreaker of
 *   either household (an Ausschlusskriterium the other does not meet) excludes the pair, as the
 *   engine's hard filter does for a project. Only what households can compare is used: timeline,
 *   community and habits (COMPARED), never money, place or health-related needs.
 * - **A household and an initiative**: the initiative's own profile (what it looks for in new
 *   members, with importance; its legal forms and settlements) is scored like a project, and the
 *   household is paired with every member household that has a card. The group score combines
 *   these scores so that one strong mismatch cannot hide behind an average:
 *
 *       group = round(min(G, min + MISERY_MARGIN))
 *
 *   where G is the geometric mean of the scores and min the lowest of them (a least-misery floor:
 *   the group is never rated more than MISERY_MARGIN points above its unhappiest member). Adding a
 *   member whose pair score is at most the current group score can therefore never raise it, and a
 *   dealbreaker of any member (or of the profile) excludes the household.
 * - Reasons are the engine's, from the initiative's profile (or, for two households, from A's
 *   view of B); watch-outs come from the profile and from the member pairing that scored lowest.
 *   Only reasons about what was stated or offered are kept, never ones about the neutral frame of
 *   a people-"listing" (its 99 free places, no price); the reader's side of each sentence is
 *   chosen where it is shown (worker/matching/reasons.ts `reasonViewFor`).
 */
import type { HouseholdCard, InitiativeSeeking } from '../db/json';
import { budgetBand, householdType, sizeBand } from '../demand/bands';
import { compilePlan, createScratch, explainAssessed, prepareListings, scorePlanned, scoresPrepared, type PreparedListings, type Scratch, type SeekerPlan } from '../matching/engine';
import type { MatchListing, MatchResult, Reason } from '../matching/types';
import type { Answers } from '../questionnaire/types';

/** Questions two households compare directly (mirrored in the catalogue): how they want to live together. */
export const COMPARED = [
  'where.timeline',
  'community.meals',
  'community.hours',
  'community.decisions',
  'community.ageMix',
  'community.ecology',
  'community.carFree',
  'community.sharedEconomy',
  'needs.atmosphere',
  'needs.guests',
  'needs.tidiness',
] as const;

/** Place wishes a card may carry too: compared with an initiative's plans, not between households. */
export const PLACE_WISHES = ['where.settlement', 'home.forms', 'money.legalForms'] as const;

/** How many points a group score may lie above its lowest single score. */
export const MISERY_MARGIN = 15;

/** Participation hours are kept coarse on a card: rounded down to one of these steps. */
const HOUR_STEPS = [0, 2, 4, 8, 12, 20, 40] as const;

const pick = (answers: Answers, ids: readonly string[]): Answers =>
  Object.fromEntries(ids.flatMap((id) => (answers[id] === undefined ? [] : [[id, answers[id]]])));

/**
 * The card of a household from its questionnaire answers: bands and wishes only — no name, no
 * postcode, no exact amount (the budget and equity become bands, hours a coarse step).
 * @example
 * cardOf({ 'who.adults': { value: 2 }, 'who.children': { value: 0 }, 'community.meals': { value: 'weekly', importance: 2 } });
 * // { householdType: 'couple', sizeBand: '2', …, wishes: { 'community.meals': { value: 'weekly', importance: 2 } } }
 */
export function cardOf(answers: Answers): HouseholdCard {
  const household: Answers = { ...answers, 'who.seekerType': { value: 'household' } };
  const wishes = pick(answers, [...COMPARED, ...PLACE_WISHES]);
  const hours = wishes['community.hours'];
  if (hours && typeof hours.value === 'number') {
    const h = hours.value;
    wishes['community.hours'] = { ...hours, value: HOUR_STEPS.reduce((best, step) => (step <= h ? step : best), 0) };
  }
  const str = (id: string) => (typeof answers[id]?.value === 'string' ? (answers[id]!.value as string) : 'unknown');
  const ages = answers['who.ageBands']?.value;
  return {
    householdType: householdType(household),
    sizeBand: sizeBand(household),
    ageBands: Array.isArray(ages) ? [...ages].sort() : [],
    budgetBand: budgetBand(answers),
    equityBand: str('money.equity'),
    timeline: str('where.timeline'),
    wishes,
  };
}

/** Adults and children a card stands for (its bands), enough for the engine's household types. */
function householdAnswers(card: HouseholdCard): Answers {
  const persons = { '1': 1, '2': 2, '3-4': 3, '5+': 5 }[card.sizeBand] ?? 2;
  const children = card.householdType === 'family' ? Math.max(1, persons - 2) : 0;
  const adults = Math.max(1, persons - children);
  return {
    'who.seekerType': { value: 'household' },
    'who.adults': { value: card.householdType === 'single' ? 1 : adults },
    'who.children': { value: children },
    ...(card.ageBands.length ? { 'who.ageBands': { value: card.ageBands } } : {}),
  };
}

/** A household that said nothing about when counts as flexible (and does not care). */
const withTimeline = (wishes: Answers): Answers => (wishes['where.timeline'] ? wishes : { ...wishes, 'where.timeline': { value: 'flexible', importance: 0 } });

/** The neutral frame of a "listing" that is really people: no place, price or room to judge. */
function asListing(id: string, profile: Answers, over: Partial<MatchListing> = {}): MatchListing {
  return {
    id, kind: 'project', lat: 0, lon: 0, settlement: 'village', stage: 'forming', legalForm: 'other', freePlaces: 99, freeUnits: {},
    monthlyCostMinCents: null, monthlyCostMaxCents: null, equityRequiredCents: 0, barrierFree: false, childrenWelcome: true, petsAllowed: 'dog',
    profile, ...over,
  };
}

/** A household as the engine's seeker when compared with another household. */
const pairSeeker = (card: HouseholdCard): Answers => ({ ...householdAnswers(card), ...withTimeline(pick(card.wishes, COMPARED)) });
const pairListing = (id: string, card: HouseholdCard): MatchListing => asListing(id, withTimeline(pick(card.wishes, COMPARED)));

export interface PeopleFit {
  score: number;
  reasons: Reason[];
  watchOuts: Reason[];
}

/**
 * Only reasons about what the people said: the neutral frame of a "listing" that is people (99
 * free places, no price, no place) must never turn into a sentence like "99 free places".
 */
const about = (reasons: readonly Reason[], said: ReadonlySet<string>): Reason[] => reasons.filter((r) => said.has(r.questionId));
const COMPARED_IDS: ReadonlySet<string> = new Set(COMPARED);

const geometric = (a: number, b: number) => Math.round(Math.sqrt(a * b));

/**
 * Fit of two households, or null when a dealbreaker of either excludes the pair. Symmetric in its
 * score: `householdFit(a, b).score === householdFit(b, a).score`.
 * @example
 * householdFit(cardA, cardB)?.score; // 0–100
 */
export function householdFit(a: HouseholdCard, b: HouseholdCard, s: Scratch = createScratch()): PeopleFit | null {
  // The engine's work per card is kept per card object (pairPlan, preparedCard below).
  const plan = pairPlan(a);
  const listing = preparedCard(b);
  if ((scoresPrepared(plan, listing, {}, s)[0] as number) < 0) return null;
  const ab = explainAssessed(plan, listing, 0, s);
  const ba = scoresPrepared(pairPlan(b), preparedCard(a), {}, s)[0] as number;
  if (ba < 0) return null;
  return { score: geometric(ab.score, ba), reasons: about(ab.reasons, COMPARED_IDS), watchOuts: about(ab.watchOuts, COMPARED_IDS) };
}

/**
 * Combines scores (0–100) into one: the geometric mean, at most MISERY_MARGIN above the lowest.
 * @example
 * combineScores([90, 85, 20]); // 35 (the geometric mean would be 54)
 */
export function combineScores(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  let logSum = 0;
  let min = 100;
  for (const s of scores) {
    const x = Math.max(0, Math.min(100, s));
    min = Math.min(min, x);
    logSum += x === 0 ? Number.NEGATIVE_INFINITY : Math.log(x);
  }
  const mean = Math.exp(logSum / scores.length);
  return Math.round(Math.min(mean, min + MISERY_MARGIN));
}

/** What the group fit reads of an initiative. */
export interface InitiativeForFit {
  id: string;
  /** Its side of the questionnaire: what it looks for in new members and how it lives, with importance. */
  profile: Answers;
  seeking: Pick<InitiativeSeeking, 'settlements' | 'timeline'>;
  /** Legal forms it considers (money.legalForms values). */
  legalForms: readonly string[];
  /** The cards of its member households (founders, co-founders who gave one). */
  members: readonly HouseholdCard[];
}

export interface GroupFit extends PeopleFit {
  /** The lowest single score (profile or a member): the least-misery floor's base. */
  lowest: number;
}

/**
 * One multi-select of the initiative against the household's: the engine compares a single value,
 * so the initiative offers the first option the household also wants (or its first, a mismatch);
 * an initiative that has not chosen leaves the household's wish neutral.
 */
function offer(wanted: unknown, offered: readonly string[]): string | undefined {
  if (offered.length === 0) return undefined;
  const list = Array.isArray(wanted) ? (wanted as string[]) : [];
  return offered.find((o) => list.includes(o)) ?? offered[0];
}

/** What the initiative offers of the household's place wishes (see `offer`), and a key for the combination. */
function offered(card: HouseholdCard, initiative: InitiativeForFit) {
  const settlement = offer(card.wishes['where.settlement']?.value, initiative.seeking.settlements);
  const legalForm = offer(card.wishes['money.legalForms']?.value, initiative.legalForms);
  return { settlement, legalForm, variant: `${settlement ?? ''}|${legalForm ?? ''}` };
}

/** The household as the engine's seeker against an initiative's profile (depends on the variant offered). */
function profileSeeker(card: HouseholdCard, o: ReturnType<typeof offered>): Answers {
  const seeker: Answers = { ...householdAnswers(card), ...pick(card.wishes, [...COMPARED, 'home.forms']) };
  if (o.settlement) seeker['where.settlement'] = card.wishes['where.settlement']!;
  if (o.legalForm) seeker['money.legalForms'] = card.wishes['money.legalForms']!;
  return seeker;
}

/** The initiative's profile as the "listing" a household is scored against. */
function profileListing(initiative: InitiativeForFit, o: ReturnType<typeof offered>): MatchListing {
  const profile: Answers = { ...initiative.profile };
  if (!profile['where.timeline'] && initiative.seeking.timeline && initiative.seeking.timeline !== 'unknown') profile['where.timeline'] = { value: initiative.seeking.timeline };
  return asListing(initiative.id, withTimeline(profile), {
    ...(o.settlement ? { settlement: o.settlement as MatchListing['settlement'] } : {}),
    ...(o.legalForm ? { legalForm: o.legalForm as MatchListing['legalForm'] } : {}),
  });
}

/** The household against the initiative's profile, with reasons only about what the initiative stated or offers. */
function profileFit(card: HouseholdCard, initiative: InitiativeForFit, s: Scratch): MatchResult | null {
  const { o, plan, prepared } = profileParts(card, sideOf(initiative));
  if ((scoresPrepared(plan, prepared, {}, s)[0] as number) < 0) return null;
  const result = explainAssessed(plan, prepared, 0, s);
  const listing = prepared.listings[0] as MatchListing;
  const said = new Set([...Object.keys(listing.profile), ...(o.settlement ? ['where.settlement'] : []), ...(o.legalForm ? ['money.legalForms'] : [])]);
  return { ...result, reasons: about(result.reasons, said), watchOuts: about(result.watchOuts, said) };
}

/**
 * Fit of a household with an initiative (see the module comment), or null when the profile's or any
 * member's dealbreaker excludes it.
 * @example
 * initiativeFit(card, { id: 'ini_1', profile, seeking, legalForms: ['cooperative'], members: [founderCard] })?.score;
 */
export function initiativeFit(card: HouseholdCard, initiative: InitiativeForFit): GroupFit | null {
  const s = createScratch();
  const own = profileFit(card, initiative, s);
  if (!own) return null;
  const scores = [own.score];
  let worst: PeopleFit | null = null;
  for (const member of initiative.members) {
    const pair = householdFit(card, member, s);
    if (!pair) return null;
    scores.push(pair.score);
    if (!worst || pair.score < worst.score) worst = pair;
  }
  const lowest = Math.min(...scores);
  const watchOuts = [...own.watchOuts];
  for (const w of worst?.watchOuts ?? []) if (watchOuts.length < 3 && !watchOuts.some((x) => x.questionId === w.questionId)) watchOuts.push(w);
  return { score: combineScores(scores), lowest, reasons: own.reasons, watchOuts };
}

export interface Ranked<T> {
  item: T;
  fit: PeopleFit;
}

/*
 * Rankings score first and explain only the winners: every candidate is scored without reasons
 * (the engine's `scoresPrepared`), the best `limit` are then explained by the same functions as a
 * single pairing (`householdFit`, `initiativeFit`), which give exactly these scores
 * (`rank.node.test.ts`). What a card turns into for the engine (its seeker plans, its listing) is
 * kept per card object: a caller that hands the same card objects again (worker/groups/matches.ts
 * keeps them per pool entry, cards never change) pays for it once per isolate.
 */

/** A card as the "listing" of pair scoring, prepared once per card object. */
const preparedCards = new WeakMap<HouseholdCard, PreparedListings>();
function preparedCard(card: HouseholdCard): PreparedListings {
  let p = preparedCards.get(card);
  if (!p) preparedCards.set(card, (p = prepareListings([pairListing('card', card)])));
  return p;
}

/** A card as the seeker of pair scoring, compiled once per card object. */
const cardPlans = new WeakMap<HouseholdCard, SeekerPlan>();
function pairPlan(card: HouseholdCard): SeekerPlan {
  let p = cardPlans.get(card);
  if (!p) cardPlans.set(card, (p = compilePlan(pairSeeker(card), {})));
  return p;
}

/** An initiative's side of the group fit, prepared and compiled once per ranking. */
interface InitiativeSide {
  initiative: InitiativeForFit;
  /** Its members as listings (for the household's view of them) and as seekers (their view of it). */
  members: PreparedListings;
  memberPlans: SeekerPlan[];
  /** Its profile as a listing, per variant of what it offers (`offered`). */
  profiles: Map<string, PreparedListings>;
}

/**
 * An initiative's side, kept per profile object while its seeking, legal forms and member cards
 * are the same objects: a caller that hands the same objects again (worker/groups/parties.ts keeps
 * them per initiative while its `updated_at` stays, cards per member) prepares it once per isolate,
 * not once per ranking.
 */
const sides = new WeakMap<Answers, InitiativeSide>();
function sideOf(initiative: InitiativeForFit): InitiativeSide {
  const known = sides.get(initiative.profile);
  const was = known?.initiative;
  if (
    was &&
    was.id === initiative.id &&
    was.seeking === initiative.seeking &&
    was.legalForms === initiative.legalForms &&
    was.members.length === initiative.members.length &&
    was.members.every((m, k) => m === initiative.members[k])
  ) {
    return known;
  }
  const side: InitiativeSide = {
    initiative,
    members: prepareListings(initiative.members.map((m, k) => pairListing(`m${k}`, m))),
    memberPlans: initiative.members.map(pairPlan),
    profiles: new Map(),
  };
  sides.set(initiative.profile, side);
  return side;
}

/**
 * A card's seeker against initiatives' profiles, compiled once per card object and per what is
 * offered: the seeker holds its own settlement and legal-form wishes where the initiative offers one
 * of them, so it depends on whether each is offered, not on which (at most four plans per card).
 */
const profilePlans = new WeakMap<HouseholdCard, Map<string, SeekerPlan>>();

/** What the card is scored with against the initiative's profile: the variant offered, its seeker plan and the profile prepared. */
function profileParts(card: HouseholdCard, side: InitiativeSide) {
  const o = offered(card, side.initiative);
  let prepared = side.profiles.get(o.variant);
  if (!prepared) side.profiles.set(o.variant, (prepared = prepareListings([profileListing(side.initiative, o)])));
  let plans = profilePlans.get(card);
  if (!plans) profilePlans.set(card, (plans = new Map()));
  const offers = `${o.settlement ? 's' : ''}${o.legalForm ? 'l' : ''}`;
  let plan = plans.get(offers);
  if (!plan) plans.set(offers, (plan = compilePlan(profileSeeker(card, o), {})));
  return { o, plan, prepared };
}

/** The group score of `initiativeFit` without its reasons, or null where it is null. */
function initiativeScore(card: HouseholdCard, side: InitiativeSide, s: Scratch): number | null {
  const { plan, prepared } = profileParts(card, side);
  const own = scorePlanned(plan, prepared, 0, s);
  if (own < 0) return null;
  const scores = [own];
  if (side.memberPlans.length) {
    const forward = pairPlan(card);
    const mine = preparedCard(card);
    for (let k = 0; k < side.memberPlans.length; k++) {
      const ab = scorePlanned(forward, side.members, k, s);
      const ba = ab < 0 ? -1 : scorePlanned(side.memberPlans[k]!, mine, 0, s);
      if (ba < 0) return null;
      scores.push(geometric(ab, ba));
    }
  }
  return combineScores(scores);
}

/** The best `limit` of scored candidates (score desc, then id), each explained by `explain`. */
function explainBest<T extends { id: string }>(scored: { item: T; score: number }[], limit: number | undefined, explain: (item: T) => PeopleFit | null): Ranked<T>[] {
  scored.sort((a, b) => b.score - a.score || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  return scored.slice(0, limit ?? scored.length).map(({ item }) => ({ item, fit: explain(item)! }));
}

/**
 * Other households of the pool for one household, best first (score desc, then id).
 * @example
 * rankHouseholds(myCard, entries.map((e) => ({ id: e.id, card: e.card })), { limit: 20 });
 */
export function rankHouseholds<T extends { id: string; card: HouseholdCard }>(card: HouseholdCard, candidates: readonly T[], opts: { limit?: number } = {}): Ranked<T>[] {
  if (candidates.length === 0) return [];
  const s = createScratch();
  const mine = pairPlan(card);
  const me = preparedCard(card);
  const scored: { item: T; score: number }[] = [];
  candidates.forEach((c) => {
    const ab = scorePlanned(mine, preparedCard(c.card), 0, s);
    if (ab < 0) return;
    const ba = scorePlanned(pairPlan(c.card), me, 0, s);
    if (ba >= 0) scored.push({ item: c, score: geometric(ab, ba) });
  });
  return explainBest(scored, opts.limit, (c) => householdFit(card, c.card));
}

/**
 * Initiatives for one household, best first (score desc, then id).
 * @example
 * rankInitiatives(card, initiatives, { limit: 20 });
 */
export function rankInitiatives<T extends InitiativeForFit>(card: HouseholdCard, candidates: readonly T[], opts: { limit?: number } = {}): Ranked<T>[] {
  const s = createScratch();
  const scored: { item: T; score: number }[] = [];
  for (const i of candidates) {
    const score = initiativeScore(card, sideOf(i), s);
    if (score !== null) scored.push({ item: i, score });
  }
  return explainBest(scored, opts.limit, (i) => initiativeFit(card, i));
}

/**
 * Households of the pool for one initiative, best first (score desc, then id): `initiativeFit` of
 * each, with the initiative's side prepared once.
 * @example
 * rankForInitiative(initiative, entries.map((e) => ({ id: e.id, card: e.card })), { limit: 20 });
 */
export function rankForInitiative<T extends { id: string; card: HouseholdCard }>(initiative: InitiativeForFit, candidates: readonly T[], opts: { limit?: number } = {}): Ranked<T>[] {
  const side = sideOf(initiative);
  const s = createScratch();
  const scored: { item: T; score: number }[] = [];
  for (const c of candidates) {
    const score = initiativeScore(c.card, side, s);
    if (score !== null) scored.push({ item: c, score });
  }
  return explainBest(scored, opts.limit, (c) => initiativeFit(c.card, initiative));
}
