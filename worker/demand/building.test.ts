/** "Demand for this building": which pooled seekers fit a property, and the suppressed figures. */
import { describe, expect, it } from 'vitest';
import { type BuildingFacts, type DemandGroup, demandBand, demandForBuilding, fits, shownBuildingDemand } from './building';
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

  it('shows 0–4 as "< 5" and from 5 on the coarse band of the cell-key value, never a number', () => {
    const keys = { households: 77, groups: 3 };
    expect(shownBuildingDemand({ households: 4, groups: 0 }, keys)).toEqual({ households: '< 5', groups: '< 5' });
    // perturb keeps 5 at 5 or more; 40 ± 2 stays in 20–49, 60 ± 2 in 50+.
    expect(shownBuildingDemand({ households: 5, groups: 1 }, keys)).toEqual({ households: '5–9', groups: '< 5' });
    expect(shownBuildingDemand({ households: 40, groups: 60 }, keys)).toEqual({ households: '20–49', groups: '50+' });
  });

  it('decides a band edge on the cell-key value, so the same exact count can land on either side', () => {
    // For n = 10 some key sums shift the value to 8 or 9 (band 5–9), others keep it at 10 or more.
    const bands = new Set(Array.from({ length: 256 }, (_, k) => demandBand(10, k)));
    expect(bands).toEqual(new Set(['5–9', '10–19']));
    for (let k = 0; k < 256; k++) expect(demandBand(10, k)).toBe(perturb(10, k) >= 10 ? '10–19' : '5–9');
  });
});
