/**
 * "Demand for this building" for one vacant building or plot: the anonymous demand pool of the
 * regions that contain it, grouped by the bands `fits` reads, over the last 12 ISO weeks (read from
 * demand_weekly's fit groups), then judged by worker/demand/building.ts. Only the suppressed and
 * perturbed figures leave this module's callers.
 *
 * Which pool counts: demand records belong to the municipality whose region the questionnaire was
 * answered for (`region_organization_id`). A listing draws on every municipality whose region holds
 * its district key or postcode, and a municipality's own listing always on its own records (even a
 * plot just outside its region is offered to its own seekers).
 */
import { coverPeriods } from '../demand/periods';
import { isoWeek } from '../demand/bands';
import { demandForBuilding, shownBuildingDemand, type BuildingFacts, type DemandBand, type DemandGroup } from '../demand/building';

/** How far back the pool reaches: the current ISO week and the 11 before it. */
export const DEMAND_WEEKS = 12;
const WEEK = 7 * 86_400_000;
/** Most regions one listing draws on (a bound on the queries; real listings lie in one or two). */
const MAX_REGIONS = 90;

export interface PropertyFacts extends BuildingFacts {
  id: string;
  status: string;
  organizationId: string;
  districtKey: string;
  postcode: string;
}

export interface PropertyDemand {
  households: DemandBand;
  groups: DemandBand;
  /** Names of the municipalities whose pool was counted (none: not published, or no region shows it). */
  regions: string[];
  fromWeek: string;
}

/**
 * Municipalities whose widget shows the listing: its own, or one whose region contains it and that
 * approved its provider and does not hide it (worker/curation). Demand is never counted for a
 * provider a municipality has not let in: a stranger cannot read a region's demand by drafting.
 */
export async function regionsOf(db: D1Database, l: Pick<PropertyFacts, 'id' | 'organizationId' | 'districtKey' | 'postcode'>): Promise<{ id: string; name: string }[]> {
  const { results } = await db
    .prepare(
      "SELECT o.id, o.name FROM organizations o WHERE o.kind = 'municipality' AND o.suspended_at IS NULL AND (o.id = ?1 OR (" +
        '(EXISTS (SELECT 1 FROM json_each(o.region_district_keys) WHERE value = ?2) OR EXISTS (SELECT 1 FROM json_each(o.region_postcodes) WHERE value = ?3)) ' +
        "AND EXISTS (SELECT 1 FROM region_approvals a WHERE a.municipality_id = o.id AND a.provider_id = ?1 AND a.state = 'approved') " +
        'AND NOT EXISTS (SELECT 1 FROM hidden_listings h WHERE h.municipality_id = o.id AND h.listing_id = ?5))) ORDER BY o.name, o.id LIMIT ?4',
    )
    .bind(l.organizationId, l.districtKey, l.postcode, MAX_REGIONS, l.id)
    .all<{ id: string; name: string }>();
  return results;
}

/**
 * The pool of the given regions from `fromWeek` to `toWeek`, as the fit groups demand_weekly keeps
 * (split by legal form, with their key sums; see worker/dashboard/README.md): the few weeks and
 * blocks that cover the period exactly, one primary-key range each, never the records.
 */
export async function loadFitGroups(db: D1Database, regionIds: readonly string[], fromWeek: string, toWeek: string): Promise<(DemandGroup & { keySum: number })[]> {
  if (regionIds.length === 0) return [];
  const { results } = await db
    .prepare(
      'SELECT key AS k, sum(n) AS n, sum(ksum) AS ks FROM demand_weekly ' +
        "WHERE region_organization_id IN (SELECT value FROM json_each(?1)) AND iso_week IN (SELECT value FROM json_each(?2)) AND dimension = 'fit' GROUP BY key",
    )
    .bind(JSON.stringify(regionIds.slice(0, MAX_REGIONS)), JSON.stringify(coverPeriods(fromWeek, toWeek)))
    .all<{ k: string; n: number; ks: number }>();
  return results.map((r) => {
    const [seekerType, householdType, legalForm, equityBand, budgetBand, barrierFree] = JSON.parse(r.k) as [string, string, string, string, string, number];
    return {
      seekerType: seekerType === 'group' ? 'group' : 'household',
      householdType,
      legalForms: legalForm === '' ? [] : [legalForm],
      equityBand,
      budgetBand,
      barrierFreeNeed: barrierFree === 1,
      n: Number(r.n),
      keySum: Number(r.ks),
    };
  });
}

/**
 * Only for a published listing, from the regions that show it; everything else is "< 5" from none.
 * @example
 * const d = await propertyDemand(c.env.DB, listing, Date.now()); // { households: '< 5', groups: '5–9', … }
 */
export async function propertyDemand(db: D1Database, listing: PropertyFacts, now: number): Promise<PropertyDemand> {
  const fromWeek = isoWeek(now - (DEMAND_WEEKS - 1) * WEEK);
  const regions = listing.status === 'published' ? await regionsOf(db, listing) : [];
  const groups = await loadFitGroups(db, regions.map((r) => r.id), fromWeek, isoWeek(now));
  const keys = demandForBuilding(listing, groups.map((g) => ({ ...g, n: g.keySum })));
  return { ...shownBuildingDemand(demandForBuilding(listing, groups), keys), regions: regions.map((r) => r.name), fromWeek };
}
