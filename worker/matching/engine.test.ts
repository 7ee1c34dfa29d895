import { describe, expect, it } from 'vitest';
import type { Answers } from '../questionnaire/types';
import { catalogueV1 } from '../questionnaire/v1';
import { MIRRORED } from './dimensions';
import { distanceKm, hardFilter, localizeReasons, prepareListings, rankListings, rankPrepared, reasonText, scoreListing } from './engine';
import { REASON_CODES, REASON_TEXTS } from './reasons';
import * as scales from './scales';
import { householdTypes } from './seeker-plan';
import { listing, seeker } from './test-support';
import type { MatchListing, Reason } from './types';

const dealbreaker = (value: Answers[string]['value']) => ({ value, importance: 3 as const });
const filtered = (answers: Answers, l: MatchListing, ctx = {}) => {
  const r = hardFilter(answers, l, ctx);
  return r.ok ? null : r.questionId;
};
const score = (answers: Answers, l: MatchListing, ctx = {}) => scoreListing(answers, l, ctx);
const codes = (reasons: Reason[] | undefined) => (reasons ?? []).map((r) => r.code);

/** A seeker and a listing that agree on everything both sides asked. */
function perfectPair(): { answers: Answers; listing: MatchListing } {
  const answers = seeker({
    'who.ageBands': { value: ['30-44'] },
    'who.pets': { value: 'none' },
    'where.settlement': { value: ['village'] },
    'where.timeline': { value: 'now' },
    'home.forms': { value: ['own_flat'] },
    'money.legalForms': { value: ['cooperative'] },
    'money.maxMonthlyCost': { value: 900, importance: 2 },
    'money.equity': { value: '10k-50k' },
    'money.wbs': { value: false },
    'community.meals': { value: 'weekly', importance: 2 },
    'community.hours': { value: 10 },
    'community.decisions': { value: 'consensus' },
    'community.ageMix': { value: 'multigen' },
    'community.ecology': { value: 'high' },
    'community.carFree': { value: 'open' },
    'community.sharedEconomy': { value: 'no' },
    'needs.barrierFree': { value: false },
    'needs.support': { value: 'offer' },
    'needs.atmosphere': { value: 'balanced' },
    'needs.guests': { value: 'sometimes' },
    'needs.tidiness': { value: 'medium' },
  });
  const profile: Answers = {
    'who.ageBands': { value: ['30-44', '45-64'] },
    'who.householdType': { value: ['couple', 'family'] },
    'where.timeline': { value: 'now' },
    'home.forms': { value: ['own_flat'] },
    'money.wbs': { value: false },
    'community.meals': { value: 'weekly' },
    'community.hours': { value: 8 },
    'community.decisions': { value: 'consensus' },
    'community.ageMix': { value: 'multigen' },
    'community.ecology': { value: 'high' },
    'community.carFree': { value: 'open' },
    'community.sharedEconomy': { value: 'no' },
    'needs.support': { value: 'need' },
    'needs.atmosphere': { value: 'balanced' },
    'needs.guests': { value: 'sometimes' },
    'needs.tidiness': { value: 'medium' },
  };
  return { answers, listing: listing({ settlement: 'village', profile }) };
}

describe('distanceKm', () => {
  it('is the haversine great-circle distance', () => {
    expect(distanceKm(0, 0, 0, 1)).toBeCloseTo(111.195, 2);
    // Görlitz → Zittau, about 31 km
    expect(distanceKm(51.1529, 14.9885, 50.8964, 14.8072)).toBeGreaterThan(30);
    expect(distanceKm(51.1529, 14.9885, 50.8964, 14.8072)).toBeLessThan(32);
    expect(distanceKm(51, 14.8, 51, 14.8)).toBe(0);
  });
});

