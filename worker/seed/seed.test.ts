/**
 * The demo seed: deterministic, valid against the catalogue, idempotent in D1, and rich enough
 * for the personas and the dashboard.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { isoWeek } from '../demand/bands';
import { answersSchema } from '../questionnaire/schema';
import { catalogueV1 } from '../questionnaire/v1';
import { demoOriginsForPort, demoSeed } from './demo';
import { PROJECT_QUESTION_IDS } from './profiles';
import { MAX_ROWS_PER_STATEMENT, seedStatements } from './sql';
import { resetDatabase } from '../../test/worker/fixtures';
import { eq } from 'drizzle-orm';
import { database } from '../db/client';
import { initiatives } from '../db/schema';
import { propertiesForInitiative } from '../groups/properties';
import { loadShortlist } from '../groups/shortlist';

const NOW = Date.UTC(2026, 10, 25, 9, 30);
const DAY = 86_400_000;
const TABLES = ['organizations', 'embeds', 'listings', 'demand_records'] as const;

async function runStatements(statements: string[]): Promise<void> {
  await env.DB.batch(statements.map((s) => env.DB.prepare(s)));
}
async function scalar(sql: string): Promise<number> {
  const row = await env.DB.prepare(sql).first<{ n: number }>();
  return row?.n ?? 0;
}
async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = await scalar(`SELECT count(*) AS n FROM ${t}`);
  return out;
}

describe('demoSeed (pure)', () => {
  it('is deterministic and keeps ids stable across times', () => {
    expect(demoSeed(NOW)).toEqual(demoSeed(NOW));
    const later = demoSeed(NOW + 3 * DAY);
    expect(later.listings.map((l) => l.id)).toEqual(demoSeed(NOW).listings.map((l) => l.id));
    expect(later.demandRecords.map((d) => d.id)).toEqual(demoSeed(NOW).demandRecords.map((d) => d.id));
  });

  it('answers the project side of the questionnaire validly', () => {
    const schema = answersSchema(catalogueV1, 'project');
    for (const l of demoSeed(NOW).listings) {
      const parsed = schema.safeParse(l.profile);
      expect(parsed.success, `${l.id}: ${parsed.error?.message ?? ''}`).toBe(true);
      if (l.kind === 'project') expect(Object.keys(l.profile ?? {}).sort(), l.id).toEqual([...PROJECT_QUESTION_IDS].sort());
      expect(l.profile?.['needs.barrierFree']?.value, l.id).toBe(l.barrierFree);
      expect(l.profile?.['who.pets']?.value, l.id).toBe(l.petsAllowed);
    }
  });

  it('has the promised dealbreakers', () => {
    const byId = new Map(demoSeed(NOW).listings.map((l) => [l.id, l.profile ?? {}]));
    const all = [...byId.values()];
    expect(all.some((p) => p['community.carFree']?.value === 'yes' && p['community.carFree']?.importance === 3)).toBe(true);
    expect(all.some((p) => JSON.stringify(p['who.ageBands']?.value) === '["65+"]' && p['who.ageBands']?.importance === 3)).toBe(true);
    expect(all.some((p) => Number(p['community.hours']?.value) >= 10 && p['community.hours']?.importance === 3)).toBe(true);
  });

  it('keeps statements small enough for D1', () => {
    for (const s of seedStatements(demoSeed(NOW))) {
      expect(new TextEncoder().encode(s).length).toBeLessThan(100_000);
      expect(s.split('\n').filter((line) => line.startsWith('(')).length).toBeLessThanOrEqual(MAX_ROWS_PER_STATEMENT);
    }
  });
});

describe('seed statements in D1', () => {
  beforeAll(async () => {
    await resetDatabase();
    const statements = seedStatements(demoSeed(NOW));
    await runStatements(statements);
    const first = await counts();
    await runStatements(statements);
    expect(await counts()).toEqual(first);
  });

  it('creates the organizations, embeds and listings', async () => {
    expect(await scalar("SELECT count(*) AS n FROM organizations WHERE kind = 'provider'")).toBeGreaterThanOrEqual(6);
    expect(await scalar("SELECT count(*) AS n FROM organizations WHERE id = 'org_lk_goerlitz' AND region_district_keys = '[\"14626\"]'")).toBe(1);
    expect(await scalar("SELECT count(*) AS n FROM embeds WHERE publishable_key IN ('pk_demo_goerlitz', 'pk_demo_coop')")).toBe(2);
    expect(await scalar('SELECT count(*) AS n FROM listings')).toBeGreaterThanOrEqual(40);
    expect(await scalar("SELECT count(*) AS n FROM listings WHERE kind = 'property' AND status = 'published'")).toBeGreaterThanOrEqual(5);
    for (const status of ['draft', 'paused', 'archived']) {
      expect(await scalar(`SELECT count(*) AS n FROM listings WHERE status = '${status}'`), status).toBeGreaterThan(0);
    }
  });

  it('covers every stage and legal form among published projects', async () => {
    const stages = await env.DB.prepare("SELECT DISTINCT stage FROM listings WHERE kind = 'project' AND status = 'published'").all<{ stage: string }>();
    expect(stages.results.map((r) => r.stage).sort()).toEqual(['building', 'forming', 'occupied', 'planning']);
    const forms = await env.DB.prepare("SELECT DISTINCT legal_form FROM listings WHERE kind = 'project' AND status = 'published'").all<{ legal_form: string }>();
    expect(forms.results.map((r) => r.legal_form).sort()).toEqual(['cooperative', 'foundation', 'other', 'ownership', 'rental', 'syndicate']);
  });

  it('places every listing at a real postcode of Landkreis Görlitz', async () => {
    expect(
      await scalar("SELECT count(*) AS n FROM listings l LEFT JOIN postcodes p ON p.postcode = l.postcode WHERE p.postcode IS NULL OR p.district_key != '14626' OR l.district_key != '14626'"),
    ).toBe(0);
    // Within ~1 km of the postcode's centre.
    expect(await scalar('SELECT count(*) AS n FROM listings l JOIN postcodes p ON p.postcode = l.postcode WHERE abs(l.lat - p.lat) > 0.01 OR abs(l.lon - p.lon) > 0.015')).toBe(0);
  });

  it('spreads at least 300 demand records over the last 12 ISO weeks', async () => {
    expect(await scalar("SELECT count(*) AS n FROM demand_records WHERE region_organization_id = 'org_lk_goerlitz'")).toBeGreaterThanOrEqual(300);
    const weeks = await env.DB.prepare('SELECT iso_week, count(*) AS n FROM demand_records GROUP BY iso_week ORDER BY iso_week').all<{ iso_week: string; n: number }>();
    expect(weeks.results).toHaveLength(12);
    expect(weeks.results.at(-1)?.iso_week).toBe(isoWeek(NOW));
    expect(weeks.results[0]?.iso_week).toBe(isoWeek(NOW - 11 * 7 * DAY));
    for (const key of ['14612', '14713', '11000', '14626']) {
      expect(await scalar(`SELECT count(*) AS n FROM demand_records WHERE origin_district_key = '${key}'`), key).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives each persona something to find', async () => {
    const published = "status = 'published' AND kind = 'project' AND free_places > 0";
    // a) family with two children and a dog, ≤ 1,100 €, no equity — and visible exclusions.
    expect(await scalar(`SELECT count(*) AS n FROM listings WHERE ${published} AND children_welcome = 1 AND pets_allowed = 'dog' AND equity_required_cents = 0 AND monthly_cost_min_cents <= 110000`)).toBeGreaterThanOrEqual(4);
    expect(await scalar(`SELECT count(*) AS n FROM listings WHERE ${published} AND (children_welcome = 0 OR pets_allowed != 'dog' OR equity_required_cents > 0)`)).toBeGreaterThanOrEqual(10);
    // b) barrier-free as a dealbreaker.
    expect(await scalar(`SELECT count(*) AS n FROM listings WHERE ${published} AND barrier_free = 1`)).toBeGreaterThanOrEqual(5);
    // c) quiet multi-generation houses open to people over 65.
    expect(
      await scalar(
        `SELECT count(*) AS n FROM listings WHERE ${published} AND json_extract(profile, '$."community.ageMix".value') = 'multigen' AND json_extract(profile, '$."needs.atmosphere".value') = 'quiet' AND EXISTS (SELECT 1 FROM json_each(json_extract(profile, '$."who.ageBands".value')) WHERE value = '65+')`,
      ),
    ).toBeGreaterThanOrEqual(4);
    // d) a group of five households: properties for at least five households.
    expect(await scalar("SELECT count(*) AS n FROM listings WHERE status = 'published' AND kind = 'property' AND free_places >= 5")).toBeGreaterThanOrEqual(4);
  });

  it('makes Hofgemeinschaft Oberland close to ready for the farmstead in Obercunnersdorf: 4 of 5, the financing plan missing', async () => {
    const initiative = (await database(env.DB).select().from(initiatives).where(eq(initiatives.id, 'ini_001')).get())!;
    const [farmstead] = await propertiesForInitiative(env.DB, initiative);
    expect(initiative.name).toBe('Hofgemeinschaft Oberland');
    expect(farmstead!.property.id).toBe('lst_046');
    expect(farmstead!.fit.fits).toBe(true);
    expect(farmstead!.interest?.shortlistConsentAt).not.toBeNull();
    expect(farmstead!.readiness).toMatchObject({ met: 4, total: 5, ready: false });
    expect(farmstead!.readiness.items.filter((i) => !i.met).map((i) => i.id)).toEqual(['financingPlan']);
    // The municipality sees the group on the farmstead's shortlist.
    expect((await loadShortlist(env.DB, { id: 'lst_046', unitsTotal: 5 })).shown.map((e) => e.name)).toEqual(['Hofgemeinschaft Oberland']);
  });

  it('adds the origins of another demo port on re-seed without dropping any', async () => {
    await runStatements(seedStatements(demoSeed(NOW, { demoOrigins: demoOriginsForPort(9123) })));
    const row = await env.DB.prepare("SELECT allowed_origins FROM embeds WHERE id = 'emb_demo'").first<{ allowed_origins: string }>();
    const origins = JSON.parse(row?.allowed_origins ?? '[]') as string[];
    expect(origins).toEqual(expect.arrayContaining(['http://localhost:8080', 'http://127.0.0.1:18080', 'http://localhost:9123', 'http://127.0.0.1:9123']));
    expect(new Set(origins).size).toBe(origins.length);
    expect(await scalar('SELECT count(*) AS n FROM embeds')).toBe(2);
  });
});
