import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../worker/http/problem';
import { household, insertFixtures, KEY, ORIGIN, postJson, REVOKED_KEY, untilLimited } from './fixtures';

beforeEach(insertFixtures);

async function expectProblem(res: Response, status: number, field?: string): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as Problem;
  expect(body.status).toBe(status);
  expect(body.title).toBeTruthy();
  expect(body.requestId).toBe(res.headers.get('x-request-id'));
  if (field) expect(body.errors?.map((e) => e.field)).toContain(field);
  return body;
}

describe('problem+json for bad requests', () => {
  it('404 for an unknown route', async () => {
    await expectProblem(await SELF.fetch('https://api.test/v1/nothing-here'), 404);
  });

  it('405 with Allow for a known path and the wrong method', async () => {
    const res = await SELF.fetch('https://api.test/v1/matches', { headers: { origin: ORIGIN } });
    await expectProblem(res, 405);
    expect(res.headers.get('allow')).toBe('POST');
    const del = await SELF.fetch('https://api.test/v1/health', { method: 'DELETE' });
    await expectProblem(del, 405);
  });

  it('415 when the body is not declared as JSON', async () => {
    await expectProblem(await postJson('/v1/matches', 'key=x', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'content-type');
  });

  it('400 naming the body for malformed JSON', async () => {
    const body = await expectProblem(await postJson('/v1/matches', '{"key": "pk_test_region", '), 400, '(body)');
    expect(body.code).toBe('malformed_json');
  });

  it('413 for a body over 64 KiB', async () => {
    await expectProblem(await postJson('/v1/matches', { key: KEY, answers: {}, pad: 'x'.repeat(70_000) }), 413);
  });

  it('400 naming each invalid field', async () => {
    await expectProblem(await postJson('/v1/matches', { answers: household }), 400, 'key');
    await expectProblem(await postJson('/v1/matches', { key: KEY, answers: { ...household, 'who.nonsense': { value: 1 } } }), 400, 'answers.who.nonsense');
    await expectProblem(await postJson('/v1/matches', { key: KEY, answers: { 'community.meals': { value: 'hourly' } } }), 400, 'answers.community.meals.value');
    await expectProblem(await postJson('/v1/matches', { key: KEY, answers: { 'who.adults': { value: 0 } } }), 400, 'answers.who.adults.value');
    await expectProblem(await postJson('/v1/matches', { key: KEY, answers: { 'who.adults': { value: 2, importance: 2 } } }), 400, 'answers.who.adults.importance');
    await expectProblem(await postJson('/v1/matches', { key: KEY, answers: { 'community.meals': { value: 'weekly', importance: 7 } } }), 400, 'answers.community.meals.importance');
    await expectProblem(await postJson('/v1/matches', { key: KEY, answers: household, limit: 51 }), 400, 'limit');
    await expectProblem(await postJson('/v1/matches', { key: KEY, answers: household, extra: true }), 400, 'extra');
    await expectProblem(await postJson('/v1/matches', { key: KEY, answers: { 'who.householdType': { value: ['family'] } } }), 400, 'answers.who.householdType');
  });

  it('400 for a postcode that does not exist', async () => {
    await expectProblem(await postJson('/v1/matches', { key: KEY, answers: { ...household, 'where.postcode': { value: '00000' } } }), 400, 'answers.where.postcode.value');
  });

  it('404 for an unknown key, 403 for a revoked key or a foreign origin', async () => {
    expect((await expectProblem(await postJson('/v1/matches', { key: 'pk_nobody_here', answers: household }), 404, 'key')).code).toBe('unknown_key');
    expect((await expectProblem(await postJson('/v1/matches', { key: REVOKED_KEY, answers: household }), 403, 'key')).code).toBe('key_revoked');
    const foreign = await postJson('/v1/matches', { key: KEY, answers: household }, { origin: 'https://evil.example' });
    expect((await expectProblem(foreign, 403, 'origin')).code).toBe('origin_not_allowed');
    const config = await SELF.fetch(`https://api.test/v1/embeds/${KEY}/config`, { headers: { origin: 'https://evil.example' } });
    expect((await expectProblem(config, 403, 'origin')).code).toBe('origin_not_allowed');
  });

  it('429 with Retry-After once a client exceeds the public rate limit', async () => {
    const headers = { 'cf-connecting-ip': '203.0.113.9' };
    const { passed, limited } = await untilLimited(() => postJson('/v1/matches', { key: KEY, answers: household, statsOptOut: true }, headers), 130);
    expect(passed.length).toBeGreaterThanOrEqual(60);
    expect(passed.every((s) => s === 200)).toBe(true);
    expect(limited, 'no 429 within 130 requests').toBeDefined();
    await expectProblem(limited!, 429);
    expect(limited!.headers.get('retry-after')).toBe('60');
    // Another client is not affected.
    expect((await postJson('/v1/matches', { key: KEY, answers: household, statsOptOut: true })).status).toBe(200);
  });

  it('never loses stored data on bad input', async () => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM listings').first<{ n: number }>();
    await postJson('/v1/matches', "{'; DROP TABLE listings; --");
    await postJson('/v1/matches', { key: "pk_x'; DELETE FROM listings; --", answers: household });
    const after = await env.DB.prepare('SELECT count(*) AS n FROM listings').first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });
});
