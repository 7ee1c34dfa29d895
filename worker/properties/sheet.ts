/**
 * What a vacant building's fact sheet ("Steckbrief") shows beyond the dashboard's figures: its
 * photos, summary and sizes. The caller has checked the listing is one of the region's published
 * properties (the dashboard's list).
 */
import { eq } from 'drizzle-orm';
import { database } from '../db/client';
import { listings, type ListingPhoto } from '../db/schema';

export interface PropertySheet {
  summary: string;
  photos: ListingPhoto[];
  plotSqm: number | null;
  livingSpaceMinSqm: number | null;
  livingSpaceMaxSqm: number | null;
}

/**
 * @example
 * const sheet = await loadPropertySheet(env.DB, 'lst_alte_schule');
 */
export async function loadPropertySheet(d1: D1Database, listingId: string): Promise<PropertySheet | undefined> {
  return database(d1)
    .select({ summary: listings.summary, photos: listings.photos, plotSqm: listings.plotSqm, livingSpaceMinSqm: listings.livingSpaceMinSqm, livingSpaceMaxSqm: listings.livingSpaceMaxSqm })
    .from(listings)
    .where(eq(listings.id, listingId))
    .get();
}
