import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from '../questionnaire/types';
import { catalogueV1 } from '../questionnaire/v1';
import { distanceKm, hardFilter, rankListings, reasonText, scoreListing } from './engine';
import { REASON_TEXTS } from './reasons';
import { marketArbitrary, scenarioArbitrary } from './test-support';
import type { MatchListing, MatchResult, SeekerContext } from './types';

const RUNS = { numRuns: 200 };
/** Generous: the suite may share a loaded CI machine; each property normally takes well under a second. */
const TIMEOUT_MS = 30_000;

// Independent, plain-language statements of what each dealbreaker demands — deliberately not the
// engine's code, so a slip in the engine's encoding shows up here.

const MIRRORED_SINGLES = [
  'community.meals',
  'community.decisions',
  'community.ageMix',
  'community.ecology',
  'community.carFree',
  'community.sharedEconomy',
  'needs.atmosphere',
  'needs.guests',
  'needs.tidiness',
];
/** Support among neighbours: the seeker/project pairs that fit fully. */
const SUPPORT_FITS = new Set(['offer/offer', 'offer/need', 'offer/both', 'need/offer', 'need/both', 'both/offer', 'both/both', 'none/none']);
const STAGE_TIMELINE = { occupied: 'now', building: 'lt1y', planning: '1to3y', forming: '1to3y' } as const;
const PET_ORDER = ['none', 'small', 'dog'];

const profileValue = (l: MatchListing, id: string) => l.profile[id]?.value;
const listingForms = (l: MatchListing): string[] => [
  ...((profileValue(l, 'home.forms') as string[] | undefined) ?? []),
  ...Object.entries(l.freeUnits).flatMap(([form, n]) => ((n ?? 0) > 0 ? [form] : [])),
];
const listingTimeline = (l: MatchListing): string => (profileValue(l, 'where.timeline') as string | undefined) ?? STAGE_TIMELINE[l.stage];

/** Does the listing satisfy the seeker's dealbreaker answer `a` to question `id`? */
function satisfiesSeeker(id: string, a: Answer, l: MatchListing): boolean {
  const v = a.value;
  switch (id) {
    case 'needs.barrierFree':
      return v === false || l.barrierFree;
    case 'money.maxMonthlyCost':
      return l.monthlyCostMinCents !== null && l.monthlyCostMinCents <= (v as number) * 100;
    case 'money.legalForms':
      return (v as string[]).includes(l.legalForm);
    case 'where.settlement':
      return (v as string[]).includes(l.settlement);
    case 'home.forms':
      return listingForms(l).some((f) => (v as string[]).includes(f));
    case 'who.pets':
      return PET_ORDER.indexOf(v as string) <= PET_ORDER.indexOf(l.petsAllowed);
    case 'where.timeline':
      return v === 'flexible' || listingTimeline(l) === 'flexible' || listingTimeline(l) === v;
    case 'money.wbs':
      return v === false || profileValue(l, 'money.wbs') === true;
    case 'community.hours': {
      const expected = profileValue(l, 'community.hours');
      return typeof expected === 'number' && expected <= (v as number);
    }
    case 'needs.support': {
      const theirs = profileValue(l, 'needs.support');
      return theirs !== undefined && SUPPORT_FITS.has(`${String(v)}/${String(theirs)}`);
    }
    default: {
      if (!MIRRORED_SINGLES.includes(id)) return true; // facts such as who.ageBands are no preference
      const theirs = profileValue(l, id);
      return v === 'any' || theirs === 'any' || (theirs !== undefined && theirs === v);
    }
  }
}

/** The household types a seeker counts as (a senior couple is both). */
function householdTypesOf(answers: Answers): string[] | null {
  if (answers['who.seekerType']?.value === 'group') return ['group'];
  const adults = answers['who.adults']?.value;
  if (typeof adults !== 'number' || adults < 1) return null;
  const children = (answers['who.children']?.value as number | undefined) ?? 0;
  const types = [children > 0 ? 'family' : adults === 1 ? 'single' : 'couple'];
  const ages = answers['who.ageBands']?.value as string[] | undefined;
  if (ages && ages.length > 0 && ages.every((b) => b === '65+')) types.push('senior');
  return types;
}