describe('hard filters', () => {
  it('sends groups to properties and households (or the undecided) to projects', () => {
    const group = seeker({ 'who.seekerType': { value: 'group' } });
    expect(filtered(group, listing({ kind: 'project' }))).toBe('who.seekerType');
    expect(filtered(group, listing({ kind: 'property', freePlaces: 0 }))).toBeNull();
    expect(filtered(seeker(), listing({ kind: 'property' }))).toBe('who.seekerType');
    expect(filtered({ 'who.adults': { value: 1 } }, listing({ kind: 'project' }))).toBeNull();
  });

  it('drops listings outside the search radius', () => {
    const ctx = { target: { lat: 51.0, lon: 14.8, radiusKm: 10 } };
    expect(filtered(seeker(), listing({ lat: 51.05 }), ctx)).toBeNull(); // ~5.6 km
    expect(filtered(seeker(), listing({ lat: 51.2 }), ctx)).toBe('where.radiusKm'); // ~22 km
    expect(filtered(seeker(), listing({ lat: Number.NaN }), ctx)).toBe('where.radiusKm');
  });

  it('needs a free place in a project, not in a property', () => {
    expect(filtered(seeker(), listing({ freePlaces: 0 }))).toBe('who.adults');
    expect(filtered(seeker({ 'who.seekerType': { value: 'group' } }), listing({ kind: 'property', freePlaces: 0 }))).toBeNull();
  });

  it("respects the project's children and pets rules", () => {
    expect(filtered(seeker({ 'who.children': { value: 1 } }), listing({ childrenWelcome: false }))).toBe('who.children');
    expect(filtered(seeker({ 'who.children': { value: 1 } }), listing({ childrenWelcome: true }))).toBeNull();
    expect(filtered(seeker({ 'who.pets': { value: 'dog' } }), listing({ petsAllowed: 'small' }))).toBe('who.pets');
    expect(filtered(seeker({ 'who.pets': { value: 'dog' } }), listing({ petsAllowed: 'dog' }))).toBeNull();
    expect(filtered(seeker({ 'who.pets': { value: 'small' } }), listing({ petsAllowed: 'none' }))).toBe('who.pets');
    expect(filtered(seeker({ 'who.pets': { value: 'small' } }), listing({ petsAllowed: 'dog' }))).toBeNull();
    expect(filtered(seeker({ 'who.pets': { value: 'none' } }), listing({ petsAllowed: 'none' }))).toBeNull();
  });

  it("requires a project's equity share within the seeker's band, but only scores a property's price", () => {
    const project = listing({ equityRequiredCents: 2_000_000 }); // 20,000 €
    expect(filtered(seeker({ 'money.equity': { value: 'lt10k' } }), project)).toBe('money.equity');
    expect(filtered(seeker({ 'money.equity': { value: '10k-50k' } }), project)).toBeNull();
    expect(filtered(seeker(), project)).toBeNull(); // unanswered: not clearly short
    const group = seeker({ 'who.seekerType': { value: 'group' }, 'money.equity': { value: '10k-50k' } });
    const property = listing({ kind: 'property', freePlaces: 0, equityRequiredCents: 30_000_000 });
    expect(filtered(group, property)).toBeNull();
    expect(codes(score(group, property)?.watchOuts)).toContain('price.over_equity');
  });

  describe("the seeker's dealbreakers", () => {
    it('barrier-free', () => {
      const answers = seeker({ 'needs.barrierFree': dealbreaker(true) });
      expect(filtered(answers, listing({ barrierFree: false }))).toBe('needs.barrierFree');
      expect(filtered(answers, listing({ barrierFree: true }))).toBeNull();
      // Not needing it as a "dealbreaker" asks nothing.
      expect(filtered(seeker({ 'needs.barrierFree': dealbreaker(false) }), listing({ barrierFree: false }))).toBeNull();
    });

    it('monthly budget, including an unknown cost', () => {
      const answers = seeker({ 'money.maxMonthlyCost': dealbreaker(700) });
      expect(filtered(answers, listing({ monthlyCostMinCents: 70_000 }))).toBeNull();
      expect(filtered(answers, listing({ monthlyCostMinCents: 70_001 }))).toBe('money.maxMonthlyCost');
      expect(filtered(answers, listing({ monthlyCostMinCents: null }))).toBe('money.maxMonthlyCost');
    });

    it('legal forms and settlement', () => {
      const answers = seeker({ 'money.legalForms': dealbreaker(['cooperative', 'syndicate']), 'where.settlement': dealbreaker(['village']) });
      expect(filtered(answers, listing({ legalForm: 'syndicate', settlement: 'village' }))).toBeNull();
      expect(filtered(answers, listing({ legalForm: 'ownership', settlement: 'village' }))).toBe('money.legalForms');
      expect(filtered(answers, listing({ legalForm: 'other', settlement: 'village' }))).toBe('money.legalForms');
      expect(filtered(answers, listing({ legalForm: 'cooperative', settlement: 'town' }))).toBe('where.settlement');
    });

    it('home forms from the profile or the free units', () => {
      const answers = seeker({ 'home.forms': dealbreaker(['cluster_flat']) });
      expect(filtered(answers, listing())).toBe('home.forms'); // the listing did not say
      expect(filtered(answers, listing({ profile: { 'home.forms': { value: ['own_flat'] } } }))).toBe('home.forms');
      expect(filtered(answers, listing({ profile: { 'home.forms': { value: ['own_flat', 'cluster_flat'] } } }))).toBeNull();
      expect(filtered(answers, listing({ freeUnits: { cluster_flat: 1 } }))).toBeNull();
      expect(filtered(answers, listing({ freeUnits: { cluster_flat: 0 } }))).toBe('home.forms');
    });

    it('community and needs answers must agree; an unanswered profile does not', () => {
      const answers = seeker({ 'community.meals': dealbreaker('weekly') });
      expect(filtered(answers, listing())).toBe('community.meals');
      expect(filtered(answers, listing({ profile: { 'community.meals': { value: 'daily' } } }))).toBe('community.meals');
      expect(filtered(answers, listing({ profile: { 'community.meals': { value: 'weekly' } } }))).toBeNull();
      const anyWay = seeker({ 'community.decisions': dealbreaker('any') });
      expect(filtered(anyWay, listing())).toBeNull();
      const consensus = seeker({ 'community.decisions': dealbreaker('consensus') });
      expect(filtered(consensus, listing({ profile: { 'community.decisions': { value: 'any' } } }))).toBeNull();
      expect(filtered(consensus, listing({ profile: { 'community.decisions': { value: 'sociocracy' } } }))).toBe('community.decisions');
    });

    it('timeline: flexible fits every listing; the stage stands in for an unanswered timeline', () => {
      const now = seeker({ 'where.timeline': dealbreaker('now') });
      expect(filtered(now, listing({ stage: 'occupied' }))).toBeNull();
      expect(filtered(now, listing({ stage: 'planning' }))).toBe('where.timeline');
      expect(filtered(now, listing({ stage: 'planning', profile: { 'where.timeline': { value: 'now' } } }))).toBeNull();
      expect(filtered(seeker({ 'where.timeline': dealbreaker('flexible') }), listing({ stage: 'forming' }))).toBeNull();
    });

    it('participation hours: the project may not expect more', () => {
      const answers = seeker({ 'community.hours': dealbreaker(6) });
      expect(filtered(answers, listing({ profile: { 'community.hours': { value: 6 } } }))).toBeNull();
      expect(filtered(answers, listing({ profile: { 'community.hours': { value: 8 } } }))).toBe('community.hours');
    });
  });

  describe("the project's dealbreakers", () => {
    it('household types', () => {
      const families = listing({ profile: { 'who.householdType': dealbreaker(['family']) } });
      expect(filtered(seeker(), families)).toBe('who.householdType');
      expect(filtered(seeker({ 'who.children': { value: 2 } }), families)).toBeNull();
      const seniors = listing({ profile: { 'who.householdType': dealbreaker(['senior']) } });
      expect(filtered(seeker({ 'who.ageBands': { value: ['65+'] } }), seniors)).toBeNull();
      expect(filtered(seeker({ 'who.ageBands': { value: ['45-64', '65+'] } }), seniors)).toBe('who.householdType');
    });

    it('age bands, only when the seeker said', () => {
      const young = listing({ profile: { 'who.ageBands': dealbreaker(['u30']) } });
      expect(filtered(seeker({ 'who.ageBands': { value: ['45-64'] } }), young)).toBe('who.ageBands');
      expect(filtered(seeker({ 'who.ageBands': { value: ['u30', '45-64'] } }), young)).toBeNull();
      expect(filtered(seeker(), young)).toBeNull();
    });

    it('minimum participation hours, only when the seeker said', () => {
      const busy = listing({ profile: { 'community.hours': dealbreaker(12) } });
      expect(filtered(seeker({ 'community.hours': { value: 4 } }), busy)).toBe('community.hours');
      expect(filtered(seeker({ 'community.hours': { value: 12 } }), busy)).toBeNull();
      expect(filtered(seeker(), busy)).toBeNull();
    });

    it('WBS for subsidised flats and mirrored preferences', () => {
      const subsidised = listing({ profile: { 'money.wbs': dealbreaker(true) } });
      expect(filtered(seeker({ 'money.wbs': { value: false } }), subsidised)).toBe('money.wbs');
      expect(filtered(seeker({ 'money.wbs': { value: true } }), subsidised)).toBeNull();
      const quiet = listing({ profile: { 'needs.atmosphere': dealbreaker('quiet') } });
      expect(filtered(seeker({ 'needs.atmosphere': { value: 'lively' } }), quiet)).toBe('needs.atmosphere');
      expect(filtered(seeker({ 'needs.atmosphere': { value: 'quiet' } }), quiet)).toBeNull();
    });
  });
});

