/**
 * Which live embeds show a listing: the same `inEmbedScope` condition as every widget route
 * (published, the embed's region or provider, its subsets, the municipality's curation), so a
 * listing's public page, its "Does this fit me?" link and the saved-search mails agree with what
 * the widgets show.
 */
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { chunks } from '../db/chunk';
import type { Database } from '../db/client';
import { embeds, listings, organizations, type Embed, type Listing, type Organization } from '../db/schema';
import { inEmbedScope } from './scope';

export type Reach = { embed: Embed; organization: Organization };

/** Scope checks sent in one D1 batch. */
const PER_BATCH = 50;

/**
 * Those of `candidates` through which the listing is visible now, in the candidates' order.
 * @example
 * await reachedThrough(db, 'lst_1', liveEmbedsWithSearches); // [{ embed, organization }, …]
 */
export async function reachedThrough(db: Database, listingId: string, candidates: readonly Reach[]): Promise<Reach[]> {
  const out: Reach[] = [];
  for (const part of chunks(candidates, PER_BATCH)) {
    const [first, ...rest] = part.map((r) => db.select({ id: listings.id }).from(listings).where(and(eq(listings.id, listingId), inEmbedScope(r))).limit(1));
    if (!first) continue;
    const results = await db.batch([first, ...rest]);
    results.forEach((rows, i) => {
      if (rows.length > 0) out.push(part[i]!);
    });
  }
  return out;
}

/**
 * The live embeds that show the listing, the municipalities' region embeds first (the widget on
 * the town's own site), then the provider's own, each oldest first. Only embeds that could reach it
 * are checked: the provider's, and region embeds of organizations whose region names the
 * listing's district or postcode (or that own it).
 * @example
 * const [best] = await embedsShowing(db, listing); // the embed a "Does this fit me?" link opens
 */
export async function embedsShowing(db: Database, listing: Pick<Listing, 'id' | 'organizationId' | 'districtKey' | 'postcode'>): Promise<Reach[]> {
  const inRegion = or(
    sql`exists (select 1 from json_each(${organizations.regionDistrictKeys}) where value = ${listing.districtKey})`,
    sql`exists (select 1 from json_each(${organizations.regionPostcodes}) where value = ${listing.postcode})`,
    eq(organizations.id, listing.organizationId),
  );
  const candidates = await db
    .select({ embed: embeds, organization: organizations })
    .from(embeds)
    .innerJoin(organizations, eq(organizations.id, embeds.organizationId))
    .where(
      and(
        isNull(embeds.revokedAt),
        isNull(organizations.suspendedAt),
        or(and(eq(embeds.scope, 'provider'), eq(embeds.organizationId, listing.organizationId)), and(eq(embeds.scope, 'region'), inRegion)),
      ),
    )
    .orderBy(sql`case when ${embeds.scope} = 'region' then 0 else 1 end`, asc(embeds.createdAt), asc(embeds.id))
    .all();
  return reachedThrough(db, listing.id, candidates);
}
