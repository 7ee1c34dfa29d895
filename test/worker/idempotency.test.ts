/**
 * Idempotency that cannot stick or drop: a reservation whose request died expires after its lease,
 * keys are scoped to the embed, and a key reused with another request after the stored answer's
 * retention is refused instead of answering with someone else's request. Also: what a saved
 * search keeps, and rate limits keyed per embed and client.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONSENT_TEXT_VERSION } from '../../worker/api/schemas';
import { LEASE_MS } from '../../worker/http/idempotency';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { household, insertFixtures, KEY, ORIGIN, postJson, untilLimited } from './fixtures';

const OTHER_KEY = 'pk_test_other';

beforeEach(async () => {
  await insertFixtures();
  await env.DB.prepare(
    "INSERT INTO embeds (id, organization_id, name, publishable_key, allowed_origins, scope, created_at) VALUES ('emb_other', 'org_town', 'Tourismus', ?, ?, 'region', 1)",
  )
    .bind(OTHER_KEY, JSON.stringify([ORIGIN]))
    .run();
});

const contact = (over: Record<string, unknown> = {}) => ({
  key: KEY,
  listingId: 'lst_zittau',
  answers: household,
  locale: 'de',
  name: 'Erika Muster',
  email: 'erika@example.org',
  message: 'Wir würden Sie gern kennenlernen.',
  consent: { contact: true, shareNeeds: false, textVersion: CONSENT_TEXT_VERSION },
  turnstileToken: DUMMY_TOKEN,
  ...over,
});

const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

const requests = async () => (await env.DB.prepare('SELECT id, name, embed_id FROM contact_requests ORDER BY created_at').all<{ id: string; name: string; embed_id: string }>()).results;

/** A reservation as a request that died mid-flight leaves it. */
async function deadReservation(body: string, key: string, leaseUntil: number) {
  await env.DB.prepare("INSERT INTO idempotency_keys (route, scope, key, request_hash, status, body, lease_until, created_at) VALUES ('contact-requests', ?, ?, ?, 0, '', ?, ?)")
    .bind(KEY, key, await sha256(body), leaseUntil, Date.now() - LEASE_MS)
    .run();
}

describe('Idempotency-Key', () => {
  it('answers 409 while a reservation is within its lease', async () => {
    const body = JSON.stringify(contact());
    await deadReservation(body, 'lease-held-01', Date.now() + LEASE_MS);
    const res = await postJson('/v1/contact-requests', body, { 'idempotency-key': 'lease-held-01' });
    expect(res.status).toBe(409);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await requests()).toHaveLength(0);
  });

  it('lets a retry through once the lease of a dead request has run out, and stores its answer', async () => {
    const body = JSON.stringify(contact());
    await deadReservation(body, 'lease-dead-01', Date.now() - 1);
    const res = await postJson('/v1/contact-requests', body, { 'idempotency-key': 'lease-dead-01' });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await requests()).map((r) => r.id)).toEqual([id]);
    const stored = await env.DB.prepare("SELECT status, body FROM idempotency_keys WHERE key = 'lease-dead-01'").first<{ status: number; body: string }>();
    expect(stored?.status).toBe(201);
    expect(JSON.parse(stored!.body).id).toBe(id);
  });

  it('scopes a key to its embed: the same key from two embeds is two requests with their own answers', async () => {
    const a = await postJson('/v1/contact-requests', contact(), { 'idempotency-key': 'shared-key-01' });
    const b = await postJson('/v1/contact-requests', contact({ key: OTHER_KEY, name: 'Jonas Beispiel' }), { 'idempotency-key': 'shared-key-01' });
    expect([a.status, b.status]).toEqual([201, 201]);
    const [idA, idB] = [((await a.json()) as { id: string }).id, ((await b.json()) as { id: string }).id];
    expect(idA).not.toBe(idB);
    expect((await requests()).map((r) => [r.id, r.name, r.embed_id])).toEqual([
      [idA, 'Erika Muster', 'emb_town'],
      [idB, 'Jonas Beispiel', 'emb_other'],
    ]);
  });

  it("after the stored answer's retention, a reused key with another request is refused, never answered with the first seeker's id", async () => {
    const first = await postJson('/v1/contact-requests', contact(), { 'idempotency-key': 'reused-key-01' });
    const { id } = (await first.json()) as { id: string };
    await env.DB.prepare('DELETE FROM idempotency_keys').run(); // retention ran
    const other = await postJson('/v1/contact-requests', contact({ name: 'Jemand Anderes', email: 'anders@example.org' }), { 'idempotency-key': 'reused-key-01' });
    expect(other.status).toBe(422);
    const problem = (await other.json()) as { code: string; errors: { field: string }[] };
    expect(problem.code).toBe('idempotency_key_reused');
    expect(problem.errors.map((e) => e.field)).toEqual(['idempotency-key']);
    expect(JSON.stringify(problem)).not.toContain(id);
    // The same request retried late still finds its own row.
    const again = await postJson('/v1/contact-requests', contact(), { 'idempotency-key': 'reused-key-01' });
    expect(again.status).toBe(201);
    expect(((await again.json()) as { id: string }).id).toBe(id);
    expect(await requests()).toHaveLength(1);
  });
});

