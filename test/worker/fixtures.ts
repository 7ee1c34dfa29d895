/**
 * Small, explicit fixtures for route tests: one municipality with an embed, a revoked embed and a
 * few listings around Zittau. Persona tests use the full demo seed instead (worker/seed).
 */
import { env, SELF } from 'cloudflare:test';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { embeds, listings, organizations, regionApprovals, type NewListing } from '../../worker/db/schema';

export const ORIGIN = 'https://town.example';
export const KEY = 'pk_test_region';
export const REVOKED_KEY = 'pk_test_revoked';

let ip = 0;
/** A fresh client address per call, so tests do not share one rate-limit bucket by accident. */
export const nextIp = () => `198.51.100.${(ip = (ip + 1) % 250) + 1}`;

/** Reference data and D1's own bookkeeping: never emptied between tests. */
const KEPT = new Set(['postcodes', 'd1_migrations', 'sqlite_sequence', '_cf_KV', '_cf_METADATA']);

/**
 * Empties every table but the reference data (postcodes); test files share one D1 per file, so
 * each test starts clean. The tables are read from the schema, so a new one is emptied too; foreign
 * keys are checked at the end of the batch, so the order does not matter.
 */
export async function resetDatabase(): Promise<void> {
  const { results } = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all<{ name: string }>();
  const tables = results.map((r) => r.name).filter((t) => !KEPT.has(t));
  await env.DB.batch([env.DB.prepare('PRAGMA defer_foreign_keys = ON'), ...tables.map((t) => env.DB.prepare(`DELETE FROM "${t}"`))]);
}

export async function insertFixtures(): Promise<void> {
  await resetDatabase();
  const db = database(env.DB);
  const now = Date.now();
  await db.insert(organizations).values([
    { id: 'org_town', kind: 'municipality', name: 'Testgemeinde', slug: 'testgemeinde', regionDistrictKeys: ['14626'], createdAt: now },
    { id: 'org_coop', kind: 'provider', name: 'Testgenossenschaft', slug: 'testgenossenschaft', createdAt: now },
  ]);
  // The municipality has approved the co-op for its region embeds (worker/curation).
  await db.insert(regionApprovals).values({ municipalityId: 'org_town', providerId: 'org_coop', state: 'approved', createdAt: now, decidedAt: now });
  await db.insert(embeds).values([
    { id: 'emb_town', organizationId: 'org_town', name: 'Website', publishableKey: KEY, allowedOrigins: [ORIGIN], scope: 'region', theme: { accent: '#0b5e55' }, createdAt: now },
    { id: 'emb_revoked', organizationId: 'org_town', name: 'Alt', publishableKey: REVOKED_KEY, allowedOrigins: [ORIGIN], scope: 'region', createdAt: now, revokedAt: now },
  ]);
  const base: Omit<NewListing, 'id' | 'title' | 'postcode' | 'place' | 'lat' | 'lon'> = {
    organizationId: 'org_coop', kind: 'project', status: 'published', summary: 'Ein Testprojekt.', description: 'Beschreibung.',
    districtKey: '14626', settlement: 'small_town', stage: 'occupied', legalForm: 'cooperative', unitsTotal: 10, freePlaces: 2,
    freeUnits: { own_flat: 2 }, monthlyCostMinCents: 60_000, monthlyCostMaxCents: 90_000, equityRequiredCents: 0,
    confirmedAt: now, createdAt: now, updatedAt: now,
  };
  const rows: NewListing[] = [
    { ...base, id: 'lst_zittau', title: 'Hof in Zittau', postcode: '02763', place: 'Zittau', lat: 50.8977, lon: 14.8076 },
    { ...base, id: 'lst_oybin', title: 'Haus in Oybin', postcode: '02797', place: 'Oybin', lat: 50.85, lon: 14.75, barrierFree: true, settlement: 'village' },
    { ...base, id: 'lst_draft', title: 'Entwurf', postcode: '02763', place: 'Zittau', lat: 50.9, lon: 14.8, status: 'draft' },
    { ...base, id: 'lst_dresden', title: 'Außerhalb der Region', postcode: '01067', place: 'Dresden', lat: 51.05, lon: 13.73, districtKey: '14612' },
    { ...base, id: 'lst_property', kind: 'property', title: 'Alte Schule', postcode: '02779', place: 'Großschönau', lat: 50.9051, lon: 14.6936, freePlaces: 6 },
  ];
  for (const part of chunkForInsert(listings, rows)) await db.insert(listings).values(part);
}

/** POST JSON to the Worker as the widget would, from an allowed origin. */
export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(`https://api.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, 'cf-connecting-ip': nextIp(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const household = {
  'who.seekerType': { value: 'household' },
  'who.adults': { value: 2 },
  'who.children': { value: 0 },
};

/**
 * Sends requests until the first 429 (at most `max`), for rate-limit tests. The Workers limiter
 * counts per clock-aligned window, so a run on a slow machine may cross a boundary: the test then
 * sees more requests pass than the limit, never fewer.
 * @example
 * const { passed, limited } = await untilLimited(() => postJson('/v1/matches', body, headers), 130);
 * expect(passed).toBeGreaterThanOrEqual(60);
 */
export async function untilLimited(send: () => Promise<Response>, max: number): Promise<{ passed: number[]; limited?: Response }> {
  const passed: number[] = [];
  for (let i = 0; i < max; i++) {
    const res = await send();
    if (res.status === 429) return { passed, limited: res };
    passed.push(res.status);
    await res.body?.cancel();
  }
  return { passed };
}
