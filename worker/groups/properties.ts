/**
 * A forming group and the vacant buildings and plots of its region: which fit it as a whole
 * (./property-fit.ts), its readiness for each against the municipality's checklist
 * (./readiness.ts, the criteria or the defaults), and its declared interest — with a separate
 * consent to be shown on the property's shortlist (worker/groups/shortlist.ts reads the rows).
 *
 * Which properties: the published listings of kind `property` that a region embed of the group's
 * region organization would show without subsets (`inRegionOf`: its region, approved providers,
 * not hidden by curation, no suspended organization). Paused, archived or hidden properties never
 * appear and cannot be declared for; an interest already declared can always be withdrawn.
 *
 * How many other groups declared interest in a property is shown as it is: it counts groups, not
 * households or people, and the group itself has declared or may declare too; the municipality's
 * own figures about groups are suppressed in worker/groups/shortlist.ts and the dashboard.
 */
import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { database, type Database } from '../db/client';
import { initiativePropertyInterests, initiatives, listings, organizations, type Initiative, type InitiativePropertyInterest, type Listing } from '../db/schema';
import { inRegionOf } from '../listings/scope';
import { propertyFit, type PropertyFit } from './property-fit';
import { readiness, type Readiness, type ReadinessCriteria } from './readiness';
import { loadCriteria } from './shortlist';

/** At most this many properties of a region are scored for a group (a rural region has a few dozen). */
const MAX_CANDIDATES = 500;

const COLUMNS = {
  id: listings.id,
  title: listings.title,
  summary: listings.summary,
  place: listings.place,
  postcode: listings.postcode,
  settlement: listings.settlement,
  stage: listings.stage,
  legalForm: listings.legalForm,
  unitsTotal: listings.unitsTotal,
  freePlaces: listings.freePlaces,
  freeUnits: listings.freeUnits,
  monthlyCostMinCents: listings.monthlyCostMinCents,
  monthlyCostMaxCents: listings.monthlyCostMaxCents,
  equityRequiredCents: listings.equityRequiredCents,
  livingSpaceMinSqm: listings.livingSpaceMinSqm,
  livingSpaceMaxSqm: listings.livingSpaceMaxSqm,
  plotSqm: listings.plotSqm,
  profile: listings.profile,
};

export type GroupProperty = Pick<Listing, keyof typeof COLUMNS>;

export interface PropertyForGroup {
  property: GroupProperty;
  fit: PropertyFit;
  criteria: ReadinessCriteria;
  readiness: Readiness;
  /** The group's own interest (live or withdrawn), or null. */
  interest: InitiativePropertyInterest | null;
  /** Other open groups with a live interest in it (a count of groups, see the module comment). */
  otherInitiatives: number;
}

/** What the readiness checklist reads of a group: its stated fields and the criteria it ticked. */
export const readinessGroup = (initiative: Initiative, customMet: readonly string[]) => ({
  households: initiative.households.households,
  legalForm: initiative.legalForm,
  financingPlan: initiative.financingPlan,
  contactPerson: initiative.contactPerson,
  customMet: [...customMet],
});

/** A live interest: not withdrawn. */
export const interestLive = (i: Pick<InitiativePropertyInterest, 'withdrawnAt'> | null | undefined) => !!i && i.withdrawnAt === null;

async function regionScope(d1: D1Database, initiative: Initiative) {
  const org = await database(d1).select().from(organizations).where(eq(organizations.id, initiative.regionOrganizationId)).get();
  if (!org) return null;
  return and(eq(listings.kind, 'property'), inRegionOf(org));
}

/** One property of the group's region by id, or null when it is not (or no longer) shown there. */
export async function visibleProperty(d1: D1Database, initiative: Initiative, listingId: string): Promise<GroupProperty | null> {
  const scope = await regionScope(d1, initiative);
  if (!scope) return null;
  return (await database(d1).select(COLUMNS).from(listings).where(and(eq(listings.id, listingId), scope)).get()) ?? null;
}

/**
 * The properties of the group's region that fit it, best first (score, then id), and every one it
 * declared interest in (also when it does not fit any more), each with its readiness.
 * @example
 * const list = await propertiesForInitiative(env.DB, initiative, { limit: 20 });
 * list[0].fit.score; list[0].readiness.met; list[0].otherInitiatives;
 */
export async function propertiesForInitiative(d1: D1Database, initiative: Initiative, opts: { limit?: number } = {}): Promise<PropertyForGroup[]> {
  const db = database(d1);
  const scope = await regionScope(d1, initiative);
  if (!scope) return [];
  const [candidates, own] = await Promise.all([
    db.select(COLUMNS).from(listings).where(scope).orderBy(listings.id).limit(MAX_CANDIDATES).all(),
    db.select().from(initiativePropertyInterests).where(eq(initiativePropertyInterests.initiativeId, initiative.id)).all(),
  ]);
  const mine = new Map(own.map((i) => [i.listingId, i]));
  const group = { households: initiative.households, openPlaces: initiative.openPlaces, seeking: initiative.seeking, profile: initiative.profile };
  const ranked = candidates
    .map((property) => ({ property, fit: propertyFit(property, group) }))
    .filter((r) => r.fit.fits || interestLive(mine.get(r.property.id)))
    .sort((a, b) => b.fit.score - a.fit.score || (a.property.id < b.property.id ? -1 : 1));
  const limit = opts.limit ?? ranked.length;
  const shown = ranked.filter((r, i) => i < limit || interestLive(mine.get(r.property.id)));
  if (shown.length === 0) return [];
  const ids = shown.map((r) => r.property.id);
  const p = initiativePropertyInterests;
  const [counts, criteria] = await Promise.all([
    db
      .select({ listingId: p.listingId, n: sql<number>`count(*)` })
      .from(p)
      .innerJoin(initiatives, eq(initiatives.id, p.initiativeId))
      // Counted as the shortlist counts: open groups, or one that took the building on.
      .where(and(inArray(p.listingId, ids), isNull(p.withdrawnAt), ne(p.initiativeId, initiative.id), or(eq(initiatives.state, 'open'), sql`${p.takenOnAt} IS NOT NULL`)))
      .groupBy(p.listingId)
      .all(),
    Promise.all(ids.map((id) => loadCriteria(d1, id))),
  ]);
  const others = new Map(counts.map((c) => [c.listingId, c.n]));
  return shown.map((r, i) => {
    const interest = mine.get(r.property.id) ?? null;
    const c = criteria[i]!;
    return {
      ...r,
      criteria: c,
      readiness: readiness(c, r.property, readinessGroup(initiative, interestLive(interest) ? interest!.customMet : [])),
      interest,
      otherInitiatives: others.get(r.property.id) ?? 0,
    };
  });
}

