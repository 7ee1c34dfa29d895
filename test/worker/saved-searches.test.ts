import { deliverOutbox } from '../support/outbox';
import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONSENT_TEXT_VERSION } from '../../worker/api/schemas';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { household, insertFixtures, KEY, postJson } from './fixtures';

beforeEach(insertFixtures);

const body = (over: Record<string, unknown> = {}) => ({
  key: KEY,
  answers: household,
  email: 'suche@example.org',
  locale: 'de',
  consent: { notify: true, textVersion: CONSENT_TEXT_VERSION },
  turnstileToken: DUMMY_TOKEN,
  ...over,
});
const searches = async () => (await env.DB.prepare('SELECT * FROM saved_searches').all<Record<string, unknown>>()).results;

describe('saved searches with double opt-in', () => {
  it('stores the search unconfirmed, mails a confirm link, and confirms only on POST', async () => {
    const res = await postJson('/v1/saved-searches', body(), { 'idempotency-key': 'search-0001' });
    expect(res.status).toBe(202);
    expect((await searches())[0]).toMatchObject({ email: 'suche@example.org', confirmed_at: null });
    await deliverOutbox();
    const mail = await env.DB.prepare('SELECT text FROM dev_mail').first<{ text: string }>();
    const link = mail?.text.match(/https?:\/\/\S+\/saved-searches\/confirm\/[\w-]+/)?.[0];
    expect(link).toBeTruthy();

    const asked = await SELF.fetch(link!);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('<form method="post"');
    expect((await searches())[0]?.confirmed_at).toBeNull();

    const confirmed = await SELF.fetch(link!, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    expect((await searches())[0]?.confirmed_at).toEqual(expect.any(Number));
  });

  it('never stores a retried search twice and refuses bad input', async () => {
    await postJson('/v1/saved-searches', body(), { 'idempotency-key': 'search-0002' });
    await postJson('/v1/saved-searches', body(), { 'idempotency-key': 'search-0002' });
    expect(await searches()).toHaveLength(1);
    // … nor mails it twice: one confirmation, written with the search.
    const search = (await searches())[0]!;
    expect((await env.DB.prepare("SELECT kind, cause_table AS t, cause_id AS id FROM outbox WHERE \"to\" = 'suche@example.org'").all()).results).toEqual([
      { kind: 'saved-search.confirmation', t: 'saved_searches', id: search.id },
    ]);
    await deliverOutbox();
    expect((await env.DB.prepare("SELECT count(*) AS n FROM dev_mail WHERE \"to\" = 'suche@example.org'").first('n'))).toBe(1);
    expect((await postJson('/v1/saved-searches', body())).status).toBe(400);
    const noConsent = await postJson('/v1/saved-searches', body({ consent: { notify: false, textVersion: CONSENT_TEXT_VERSION } }), { 'idempotency-key': 'search-0003' });
    expect(JSON.stringify(await noConsent.json())).toContain('consent.notify');
    expect((await postJson('/v1/saved-searches', body({ turnstileToken: 'nope' }), { 'idempotency-key': 'search-0004' })).status).toBe(403);
    expect((await SELF.fetch('https://api.test/saved-searches/confirm/not-a-real-token-at-all-000')).status).toBe(404);
    expect(await searches()).toHaveLength(1);
  });
});
