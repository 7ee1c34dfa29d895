/**
 * Curation: a municipality decides which providers appear in its widget. A provider with listings
 * in the municipality's region is *pending* there (no row, or state `pending`) until a member
 * approves it; rejected and blocked providers stay out too, and a single listing can be hidden
 * with a reason the provider sees. Only region embeds are curated: a provider's own
 * provider-scoped embeds show its listings regardless. The condition every public route uses lives
 * in worker/listings/scope.ts (`curatedFor`); this module holds the queries and decisions.
 */
import { and, eq } from 'drizzle-orm';
import { auditInsert } from '../audit/log';
import type { Database } from '../db/client';
import { hiddenListings, regionApprovals, type ApprovalState, type Organization } from '../db/schema';

/** What an approval decision may set (pending is where a provider starts and returns to on review). */
export const DECISIONS = ['approved', 'rejected', 'blocked'] as const;
export type Decision = (typeof DECISIONS)[number];
export const MAX_MESSAGE = 1000;

export interface RegionProvider {
  id: string;
  name: string;
  website: string | null;
  state: ApprovalState;
  message: string | null;
  decidedAt: number | null;
  /** Listings in the region that are not archived, and how many of them are published. */
  listings: number;
  published: number;
  /** When its first listing in the region was created: "new" in the queue. */
  since: number;
  suspended: boolean;
}

type Region = Pick<Organization, 'id' | 'regionDistrictKeys' | 'regionPostcodes'>;

/** SQL: a listing (alias l) lies in the region given as JSON parameters. */
const IN_REGION = "(l.district_key IN (SELECT value FROM json_each(?2)) OR l.postcode IN (SELECT value FROM json_each(?3)))";

/**
 * Every other organization with a listing in the municipality's region, pending ones first.
 * @example
 * const queue = (await providersInRegion(env.DB, org)).filter((p) => p.state === 'pending');
 */
export async function providersInRegion(d1: D1Database, municipality: Region): Promise<RegionProvider[]> {
  if (!municipality.regionDistrictKeys.length && !municipality.regionPostcodes.length) return [];
  const { results } = await d1
    .prepare(
      'SELECT p.id, p.name, p.website, p.suspended_at, coalesce(a.state, \'pending\') AS state, a.message, a.decided_at, ' +
        "count(l.id) AS listings, sum(l.status = 'published') AS published, min(l.created_at) AS since " +
        'FROM listings l JOIN organizations p ON p.id = l.organization_id ' +
        'LEFT JOIN region_approvals a ON a.municipality_id = ?1 AND a.provider_id = p.id ' +
        `WHERE l.organization_id != ?1 AND l.status != 'archived' AND ${IN_REGION} ` +
        "GROUP BY p.id ORDER BY (coalesce(a.state, 'pending') = 'pending') DESC, since DESC, p.name",
    )
    .bind(municipality.id, JSON.stringify(municipality.regionDistrictKeys), JSON.stringify(municipality.regionPostcodes))
    .all<{ id: string; name: string; website: string | null; suspended_at: number | null; state: ApprovalState; message: string | null; decided_at: number | null; listings: number; published: number; since: number }>();
  return results.map((r) => ({
    id: r.id,
    name: r.name,
    website: r.website,
    state: r.state,
    message: r.message,
    decidedAt: r.decided_at,
    listings: Number(r.listings),
    published: Number(r.published ?? 0),
    since: Number(r.since),
    suspended: r.suspended_at !== null,
  }));
}

export interface RegionListing {
  id: string;
  title: string;
  kind: 'project' | 'property';
  status: string;
  place: string;
  hiddenReason: string | null;
}

/** One provider's listings in the municipality's region, with whether the municipality hides each. */
export async function providerListingsInRegion(d1: D1Database, municipality: Region, providerId: string): Promise<RegionListing[]> {
  const { results } = await d1
    .prepare(
      'SELECT l.id, l.title, l.kind, l.status, l.place, h.reason AS hidden_reason FROM listings l ' +
        'LEFT JOIN hidden_listings h ON h.municipality_id = ?1 AND h.listing_id = l.id ' +
        `WHERE l.organization_id = ?4 AND l.status != 'archived' AND ${IN_REGION} ORDER BY l.title, l.id`,
    )
    .bind(municipality.id, JSON.stringify(municipality.regionDistrictKeys), JSON.stringify(municipality.regionPostcodes), providerId)
    .all<{ id: string; title: string; kind: 'project' | 'property'; status: string; place: string; hidden_reason: string | null }>();
  return results.map((r) => ({ id: r.id, title: r.title, kind: r.kind, status: r.status, place: r.place, hiddenReason: r.hidden_reason }));
}

export interface Visibility {
  municipality: { id: string; name: string };
  state: ApprovalState;
  message: string | null;
  decidedAt: number | null;
  hidden: { listingId: string; title: string; reason: string }[];
}

/**
 * The provider's side: every municipality whose region holds one of its listings, its decision and
 * message, and which listings it hides and why.
 * @example
 * const rows = await visibilityFor(env.DB, member.org.id);
 */