describe('saved searches', () => {
  const search = (over: Record<string, unknown> = {}) => ({
    key: KEY,
    answers: {
      ...household,
      'who.originPostcode': { value: '01067' },
      'needs.barrierFree': { value: true, importance: 3 },
      'community.meals': { value: 'weekly', importance: 2 },
    },
    email: 'suche@example.org',
    locale: 'en',
    consent: { notify: true, textVersion: CONSENT_TEXT_VERSION },
    turnstileToken: DUMMY_TOKEN,
    ...over,
  });
  const stored = async () => (await env.DB.prepare('SELECT answers, locale FROM saved_searches').all<{ answers: string; locale: string }>()).results;

  it('keep only what matching needs: no current postcode, no health-related answer without its consent', async () => {
    expect((await postJson('/v1/saved-searches', search(), { 'idempotency-key': 'search-min-01' })).status).toBe(202);
    const [row] = await stored();
    const answers = JSON.parse(row!.answers);
    expect(Object.keys(answers).sort()).toEqual(['community.meals', 'who.adults', 'who.children', 'who.seekerType']);
    expect(row!.locale).toBe('en');
  });

  it('keep the health-related answers with their consent, still without the current postcode', async () => {
    const body = search({ consent: { notify: true, storeNeeds: true, textVersion: CONSENT_TEXT_VERSION } });
    expect((await postJson('/v1/saved-searches', body, { 'idempotency-key': 'search-min-02' })).status).toBe(202);
    const answers = JSON.parse((await stored())[0]!.answers);
    expect(answers['needs.barrierFree']).toEqual({ value: true, importance: 3 });
    expect(answers['who.originPostcode']).toBeUndefined();
  });

  it('refuse a reused key after retention and store nothing', async () => {
    await postJson('/v1/saved-searches', search(), { 'idempotency-key': 'search-reuse-1' });
    await env.DB.prepare('DELETE FROM idempotency_keys').run();
    const other = await postJson('/v1/saved-searches', search({ email: 'jemand@example.org' }), { 'idempotency-key': 'search-reuse-1' });
    expect(other.status).toBe(422);
    expect(await stored()).toHaveLength(1);
  });
});

describe('public rate limits', () => {
  it('are kept per embed and client: one exhausted embed leaves another embed for the same client open', async () => {
    const ip = '100.64.0.50'; // outside every range the other test files draw client addresses from
    const body = (key: string) => ({ key, answers: household, statsOptOut: true });
    const { limited } = await untilLimited(() => postJson('/v1/matches', body(KEY), { 'cf-connecting-ip': ip }), 130);
    expect(limited?.status).toBe(429);
    const other = await postJson('/v1/matches', body(OTHER_KEY), { 'cf-connecting-ip': ip });
    expect(other.status).toBe(200);
    const again = await postJson('/v1/matches', body(KEY), { 'cf-connecting-ip': ip });
    expect(again.status).toBe(429);
  });
});
