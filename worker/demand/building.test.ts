/** "Demand for this building": which pooled seekers fit a property, and the suppressed figures. */
import { describe, expect, it } from 'vitest';
import { type BuildingFacts, type DemandGroup, demandForBuilding, fits, shownBuildingDemand } from './building';
import { perturb } from './cell-key';

const school: BuildingFacts = { legalForm: 'cooperative', equityRequiredCents: 12_000_000, monthlyCostMinCents: null, unitsTotal: 6, freePlaces: 6, barrierFree: false, childrenWelcome: true };
const g = (over: Partial<DemandGroup>): DemandGroup => ({
  seekerType: 'household', householdType: 'couple', legalForms: ['cooperative'], equityBand: '10k-50k', budgetBand: '800-1099', barrierFreeNeed: false, n: 1, ...over,
});

describe('demandForBuilding', () => {
  it('counts households and forming groups that fit, separately', () => {
    const pool = [
      g({ n: 7 }),
      g({ seekerType: 'group', householdType: 'group', n: 3 }),
      g({ legalForms: ['ownership'], n: 10 }), // wrong legal form
      g({ legalForms: [], n: 2 }), // no preference: fits
      g({ barrierFreeNeed: true, n: 4 }), // needs barrier-free: does not fit
      g({ equityBand: 'lt10k', n: 5 }), // 10k < 20k per unit: does not fit
      g({ equityBand: 'unknown', n: 1 }), // unknown equity does not exclude
    ];
    expect(demandForBuilding(school, pool)).toEqual({ households: 10, groups: 3 });
  });

  it('applies children, budget and size rules', () => {
    expect(fits({ ...school, childrenWelcome: false }, g({ householdType: 'family' }))).toBe(false);
    expect(fits({ ...school, monthlyCostMinCents: 90_000 }, g({ budgetBand: '500-799' }))).toBe(false);
    expect(fits({ ...school, monthlyCostMinCents: 90_000 }, g({ budgetBand: '800-1099' }))).toBe(true);
    expect(fits({ ...school, unitsTotal: 2, freePlaces: 2 }, g({ seekerType: 'group', householdType: 'group' }))).toBe(false);
    expect(fits({ ...school, freePlaces: 0 }, g({}))).toBe(false);
    expect(fits({ ...school, barrierFree: true }, g({ barrierFreeNeed: true }))).toBe(true);
  });

  it('shows 1–4 as "< 5", 0 as 0 and 5+ perturbed by its key sum', () => {
    const keys = { households: 77, groups: 3 };
    expect(shownBuildingDemand({ households: 4, groups: 0 }, keys)).toEqual({ households: { kind: 'small' }, groups: { kind: 'value', n: 0 } });
    expect(shownBuildingDemand({ households: 5, groups: 1 }, keys)).toEqual({ households: { kind: 'value', n: perturb(5, 77) }, groups: { kind: 'small' } });
    expect(shownBuildingDemand({ households: 40, groups: 9 }, keys)).toEqual({ households: { kind: 'value', n: perturb(40, 77) }, groups: { kind: 'value', n: perturb(9, 3) } });
  });
});
