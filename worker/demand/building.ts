/**
 * "Demand for this building": how many seekers (households) and forming groups in the anonymous
 * demand pool would fit a vacant building or plot, judged on the bands a demand record keeps.
 * Pure; the counts are shown only as coarse bands (`< 5`, `5–9`, `10–19`, `20–49`, `50+`).
 *
 * A record fits a property when
 *   - it accepts the property's legal form (or named none),
 *   - it needs no barrier-free home, or the property is barrier-free,
 *   - it is not a family, or children are welcome,
 *   - its equity band reaches the property's price per unit (unknown equity does not exclude),
 *   - its budget band reaches the property's lowest monthly cost, when one is given,
 *   - households: the property has a free place; groups: it has room for at least three households.
 */
import { K } from './suppress';
import { perturb } from './cell-key';

export interface BuildingFacts {
  legalForm: string;
  equityRequiredCents: number;
  monthlyCostMinCents: number | null;
  unitsTotal: number;
  freePlaces: number;
  barrierFree: boolean;
  childrenWelcome: boolean;
}

export interface DemandGroup {
  seekerType: 'household' | 'group';
  householdType: string;
  legalForms: string[];
  equityBand: string;
  budgetBand: string;
  barrierFreeNeed: boolean;
  /** Number of demand records with exactly these bands. */
  n: number;
}

/** Upper end of each equity band in cents (what a record can at most bring). */
const EQUITY_CEILING: Record<string, number> = {
  none: 0,
  lt10k: 1_000_000,
  '10k-50k': 5_000_000,
  '50k-150k': 15_000_000,
  gt150k: Number.POSITIVE_INFINITY,
  unknown: Number.POSITIVE_INFINITY,
};
/** Upper end of each monthly budget band in cents. */
export const BUDGET_CEILING: Record<string, number> = {
  '<500': 50_000,
  '500-799': 80_000,
  '800-1099': 110_000,
  '1100-1499': 150_000,
  '1500+': Number.POSITIVE_INFINITY,
  unknown: Number.POSITIVE_INFINITY,
};

/** Smallest number of households a building must house to suit a forming group. */
export const GROUP_MIN_UNITS = 3;

export function fits(b: BuildingFacts, g: Omit<DemandGroup, 'n'>): boolean {
  if (g.legalForms.length > 0 && !g.legalForms.includes(b.legalForm)) return false;
  if (g.barrierFreeNeed && !b.barrierFree) return false;
  if (g.householdType === 'family' && !b.childrenWelcome) return false;
  const perUnit = b.equityRequiredCents / Math.max(1, b.unitsTotal);
  if ((EQUITY_CEILING[g.equityBand] ?? Number.POSITIVE_INFINITY) < perUnit) return false;
  if (b.monthlyCostMinCents !== null && (BUDGET_CEILING[g.budgetBand] ?? Number.POSITIVE_INFINITY) < b.monthlyCostMinCents) return false;
  return g.seekerType === 'group' ? Math.max(b.unitsTotal, b.freePlaces) >= GROUP_MIN_UNITS : b.freePlaces >= 1;
}

export interface BuildingDemand {
  households: number;
  groups: number;
}

/**
 * @example
 * demandForBuilding(property, stats.fitGroups); // { households: 37, groups: 6 }
 */
export function demandForBuilding(b: BuildingFacts, groups: readonly DemandGroup[]): BuildingDemand {
  let households = 0;
  let forming = 0;
  for (const g of groups) {
    if (!fits(b, g)) continue;
    if (g.seekerType === 'group') forming += g.n;
    else households += g.n;
  }
  return { households, groups: forming };
}

/** The coarse bands a building's demand is shown in: never a number that averaging could sharpen. */
export const DEMAND_BANDS = ['< 5', '5–9', '10–19', '20–49', '50+'] as const;
export type DemandBand = (typeof DEMAND_BANDS)[number];
const BAND_FLOORS = [0, 5, 10, 20, 50] as const;

/**
 * The band of one count. Below K (0 included) it is "< 5"; from K on the band is read off the
 * cell-key value (worker/demand/cell-key.ts), not the exact count, so the edge of a band does not
 * pin an exact count either.
 * @example
 * demandBand(12, 345); // '10–19'
 */
export function demandBand(n: number, keySum: number): DemandBand {
  if (n < K) return '< 5';
  const v = perturb(n, keySum);
  let band = 0;
  for (let i = 0; i < BAND_FLOORS.length; i++) if (v >= BAND_FLOORS[i]!) band = i;
  return DEMAND_BANDS[band]!;
}

/**
 * The two figures as shown, each as a band on its own (no total).
 * `keys` is `demandForBuilding` over the same groups with each group's n replaced by its key sum.
 * @example
 * shownBuildingDemand(demandForBuilding(b, groups), demandForBuilding(b, keyGroups)); // { households: '10–19', groups: '< 5' }
 */
export function shownBuildingDemand(d: BuildingDemand, keys: BuildingDemand): { households: DemandBand; groups: DemandBand } {
  return { households: demandBand(d.households, keys.households), groups: demandBand(d.groups, keys.groups) };
}
