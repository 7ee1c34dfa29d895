/**
 * A group's readiness for one vacant property: the municipality's checklist (its criteria for the
 * property, or the defaults) against what the initiative has stated. Pure: the group's manage page,
 * the municipality's shortlist, the dashboard and the fact sheet all show this same list.
 *
 * @example
 * const r = readiness(DEFAULT_CRITERIA, { unitsTotal: 5 }, { households: 3, legalForm: 'cooperative', financingPlan: 'KfW 134 + Direktkredite', contactPerson: 'Anna', customMet: [] });
 * r.ready; // true: 3 households ≥ 3 and ≥ 60 % of 5 units, every stated item present
 */
import type { PropertyReadinessCriteria, ReadinessCustomCriterion } from '../db/schema';

/** The criteria as the table keeps them, without its bookkeeping columns. */
export type ReadinessCriteria = Pick<
  PropertyReadinessCriteria,
  'minHouseholds' | 'minUnitsSharePercent' | 'requireLegalForm' | 'requireFinancingPlan' | 'requireContactPerson' | 'custom'
>;

/** What a municipality asks when it set nothing for a property (issue #15, Hamburg's practice). */
export const DEFAULT_CRITERIA: ReadinessCriteria = {
  minHouseholds: 3,
  minUnitsSharePercent: 60,
  requireLegalForm: true,
  requireFinancingPlan: true,
  requireContactPerson: true,
  custom: [],
};

export interface ReadinessGroup {
  /** Households the group has found (its members' households in aggregate). */
  households: number;
  legalForm: string | null;
  financingPlan: string | null;
  contactPerson: string | null;
  /** Ids of the municipality's own criteria the group says it meets. */
  customMet: string[];
}

export type ReadinessItem =
  | { id: 'households'; met: boolean; have: number; need: number }
  | { id: 'unitsShare'; met: boolean; have: number; need: number; units: number }
  | { id: 'legalForm' | 'financingPlan' | 'contactPerson'; met: boolean }
  | { id: 'custom'; met: boolean; criterion: ReadinessCustomCriterion };

export interface Readiness {
  items: ReadinessItem[];
  met: number;
  total: number;
  ready: boolean;
}

const stated = (s: string | null) => s !== null && s.trim().length > 0;

/**
 * The checklist, in a fixed order. The units share counts households against the property's units
 * (one household per unit); a property without units (a plot) asks only for the household minimum.
 */
export function readiness(criteria: ReadinessCriteria, property: { unitsTotal: number }, group: ReadinessGroup): Readiness {
  const items: ReadinessItem[] = [{ id: 'households', met: group.households >= criteria.minHouseholds, have: group.households, need: criteria.minHouseholds }];
  if (property.unitsTotal > 0 && criteria.minUnitsSharePercent > 0) {
    const need = Math.ceil((property.unitsTotal * criteria.minUnitsSharePercent) / 100);
    items.push({ id: 'unitsShare', met: group.households >= need, have: group.households, need, units: property.unitsTotal });
  }
  if (criteria.requireLegalForm) items.push({ id: 'legalForm', met: stated(group.legalForm) });
  if (criteria.requireFinancingPlan) items.push({ id: 'financingPlan', met: stated(group.financingPlan) });
  if (criteria.requireContactPerson) items.push({ id: 'contactPerson', met: stated(group.contactPerson) });
  for (const criterion of criteria.custom) items.push({ id: 'custom', met: group.customMet.includes(criterion.id), criterion });
  const met = items.filter((i) => i.met).length;
  return { items, met, total: items.length, ready: met === items.length };
}