export type DeclareResult =
  | { ok: true; interest: InitiativePropertyInterest }
  | { ok: false; reason: 'unknown_property' }
  | { ok: false; reason: 'unknown_criterion'; id: string };

/**
 * Declares (or updates) the group's interest in a property of its region. `shortlistConsent`:
 * shown by name, readiness, concept and contact person on the property's shortlist; false takes
 * an earlier consent back. `customMet`: the municipality's own criteria the group says it meets
 * (ids of the property's criteria only). A withdrawn interest declared again starts anew.
 */
export async function declarePropertyInterest(
  d1: D1Database,
  initiative: Initiative,
  listingId: string,
  input: { shortlistConsent: boolean; customMet: readonly string[] },
  now: number,
): Promise<DeclareResult> {
  const property = await visibleProperty(d1, initiative, listingId);
  if (!property) return { ok: false, reason: 'unknown_property' };
  const known = new Set((await loadCriteria(d1, listingId)).custom.map((c) => c.id));
  const unknown = input.customMet.find((id) => !known.has(id));
  if (unknown !== undefined) return { ok: false, reason: 'unknown_criterion', id: unknown };
  const p = initiativePropertyInterests;
  const customMet = [...new Set(input.customMet)];
  const db = database(d1);
  await db
    .insert(p)
    .values({ initiativeId: initiative.id, listingId, shortlistConsentAt: input.shortlistConsent ? now : null, customMet, declaredAt: now })
    .onConflictDoUpdate({
      target: [p.initiativeId, p.listingId],
      set: {
        // An earlier consent keeps its date; none, or a new declaration after a withdrawal, starts now.
        shortlistConsentAt: input.shortlistConsent ? sql`CASE WHEN ${p.withdrawnAt} IS NULL THEN coalesce(${p.shortlistConsentAt}, ${now}) ELSE ${now} END` : null,
        customMet,
        declaredAt: sql`CASE WHEN ${p.withdrawnAt} IS NULL THEN ${p.declaredAt} ELSE ${now} END`,
        withdrawnAt: null,
      },
    });
  const interest = (await db.select().from(p).where(and(eq(p.initiativeId, initiative.id), eq(p.listingId, listingId))).get())!;
  return { ok: true, interest };
}

/**
 * Withdraws the group's interest (and with it the shortlist consent): the municipality no longer
 * sees the group for it. Returns the interest, or null when none was ever declared. Withdrawing
 * twice changes nothing.
 */
export async function withdrawPropertyInterest(d1: D1Database, initiativeId: string, listingId: string, now: number): Promise<InitiativePropertyInterest | null> {
  const p = initiativePropertyInterests;
  const db = database(d1);
  const where = and(eq(p.initiativeId, initiativeId), eq(p.listingId, listingId));
  await db.update(p).set({ withdrawnAt: now, shortlistConsentAt: null }).where(and(where, isNull(p.withdrawnAt)));
  return (await db.select().from(p).where(where).get()) ?? null;
}

/** What the group states for a municipality's checklist; blank text counts as not stated. */
export interface ReadinessFields {
  legalForm: string | null;
  financingPlan: string | null;
  contactPerson: string | null;
  concept: string | null;
}

const blankToNull = (s: string | null) => (s === null || s.trim() === '' ? null : s.trim());

/** Replaces the group's readiness fields (all four at once). */
export async function updateReadinessFields(d1: D1Database, initiativeId: string, fields: ReadinessFields, now: number): Promise<Initiative> {
  const db = database(d1);
  await db
    .update(initiatives)
    .set({
      legalForm: fields.legalForm,
      financingPlan: blankToNull(fields.financingPlan),
      contactPerson: blankToNull(fields.contactPerson),
      concept: blankToNull(fields.concept),
      updatedAt: now,
    })
    .where(eq(initiatives.id, initiativeId));
  return (await db.select().from(initiatives).where(eq(initiatives.id, initiativeId)).get())!;
}

/** The group's interests with the property's title, for the seeker's export (live and withdrawn). */
export async function propertyInterestsOf(db: Database, initiativeIds: readonly string[]) {
  if (initiativeIds.length === 0) return [];
  return db
    .select({ interest: initiativePropertyInterests, title: listings.title })
    .from(initiativePropertyInterests)
    .innerJoin(listings, eq(listings.id, initiativePropertyInterests.listingId))
    .where(inArray(initiativePropertyInterests.initiativeId, [...initiativeIds]))
    .orderBy(initiativePropertyInterests.declaredAt)
    .all();
}
