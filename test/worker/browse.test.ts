/**
 * `GET /v1/embeds/{key}/listings`: browsing an embed's listings without a questionnaire. The
 * same scope and curation as matching (a hidden listing, an unapproved or suspended provider, a
 * draft or a listing outside the region never shows), the filters and sorts, pages that neither
 * overlap nor skip, and bad input answered 400 naming the field.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowseResponse } from '../../worker/api/browse';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { hiddenListings, listings, organizations, type NewListing } from '../../worker/db/schema';
import { desc } from 'drizzle-orm';
import { createPublicClient, parseResponse } from '../../worker/client';
import { resolveEmbed } from '../../worker/embeds/access';
import { browseConditions } from '../../worker/listings/browse';
import { insertFixtures, KEY, nextIp, ORIGIN, REVOKED_KEY, untilLimited } from './fixtures';

const get = (query = '', key = KEY, headers: Record<string, string> = {}) =>
  SELF.fetch(`https://api.test/v1/embeds/${key}/listings${query}`, { headers: { origin: ORIGIN, 'cf-connecting-ip': nextIp(), ...headers } });

async function browse(query = ''): Promise<BrowseResponse> {
  const res = await get(query);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as BrowseResponse;
}

const ids = (body: BrowseResponse) => body.listings.map((l) => l.id);

/** On top of the fixtures (lst_zittau, lst_oybin, lst_property visible): listings that must never show, and a few that must. */
async function insertMore(): Promise<void> {
  const db = database(env.DB);
  const now = Date.now();
  await db.insert(organizations).values([
    { id: 'org_unapproved', kind: 'provider', name: 'Nicht freigegeben', slug: 'nicht-freigegeben', createdAt: now },
    { id: 'org_suspended', kind: 'provider', name: 'Gesperrt', slug: 'gesperrt', createdAt: now, suspendedAt: now },
  ]);
  const base: Omit<NewListing, 'id' | 'title' | 'organizationId'> = {
    kind: 'project', status: 'published', summary: 'Noch ein Projekt.', description: 'Beschreibung.', postcode: '02763', place: 'Zittau',
    districtKey: '14626', lat: 50.8977, lon: 14.8076, settlement: 'small_town', stage: 'planning', legalForm: 'syndicate', freePlaces: 0,
    monthlyCostMinCents: null, monthlyCostMaxCents: null, confirmedAt: now, createdAt: now, updatedAt: now,
  };
  const rows: NewListing[] = [
    { ...base, id: 'lst_unapproved', organizationId: 'org_unapproved', title: 'Von einem nicht freigegebenen Anbieter' },
    { ...base, id: 'lst_suspended', organizationId: 'org_suspended', title: 'Von einem gesperrten Anbieter' },
    { ...base, id: 'lst_hidden', organizationId: 'org_coop', title: 'Ausgeblendet' },
    { ...base, id: 'lst_paused', organizationId: 'org_coop', title: 'Pausiert', status: 'paused' },
    // The municipality's own listing is always in its region embed.
    { ...base, id: 'lst_own', organizationId: 'org_town', title: 'Gemeindehaus Ebersbach', place: 'Ebersbach-Neugersdorf', postcode: '02730', createdAt: now + 2_000 },
    { ...base, id: 'lst_cheap', organizationId: 'org_coop', title: 'Günstig in Zittau', monthlyCostMinCents: 30_000, monthlyCostMaxCents: 45_000, freePlaces: 9, createdAt: now + 1_000 },
  ];
  for (const part of chunkForInsert(listings, rows)) await db.insert(listings).values(part);
  await db.insert(hiddenListings).values({ municipalityId: 'org_town', listingId: 'lst_hidden', reason: 'Bitte Fotos ergänzen.', createdAt: now });
}

const VISIBLE = ['lst_cheap', 'lst_own', 'lst_oybin', 'lst_property', 'lst_zittau'];

