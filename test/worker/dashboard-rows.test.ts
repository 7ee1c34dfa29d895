/**
 * The dashboard's D1 rows read grow with the municipality's own region, not with the listings of
 * the whole country (docs/scale.md): the supply and property queries go through the
 * (status, district_key) index, and the batch's rows are counted once.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client';
import { chunkForInsert } from '../../worker/db/chunk';
import { listings, type NewListing } from '../../worker/db/schema';
import { isoWeek } from '../../worker/demand/bands';
import { loadDashboardData, loadRegion } from '../../worker/demand/dashboard-data';
import { insertFixtures } from './fixtures';

const ELSEWHERE = 400;

beforeAll(async () => {
  await insertFixtures();
  const now = Date.now();
  // Published listings of the same provider in another district, half of them properties.
  const rows: NewListing[] = Array.from({ length: ELSEWHERE }, (_, i) => ({
    id: `lst_far_${i}`, organizationId: 'org_coop', kind: i % 2 ? 'property' : 'project', status: 'published', title: `Fern ${i}`, summary: '-', description: '-',
    postcode: '01067', place: 'Dresden', lat: 51.05, lon: 13.73, districtKey: '14612', settlement: 'town', stage: 'planning', legalForm: 'rental',
    unitsTotal: 4, freePlaces: 1, confirmedAt: now, createdAt: now, updatedAt: now,
  }));
  for (const part of chunkForInsert(listings, rows)) await database(env.DB).insert(listings).values(part);
});

describe('dashboard rows read', () => {
  it('reads the region’s listings only, however many are published elsewhere', async () => {
    const region = (await loadRegion(env.DB, 'org_town'))!;
    const week = isoWeek(Date.now());
    const data = await loadDashboardData(env.DB, { organizationId: 'org_town', from: week, to: week }, region, { embedIds: ['emb_town'] });
    // The region's three published listings (one property) are all the supply there is.
    expect(data.supply.reduce((n, r) => n + r.listings, 0)).toBe(3);
    expect(data.properties.map((p) => p.id)).toEqual(['lst_property']);
    // A scan of the published listings would read at least ELSEWHERE rows for each of supply and properties.
    expect(data.rowsRead).toBeLessThan(ELSEWHERE / 4);
  });
});
