/**
 * "Demand for this building" for one vacant building or plot: the anonymous demand pool of the
 * regions that contain it, grouped by the bands `fits` reads, over the last 12 ISO weeks, then
 * judged by worker/demand/building.ts. Only the suppressed figures leave this module's callers.
 *
 * Which pool counts: demand records belong to the municipality whose region the questionnaire was
 * answered for (`region_organization_id`). A listing draws on every municipality whose region holds
 * its district key or postcode, and a municipality's own listing always on its own records (even a
 * plot just outside its region is offered to its own seekers).
 */
import { isoWeek } from '../demand/bands';
import { demandForBuilding, shownBuildingDemand, type BuildingFacts, type DemandGroup } from '../demand/building';
import type { Shown } from '../dashboard/suppress';

/** How far back the pool reaches: the current ISO week and the 11 before it. */
export const DEMAND_WEEKS = 12;
const WEEK = 7 * 86_400_000;
/** Region ids bound per query: D1 binds at most 100 parameters. */
const MAX_REGIONS = 90;

export interface PropertyFacts extends BuildingFacts {
  organizationId: string;
  districtKey: string;
  postcode: string;
}

export interface PropertyDemand {
  households: Shown;
  groups: Shown;
  /** Names of the municipalities whose pool was counted (none: no region contains the listing). */
  regions: string[];
  fromWeek: string;
}

/** Municipalities whose region contains the listing, plus the listing's own if it is one. */
export async function regionsOf(db: D1Database, l: Pick<PropertyFacts, 'organizationId' | 'districtKey' | 'postcode'>): Promise<{ id: string; name: string }[]> {
  const { results } = await db
    .prepare(
      "SELECT id, name FROM organizations WHERE kind = 'municipality' AND (id = ?1 " +
        'OR EXISTS (SELECT 1 FROM json_each(region_district_keys) WHERE value = ?2) ' +
        'OR EXISTS (SELECT 1 FROM json_each(region_postcodes) WHERE value = ?3)) ORDER BY name, id LIMIT ?4',
    )
    .bind(l.organizationId, l.districtKey, l.postcode, MAX_REGIONS)
    .all<{ id: string; name: string }>();
  return results;
}

/**
 * The pool of the given regions since `fromWeek`, grouped by the fit bands. The filter leads with
 * `region_organization_id IN (…)` and a range on `iso_week`, which is `demand_region_week_idx`.
 */
export async function loadFitGroups(db: D1Database, regionIds: readonly string[], fromWeek: string): Promise<(DemandGroup & { keySum: number })[]> {
  if (regionIds.length === 0) return [];
  const ids = regionIds.slice(0, MAX_REGIONS);
  const { results } = await db
    .prepare(
      `SELECT seeker_type, household_type, legal_forms, equity_band, budget_band, barrier_free_need, count(*) AS n, sum(coalesce(cell_key, 0)) AS k FROM demand_records ` +
        `WHERE region_organization_id IN (${ids.map(() => '?').join(',')}) AND iso_week >= ? ` +
        'GROUP BY seeker_type, household_type, legal_forms, equity_band, budget_band, barrier_free_need',
    )
    .bind(...ids, fromWeek)
    .all<Record<string, unknown>>();
  return results.map((r) => ({
    seekerType: r.seeker_type === 'group' ? 'group' : 'household',
    householdType: String(r.household_type),
    legalForms: JSON.parse(String(r.legal_forms)) as string[],
    equityBand: String(r.equity_band),
    budgetBand: String(r.budget_band),
    barrierFreeNeed: Number(r.barrier_free_need) === 1,
    n: Number(r.n),
    keySum: Number(r.k),
  }));
}

/**
 * @example
 * const d = await propertyDemand(c.env.DB, listing, Date.now()); // { households: { kind: 'small' }, groups: { kind: 'value', n: 7 }, … }
 */
export async function propertyDemand(db: D1Database, listing: PropertyFacts, now: number): Promise<PropertyDemand> {
  const fromWeek = isoWeek(now - (DEMAND_WEEKS - 1) * WEEK);
  const regions = await regionsOf(db, listing);
  const groups = await loadFitGroups(db, regions.map((r) => r.id), fromWeek);
  const keys = demandForBuilding(listing, groups.map((g) => ({ ...g, n: g.keySum })));
  return { ...shownBuildingDemand(demandForBuilding(listing, groups), keys), regions: regions.map((r) => r.name), fromWeek };
}
