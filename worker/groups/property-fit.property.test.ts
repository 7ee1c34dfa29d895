import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGET_BANDS, EQUITY_BANDS, TIMELINES } from '../demand/bands';
import { reasonText, REASON_TEXTS } from '../matching/reasons';
import type { Answers } from '../questionnaire/types';
import { FARMSTEAD_MIN_LAND_SQM, placeKindsOf, propertyFit, type InitiativeForPropertyFit, type PropertyForFit } from './property-fit';

const RUNS = { numRuns: 300 };
const TIMEOUT_MS = 30_000;

const KNOWN_EQUITY = EQUITY_BANDS.filter((b) => b !== 'unknown');
const KNOWN_BUDGET = BUDGET_BANDS.filter((b) => b !== 'unknown');

const propertyArbitrary: fc.Arbitrary<PropertyForFit> = fc
  .record({
    units: fc.integer({ min: 0, max: 14 }),
    free: fc.integer({ min: 0, max: 14 }),
    type: fc.constantFrom('own_flat', 'house', 'cluster_flat', 'shared_flat'),
    settlement: fc.constantFrom('village', 'small_town', 'town'),
    stage: fc.constantFrom('forming', 'planning', 'building', 'occupied'),
    legalForm: fc.constantFrom('cooperative', 'syndicate', 'ownership', 'rental', 'foundation', 'other'),
    price: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60_000_000 })),
    cost: fc.option(fc.integer({ min: 10_000, max: 250_000 })),
    space: fc.option(fc.integer({ min: 50, max: 2_000 })),
    plot: fc.option(fc.integer({ min: 100, max: 12_000 })),
    timeline: fc.option(fc.constantFrom('now', 'lt1y', '1to3y', 'flexible')),
  })
  .map((p) => ({
    id: 'lst_p', settlement: p.settlement, stage: p.stage, legalForm: p.legalForm, unitsTotal: p.units, freePlaces: p.free,
    freeUnits: p.free > 0 ? { [p.type]: p.free } : {}, monthlyCostMinCents: p.cost, equityRequiredCents: p.price,
    livingSpaceMinSqm: p.space, livingSpaceMaxSqm: p.space, plotSqm: p.plot,
    profile: (p.timeline ? { 'where.timeline': { value: p.timeline } } : {}) as Answers,
  }));

const groupArbitrary: fc.Arbitrary<InitiativeForPropertyFit> = fc
  .record({
    households: fc.integer({ min: 1, max: 12 }),
    open: fc.integer({ min: 0, max: 8 }),
    equity: fc.constantFrom(...EQUITY_BANDS),
    low: fc.constantFrom(...BUDGET_BANDS),
    high: fc.constantFrom(...BUDGET_BANDS),
    kinds: fc.subarray(['building', 'farmstead', 'plot']),
    settlements: fc.subarray(['village', 'small_town', 'town']),
    timeline: fc.constantFrom(...TIMELINES),
    legalForms: fc.subarray(['cooperative', 'syndicate', 'ownership', 'rental', 'foundation']),
    forms: fc.subarray(['own_flat', 'cluster_flat', 'shared_flat', 'house']),
  })
  .map((g) => ({
    households: { households: g.households, equityBand: g.equity, budgetMinBand: g.low, budgetMaxBand: g.high },
    openPlaces: g.open,
    seeking: { propertyKinds: g.kinds, settlements: g.settlements, timeline: g.timeline, legalForms: g.legalForms },
    profile: (g.forms.length ? { 'home.forms': { value: g.forms } } : {}) as Answers,
  }));

const capacity = (p: PropertyForFit) => (p.freePlaces > 0 ? p.freePlaces : p.unitsTotal);
const codes = (f: ReturnType<typeof propertyFit>) => [...f.reasons, ...f.watchOuts].map((r) => r.code);

