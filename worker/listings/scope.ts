/** Whether a listing is visible through an embed: published and inside the embed's scope. */
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { listings } from '../db/schema';
import type { EmbedAccess } from '../embeds/access';

/**
 * Provider embeds reach the provider's own listings. Region embeds reach the region's listings
 * (district keys or postcodes), narrowed by the embed's optional subsets: listing kinds
 * (`scope_kinds`) and provider organizations (`scope_organization_ids`); an empty subset means
 * "all". Every public route that shows or acts on a listing (matches, alternatives, detail and fit,
 * contact requests) goes through this one condition.
 *
 * @example
 * db.select().from(listings).where(and(eq(listings.id, id), inEmbedScope(access)));
 */
export function inEmbedScope({ embed, organization }: Pick<EmbedAccess, 'embed' | 'organization'>): SQL {
  if (embed.scope === 'provider') return and(eq(listings.status, 'published'), eq(listings.organizationId, embed.organizationId)) as SQL;
  const { regionDistrictKeys: keys, regionPostcodes: codes } = organization;
  const region = or(
    keys.length ? inArray(listings.districtKey, keys) : undefined,
    codes.length ? inArray(listings.postcode, codes) : undefined,
    // An organization without a region only sees its own listings.
    keys.length || codes.length ? undefined : eq(listings.organizationId, organization.id),
  );
  const kinds = embed.scopeKinds ?? [];
  const providers = embed.scopeOrganizationIds ?? [];
  return and(
    eq(listings.status, 'published'),
    region,
    kinds.length ? inArray(listings.kind, kinds) : undefined,
    providers.length ? inArray(listings.organizationId, providers) : undefined,
  ) as SQL;
}