describe('fits', () => {
  it('cost: full within budget, linear down to 0 at 30 % over', () => {
    expect(scales.costFit(65_000, 90_000)).toBe(1);
    expect(scales.costFit(90_000, 90_000)).toBe(1);
    expect(scales.costFit(115_000, 100_000)).toBeCloseTo(0.5);
    expect(scales.costFit(130_000, 100_000)).toBe(0);
    expect(scales.costFit(200_000, 100_000)).toBe(0);
  });

  it('equity: full when the band covers it, smooth beyond', () => {
    const band = scales.EQUITY_BANDS.indexOf('10k-50k');
    expect(scales.equityFit(1_000_000, band)).toBe(1);
    expect(scales.equityFit(3_000_000, band)).toBeCloseTo(0.875);
    expect(scales.equityFit(5_000_000, band)).toBeCloseTo(0.75);
    expect(scales.equityFit(10_000_000, band)).toBeCloseTo(0.375);
    expect(scales.equityFit(1, scales.EQUITY_BANDS.indexOf('none'))).toBe(0);
  });

  it('distance: 1 at the centre, 0.5 at the edge', () => {
    expect(scales.distanceFit(0, 25)).toBe(1);
    expect(scales.distanceFit(25, 25)).toBe(0.5);
    expect(scales.distanceFit(12.5, 25)).toBe(0.75);
  });

  it('hours and household size: the share covered', () => {
    expect(scales.hoursFit(10, 8)).toBe(1);
    expect(scales.hoursFit(4, 8)).toBe(0.5);
    expect(scales.sizeFit(3, 2)).toBe(1);
    expect(scales.sizeFit(1, 4)).toBe(0.25);
  });

  it('ordinal scales fit 1 − |Δ|/range, "open" half-way, "any" everything', () => {
    const fit = (code: string, a: string, b: string) => {
      const dim = MIRRORED.find((d) => d.code === code)!;
      return dim.fit[dim.values.indexOf(a) * dim.values.length + dim.values.indexOf(b)];
    };
    expect(fit('meals', 'weekly', 'daily')).toBeCloseTo(2 / 3);
    expect(fit('meals', 'none', 'daily')).toBe(0);
    expect(fit('car_free', 'yes', 'open')).toBe(0.5);
    expect(fit('car_free', 'yes', 'no')).toBe(0);
    expect(fit('timeline', 'now', 'lt1y')).toBe(0.5);
    expect(fit('timeline', 'now', 'flexible')).toBe(1);
    expect(fit('decisions', 'majority', 'any')).toBe(1);
    expect(fit('decisions', 'consensus', 'sociocracy')).toBe(0.5);
    expect(fit('age_mix', 'multigen', 'similar')).toBe(0);
    expect(fit('support', 'need', 'offer')).toBe(1);
    expect(fit('support', 'need', 'none')).toBe(0);
  });

  it('household types are a set derived from the answers', () => {
    const bit = (t: (typeof scales.HOUSEHOLD_TYPES)[number]) => 1 << scales.HOUSEHOLD_TYPES.indexOf(t);
    expect(householdTypes(seeker())).toBe(bit('couple'));
    expect(householdTypes(seeker({ 'who.adults': { value: 1 } }))).toBe(bit('single'));
    expect(householdTypes(seeker({ 'who.children': { value: 1 } }))).toBe(bit('family'));
    expect(householdTypes(seeker({ 'who.ageBands': { value: ['65+'] } }))).toBe(bit('couple') | bit('senior'));
    expect(householdTypes(seeker({ 'who.seekerType': { value: 'group' } }))).toBe(bit('group'));
    expect(householdTypes({})).toBe(scales.UNKNOWN);
  });

  it('agreeing beats disagreeing, and weight makes it count more', () => {
    const daily = listing({ profile: { 'community.meals': { value: 'daily' } } });
    const weekly = listing({ profile: { 'community.meals': { value: 'weekly' } } });
    const wants = (importance: 0 | 1 | 2) => seeker({ 'community.meals': { value: 'weekly', importance } });
    expect(score(wants(1), weekly)!.seekerFit).toBeGreaterThan(score(wants(1), daily)!.seekerFit);
    const gap = (i: 0 | 1 | 2) => score(wants(i), weekly)!.seekerFit - score(wants(i), daily)!.seekerFit;
    expect(gap(2)).toBeGreaterThan(gap(1));
    expect(gap(0)).toBe(0);
  });
});

