/**
 * The municipality's side of a group and its building: the readiness criteria it sets per vacant
 * property, the shortlist of the initiatives that declared interest in it, and "takes the building
 * on". Only initiatives that consented (`shortlist_consent_at`) are shown by name; the others are
 * only counted, and that count is shown like every other count (worker/demand/cell-key.ts).
 */
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { database } from '../db/client';
import { initiativePropertyInterests, propertyReadinessCriteria, type ReadinessCustomCriterion } from '../db/schema';
import type { InitiativeHouseholds } from '../db/json';
import { requestKey } from '../demand/cell-key';
import { DEFAULT_CRITERIA, readiness, type Readiness, type ReadinessCriteria } from './readiness';

/** The municipality's criteria for a property, or the defaults when it set none. */
export async function loadCriteria(d1: D1Database, listingId: string): Promise<ReadinessCriteria & { updatedAt?: number }> {
  const row = await database(d1).select().from(propertyReadinessCriteria).where(eq(propertyReadinessCriteria.listingId, listingId)).get();
  if (!row) return DEFAULT_CRITERIA;
  return {
    minHouseholds: row.minHouseholds,
    minUnitsSharePercent: row.minUnitsSharePercent,
    requireLegalForm: row.requireLegalForm,
    requireFinancingPlan: row.requireFinancingPlan,
    requireContactPerson: row.requireContactPerson,
    custom: row.custom,
    updatedAt: row.updatedAt,
  };
}

/** The upsert of a property's criteria (for a batch with its audit entry). */
export function saveCriteriaStatement(d1: D1Database, listingId: string, criteria: ReadinessCriteria, userId: string, now: number) {
  const values = { ...criteria, updatedAt: now, updatedBy: userId };
  return database(d1)
    .insert(propertyReadinessCriteria)
    .values({ listingId, ...values })
    .onConflictDoUpdate({ target: propertyReadinessCriteria.listingId, set: values });
}

/** One initiative on a property's shortlist, with its readiness against the property's criteria. */
export interface ShortlistEntry {
  initiativeId: string;
  name: string;
  households: InitiativeHouseholds;
  openPlaces: number;
  legalForm: string | null;
  financingPlan: string | null;
  contactPerson: string | null;
  concept: string | null;
  declaredAt: number;
  takenOnAt: number | null;
  readiness: Readiness;
}

export interface Shortlist {
  criteria: ReadinessCriteria;
  /** Interested initiatives that agreed to be shown, earliest declaration first. */
  shown: ShortlistEntry[];
  /** Interested initiatives that did not agree: a count and the sum of their cell keys (never shown raw). */
  others: { n: number; keySum: number };
}

/** Readiness of every live interest in a property (shown or not): the rows the dashboard counts too. */
const INTEREST_ROWS =
  'SELECT i.id, i.name, i.households, i.open_places, i.legal_form, i.financing_plan, i.contact_person, i.concept, ' +
  'p.shortlist_consent_at, p.custom_met, p.declared_at, p.taken_on_at FROM initiative_property_interests p JOIN initiatives i ON i.id = p.initiative_id ' +
  // A group counts while it is confirmed and open, or once it took the building on (it may close then).
  "WHERE p.listing_id = ? AND p.withdrawn_at IS NULL AND (i.state = 'open' OR p.taken_on_at IS NOT NULL) ORDER BY p.declared_at, i.id LIMIT 500";

interface InterestRow {
  id: string;
  name: string;
  households: string;
  open_places: number;
  legal_form: string | null;
  financing_plan: string | null;
  contact_person: string | null;
  concept: string | null;
  shortlist_consent_at: number | null;
  custom_met: string;
  declared_at: number;
  taken_on_at: number | null;
}

/**
 * @example
 * const list = await loadShortlist(env.DB, { id: 'lst_farmhouse', unitsTotal: 5 });
 * list.shown[0].readiness.ready; list.others.n; // counted, shown as "< 5" or perturbed
 */
export async function loadShortlist(d1: D1Database, property: { id: string; unitsTotal: number }): Promise<Shortlist> {
  const criteria = await loadCriteria(d1, property.id);
  const { results } = await d1.prepare(INTEREST_ROWS).bind(property.id).all<InterestRow>();
  const shown: ShortlistEntry[] = [];
  const others = { n: 0, keySum: 0 };
  for (const r of results) {
    if (r.shortlist_consent_at === null) {
      others.n++;
      others.keySum += requestKey(r.id);
      continue;
    }
    const households = JSON.parse(r.households) as InitiativeHouseholds;
    const group = { households: households.households, legalForm: r.legal_form, financingPlan: r.financing_plan, contactPerson: r.contact_person, customMet: JSON.parse(r.custom_met) as string[] };
    shown.push({
      initiativeId: r.id,
      name: r.name,
      households,
      openPlaces: r.open_places,
      legalForm: r.legal_form,
      financingPlan: r.financing_plan,
      contactPerson: r.contact_person,
      concept: r.concept,
      declaredAt: r.declared_at,
      takenOnAt: r.taken_on_at,
      readiness: readiness(criteria, property, group),
    });
  }
  return { criteria, shown, others };
}

/**
 * "Takes the building on": records the outcome on a consenting group's live interest. Returns the
 * statement (for a batch with its audit entry); it changes nothing for a withdrawn, non-consenting
 * or already recorded interest.
 */
export function takeOnStatement(d1: D1Database, listingId: string, initiativeId: string, userId: string, now: number) {
  const p = initiativePropertyInterests;
  return database(d1)
    .update(p)
    .set({ takenOnAt: now, takenOnBy: userId })
    .where(and(eq(p.listingId, listingId), eq(p.initiativeId, initiativeId), isNotNull(p.shortlistConsentAt), isNull(p.withdrawnAt), isNull(p.takenOnAt)));
}

/** New custom criterion ids: short, random, stable once saved (the group ticks them by id). */
export const newCriterionId = () => `c_${crypto.randomUUID().slice(0, 8)}`;

export type { ReadinessCustomCriterion };