describe('property fit of a forming group (worker/groups/property-fit.ts)', () => {
  it('scores in range, deterministically, with at most three reasons and watch-outs, each with a text in both locales', () => {
    fc.assert(
      fc.property(propertyArbitrary, groupArbitrary, (p, g) => {
        const fit = propertyFit(p, g);
        expect(Number.isInteger(fit.score)).toBe(true);
        expect(fit.score).toBeGreaterThanOrEqual(0);
        expect(fit.score).toBeLessThanOrEqual(100);
        expect(propertyFit(p, g)).toEqual(fit);
        expect(fit.reasons.length).toBeLessThanOrEqual(3);
        expect(fit.watchOuts.length).toBeLessThanOrEqual(3);
        for (const reason of [...fit.reasons, ...fit.watchOuts]) {
          expect(reason.code in REASON_TEXTS, reason.code).toBe(true);
          for (const locale of ['de', 'en'] as const) {
            expect(reasonText(reason, locale)).not.toMatch(/undefined|NaN|Infinity|\[object/);
            expect(reasonText(reason, locale, 'team')).not.toMatch(/undefined|NaN|Infinity|\[object/);
          }
        }
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('more pooled equity never lowers the score', () => {
    fc.assert(
      fc.property(propertyArbitrary, groupArbitrary, fc.integer({ min: 0, max: KNOWN_EQUITY.length - 1 }), fc.integer({ min: 0, max: KNOWN_EQUITY.length - 1 }), (p, g, a, b) => {
        const [less, more] = [Math.min(a, b), Math.max(a, b)];
        const at = (i: number) => propertyFit(p, { ...g, households: { ...g.households, equityBand: KNOWN_EQUITY[i]! } }).score;
        expect(at(more)).toBeGreaterThanOrEqual(at(less));
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('higher budgets never lower the score', () => {
    fc.assert(
      fc.property(propertyArbitrary, groupArbitrary, fc.integer({ min: 0, max: KNOWN_BUDGET.length - 1 }), fc.integer({ min: 0, max: KNOWN_BUDGET.length - 1 }), (p, g, a, b) => {
        const [less, more] = [Math.min(a, b), Math.max(a, b)];
        const at = (i: number) => propertyFit(p, { ...g, households: { ...g.households, budgetMinBand: KNOWN_BUDGET[i]!, budgetMaxBand: KNOWN_BUDGET[KNOWN_BUDGET.length - 1]! } }).score;
        expect(at(more)).toBeGreaterThanOrEqual(at(less));
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('a property with fewer units than the households the group has is never a fit, and says so first', () => {
    fc.assert(
      fc.property(propertyArbitrary, groupArbitrary, (p, g) => {
        const fit = propertyFit(p, g);
        const short = capacity(p) > 0 && capacity(p) < g.households.households;
        expect(fit.fits).toBe(!short);
        if (short) expect(fit.watchOuts[0]).toEqual({ questionId: 'group.units', code: 'units.too_few', params: { units: capacity(p), households: g.households.households } });
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('more units for a group that does not fit yet never lower the score until it fits', () => {
    fc.assert(
      fc.property(propertyArbitrary, groupArbitrary, (p, g) => {
        const cap = capacity(p);
        fc.pre(cap > 0 && cap < g.households.households + g.openPlaces);
        const bigger = { ...p, freePlaces: cap + 1, unitsTotal: Math.max(p.unitsTotal, cap + 1), freeUnits: { own_flat: cap + 1 } };
        const same = { ...p, freePlaces: cap, freeUnits: { own_flat: cap } };
        expect(propertyFit(bigger, g).score).toBeGreaterThanOrEqual(propertyFit(same, g).score);
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('agreeing on settlement, kind of place or legal form never lowers the score', () => {
    fc.assert(
      fc.property(propertyArbitrary, groupArbitrary, (p, g) => {
        const base = propertyFit(p, g).score;
        const kinds = placeKindsOf(p);
        expect(propertyFit(p, { ...g, seeking: { ...g.seeking, settlements: [...g.seeking.settlements, p.settlement] } }).score).toBeGreaterThanOrEqual(base);
        if (kinds && g.seeking.propertyKinds.length > 0) expect(propertyFit(p, { ...g, seeking: { ...g.seeking, propertyKinds: [...g.seeking.propertyKinds, kinds[0]!] } }).score).toBeGreaterThanOrEqual(base);
        if (g.seeking.legalForms.length > 0) expect(propertyFit(p, { ...g, seeking: { ...g.seeking, legalForms: ['cooperative', ...g.seeking.legalForms] } }).score).toBeGreaterThanOrEqual(base);
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('reads the kind of place from the facts: no living space is a plot, a building with much land a farmstead', () => {
    expect(placeKindsOf({ livingSpaceMinSqm: null, livingSpaceMaxSqm: null, plotSqm: 5_200 })).toEqual(['plot']);
    expect(placeKindsOf({ livingSpaceMinSqm: 340, livingSpaceMaxSqm: 340, plotSqm: 3_100 })).toEqual(['farmstead', 'building']);
    expect(placeKindsOf({ livingSpaceMinSqm: 200, livingSpaceMaxSqm: 200, plotSqm: FARMSTEAD_MIN_LAND_SQM - 1 })).toEqual(['building']);
    // A village school with its yard: much land, but only a few times the building.
    expect(placeKindsOf({ livingSpaceMinSqm: 950, livingSpaceMaxSqm: 950, plotSqm: 4_200 })).toEqual(['building']);
    expect(placeKindsOf({ livingSpaceMinSqm: null, livingSpaceMaxSqm: null, plotSqm: null })).toBeNull();
  });

  it('explains the demo farmstead for a three-household co-op group with pooled equity of 50–150k', () => {
    const farmstead: PropertyForFit = {
      id: 'lst_046', settlement: 'village', stage: 'forming', legalForm: 'ownership', unitsTotal: 5, freePlaces: 5, freeUnits: { house: 2, own_flat: 3 },
      monthlyCostMinCents: null, equityRequiredCents: 14_500_000, livingSpaceMinSqm: 340, livingSpaceMaxSqm: 340, plotSqm: 3_100, profile: { 'where.timeline': { value: '1to3y' } },
    };
    const group: InitiativeForPropertyFit = {
      households: { households: 3, equityBand: '50k-150k', budgetMinBand: '500-799', budgetMaxBand: '800-1099' }, openPlaces: 2,
      seeking: { propertyKinds: ['farmstead'], settlements: ['village'], timeline: '1to3y', legalForms: ['cooperative'] }, profile: {},
    };
    const fit = propertyFit(farmstead, group);
    expect(fit.fits).toBe(true);
    expect(fit.reasons.map((r) => r.code)).toEqual(['units.fit', 'place_kind.match', 'property_form.fits']);
    expect(fit.watchOuts.map((r) => r.code)).toEqual(['price.near_equity']);
    expect(reasonText(fit.reasons[0]!, 'de')).toBe('5 Wohneinheiten für Ihre 5 gesuchten Haushalte');
    expect(reasonText(fit.watchOuts[0]!, 'en')).toBe('The price of €145,000 lies within the range of your pooled equity – it may be tight');
    // Seven households found: the same house is too small, whatever else fits.
    const crowd = propertyFit(farmstead, { ...group, households: { ...group.households, households: 7 } });
    expect(crowd.fits).toBe(false);
    expect(codes(crowd)).toContain('units.too_few');
  });
});