describe('scores and neutrality', () => {
  it('is neutral (50) when nobody answered anything', () => {
    const r = score({}, listing())!;
    expect([r.seekerFit, r.projectFit, r.score]).toEqual([50, 50, 50]);
  });

  it('reaches 100 only when both sides answered and agree', () => {
    const { answers, listing: l } = perfectPair();
    const ctx = { target: { lat: l.lat, lon: l.lon, radiusKm: 25 } };
    const perfect = score(answers, l, ctx)!;
    expect([perfect.seekerFit, perfect.projectFit, perfect.score]).toEqual([100, 100, 100]);
    const { 'community.meals': _dropped, ...profile } = l.profile;
    const unanswered = score(answers, { ...l, profile }, ctx)!;
    expect(unanswered.seekerFit).toBeLessThan(100);
    expect(unanswered.projectFit).toBeLessThan(100);
    // Unanswered by the seeker: neutral on both sides, not a free 100.
    const { 'community.meals': _mine, ...fewer } = answers;
    expect(score(fewer, l, ctx)!.seekerFit).toBeLessThan(100);
    expect(score(fewer, l, ctx)!.projectFit).toBeLessThan(100);
  });

  it('combines the two sides as round(100 · √(seekerFit · projectFit))', () => {
    const r = score(seeker({ 'community.meals': { value: 'weekly', importance: 2 } }), listing({ profile: { 'community.meals': { value: 'daily', importance: 2 } } }))!;
    expect(Math.abs(r.score - 100 * Math.sqrt((r.seekerFit / 100) * (r.projectFit / 100)))).toBeLessThanOrEqual(1);
  });

  it('a one-sided match ranks low', () => {
    const { answers, listing: l } = perfectPair();
    const picky: MatchListing = {
      ...l,
      profile: {
        ...l.profile,
        'who.householdType': { value: ['single'], importance: 2 },
        'who.ageBands': { value: ['u30'], importance: 2 },
        'money.wbs': { value: true, importance: 2 },
      },
    };
    const r = score(answers, picky)!;
    expect(r.seekerFit).toBeGreaterThan(90);
    expect(r.projectFit).toBeLessThan(70);
    expect(r.score).toBeLessThan((r.seekerFit + r.projectFit) / 2 - 1);
  });

  it('maps each stage to a move-in timeline when the profile lacks one', () => {
    const expected = { occupied: 'now', building: 'lt1y', planning: '1to3y', forming: '1to3y' } as const;
    for (const [stage, timeline] of Object.entries(expected)) {
      for (const wanted of ['now', 'lt1y', '1to3y'] as const) {
        const verdict = filtered(seeker({ 'where.timeline': dealbreaker(wanted) }), listing({ stage: stage as MatchListing['stage'] }));
        expect(verdict, `${stage} / ${wanted}`).toBe(wanted === timeline ? null : 'where.timeline');
      }
    }
  });

  it('uses the stage for the timeline when the profile lacks it', () => {
    const answers = seeker({ 'where.timeline': { value: 'now', importance: 2 } });
    expect(score(answers, listing({ stage: 'occupied' }))!.seekerFit).toBeGreaterThan(score(answers, listing({ stage: 'forming' }))!.seekerFit);
  });
});

