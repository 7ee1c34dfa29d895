/**
 * "Demand for this building": how many seekers (households) and forming groups in the anonymous
 * demand pool would fit a vacant building or plot, judged on the bands a demand record keeps.
 * Pure; the counts go through small-cell suppression (`< 5`) before anyone sees them.
 *
 * A record fits a property when
 *   - it accepts the property's legal form (or named none),
 *   - it needs no barrier-free home, or the property is barrier-free,
 *   - it is not a family, or children are welcome,
 *   - its equity band reaches the property's price per unit (unknown equity does not exclude),
 *   - its budget band reaches the property's lowest monthly cost, when one is given,
 *   - households: the property has a free place; groups: it has room for at least three households.
 */
import type { Shown } from '../dashboard/suppress';
import { shownCount } from './cell-key';

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
const BUDGET_CEILING: Record<string, number> = {
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

/**
 * The two figures as shown: each on its own (no total), so "< 5" alone protects them; from 5 on
 * perturbed by the cell-key method (worker/demand/cell-key.ts), so that comparing two buildings, or
 * one building before and after an edit, does not give away a small count.
 * `keys` is `demandForBuilding` over the same groups with each group's n replaced by its key sum.
 * @example
 * shownBuildingDemand(demandForBuilding(b, groups), demandForBuilding(b, keyGroups));
 */
export function shownBuildingDemand(d: BuildingDemand, keys: BuildingDemand): { households: Shown; groups: Shown } {
  return { households: shownCount(d.households, keys.households), groups: shownCount(d.groups, keys.groups) };
}