/** Does the seeker satisfy the project's dealbreaker (only judged when the seeker said)? */
function satisfiesProject(id: string, a: Answer, answers: Answers): boolean {
  const theirs = a.value;
  const mine = answers[id]?.value;
  switch (id) {
    case 'who.householdType': {
      const types = householdTypesOf(answers);
      return types === null || types.some((t) => (theirs as string[]).includes(t));
    }
    case 'who.ageBands':
      return mine === undefined || (mine as string[]).some((b) => (theirs as string[]).includes(b));
    case 'community.hours':
      return mine === undefined || (mine as number) >= (theirs as number);
    case 'money.wbs':
      return mine === undefined || theirs === false || mine === true;
    case 'where.timeline':
      return mine === undefined || mine === 'flexible' || theirs === 'flexible' || mine === theirs;
    case 'needs.support':
      return mine === undefined || SUPPORT_FITS.has(`${String(mine)}/${String(theirs)}`);
    default:
      if (!MIRRORED_SINGLES.includes(id)) return true; // facts about the project, not demands
      return mine === undefined || mine === 'any' || theirs === 'any' || mine === theirs;
  }
}

const EQUITY_TOP: Record<string, number> = { none: 0, lt10k: 1_000_000, '10k-50k': 5_000_000, '50k-150k': 15_000_000, gt150k: Infinity };

function violations(answers: Answers, l: MatchListing, ctx: SeekerContext): string[] {
  const out: string[] = [];
  const group = answers['who.seekerType']?.value === 'group';
  if ((l.kind === 'property') !== group) out.push('kind');
  if (ctx.target && distanceKm(ctx.target.lat, ctx.target.lon, l.lat, l.lon) > ctx.target.radiusKm) out.push('radius');
  if (l.kind === 'project' && l.freePlaces < 1) out.push('free places');
  if (((answers['who.children']?.value as number | undefined) ?? 0) > 0 && !l.childrenWelcome) out.push('children');
  if (!satisfiesSeeker('who.pets', { value: answers['who.pets']?.value ?? 'none' }, l)) out.push('pets');
  const band = answers['money.equity']?.value as string | undefined;
  if (l.kind === 'project' && band !== undefined && l.equityRequiredCents > (EQUITY_TOP[band] ?? 0)) out.push('equity');
  for (const [id, a] of Object.entries(answers)) if (a.importance === 3 && !satisfiesSeeker(id, a, l)) out.push(`seeker ${id}`);
  for (const [id, a] of Object.entries(l.profile)) if (a.importance === 3 && !satisfiesProject(id, a, answers)) out.push(`project ${id}`);
  return out;
}

/** A seeker answer that agrees with the listing on question `id`, or undefined if none exists. */
function agreeingValue(id: string, l: MatchListing): Answer['value'] | undefined {
  const theirs = profileValue(l, id);
  switch (id) {
    case 'where.settlement':
      return [l.settlement];
    case 'where.timeline':
      return listingTimeline(l);
    case 'home.forms': {
      const forms = listingForms(l);
      return forms.length ? [forms[0]!] : undefined;
    }
    case 'money.legalForms':
      return l.legalForm === 'other' ? undefined : [l.legalForm];
    case 'money.maxMonthlyCost':
      return l.monthlyCostMinCents === null ? undefined : Math.ceil(l.monthlyCostMinCents / 100);
    case 'money.equity':
      return 'gt150k'; // the best band there is
    case 'who.pets':
      return l.petsAllowed;
    case 'needs.barrierFree':
      return l.barrierFree;
    case 'needs.support':
      return theirs === undefined ? undefined : ({ offer: 'need', need: 'offer', both: 'both', none: 'none' } as Record<string, string>)[theirs as string];
    default:
      return theirs; // mirrored answers agree by being the same (wbs, hours, meals …)
  }
}

const AGREEABLE = [
  'who.pets',
  'where.settlement',
  'where.timeline',
  'home.forms',
  'money.legalForms',
  'money.maxMonthlyCost',
  'money.equity',
  'money.wbs',
  ...MIRRORED_SINGLES,
  'community.hours',
  'needs.barrierFree',
  'needs.support',
];

/** The seeker's preferences a dealbreaker can be set on (facts and the equity band are none). */
const SEEKER_PREFERENCES = AGREEABLE.filter((id) => id !== 'money.equity');