describe('reasons', () => {
  it('names the strongest agreements, best first, at most three', () => {
    const { answers, listing: l } = perfectPair();
    const r = score(answers, l, { target: { lat: l.lat, lon: l.lon, radiusKm: 25 } })!;
    expect(r.reasons.length).toBe(3);
    // Budget and meals were "sehr wichtig" (weight 3): they lead, in catalogue order.
    expect(codes(r.reasons).slice(0, 2)).toEqual(['cost.within_budget', 'meals.same']);
    expect(r.reasons[0]).toEqual({ questionId: 'money.maxMonthlyCost', code: 'cost.within_budget', params: { cost: 650, budget: 900 } });
    expect(r.watchOuts).toEqual([]);
  });

  describe("confirms the seeker's dealbreakers first", () => {
    // Three "sehr wichtig" agreements that come earlier in the catalogue than barrier-free.
    const wheelchairUser = (importance: 2 | 3) =>
      seeker({
        'where.settlement': { value: ['village'], importance: 2 },
        'money.maxMonthlyCost': { value: 900, importance: 2 },
        'community.meals': { value: 'weekly', importance: 2 },
        'needs.barrierFree': { value: true, importance },
      });
    const barrierFreeHome = listing({ settlement: 'village', barrierFree: true, profile: { 'community.meals': { value: 'weekly' } } });

    it('a wheelchair user reads first that the home is barrier-free, then the other reasons as before', () => {
      const r = score(wheelchairUser(3), barrierFreeHome)!;
      expect(r.reasons[0]).toEqual({ questionId: 'needs.barrierFree', code: 'barrier_free.yes' });
      expect(codes(r.reasons)).toEqual(['barrier_free.yes', 'settlement.match', 'cost.within_budget', 'meals.same']);
      // Merely "sehr wichtig", it ties with the others and loses on catalogue order, as before.
      expect(codes(score(wheelchairUser(2), barrierFreeHome)!.reasons)).toEqual(['settlement.match', 'cost.within_budget', 'meals.same']);
    });

    it('names every dealbreaker once, in catalogue order, before the other reasons', () => {
      const answers = seeker({
        'needs.barrierFree': dealbreaker(true),
        'money.maxMonthlyCost': dealbreaker(900),
        'where.settlement': dealbreaker(['village']),
        'community.meals': { value: 'weekly', importance: 2 },
        'needs.atmosphere': { value: 'quiet', importance: 2 },
        'needs.tidiness': { value: 'tidy', importance: 2 },
        'community.ecology': { value: 'high', importance: 2 },
      });
      const l = listing({
        settlement: 'village',
        barrierFree: true,
        profile: { 'community.meals': { value: 'weekly' }, 'needs.atmosphere': { value: 'quiet' }, 'needs.tidiness': { value: 'tidy' }, 'community.ecology': { value: 'high' } },
      });
      const r = score(answers, l)!;
      expect(codes(r.reasons)).toEqual(['settlement.match', 'cost.within_budget', 'barrier_free.yes', 'meals.same', 'ecology.same', 'atmosphere.same']);
      expect(new Set(r.reasons.map((x) => x.questionId)).size).toBe(r.reasons.length);
      // The same in a ranking, with and without a limit.
      expect(rankListings(answers, [l, listing({ id: 'x' })], {}, { limit: 1 })[0]!.reasons).toEqual(r.reasons);
      expect(rankListings(answers, [l], {})[0]!.reasons).toEqual(r.reasons);
    });

    it('does not claim agreement where the listing only has no preference', () => {
      const answers = seeker({ 'community.decisions': dealbreaker('consensus'), 'community.meals': { value: 'weekly', importance: 2 } });
      const r = score(answers, listing({ profile: { 'community.decisions': { value: 'any' }, 'community.meals': { value: 'weekly' } } }))!;
      expect(codes(r.reasons)).not.toContain('decisions.same');
      expect(codes(r.reasons)[0]).toBe('meals.same');
      const agreeing = score(answers, listing({ profile: { 'community.decisions': { value: 'consensus' }, 'community.meals': { value: 'weekly' } } }))!;
      expect(codes(agreeing.reasons)).toEqual(['decisions.same', ...codes(r.reasons)]);
    });
  });

  it('gives up to two watch-outs, the weightiest first, from either side', () => {
    const answers = seeker({
      'money.maxMonthlyCost': { value: 500, importance: 2 },
      'community.meals': { value: 'none', importance: 1 },
      'needs.atmosphere': { value: 'quiet', importance: 1 },
    });
    const l = listing({
      monthlyCostMinCents: 80_000,
      profile: { 'community.meals': { value: 'daily' }, 'needs.atmosphere': { value: 'lively' }, 'community.hours': { value: 20, importance: 2 } },
    });
    const r = score({ ...answers, 'community.hours': { value: 2 } }, l)!;
    expect(r.watchOuts.length).toBe(2);
    expect(codes(r.watchOuts)).toEqual(['cost.over_budget', 'project.wants_hours']);
    expect(r.watchOuts[1]!.params).toEqual({ expected: 20, hours: 2 });
  });

  it('does not praise a "no preference" or an unneeded feature', () => {
    const answers = seeker({ 'community.decisions': { value: 'any', importance: 2 }, 'needs.barrierFree': { value: false, importance: 2 } });
    const r = score(answers, listing({ barrierFree: true, profile: { 'community.decisions': { value: 'majority' } } }))!;
    expect(codes(r.reasons)).not.toContain('decisions.same');
    expect(codes(r.reasons)).not.toContain('barrier_free.yes');
  });

  it('reads naturally in German and English', () => {
    const within: Reason = { questionId: 'money.maxMonthlyCost', code: 'cost.within_budget', params: { cost: 650, budget: 900 } };
    expect(reasonText(within, 'de')).toBe('Monatliche Kosten ab 650 € liegen in Ihrem Budget von 900 €');
    expect(reasonText(within, 'en')).toBe('Monthly costs from €650 are within your budget of €900');
    const over: Reason = { questionId: 'money.maxMonthlyCost', code: 'cost.over_budget', params: { cost: 1250, budget: 1000 } };
    expect(reasonText(over, 'de')).toBe('Monatliche Kosten ab 1.250 € liegen über Ihrem Budget von 1.000 €');
    expect(reasonText(over, 'en')).toBe('Monthly costs from €1,250 are above your budget of €1,000');
    const near: Reason = { questionId: 'where.postcode', code: 'distance.near', params: { km: 3.2 } };
    expect(reasonText(near, 'de')).toBe('Nur 3,2 km von Ihrem Wunschort entfernt');
    const meals: Reason = { questionId: 'community.meals', code: 'meals.same', params: { value: 'weekly', wanted: 'weekly' } };
    expect(reasonText(meals, 'de')).toBe('Gemeinsame Mahlzeiten: wöchentlich – wie Sie es sich wünschen');
    expect(reasonText(meals, 'en')).toBe('Shared meals: weekly – just as you wish');
    expect(localizeReasons([near], 'en')).toEqual([{ ...near, text: 'Only 3.2 km from where you would like to live' }]);
    expect(reasonText(meals, 'de', 'team')).toBe('Gemeinsame Mahlzeiten: wöchentlich – wie es sich die suchende Person wünscht');
    expect(localizeReasons([near], 'en', 'team')).toEqual([{ ...near, text: 'Your project is only 3.2 km from where they would like to live' }]);
  });

  it('has a text for every code in both locales', () => {
    const questionOfCode = new Map(MIRRORED.map((d) => [d.code, d.questionId]));
    for (const code of REASON_CODES) {
      const questionId = questionOfCode.get(code.split('.')[0]!) ?? 'community.meals';
      const option = catalogueV1.questions.find((q) => q.id === questionId)?.options?.[0]?.value ?? 'none';
      const params = {
        cost: 650, budget: 900, km: 3.2, places: 2, persons: 3, pets: 'dog', type: 'family', band: '30-44', settlement: 'village',
        form: 'own_flat', legalForm: 'other', amount: 20_000, timeline: 'now', expected: 10, hours: 5, value: option, wanted: option,
        // The property fit of a forming group (worker/groups/property-fit.ts).
        units: 5, households: 3, kind: 'farmstead', offered: 'ownership',
      };
      for (const locale of ['de', 'en'] as const) {
        expect(REASON_TEXTS[code][locale], `${code} ${locale}`).toBeTypeOf('function');
        const text = reasonText({ questionId, code, params }, locale);
        expect(text.length, `${code} ${locale}`).toBeGreaterThan(10);
        expect(text, `${code} ${locale}`).not.toMatch(/undefined|NaN|\[object|\{|\}/);
        // The team's inbox reads the same facts from the project's side, never addressed to the seeker.
        const team = reasonText({ questionId, code, params }, locale, 'team');
        expect(team, `${code} ${locale} team`).not.toBe(text);
        expect(team, `${code} ${locale} team`).not.toMatch(/undefined|NaN|\[object|\{|\}/);
        expect(team, `${code} ${locale} team`).not.toMatch(locale === 'de' ? /wie Sie es sich|Ihr Wunsch|Ihrem Budget|Ihr Eigenkapital|Ihren Haushalt|Ihrer Altersgruppe|Ihre Wunschmodelle/ : /just as you wish|you would like|your budget|your equity|your household|your age group/i);
      }
    }
    // An unknown code falls back to the question's label rather than failing.
    expect(reasonText({ questionId: 'community.meals', code: 'no.such_code' }, 'de')).toBe('Gemeinsame Mahlzeiten');
  });
});

describe('scales follow the catalogue', () => {
  const options = (id: string) => catalogueV1.questions.find((q) => q.id === id)?.options?.map((o) => o.value);
  it('lists exactly the catalogue options, in meaningful order', () => {
    expect(options('who.pets')).toEqual([...scales.PETS]);
    expect(options('who.ageBands')).toEqual([...scales.AGE_BANDS]);
    expect(options('who.householdType')).toEqual([...scales.HOUSEHOLD_TYPES]);
    expect(options('who.seekerType')).toEqual([...scales.SEEKER_TYPES]);
    expect(options('where.settlement')).toEqual([...scales.SETTLEMENTS]);
    expect(options('where.timeline')).toEqual([...scales.TIMELINES]);
    expect(options('home.forms')).toEqual([...scales.HOME_FORMS]);
    expect(options('money.legalForms')).toEqual(scales.LEGAL_FORMS.filter((f) => f !== 'other'));
    expect(options('money.equity')).toEqual([...scales.EQUITY_BANDS]);
    for (const dim of MIRRORED) expect(options(dim.questionId), dim.questionId).toEqual([...dim.values]);
  });
});

describe('ranking', () => {
  const ctx = { target: { lat: 51.0, lon: 14.8, radiusKm: 50 } };

  it('sorts by score, then distance, then id', () => {
    const good = { 'community.meals': { value: 'weekly' as const } };
    const bad = { 'community.meals': { value: 'none' as const } };
    const listings = [
      listing({ id: 'c', lat: 51.1, profile: good }),
      listing({ id: 'b', lat: 51.1, profile: good }),
      listing({ id: 'a', lat: 51.2, profile: good }),
      listing({ id: 'z', lat: 51.1, profile: bad }),
      listing({ id: 'far', lat: 52.0, profile: good }),
    ];
    const answers = seeker({ 'community.meals': { value: 'weekly', importance: 2 } });
    const ranked = rankListings(answers, listings, ctx);
    expect(ranked.map((r) => r.listingId)).toEqual(['b', 'c', 'a', 'z']);
    expect(ranked[0]!.distanceKm).toBeCloseTo(distanceKm(51.0, 14.8, 51.1, 14.8), 9);
    expect(rankListings(answers, listings, ctx, { limit: 2 }).map((r) => r.listingId)).toEqual(['b', 'c']);
    expect(rankListings(answers, listings, ctx, { limit: 0 })).toEqual([]);
    expect(rankListings(answers, [], ctx)).toEqual([]);
  });

  it('without a target sorts ties by id and reports no distance', () => {
    const ranked = rankListings(seeker(), [listing({ id: 'b' }), listing({ id: 'a' })], {});
    expect(ranked.map((r) => [r.listingId, r.distanceKm])).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });

  it('ranks prepared listings exactly like plain ones', () => {
    const { answers, listing: l } = perfectPair();
    const listings = [l, listing({ id: 'x' }), listing({ id: 'y', kind: 'property' })];
    expect(rankPrepared(answers, prepareListings(listings), ctx)).toEqual(rankListings(answers, listings, ctx));
  });
});
