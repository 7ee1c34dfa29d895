/**
 * The per-isolate cache of prepared listings behind POST /v1/matches (worker/listings/isolate-cache.ts):
 * a warm request reads a handful of D1 rows, and every write to what a widget may see — the
 * freshness job pausing a listing, a municipality hiding one or blocking its provider, a revoked
 * key, even plain SQL — takes effect on the very next request.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MatchesResponse } from '../../worker/api/schemas';
import { decisionStatements, hideStatements, showStatements } from '../../worker/curation/approvals';
import { database } from '../../worker/db/client';
import { PAUSE_AFTER_DAYS, runFreshness } from '../../worker/listings/freshness';
import { household, insertFixtures, KEY, ORIGIN, postJson } from './fixtures';

beforeEach(insertFixtures);

const DAY = 86_400_000;

async function match(headers: Record<string, string> = {}) {
  const res = await postJson('/v1/matches', { key: KEY, answers: household }, headers);
  expect(res.status).toBe(200);
  const body = (await res.json()) as MatchesResponse;
  return { ids: body.matches.map((m) => m.listing.id).sort(), rowsRead: res.headers.get('x-rows-read'), bookmark: res.headers.get('x-d1-bookmark') };
}

/** Two requests: the first fills the caches, the second must be answered from them. */
async function warm() {
  await match();
  const second = await match();
  expect(second.rowsRead, 'the second request takes the warm path').not.toBeNull();
  return second;
}

const demandCount = async () => (await env.DB.prepare('SELECT count(*) AS n FROM demand_records').first<{ n: number }>())!.n;

describe('prepared listings per isolate', () => {
  it('answers a warm request with a handful of D1 rows read, the same as the cold one', async () => {
    const cold = await match();
    expect(cold.rowsRead, 'the cold path reports no count').toBeNull();
    const hot = await match();
    expect(hot.ids).toEqual(cold.ids);
    expect(hot.ids).toEqual(['lst_oybin', 'lst_zittau']);
    // The version row, plus what the demand record's insert and its triggers read.
    expect(Number(hot.rowsRead)).toBeGreaterThan(0);
    expect(Number(hot.rowsRead)).toBeLessThan(50);
  });

  it('never shows a listing the freshness job paused, from the first request after the pause', async () => {
    const now = Date.now();
    await env.DB.prepare('UPDATE listings SET confirmed_at = ? WHERE id = ?').bind(now - (PAUSE_AFTER_DAYS + 1) * DAY, 'lst_zittau').run();
    expect((await warm()).ids).toContain('lst_zittau');
    const { paused } = await runFreshness(env, now, 'https://api.test');
    expect(paused).toEqual(['lst_zittau']);
    expect((await match()).ids).toEqual(['lst_oybin']);
  });

  it('never shows a listing the municipality hid, and shows it again once it is shown', async () => {
    const db = database(env.DB);
    expect((await warm()).ids).toContain('lst_oybin');
    await db.batch(hideStatements(db, { municipalityId: 'org_town', listingId: 'lst_oybin', providerId: 'org_coop', reason: 'Nicht in unserer Region.', actorId: 'usr_x' }));
    expect((await match()).ids).toEqual(['lst_zittau']);
    expect((await warm()).ids).toEqual(['lst_zittau']);
    await db.batch(showStatements(db, { municipalityId: 'org_town', listingId: 'lst_oybin', actorId: 'usr_x' }));
    expect((await match()).ids).toEqual(['lst_oybin', 'lst_zittau']);
  });

  it('drops every listing of a provider the municipality blocks', async () => {
    const db = database(env.DB);
    await warm();
    await db.batch(decisionStatements(db, { municipalityId: 'org_town', providerId: 'org_coop', state: 'blocked', message: null, actorId: 'usr_x' }));
    expect((await match()).ids).toEqual([]);
  });

  it('follows any writer, even plain SQL', async () => {
    await warm();
    await env.DB.prepare("UPDATE listings SET status = 'paused' WHERE id = 'lst_zittau'").run();
    expect((await match()).ids).toEqual(['lst_oybin']);
    await env.DB.prepare("UPDATE listings SET free_places = 0 WHERE id = 'lst_oybin'").run();
    expect((await match()).ids).toEqual([]);
  });

  it('refuses a key revoked after its embed was cached, at once', async () => {
    await warm();
    await env.DB.prepare('UPDATE embeds SET revoked_at = ? WHERE publishable_key = ?').bind(Date.now(), KEY).run();
    const res = await postJson('/v1/matches', { key: KEY, answers: household });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('key_revoked');
  });

  it('writes one demand record per request, also when the cache turned stale in between', async () => {
    const before = await demandCount();
    await warm();
    // A write after the cache was filled: the warm attempt's guarded insert must not count, the cold path's must.
    await env.DB.prepare("UPDATE listings SET title = 'Neuer Titel' WHERE id = 'lst_zittau'").run();
    const stale = await match();
    expect(stale.rowsRead, 'answered by the cold path').toBeNull();
    await match();
    expect(await demandCount()).toBe(before + 4);
  });
});

describe('D1 sessions on the read routes', () => {
  it('returns a bookmark, accepts it back, and refuses a malformed one naming the header', async () => {
    const first = await match();
    expect(first.bookmark).toMatch(/^[0-9a-f-]+$/i);
    expect((await match({ 'x-d1-bookmark': first.bookmark! })).ids).toEqual(first.ids);
    const config = await SELF.fetch(`https://api.test/v1/embeds/${KEY}/config`, { headers: { origin: ORIGIN, 'x-d1-bookmark': first.bookmark! } });
    expect(config.status).toBe(200);
    expect(config.headers.get('x-d1-bookmark')).toMatch(/^[0-9a-f-]+$/i);
    const bad = await postJson('/v1/matches', { key: KEY, answers: household }, { 'x-d1-bookmark': 'not a bookmark' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(await bad.json())).toContain('X-D1-Bookmark');
  });
});