describe('GET /v1/embeds/{key}/listings', () => {
  beforeEach(async () => {
    await insertFixtures();
    await insertMore();
  });

  it("lists every published listing in the embed's scope and nothing else (curation as for matching)", async () => {
    const body = await browse('?pageSize=50');
    expect(ids(body).sort()).toEqual(VISIBLE);
    expect(body.total).toBe(VISIBLE.length);
    for (const never of ['lst_unapproved', 'lst_suspended', 'lst_hidden', 'lst_paused', 'lst_draft', 'lst_dresden']) expect(ids(body)).not.toContain(never);
  });

  it('a listing the municipality hides leaves at once, and so does a provider it has not approved', async () => {
    await env.DB.prepare("INSERT INTO hidden_listings (municipality_id, listing_id, reason, created_at) VALUES ('org_town', 'lst_oybin', 'Prüfen', 0)").run();
    await env.DB.prepare("UPDATE region_approvals SET state = 'rejected' WHERE provider_id = 'org_coop'").run();
    expect(ids(await browse('?pageSize=50'))).toEqual(['lst_own']);
  });

  it('answers with the card fields, coarse coordinates and the absolute public page', async () => {
    const { listings: [first] } = await browse('?place=Oybin');
    expect(first).toMatchObject({ id: 'lst_oybin', title: 'Haus in Oybin', place: 'Oybin', postcode: '02797', barrierFree: true, photo: null });
    expect(first?.coordinates).toEqual({ lat: 50.85, lon: 14.75 });
    const { listings: [zittau] } = await browse('?place=Zittau&legalForm=cooperative');
    expect(zittau?.id).toBe('lst_zittau');
    // 50.8977, 14.8076 rounded to 0.01°: about a kilometre, never the address.
    expect(zittau?.coordinates).toEqual({ lat: 50.9, lon: 14.81 });
    expect(zittau?.pageUrl).toBe('https://api.test/listings/lst_zittau/hof-in-zittau');
  });

  it('filters by kind, stage, legal form, place, postcode, cost, free places and barrier-free', async () => {
    expect(ids(await browse('?kind=property'))).toEqual(['lst_property']);
    expect(ids(await browse('?kind=project&stage=planning&sort=place')).sort()).toEqual(['lst_cheap', 'lst_own']);
    expect(ids(await browse('?legalForm=cooperative')).sort()).toEqual(['lst_oybin', 'lst_property', 'lst_zittau']);
    expect(ids(await browse('?place=gro'))).toEqual(['lst_property']);
    expect(ids(await browse('?postcode=0273'))).toEqual(['lst_own']);
    // 400 €: the cheap one and the one "on request" (as the matching prefilter reads a missing cost).
    expect(ids(await browse('?maxMonthlyCost=400')).sort()).toEqual(['lst_cheap', 'lst_own']);
    expect(ids(await browse('?minFreePlaces=6')).sort()).toEqual(['lst_cheap', 'lst_property']);
    expect(ids(await browse('?barrierFree=true'))).toEqual(['lst_oybin']);
    expect((await browse('?barrierFree=false')).total).toBe(VISIBLE.length);
    const none = await browse('?kind=property&barrierFree=true');
    expect(none).toEqual({ total: 0, page: 1, pageSize: 20, listings: [] });
  });

  it('a place typed with wildcards matches them as letters', async () => {
    expect((await browse('?place=%25%25')).total).toBe(0);
    expect((await browse('?place=Z_ttau')).total).toBe(0);
  });

  it('sorts newest first by default, or by cost, free places or place', async () => {
    expect(ids(await browse()).slice(0, 2)).toEqual(['lst_own', 'lst_cheap']);
    const byCost = ids(await browse('?sort=cost'));
    expect(byCost[0]).toBe('lst_cheap');
    // "On request" after every named cost.
    expect(byCost.at(-1)).toBe('lst_own');
    expect(ids(await browse('?sort=freePlaces'))[0]).toBe('lst_cheap');
    expect((await browse('?sort=place')).listings.map((l) => l.place)).toEqual(['Ebersbach-Neugersdorf', 'Großschönau', 'Oybin', 'Zittau', 'Zittau']);
  });

  it('pages neither overlap nor skip, and every page carries the total', async () => {
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const body = await browse(`?sort=place&pageSize=2&page=${page}`);
      expect(body).toMatchObject({ total: 5, page, pageSize: 2 });
      seen.push(...ids(body));
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(VISIBLE));
    expect((await browse('?pageSize=2&page=4')).listings).toEqual([]);
  });

  it('bad input is 400 problem+json naming each field', async () => {
    const cases: [string, string][] = [
      ['?kind=castle', 'query.kind'],
      ['?stage=done', 'query.stage'],
      ['?legalForm=gmbh', 'query.legalForm'],
      ['?sort=random', 'query.sort'],
      ['?pageSize=51', 'query.pageSize'],
      ['?pageSize=0', 'query.pageSize'],
      ['?page=0', 'query.page'],
      ['?page=2.5', 'query.page'],
      ['?maxMonthlyCost=-1', 'query.maxMonthlyCost'],
      ['?maxMonthlyCost=1e3', 'query.maxMonthlyCost'],
      ['?minFreePlaces=many', 'query.minFreePlaces'],
      ['?barrierFree=yes', 'query.barrierFree'],
      ['?postcode=0276a', 'query.postcode'],
      ['?place=Z', 'query.place'],
      ['?locale=fr', 'query.locale'],
      ['?colour=red', 'query.colour'],
    ];
    for (const [query, field] of cases) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type'), query).toContain('application/problem+json');
      const problem = (await res.json()) as { code: string; errors: { field: string }[] };
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors.map((e) => e.field), query).toContain(field);
    }
  });

  it('a malformed, unknown or revoked key, or a foreign origin, is refused like the other widget routes', async () => {
    expect((await get('', 'nope')).status).toBe(400);
    expect((await get('', 'pk_unknown_key')).status).toBe(404);
    expect((await get('', REVOKED_KEY)).status).toBe(403);
    const foreign = await get('', KEY, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { code: string }).code).toBe('origin_not_allowed');
  });

  it('answers CORS for the allowed page, and is rate limited per client and embed', async () => {
    const res = await get();
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    await res.body?.cancel();
    const ip = nextIp();
    const { passed, limited } = await untilLimited(() => get('', KEY, { 'cf-connecting-ip': ip }), 130);
    expect(passed.length).toBeGreaterThanOrEqual(60);
    expect(limited?.status).toBe(429);
  });

  it('is in the typed client for municipal IT (worker/client.ts)', async () => {
    const api = createPublicClient('https://api.test', {
      fetch: ((input: RequestInfo | URL, init?: RequestInit) => SELF.fetch(input, init)) as typeof fetch,
      headers: () => ({ origin: ORIGIN, 'cf-connecting-ip': nextIp() }),
    });
    const body = await parseResponse(api.v1.embeds[':key'].listings.$get({ param: { key: KEY }, query: { kind: 'property', pageSize: '5' } }));
    expect(body.listings.map((l) => [l.id, l.pageUrl])).toEqual([['lst_property', 'https://api.test/listings/lst_property/alte-schule']]);
  });

  it('reads through an index, never by scanning the table (D1 bills rows read)', async () => {
    const db = database(env.DB);
    const access = await resolveEmbed(db, KEY, ORIGIN, { write: false });
    for (const q of [{}, { kind: 'project' as const, barrierFree: true }, { place: 'Zitt' }]) {
      const { sql, params } = db.select({ id: listings.id }).from(listings).where(browseConditions(access, q)).orderBy(desc(listings.createdAt)).limit(20).toSQL();
      const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
      const steps = plan.results.map((r) => r.detail);
      expect(steps.join('\n'), JSON.stringify(q)).toMatch(/SEARCH listings USING (COVERING )?INDEX/);
      expect(steps.filter((s) => /^SCAN listings\b/.test(s)), JSON.stringify(q)).toEqual([]);
    }
  });
});
