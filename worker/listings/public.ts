/**
 * Whether a listing has a public page (worker/pages/listing), and what the page needs to know.
 *
 * - shown: published and visible through at least one live embed (`embedsShowing`: its region or
 *   provider, the municipality's curation, no suspended organization). The page never shows what
 *   no widget shows, so a municipality's decision to hide a listing or not to approve its provider
 *   holds on our own pages too, and every page has a widget to open for "Does this fit me?".
 * - gone (410): paused or archived, or published but shown by no embed (hidden by curation, its
 *   organization suspended, a provider not approved anywhere): it was or may be listed, just not now.
 * - missing (404): no such listing, or a draft (never public).
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { listings, organizations, type Listing, type Organization } from '../db/schema';
import { embedsShowing, type Reach } from './reach';

export type PublicListing =
  | { state: 'shown'; listing: Listing; organization: Pick<Organization, 'id' | 'name' | 'website'>; reach: Reach[] }
  | { state: 'gone'; listing: Listing }
  | { state: 'missing' };

/**
 * @example
 * const found = await publicListing(db, 'lst_001'); // { state: 'shown', listing, organization, reach }
 */
export async function publicListing(db: Database, id: string): Promise<PublicListing> {
  const row = await db
    .select({ listing: listings, organization: { id: organizations.id, name: organizations.name, website: organizations.website } })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(eq(listings.id, id))
    .get();
  if (!row || row.listing.status === 'draft') return { state: 'missing' };
  if (row.listing.status !== 'published') return { state: 'gone', listing: row.listing };
  const reach = await embedsShowing(db, row.listing);
  if (!reach.length) return { state: 'gone', listing: row.listing };
  return { state: 'shown', listing: row.listing, organization: row.organization, reach };
}

/** The query parameter a widget reads on load to open one listing's fit (widget/components/bt-widget/deep-link.ts). */
export const WIDGET_LISTING_PARAM = 'bt-listing';

/**
 * Where "Does this fit me?" leads: the page of the first embed that shows the listing (a
 * municipality's region embed before the provider's own), with the listing named for the widget.
 * Embeds store the origins their widget may run on, not the page: the first allowed origin is the
 * site's address, as the mails have always linked it.
 * @example
 * fitLink(reach); // 'https://www.oberland.example/?bt-listing=lst_001'
 */
export function fitLink(listingId: string, reach: readonly Reach[]): string | null {
  const site = reach.map((r) => r.embed.allowedOrigins[0]).find((o): o is string => !!o);
  if (!site) return null;
  const url = new URL(site);
  url.searchParams.set(WIDGET_LISTING_PARAM, listingId);
  return url.href;
}
