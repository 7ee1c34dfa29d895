import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EmbedConfig, MatchesResponse } from '../../worker/api/schemas';
import { household, insertFixtures, KEY, ORIGIN, postJson } from './fixtures';

beforeEach(insertFixtures);

const demandCount = async () => (await env.DB.prepare('SELECT count(*) AS n FROM demand_records').first<{ n: number }>())?.n;

describe('GET /v1/embeds/{key}/config', () => {
  it('returns theme, scope and the questionnaire in one answer, readable cross-origin', async () => {
    const res = await SELF.fetch(`https://api.test/v1/embeds/${KEY}/config`, { headers: { origin: ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const body = (await res.json()) as EmbedConfig;
    expect(body.embed).toMatchObject({ key: KEY, scope: 'region', theme: { accent: '#0b5e55' }, organization: { name: 'Testgemeinde' } });
    expect(body.questionnaire.version).toBe('v1');
    expect(body.questionnaire.steps.map((s) => s.id)).toEqual(['who', 'where', 'home', 'community', 'needs']);
  });

  it('answers a CORS preflight', async () => {
    const res = await SELF.fetch('https://api.test/v1/matches', {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
  });
});

describe('POST /v1/matches', () => {
  it('ranks only published projects in the embed region for a household', async () => {
    const res = await postJson('/v1/matches', { key: KEY, answers: household });
    expect(res.status).toBe(200);
    const body = (await res.json()) as MatchesResponse;
    expect(body.algorithm).toBe('bt-match/1');
    expect(body.matches.map((m) => m.listing.id).sort()).toEqual(['lst_oybin', 'lst_zittau']);
    for (const m of body.matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(100);
      for (const r of [...m.reasons, ...m.watchOuts]) expect(r.text.length).toBeGreaterThan(0);
    }
  });

  it('shows properties, not projects, to a forming group', async () => {
    const res = await postJson('/v1/matches', {
      key: KEY,
      answers: { 'who.seekerType': { value: 'group' }, 'who.households': { value: 5 }, 'who.adults': { value: 9 }, 'who.children': { value: 4 } },
    });
    const body = (await res.json()) as MatchesResponse;
    expect(body.matches.map((m) => m.listing.id)).toEqual(['lst_property']);
  });

  it('keeps to the search area and to a barrier-free dealbreaker', async () => {
    const near = (await (await postJson('/v1/matches', {
      key: KEY,
      answers: { ...household, 'where.postcode': { value: '02797' }, 'where.radiusKm': { value: '10' } },
    })).json()) as MatchesResponse;
    expect(near.matches.every((m) => m.distanceKm !== null && m.distanceKm <= 10)).toBe(true);
    expect(near.matches.map((m) => m.listing.id)).toContain('lst_oybin');

    const barrierFree = (await (await postJson('/v1/matches', {
      key: KEY,
      answers: { ...household, 'needs.barrierFree': { value: true, importance: 3 } },
    })).json()) as MatchesResponse;
    expect(barrierFree.matches.map((m) => m.listing.id)).toEqual(['lst_oybin']);
  });

  it('writes one anonymous demand record in bands, none when opted out', async () => {
    await postJson('/v1/matches', {
      key: KEY,
      answers: { ...household, 'who.children': { value: 2 }, 'who.originPostcode': { value: '01067' }, 'money.maxMonthlyCost': { value: 950 } },
    });
    const row = await env.DB.prepare('SELECT * FROM demand_records').first<Record<string, unknown>>();
    expect(row).toMatchObject({ origin_district_key: '14612', household_type: 'family', size_band: '3-4', budget_band: '800-1099', region_organization_id: 'org_town' });
    // Neither the postcode nor the exact budget is stored (the random record id left out: it may hold "950").
    const { id, ...stored } = row!;
    expect(id).toEqual(expect.any(String));
    expect(JSON.stringify(stored)).not.toMatch(/01067|950/);
    await postJson('/v1/matches', { key: KEY, answers: household, statsOptOut: true });
    expect(await demandCount()).toBe(1);
  });

  it('replays the first answer for a retried Idempotency-Key and refuses the key with another body', async () => {
    const body = { key: KEY, answers: household };
    const first = await postJson('/v1/matches', body, { 'idempotency-key': 'retry-test-0001' });
    const again = await postJson('/v1/matches', body, { 'idempotency-key': 'retry-test-0001' });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(await demandCount()).toBe(1);
    const other = await postJson('/v1/matches', { ...body, limit: 3 }, { 'idempotency-key': 'retry-test-0001' });
    expect(other.status).toBe(422);
  });
});

describe('guide links on reasons and watch-outs', () => {
  it('links a legal-form watch-out to its entry and a budget watch-out to financing, in the language and with the key', async () => {
    // Zittau costs from 600 € a month: over this budget, and a co-op where a syndicate is wanted.
    const answers = { ...household, 'money.legalForms': { value: ['syndicate'], importance: 2 }, 'money.maxMonthlyCost': { value: 480, importance: 2 } };
    const res = await postJson('/v1/matches', { key: KEY, answers, locale: 'en' });
    expect(res.status).toBe(200);
    const zittau = ((await res.json()) as MatchesResponse).matches.find((m) => m.listing.id === 'lst_zittau')!;
    const byCode = new Map([...zittau.reasons, ...zittau.watchOuts].map((r) => [r.code, r]));
    expect(byCode.get('legal_form.mismatch')?.guide).toBe(`https://api.test/guide/legal-forms?lang=en&embed=${KEY}#cooperative`);
    expect(byCode.get('cost.over_budget')?.guide).toBe(`https://api.test/guide/financing?lang=en&embed=${KEY}`);
    // Points the guide has nothing on carry no link.
    const others = [...zittau.reasons, ...zittau.watchOuts].filter((r) => !/^(legal_form|equity|price|wbs|cost\.over)/.test(r.code));
    for (const r of others) expect(r.guide, r.code).toBeUndefined();
  });
});

describe('API description', () => {
  it('serves the OpenAPI document generated from the schemas and a reference page', async () => {
    const doc = (await (await SELF.fetch('https://api.test/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/health', '/v1/embeds/{key}/config', '/v1/matches']));
    const page = await SELF.fetch('https://api.test/docs');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('/v1/matches');
  });
});

describe('Idempotency-Key under concurrency', () => {
  it('does the work once when retries overlap the first attempt', async () => {
    const body = { key: KEY, answers: household };
    const attempts = await Promise.all(Array.from({ length: 6 }, () => postJson('/v1/matches', body, { 'idempotency-key': 'overlap-test-01' })));
    const statuses = attempts.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(statuses).toContain(200);
    expect(await demandCount()).toBe(1);
    // After the first attempt finished, a retry gets its answer replayed.
    const later = await postJson('/v1/matches', body, { 'idempotency-key': 'overlap-test-01' });
    expect(later.status).toBe(200);
    expect(later.headers.get('idempotent-replayed')).toBe('true');
  });

  it('frees the key when the first attempt fails, so a corrected retry works', async () => {
    const bad = await postJson('/v1/matches', { key: KEY, answers: { ...household, 'where.postcode': { value: '00000' } } }, { 'idempotency-key': 'failed-first-1' });
    expect(bad.status).toBe(400);
    const count = await env.DB.prepare("SELECT count(*) AS n FROM idempotency_keys WHERE key = 'failed-first-1'").first<{ n: number }>();
    expect(count?.n).toBe(0);
  });
});
