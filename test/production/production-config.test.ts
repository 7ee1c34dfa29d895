/**
 * The Worker with the committed configuration, as `wrangler deploy` ships it (vitest project
 * `production`: wrangler.toml's vars, nothing from .dev.vars). It must fail closed: no dev mailbox,
 * no test keys, no fallback secret, no stack traces, and every write answers 503 naming what is
 * missing. The second half sets the secrets a real deployment has (through the Worker's own fetch
 * with those bindings) and proves the parts that need them: Turnstile is asked for real, the
 * magic link goes out through the mail API (a real local stand-in server).
 */
import { createExecutionContext, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import worker from '../../worker/index';
import type { Env } from '../../worker/env';
import type { Problem } from '../../worker/http/problem';
import { DUMMY_TOKEN, SITEVERIFY_URL } from '../../worker/turnstile/verify';
import type { ReceivedMail } from '../support/mail-api';
import { household, insertFixtures, KEY, ORIGIN } from '../worker/fixtures';

const PUBLIC = 'https://bring-together.test';
const configured = (): Partial<Env> => ({
  AUTH_SECRET: 'production-secret-'.padEnd(48, 'x'),
  PUBLIC_ORIGIN: PUBLIC,
  MAIL_API_URL: inject('mailApi'),
  MAIL_API_TOKEN: 'mail-token',
  MAIL_FROM: 'bring-together <noreply@bring-together.test>',
  TURNSTILE_SITEKEY: '0x4AAAAAAAB1234567890abc',
  TURNSTILE_SECRET: '0x4AAAAAAAB1234567890abcdefghijklm',
});

/** A request through the Worker's real fetch, with these bindings on top of the committed ones. */
async function call(req: Request, over: Partial<Env> = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(req, { ...env, ...over } as Env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const json = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${PUBLIC}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, 'cf-connecting-ip': '198.51.100.7', ...headers },
    body: JSON.stringify(body),
  });

const contactBody = (token = DUMMY_TOKEN) => ({
  key: KEY,
  listingId: 'lst_zittau',
  answers: household,
  name: 'Erika Muster',
  email: 'erika@example.org',
  message: 'Wir möchten Sie kennenlernen.',
  consent: { contact: true, textVersion: 'contact-2026-11' },
  turnstileToken: token,
});

async function problemOf(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as Problem;
}

const count = async (table: string) => (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())!.n;

beforeEach(insertFixtures);
afterEach(() => vi.restoreAllMocks());

