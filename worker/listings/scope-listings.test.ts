/**
 * Loading an embed's scope in pages (worker/listings/search.ts): the same listings in the same
 * order as one query, none twice, none missed where confirmations tie across a page's edge, and
 * the cap applied across pages. The route tests (test/worker/listings-cache.test.ts) cover what a
 * seeker sees; this is the query alone.
 */
import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertFixtures, KEY } from '../../test/worker/fixtures';
import { chunkForInsert } from '../db/chunk';
import { database } from '../db/client';
import { embeds, listings, organizations } from '../db/schema';
import { loadScopeListings, scopeListingsQuery, type SearchScope } from './search';

const db = () => database(env.DB);

/** Nine more listings in the region, in three groups that share their confirmation time. */
async function addTiedListings(): Promise<void> {
  const template = (await db().select().from(listings).where(eq(listings.id, 'lst_zittau')))[0]!;
  const now = Date.now();
  const rows = Array.from({ length: 9 }, (_, i) => ({ ...template, id: `lst_tie_${String(8 - i)}`, title: `Gleichstand ${i}`, confirmedAt: now - 1_000 * (1 + (i % 3)) }));
  for (const part of chunkForInsert(listings, rows)) await db().insert(listings).values(part);
}

async function regionScope(): Promise<SearchScope> {
  const embed = (await db().select().from(embeds).where(eq(embeds.publishableKey, KEY)))[0]!;
  const organization = (await db().select().from(organizations).where(eq(organizations.id, embed.organizationId)))[0]!;
  return { embed, organization };
}

/** What the scope holds, in the order the isolate keeps it, computed from the table itself. */
async function expectedOrder(): Promise<string[]> {
  const all = await db().select({ id: listings.id, confirmedAt: listings.confirmedAt, status: listings.status, districtKey: listings.districtKey }).from(listings);
  return all
    .filter((l) => l.status === 'published' && l.districtKey === '14626')
    .sort((a, b) => b.confirmedAt - a.confirmedAt || (a.id < b.id ? -1 : 1))
    .map((l) => l.id);
}

beforeEach(async () => {
  await insertFixtures();
  await addTiedListings();
});

describe('loading a scope in pages', () => {
  it('returns what one query returns, in its order, for every page size', async () => {
    const scope = await regionScope();
    const expected = await expectedOrder();
    expect(expected).toHaveLength(12);
    expect((await scopeListingsQuery(db(), scope, 100).all()).map((l) => l.id)).toEqual(expected);
    // Page sizes that end inside a tie, on one, and on the last row exactly.
    for (const pageSize of [1, 2, 4, 5, 12, 100]) {
      const ids = (await loadScopeListings(db(), scope, 100, pageSize)).map((l) => l.id);
      expect(ids, `pages of ${pageSize}`).toEqual(expected);
    }
  });

  it('stops at the cap, across pages', async () => {
    const scope = await regionScope();
    const expected = await expectedOrder();
    expect((await loadScopeListings(db(), scope, 5, 2)).map((l) => l.id)).toEqual(expected.slice(0, 5));
    expect((await loadScopeListings(db(), scope, 4, 2)).map((l) => l.id)).toEqual(expected.slice(0, 4));
  });

  it('carries every column the engine and the cards need', async () => {
    const scope = await regionScope();
    const [first] = await loadScopeListings(db(), scope, 1, 1);
    expect(first).toMatchObject({ id: expect.any(String), kind: 'project', title: expect.any(String), postcode: expect.any(String), confirmedAt: expect.any(Number), profile: expect.anything() });
  });
});
