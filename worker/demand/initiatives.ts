/**
 * The dashboard's figures on forming groups (initiatives) of a region: how many are forming, the
 * households in them, the households they still seek, and per vacant property how many declared
 * interest and how many of those are ready by the property's criteria (worker/groups/readiness.ts).
 * Raw counts with their cell-key sums; dashboard/tables.ts suppresses and perturbs them like every
 * other count (an initiative's key comes from its random UUID, as a contact request's does; its
 * households and places each count with that key).
 */
import type { InitiativeHouseholds } from '../db/json';
import { DEFAULT_CRITERIA, readiness, type ReadinessCriteria } from '../groups/readiness';
import { requestKey } from './cell-key';

/** A count and the sum of its members' cell keys. */
export interface KeyedCount {
  n: number;
  key: number;
}

export interface InitiativeFigures {
  /** Open (confirmed, not closed) initiatives of the region. */
  forming: KeyedCount;
  /** Households in those initiatives. */
  households: KeyedCount;
  /** Households they still seek (their open places). */
  sought: KeyedCount;
  /** Per property listing id: live interests and how many of those groups are ready. */
  properties: Record<string, { interested: KeyedCount; ready: KeyedCount }>;
}

export const INITIATIVE_ROWS = ['forming', 'households', 'sought'] as const;

/** One row: the region's open initiatives in sums (count, households, open places, each with its key sum). */
export const initiativesStatement = (db: D1Database, organizationId: string) =>
  db
    .prepare(
      "SELECT id, CAST(coalesce(json_extract(households, '$.households'), 0) AS INTEGER) AS hh, open_places AS op FROM initiatives WHERE region_organization_id = ? AND state = 'open' LIMIT 5000",
    )
    .bind(organizationId);

/**
 * The live interests in the published properties of the region (`where` over listings `l`, as the
 * dashboard's other listing queries), with what readiness needs: the property's units and criteria,
 * the group's households and stated items.
 */
export const propertyInterestsStatement = (db: D1Database, where: { sql: string; params: string[] }) =>
  db
    .prepare(
      "SELECT p.listing_id, i.id, CAST(coalesce(json_extract(i.households, '$.households'), 0) AS INTEGER) AS hh, i.legal_form, i.financing_plan, i.contact_person, p.custom_met, l.units_total, " +
        'r.min_households, r.min_units_share_percent, r.require_legal_form, r.require_financing_plan, r.require_contact_person, r.custom ' +
        'FROM initiative_property_interests p JOIN initiatives i ON i.id = p.initiative_id JOIN listings l ON l.id = p.listing_id ' +
        'LEFT JOIN property_readiness_criteria r ON r.listing_id = p.listing_id ' +
        `WHERE p.withdrawn_at IS NULL AND (i.state = 'open' OR p.taken_on_at IS NOT NULL) AND l.status = 'published' AND l.kind = 'property' AND ${where.sql} LIMIT 5000`,
    )
    .bind(...where.params);

type Row = Record<string, unknown>;

const criteriaOf = (r: Row): ReadinessCriteria =>
  r.min_households === null || r.min_households === undefined
    ? DEFAULT_CRITERIA
    : {
        minHouseholds: Number(r.min_households),
        minUnitsSharePercent: Number(r.min_units_share_percent),
        requireLegalForm: Number(r.require_legal_form) === 1,
        requireFinancingPlan: Number(r.require_financing_plan) === 1,
        requireContactPerson: Number(r.require_contact_person) === 1,
        custom: JSON.parse(String(r.custom ?? '[]')) as ReadinessCriteria['custom'],
      };

const add = (c: KeyedCount, n: number, key: number) => {
  c.n += n;
  c.key += n * key;
};

/**
 * @example
 * const figures = foldInitiatives(initiativeRows, interestRows);
 * figures.properties['lst_farmhouse'].ready.n; // groups meeting every criterion
 */
export function foldInitiatives(initiativeRows: readonly Row[], interestRows: readonly Row[]): InitiativeFigures {
  const zero = (): KeyedCount => ({ n: 0, key: 0 });
  const out: InitiativeFigures = { forming: zero(), households: zero(), sought: zero(), properties: {} };
  for (const r of initiativeRows) {
    const key = requestKey(String(r.id));
    add(out.forming, 1, key);
    add(out.households, Number(r.hh ?? 0), key);
    add(out.sought, Number(r.op ?? 0), key);
  }
  for (const r of interestRows) {
    const id = String(r.listing_id);
    const key = requestKey(String(r.id));
    const p = (out.properties[id] ??= { interested: zero(), ready: zero() });
    add(p.interested, 1, key);
    const group = {
      households: Number(r.hh ?? 0) as InitiativeHouseholds['households'],
      legalForm: (r.legal_form as string | null) ?? null,
      financingPlan: (r.financing_plan as string | null) ?? null,
      contactPerson: (r.contact_person as string | null) ?? null,
      customMet: JSON.parse(String(r.custom_met ?? '[]')) as string[],
    };
    if (readiness(criteriaOf(r), { unitsTotal: Number(r.units_total) }, group).ready) add(p.ready, 1, key);
  }
  return out;
}
