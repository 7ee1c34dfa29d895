/** Whether a listing is visible through an embed: published, inside the embed's scope, and curated. */
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { listings } from '../db/schema';
import type { EmbedAccess } from '../embeds/access';

/**
 * The municipality's curation of its region embeds (worker/curation): a listing shows only when its
 * organization is the municipality itself or a provider the municipality approved, the
 * municipality does not hide the listing, and no operator suspended its organization.
 */
export function curatedFor(municipalityId: string): SQL {
  return sql`(${listings.organizationId} = ${municipalityId} OR ${listings.organizationId} IN (SELECT provider_id FROM region_approvals WHERE municipality_id = ${municipalityId} AND state = 'approved'))
    AND ${listings.id} NOT IN (SELECT listing_id FROM hidden_listings WHERE municipality_id = ${municipalityId})
    AND ${listings.organizationId} NOT IN (SELECT id FROM organizations WHERE suspended_at IS NOT NULL)`;
}

/**
 * Provider embeds reach the provider's own listings. Region embeds reach the region's listings
 * (district keys or postcodes) of approved providers, narrowed by the embed's optional subsets:
 * listing kinds (`scope_kinds`) and provider organizations (`scope_organization_ids`); an empty
 * subset means "all". Every public route that shows or acts on a listing (matches, alternatives,
 * detail and fit, contact requests, saved-search notifications) goes through this one condition.
 * A suspended organization's embeds are refused before this (worker/embeds/access.ts).
 *
 * @example
 * db.select().from(listings).where(and(eq(listings.id, id), inEmbedScope(access)));
 */
export function inEmbedScope({ embed, organization }: Pick<EmbedAccess, 'embed' | 'organization'>): SQL {
  if (embed.scope === 'provider') return and(eq(listings.status, 'published'), eq(listings.organizationId, embed.organizationId)) as SQL;
  const region = regionOf(organization);
  const kinds = embed.scopeKinds ?? [];
  const providers = embed.scopeOrganizationIds ?? [];
  return and(
    eq(listings.status, 'published'),
    region,
    kinds.length ? inArray(listings.kind, kinds) : undefined,
    providers.length ? inArray(listings.organizationId, providers) : undefined,
    curatedFor(organization.id),
  ) as SQL;
}

/** The organization's region (district keys or postcodes); one without a region has only its own listings. */
function regionOf(organization: Pick<EmbedAccess['organization'], 'id' | 'regionDistrictKeys' | 'regionPostcodes'>): SQL | undefined {
  const { regionDistrictKeys: keys, regionPostcodes: codes } = organization;
  return or(
    keys.length ? inArray(listings.districtKey, keys) : undefined,
    codes.length ? inArray(listings.postcode, codes) : undefined,
    keys.length || codes.length ? undefined : eq(listings.organizationId, organization.id),
  );
}

/**
 * What a region embed of the organization without subsets shows: its region's published listings
 * of curated providers. For a forming group of the region, which is not bound to one embed's
 * subsets (worker/groups/properties.ts).
 */
export function inRegionOf(organization: Pick<EmbedAccess['organization'], 'id' | 'regionDistrictKeys' | 'regionPostcodes'>): SQL {
  return and(eq(listings.status, 'published'), regionOf(organization), curatedFor(organization.id)) as SQL;
}