/** The reason code that says a seeker's answer to the question is met. */
const SATISFIED_CODE: Record<string, string> = {
  'who.pets': 'pets.welcome',
  'where.settlement': 'settlement.match',
  'where.timeline': 'timeline.match',
  'home.forms': 'forms.match',
  'money.legalForms': 'legal_form.match',
  'money.maxMonthlyCost': 'cost.within_budget',
  'money.wbs': 'wbs.available',
  'community.meals': 'meals.same',
  'community.hours': 'hours.fit',
  'community.decisions': 'decisions.same',
  'community.ageMix': 'age_mix.same',
  'community.ecology': 'ecology.same',
  'community.carFree': 'car_free.same',
  'community.sharedEconomy': 'shared_economy.same',
  'needs.barrierFree': 'barrier_free.yes',
  'needs.support': 'support.match',
  'needs.atmosphere': 'atmosphere.same',
  'needs.guests': 'guests.same',
  'needs.tidiness': 'tidiness.same',
};

const CATALOGUE_ORDER = new Map(catalogueV1.questions.map((q, k) => [q.id, k]));

/** "No preference" or "no need" as a dealbreaker asks nothing of a listing: nothing to confirm. */
function asksSomething(id: string, v: Answer['value']): boolean {
  switch (id) {
    case 'who.pets':
      return v !== 'none';
    case 'needs.barrierFree':
    case 'money.wbs':
      return v === true;
    case 'where.timeline':
      return v !== 'flexible';
    default:
      return v !== 'any';
  }
}

/**
 * A dealbreaker the listing meets only by having no preference itself (or by expecting no hours):
 * no sentence confirms it truthfully ("egal – wie Sie es sich wünschen"), so it is not named.
 */
function metByIndifference(id: string, l: MatchListing): boolean {
  if (id === 'where.timeline') return listingTimeline(l) === 'flexible';
  if (id === 'community.hours') return profileValue(l, id) === 0;
  return profileValue(l, id) === 'any';
}

/** The seeker's dealbreakers a match confirms, in catalogue order. */
const confirmedDealbreakers = (answers: Answers, l: MatchListing): string[] =>
  SEEKER_PREFERENCES.filter((id) => {
    const a = answers[id];
    return a?.importance === 3 && asksSomething(id, a.value) && !metByIndifference(id, l);
  }).sort((a, b) => (CATALOGUE_ORDER.get(a) ?? 0) - (CATALOGUE_ORDER.get(b) ?? 0));

const dealbreakerCount = (answers: Answers): number => Object.values(answers).filter((a) => a.importance === 3).length;

const inRange = (r: MatchResult) =>
  [r.score, r.seekerFit, r.projectFit].every((n) => Number.isInteger(n) && n >= 0 && n <= 100) &&
  (r.distanceKm === null || r.distanceKm >= 0);

