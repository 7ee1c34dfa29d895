/** Whether a listing is visible through an embed: published and inside the embed's scope. */
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { listings } from '../db/schema';
import type { EmbedAccess } from '../embeds/access';

/**
 * @example
 * db.select().from(listings).where(and(eq(listings.id, id), inEmbedScope(access)));
 */
export function inEmbedScope({ embed, organization }: EmbedAccess): SQL {
  if (embed.scope === 'provider') return and(eq(listings.status, 'published'), eq(listings.organizationId, embed.organizationId)) as SQL;
  const { regionDistrictKeys: keys, regionPostcodes: codes } = organization;
  const region = or(
    keys.length ? inArray(listings.districtKey, keys) : undefined,
    codes.length ? inArray(listings.postcode, codes) : undefined,
    // An organization without a region only sees its own listings.
    keys.length || codes.length ? undefined : eq(listings.organizationId, organization.id),
  );
  return and(eq(listings.status, 'published'), region) as SQL;
}
