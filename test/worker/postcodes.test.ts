/**
 * The full postcode migration (the other worker tests run on a small fixture of it,
 * test/support/postcodes.ts): every postcode of data/de-postcodes.csv that has a district, one row
 * each, and the lookups the API makes work on it.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertFixtures, household, postJson, KEY } from './fixtures';

beforeAll(async () => {
  for (const q of env.FULL_POSTCODES) await env.DB.prepare(q).run();
  await insertFixtures();
});

describe('migration 0001: German postcodes', () => {
  it('holds every postcode of the CSV once, with a district for each', async () => {
    const row = await env.DB.prepare('SELECT count(*) AS n, count(DISTINCT postcode) AS distinct_n, sum(district_key IS NULL OR district_name = \'\') AS bad FROM postcodes').first<{ n: number; distinct_n: number; bad: number }>();
    expect(env.CSV_POSTCODES).toBeGreaterThan(8000);
    expect(row).toEqual({ n: env.CSV_POSTCODES, distinct_n: env.CSV_POSTCODES, bad: 0 });
  });

  it('serves lookups far from the test fixtures: a search around Munich resolves its postcode', async () => {
    const munich = await env.DB.prepare("SELECT district_name FROM postcodes WHERE postcode = '80331'").first<{ district_name: string }>();
    expect(munich?.district_name).toMatch(/München/);
    const res = await postJson('/v1/matches', { key: KEY, answers: { ...household, 'where.postcode': { value: '80331' }, 'where.radiusKm': { value: '25' } }, statsOptOut: true });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { total: number }).total).toBe(0);
  });
});