describe('matching engine properties', () => {
  it("scores and both fits are integers in [0, 100], with at most 3 reasons besides the seeker's dealbreakers and 2 watch-outs", () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ answers, listing: l, ctx }) => {
        const r = scoreListing(answers, l, ctx);
        if (r === null) return;
        expect(inRange(r)).toBe(true);
        expect(r.reasons.length).toBeLessThanOrEqual(3 + dealbreakerCount(answers));
        expect(r.watchOuts.length).toBeLessThanOrEqual(2);
        for (const reason of [...r.reasons, ...r.watchOuts]) {
          expect(reason.code in REASON_TEXTS, reason.code).toBe(true);
          for (const locale of ['de', 'en'] as const) expect(reasonText(reason, locale)).not.toMatch(/undefined|NaN/);
        }
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it("never returns a match that violates a hard filter or either side's dealbreaker", () => {
    fc.assert(
      fc.property(marketArbitrary(), ({ answers, listings, ctx }) => {
        const byId = new Map(listings.map((l) => [l.id, l]));
        const returned = new Set(rankListings(answers, listings, ctx).map((r) => r.listingId));
        for (const l of listings) {
          const broken = violations(answers, l, ctx);
          if (returned.has(l.id)) expect(broken, l.id).toEqual([]);
          // hardFilter agrees with the ranking, and names a question when it refuses.
          const verdict = hardFilter(answers, byId.get(l.id)!, ctx);
          expect(verdict.ok).toBe(returned.has(l.id));
          if (!verdict.ok) expect(verdict.questionId).toMatch(/^[a-z]+\.[A-Za-z]+$/);
        }
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('finds the dealbreakers too: matches that break none are returned', () => {
    // The converse of the oracle, for the conservative rules the oracle states exactly.
    fc.assert(
      fc.property(scenarioArbitrary, ({ answers, listing: l, ctx }) => {
        if (violations(answers, l, ctx).length === 0) expect(scoreListing(answers, l, ctx)).not.toBeNull();
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('making one answer agree with the listing never lowers the score or either fit', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.constantFrom(...AGREEABLE),
        fc.constantFrom<1 | 2 | 3>(1, 2, 3),
        ({ answers, listing: l, ctx }, id, importance) => {
          const value = agreeingValue(id, l);
          if (value === undefined) return;
          const before = scoreListing(answers, l, ctx);
          const old = answers[id];
          // Keep the importance the seeker gave; an unanswered question gets one that counts.
          const agreeing: Answer = id === 'money.equity' ? { value } : { value, importance: old ? (old.importance ?? 1) : importance };
          const after = scoreListing({ ...answers, [id]: agreeing }, l, ctx);
          if (before === null) return;
          expect(after, `${id} → ${JSON.stringify(value)}`).not.toBeNull();
          expect(after!.score).toBeGreaterThanOrEqual(before.score);
          expect(after!.seekerFit).toBeGreaterThanOrEqual(before.seekerFit);
          expect(after!.projectFit).toBeGreaterThanOrEqual(before.projectFit);
        },
      ),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('confirms every dealbreaker the seeker set first, in catalogue order, before any other reason', () => {
    // Most generated dealbreakers filter the listing out; making some agree with it keeps a useful
    // share of the pairs matching with one or more dealbreakers.
    const withAgreeingDealbreakers = fc.tuple(scenarioArbitrary, fc.subarray(SEEKER_PREFERENCES)).map(([scenario, ids]) => {
      const answers: Answers = { ...scenario.answers };
      for (const id of ids) {
        const value = agreeingValue(id, scenario.listing);
        if (value !== undefined) answers[id] = { value, importance: 3 };
      }
      return { ...scenario, answers };
    });
    fc.assert(
      fc.property(withAgreeingDealbreakers, ({ answers, listing: l, ctx }) => {
        const r = scoreListing(answers, l, ctx);
        if (r === null) return;
        const confirmed = confirmedDealbreakers(answers, l);
        const first = r.reasons.slice(0, confirmed.length);
        expect(first.map((x) => x.questionId)).toEqual(confirmed);
        for (const x of first) expect(x.code).toBe(SATISFIED_CODE[x.questionId]);
        // The rest are other questions, at most three of them, as before.
        const rest = r.reasons.slice(confirmed.length);
        for (const x of rest) expect(confirmed, x.questionId).not.toContain(x.questionId);
        expect(rest.length).toBeLessThanOrEqual(3);
        expect(new Set(r.reasons.map((x) => x.questionId)).size).toBe(r.reasons.length);
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(marketArbitrary(), ({ answers, listings, ctx }) => {
        const copy = structuredClone(listings);
        expect(rankListings(answers, copy, ctx)).toEqual(rankListings(answers, listings, ctx));
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('breaks ties stably: any order of the candidates ranks the same', () => {
    fc.assert(
      fc.property(
        marketArbitrary(),
        fc.infiniteStream(fc.nat()),
        ({ answers, listings, ctx }, keys) => {
          const shuffled = listings.map((l) => [keys.next().value as number, l] as const).sort((a, b) => a[0] - b[0]).map(([, l]) => l);
          const ranked = rankListings(answers, listings, ctx);
          expect(rankListings(answers, shuffled, ctx)).toEqual(ranked);
          for (let k = 1; k < ranked.length; k++) {
            const [a, b] = [ranked[k - 1]!, ranked[k]!];
            const order = a.score - b.score || (b.distanceKm ?? 0) - (a.distanceKm ?? 0) || (a.listingId < b.listingId ? 1 : -1);
            expect(order).toBeGreaterThan(0);
          }
        },
      ),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('ranks exactly the listings scoreListing scores, with the same results', () => {
    fc.assert(
      fc.property(marketArbitrary(), ({ answers, listings, ctx }) => {
        const one = listings.map((l) => scoreListing(answers, l, ctx)).filter((r): r is MatchResult => r !== null);
        const ranked = rankListings(answers, listings, ctx);
        expect([...ranked].sort((a, b) => (a.listingId < b.listingId ? -1 : 1))).toEqual(one.sort((a, b) => (a.listingId < b.listingId ? -1 : 1)));
      }),
      RUNS,
    );
  }, TIMEOUT_MS);
});