export async function visibilityFor(d1: D1Database, providerId: string): Promise<Visibility[]> {
  const [regions, hidden] = await d1.batch([
    d1
      .prepare(
        "SELECT o.id, o.name, coalesce(a.state, 'pending') AS state, a.message, a.decided_at FROM organizations o " +
          'LEFT JOIN region_approvals a ON a.municipality_id = o.id AND a.provider_id = ?1 ' +
          "WHERE o.kind = 'municipality' AND o.id != ?1 AND EXISTS (SELECT 1 FROM listings l WHERE l.organization_id = ?1 AND l.status != 'archived' AND " +
          '(l.district_key IN (SELECT value FROM json_each(o.region_district_keys)) OR l.postcode IN (SELECT value FROM json_each(o.region_postcodes)))) ' +
          'ORDER BY o.name, o.id',
      )
      .bind(providerId),
    d1
      .prepare('SELECT h.municipality_id, h.listing_id, l.title, h.reason FROM hidden_listings h JOIN listings l ON l.id = h.listing_id WHERE l.organization_id = ?1 ORDER BY l.title')
      .bind(providerId),
  ]);
  const byMunicipality = new Map<string, Visibility['hidden']>();
  for (const h of hidden!.results as { municipality_id: string; listing_id: string; title: string; reason: string }[]) {
    const list = byMunicipality.get(h.municipality_id) ?? [];
    list.push({ listingId: h.listing_id, title: h.title, reason: h.reason });
    byMunicipality.set(h.municipality_id, list);
  }
  return (regions!.results as { id: string; name: string; state: ApprovalState; message: string | null; decided_at: number | null }[]).map((r) => ({
    municipality: { id: r.id, name: r.name },
    state: r.state,
    message: r.message,
    decidedAt: r.decided_at,
    hidden: byMunicipality.get(r.id) ?? [],
  }));
}

/**
 * The statements of a decision (upsert plus its audit entry), for one batch.
 * @example
 * await db.batch(decisionStatements(db, { municipalityId, providerId, state: 'approved', message: null, actorId }));
 */
export function decisionStatements(
  db: Database,
  d: { municipalityId: string; providerId: string; state: ApprovalState; message: string | null; actorId: string | null },
  now = Date.now(),
) {
  return [
    db
      .insert(regionApprovals)
      .values({ municipalityId: d.municipalityId, providerId: d.providerId, state: d.state, message: d.message, decidedBy: d.actorId, decidedAt: now, createdAt: now })
      .onConflictDoUpdate({
        target: [regionApprovals.municipalityId, regionApprovals.providerId],
        set: { state: d.state, message: d.message, decidedBy: d.actorId, decidedAt: now },
      }),
    auditInsert(
      db,
      { organizationId: d.municipalityId, actorId: d.actorId, action: `provider.${d.state}`, entity: 'organization', entityId: d.providerId, detail: d.message ? { message: d.message } : {} },
      now,
    ),
  ] as const;
}

/** A provider asks a municipality that rejected it to look again: back to pending, in its queue. */
export function reviewRequestStatements(db: Database, d: { municipalityId: string; providerId: string; actorId: string }, now = Date.now()) {
  return [
    db
      .update(regionApprovals)
      .set({ state: 'pending', decidedAt: now })
      .where(and(eq(regionApprovals.municipalityId, d.municipalityId), eq(regionApprovals.providerId, d.providerId), eq(regionApprovals.state, 'rejected'))),
    auditInsert(db, { organizationId: d.providerId, actorId: d.actorId, action: 'provider.review_requested', entity: 'organization', entityId: d.municipalityId }, now),
  ] as const;
}

export function hideStatements(db: Database, d: { municipalityId: string; listingId: string; providerId: string; reason: string; actorId: string }, now = Date.now()) {
  return [
    db
      .insert(hiddenListings)
      .values({ municipalityId: d.municipalityId, listingId: d.listingId, reason: d.reason, hiddenBy: d.actorId, createdAt: now })
      .onConflictDoUpdate({ target: [hiddenListings.municipalityId, hiddenListings.listingId], set: { reason: d.reason, hiddenBy: d.actorId, createdAt: now } }),
    auditInsert(db, { organizationId: d.municipalityId, actorId: d.actorId, action: 'listing.hidden', entity: 'listing', entityId: d.listingId, detail: { reason: d.reason, provider: d.providerId } }, now),
  ] as const;
}

export function showStatements(db: Database, d: { municipalityId: string; listingId: string; actorId: string }, now = Date.now()) {
  return [
    db.delete(hiddenListings).where(and(eq(hiddenListings.municipalityId, d.municipalityId), eq(hiddenListings.listingId, d.listingId))),
    auditInsert(db, { organizationId: d.municipalityId, actorId: d.actorId, action: 'listing.shown', entity: 'listing', entityId: d.listingId }, now),
  ] as const;
}

/** How many providers wait for the municipality's decision (the digest names them). */
export async function pendingProviders(d1: D1Database, municipality: Region): Promise<{ id: string; name: string }[]> {
  return (await providersInRegion(d1, municipality)).filter((p) => p.state === 'pending' && !p.suspended).map(({ id, name }) => ({ id, name }));
}