describe('the committed configuration, deployed without secrets', () => {
  it('is production: no development setting leaks in', () => {
    expect(env.ENVIRONMENT).toBe('production');
    expect(env.AUTH_SECRET ?? '').toBe('');
    expect(env.TURNSTILE_SECRET ?? '').toBe('');
  });

  it('serves no dev mailbox, even with mail stored in it', async () => {
    await env.DB.prepare("INSERT INTO dev_mail (id, \"to\", subject, text, created_at) VALUES ('m1', 'a@b.example', 'Anmeldelink', 'https://x/verify?token=secret', 1)").run();
    const res = await SELF.fetch(`${PUBLIC}/dev/mailbox`, { headers: { accept: 'application/json' } });
    const body = await problemOf(res, 404);
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('reports itself unhealthy, naming every missing setting', async () => {
    const body = await problemOf(await SELF.fetch(`${PUBLIC}/v1/health`), 503);
    expect(body.code).toBe('not_configured');
    expect(body.errors?.map((e) => e.field).sort()).toEqual(['AUTH_SECRET', 'MAIL_API_TOKEN', 'MAIL_API_URL', 'MAIL_FROM', 'PUBLIC_ORIGIN', 'TURNSTILE_SECRET', 'TURNSTILE_SITEKEY']);
  });

  it('lets nobody sign in without AUTH_SECRET: 503, no token stored, no mail', async () => {
    const res = await SELF.fetch(`${PUBLIC}/admin/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC },
      body: 'email=wohnen%40landkreis.example',
    });
    const body = await problemOf(res, 503);
    expect(body.errors?.map((e) => e.field)).toContain('AUTH_SECRET');
    expect(await count('verifications')).toBe(0);
    expect(await count('dev_mail')).toBe(0);
    await problemOf(await SELF.fetch(`${PUBLIC}/admin/sign-in`), 503);
    await problemOf(await SELF.fetch(`${PUBLIC}/admin/listings`), 503);
  });

  it('takes no public write: contact requests and matches answer 503 and store nothing', async () => {
    const contact = await problemOf(await SELF.fetch(json('/v1/contact-requests', contactBody(), { 'idempotency-key': 'prod-contact-1' })), 503);
    expect(contact.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['AUTH_SECRET', 'PUBLIC_ORIGIN', 'MAIL_API_URL', 'TURNSTILE_SECRET']));
    await problemOf(await SELF.fetch(json('/v1/matches', { key: KEY, answers: household })), 503);
    expect(await count('contact_requests')).toBe(0);
    expect(await count('demand_records')).toBe(0);
  });
});

describe('a configured deployment', () => {
  it('is healthy once every setting is in place', async () => {
    const res = await call(new Request(`${PUBLIC}/v1/health`), configured());
    expect(res.status).toBe(200);
  });

  it("refuses Cloudflare's always-pass test keys as production keys", async () => {
    const res = await call(
      json('/v1/contact-requests', contactBody(), { 'idempotency-key': 'prod-contact-2' }),
      { ...configured(), TURNSTILE_SITEKEY: '1x00000000000000000000AA', TURNSTILE_SECRET: '1x0000000000000000000000000000000AA' },
    );
    const body = await problemOf(res, 503);
    expect(body.errors?.map((e) => e.field).sort()).toEqual(['TURNSTILE_SECRET', 'TURNSTILE_SITEKEY']);
    expect(await count('contact_requests')).toBe(0);
  });

  it('asks siteverify for real: the test token is refused, with a UUID idempotency key', async () => {
    const realFetch = globalThis.fetch;
    const asked: FormData[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url !== SITEVERIFY_URL) return realFetch(input, init);
      asked.push(init?.body as FormData);
      // What Cloudflare answers for the dummy token under a real secret.
      return new Response(JSON.stringify({ success: false, 'error-codes': ['invalid-input-response'] }), { headers: { 'content-type': 'application/json' } });
    });
    const res = await call(json('/v1/contact-requests', contactBody(DUMMY_TOKEN), { 'idempotency-key': 'prod-contact-3' }), configured());
    const body = await problemOf(res, 403);
    expect(body.code).toBe('turnstile_failed');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.get('secret')).toBe(configured().TURNSTILE_SECRET);
    expect(asked[0]!.get('response')).toBe(DUMMY_TOKEN);
    expect(asked[0]!.get('idempotency_key')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await count('contact_requests')).toBe(0);
  });

  it('answers a 500 without a stack trace (development shows it, to prove the test can see one)', async () => {
    const broken = {
      prepare() {
        throw new Error('boom: D1 exploded');
      },
      batch() {
        throw new Error('boom: D1 exploded');
      },
      // The read routes open a D1 session (worker/http/d1-session.ts): the same broken database.
      withSession() {
        return broken;
      },
      getBookmark() {
        return null;
      },
    } as unknown as D1Database;
    const req = () => new Request(`${PUBLIC}/v1/embeds/${KEY}/config`, { headers: { origin: ORIGIN } });
    const prod = await problemOf(await call(req(), { ...configured(), DB: broken }), 500);
    expect(prod.detail).toBe('Something went wrong on our side.');
    expect(JSON.stringify(prod)).not.toMatch(/boom|\bat\s+\S+\s*\(|\.ts:\d+/);
    const dev = await problemOf(await call(req(), { ...configured(), DB: broken, ENVIRONMENT: 'development' }), 500);
    expect(dev.detail).toContain('boom: D1 exploded');
  });

  it('refuses an AUTH_SECRET shorter than 32 characters', async () => {
    const res = await call(new Request(`${PUBLIC}/admin/sign-in`), { ...configured(), AUTH_SECRET: 'short' });
    const body = await problemOf(res, 503);
    expect(body.errors).toEqual([expect.objectContaining({ field: 'AUTH_SECRET' })]);
  });

  it('sends the sign-in link through the mail API, to the public origin', async () => {
    const before = ((await (await fetch(inject('mailApi').replace(/\/emails$/, '/__sent'))).json()) as ReceivedMail[]).length;
    const res = await call(
      new Request(`${PUBLIC}/admin/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC, 'cf-connecting-ip': '198.51.100.8' },
        body: 'email=wohnen%40landkreis.example',
      }),
      configured(),
    );
    expect(res.status).toBe(200);
    const sent = ((await (await fetch(inject('mailApi').replace(/\/emails$/, '/__sent'))).json()) as ReceivedMail[]).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers.authorization).toBe('Bearer mail-token');
    expect(sent[0]!.body).toMatchObject({ from: 'bring-together <noreply@bring-together.test>', to: ['wohnen@landkreis.example'] });
    expect(String(sent[0]!.body.text)).toMatch(new RegExp(`${PUBLIC.replaceAll('.', '\\.')}/admin/auth/magic-link/verify\\?token=`));
    expect(await count('dev_mail')).toBe(0);
  });
});
