import { deliverOutbox } from '../support/outbox';
import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONSENT_TEXT_VERSION } from '../../worker/api/schemas';
import { hashToken, newToken } from '../../worker/contact/token';
import { ManageExportSchema } from '../../worker/manage/api';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { household, insertFixtures, KEY, nextIp, postJson } from './fixtures';

const BASE = 'https://api.test';
let seq = 0;

beforeEach(async () => {
  await insertFixtures();
  await env.DB.prepare("UPDATE listings SET contact_email = 'projekt@example.org' WHERE id = 'lst_oybin'").run();
});

const request = (over: Record<string, unknown> = {}) => ({
  key: KEY,
  listingId: 'lst_oybin',
  answers: { ...household, 'needs.barrierFree': { value: true, importance: 3 } },
  locale: 'de',
  name: 'Erika Muster',
  email: 'erika@example.org',
  message: 'Wir würden Sie gern kennenlernen.',
  consent: { contact: true, shareNeeds: false, textVersion: CONSENT_TEXT_VERSION },
  turnstileToken: DUMMY_TOKEN,
  ...over,
});

/** Sends a contact request through the real route and returns its id and the mailed manage token. */
async function contact(over: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
  const before = (await env.DB.prepare('SELECT id FROM dev_mail').all()).results.map((r) => r.id);
  const res = await postJson('/v1/contact-requests', request(over), { 'idempotency-key': `manage-test-${++seq}` });
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await deliverOutbox();
  const mails = (await env.DB.prepare('SELECT id, text FROM dev_mail').all<{ id: string; text: string }>()).results;
  const mail = mails.find((m) => !before.includes(m.id) && m.text.includes('/manage/'));
  const token = mail?.text.match(/\/manage\/([\w-]+)/)?.[1];
  expect(token).toBeTruthy();
  return { id, token: token! };
}

const page = (token: string, query = '', headers: Record<string, string> = {}) =>
  SELF.fetch(`${BASE}/manage/${token}${query}`, { headers: { 'cf-connecting-ip': nextIp(), ...headers } });

async function csrfOf(token: string): Promise<string> {
  const html = await (await page(token)).text();
  const csrf = html.match(/name="csrf" value="([^"]+)"/)?.[1];
  expect(csrf).toBeTruthy();
  return csrf!;
}

/** Submits a manage form the way a browser does from the page itself. */
function submit(token: string, action: string, fields: Record<string, string>, headers: Record<string, string> = { 'sec-fetch-site': 'same-origin', origin: BASE }) {
  return SELF.fetch(`${BASE}/manage/${token}/${action}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': nextIp(), ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const row = (id: string) => env.DB.prepare('SELECT * FROM contact_requests WHERE id = ?').bind(id).first<Record<string, string | number>>();
const count = async (table: string) => (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())!.n;

describe('GET /manage/{token}', () => {
  it('shows the seeker their requests and consents, in German by default and in English on request', async () => {
    const { token } = await contact();
    const res = await page(token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Haus in Oybin');
    expect(html).toContain('erika@example.org');
    expect(html).toContain(`Text ${CONSENT_TEXT_VERSION}`);
    expect(html).toContain('Anfrage an „Haus in Oybin“ zurückziehen');
    expect(html).toMatch(/<a href="\/manage\/[\w-]+\/export" download/);

    const en = await (await page(token, '?lang=en')).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Withdraw request to &quot;Haus in Oybin&quot;');
  });

  it('is a strict, private page: CSP without inline script or style, no caching, no referrer, no framing', async () => {
    const { token } = await contact();
    const res = await page(token);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    const css = await SELF.fetch(`${BASE}/manage/style.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('links all requests and saved searches of the same email address (any case), and nothing else', async () => {
    const first = await contact();
    const second = await contact({ listingId: 'lst_zittau', email: 'Erika@Example.org' });
    const stranger = await contact({ email: 'someone@example.org', name: 'Jemand Anders' });
    await env.DB.prepare("INSERT INTO saved_searches (id, embed_id, email, answers, manage_token_hash, created_at) VALUES ('ss_1', 'emb_town', 'ERIKA@example.org', '{}', ?, ?)")
      .bind(await hashToken(newToken()), Date.now())
      .run();
    for (const token of [first.token, second.token]) {
      const html = await (await page(token)).text();
      expect(html).toContain('Haus in Oybin');
      expect(html).toContain('Hof in Zittau');
      expect(html).toContain('Suche 1');
      expect(html).not.toContain('Jemand Anders');
      expect(html).not.toContain('someone@example.org');
    }
    const other = await (await page(stranger.token)).text();
    expect(other).not.toContain('Hof in Zittau');
    expect(other).not.toContain('Suche 1');
  });

  it('answers 404 pages (never 500) for unknown, malformed and erased tokens', async () => {
    for (const token of [newToken(), 'short', 'x'.repeat(43), '%00%ff', '..%2F..%2Fetc', encodeURIComponent('<script>alert(1)</script>'), 'a'.repeat(5000)]) {
      const res = await page(token);
      expect(res.status, token).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(await res.text()).toContain('Link ungültig');
    }
    const export404 = await SELF.fetch(`${BASE}/manage/${newToken()}/export`);
    expect(export404.status).toBe(404);
    const post404 = await submit(newToken(), 'withdraw', { requestId: 'x', csrf: 'y' });
    expect(post404.status).toBe(404);
  });
});

describe('manage actions', () => {
  it('withdraws a request with one click: status withdrawn, consent record updated, project told by email', async () => {
    const { id, token } = await contact();
    const res = await submit(token, 'withdraw', { csrf: await csrfOf(token), requestId: id, lang: 'de' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/manage/${token}?lang=de&done=withdrawn`);
    const stored = await row(id);
    expect(stored?.status).toBe('withdrawn');
    expect(JSON.parse(String(stored?.consent))).toMatchObject({ textVersion: CONSENT_TEXT_VERSION, withdrawnAt: expect.any(Number) });
    // Written with the withdrawal, caused by the request.
    expect(await env.DB.prepare("SELECT cause_table AS t, cause_id AS id FROM outbox WHERE kind = 'contact.withdrawn'").all()).toMatchObject({ results: [{ t: 'contact_requests', id }] });
    await deliverOutbox();
    const mail = await env.DB.prepare("SELECT * FROM dev_mail WHERE \"to\" = 'projekt@example.org' AND subject LIKE 'Anfrage zurückgezogen%'").first();
    expect(mail).toBeTruthy();
    const after = await (await page(token, '?lang=de&done=withdrawn')).text();
    expect(after).toContain('Die Anfrage wurde zurückgezogen');
    expect(after).toContain('Zurückgezogen');
    expect(after).not.toContain('zurückziehen</button>');
    // Withdrawing again changes nothing.
    const again = await submit(token, 'withdraw', { csrf: await csrfOf(token), requestId: id });
    expect(again.headers.get('location')).toContain('done=not_withdrawable');
    await deliverOutbox();
    expect(await env.DB.prepare("SELECT count(*) AS n FROM dev_mail WHERE \"to\" = 'projekt@example.org' AND subject LIKE 'Anfrage zurückgezogen%'").first('n')).toBe(1);
  });

  it('withdraws the separate consent to share health-related needs', async () => {
    const { id, token } = await contact({ consent: { contact: true, shareNeeds: true, textVersion: CONSENT_TEXT_VERSION } });
    expect(JSON.parse(String((await row(id))?.snapshot)).answers['needs.barrierFree']).toBeTruthy();
    const res = await submit(token, 'withdraw-needs', { csrf: await csrfOf(token), requestId: id });
    expect(res.headers.get('location')).toContain('done=needs');
    const stored = await row(id);
    const snapshot = JSON.parse(String(stored?.snapshot));
    expect(snapshot.answers['needs.barrierFree']).toBeUndefined();
    expect(JSON.stringify(snapshot.reasons)).not.toContain('needs.barrierFree');
    expect(JSON.parse(String(stored?.consent))).toMatchObject({ shareNeedsAt: null, shareNeedsWithdrawnAt: expect.any(Number) });
    expect(stored?.status).toBe('new');
  });

  it('refuses forms that did not come from the page (CSRF) and changes nothing', async () => {
    const { id, token } = await contact();
    const csrf = await csrfOf(token);
    const attempts = [
      submit(token, 'withdraw', { requestId: id }),
      submit(token, 'withdraw', { requestId: id, csrf: 'forged' }),
      submit(token, 'withdraw', { requestId: id, csrf }, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }),
      submit(token, 'withdraw', { requestId: id, csrf }, { origin: 'https://evil.example' }),
      submit(token, 'erase', { confirm: 'yes', csrf }, { 'sec-fetch-site': 'same-site' }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    }
    expect((await row(id))?.status).toBe('new');
    // A request that names another seeker's request id is not theirs to withdraw.
    const stranger = await contact({ email: 'someone@example.org' });
    const foreign = await submit(token, 'withdraw', { requestId: stranger.id, csrf });
    expect(foreign.headers.get('location')).toContain('done=not_withdrawable');
    expect((await row(stranger.id))?.status).toBe('new');
  });

  it('exports everything as a JSON download without any secret', async () => {
    const first = await contact();
    await contact({ listingId: 'lst_zittau' });
    const res = await SELF.fetch(`${BASE}/manage/${first.token}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="bring-together-export-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await res.text();
    const doc = JSON.parse(body);
    expect(doc).toMatchObject({ format: 'bring-together-export/1', email: 'erika@example.org' });
    expect(doc.contactRequests).toHaveLength(2);
    expect(doc.contactRequests[0]).toMatchObject({ consent: { textVersion: CONSENT_TEXT_VERSION }, snapshot: { household: { adults: 2 } } });
    expect(body).not.toContain(first.token);
    expect(body).not.toContain(await hashToken(first.token));
    expect(body).not.toMatch(/manage_?token/i);
  });

  it('exports the home district stored with each request (the seeker\'s own data), in the documented shape', async () => {
    const dresden = await contact({ answers: { ...household, 'who.originPostcode': { value: '01067' } } });
    await contact({ listingId: 'lst_zittau' });
    const doc = (await (await SELF.fetch(`${BASE}/manage/${dresden.token}/export`)).json()) as { contactRequests: { id: string; originDistrictKey: unknown }[] };
    const stored = await env.DB.prepare('SELECT id, origin_district_key AS k FROM contact_requests ORDER BY id').all<{ id: string; k: string | null }>();
    expect(stored.results.find((r) => r.id === dresden.id)?.k).toBe('14612');
    expect(Object.fromEntries(doc.contactRequests.map((r) => [r.id, r.originDistrictKey]))).toEqual(Object.fromEntries(stored.results.map((r) => [r.id, r.k])));
    expect(ManageExportSchema.safeParse(doc).success).toBe(true);
  });

  it('erases everything of the email address after a confirmation; demand records stay; the link then 404s', async () => {
    const first = await contact();
    const second = await contact({ listingId: 'lst_zittau', email: 'ERIKA@example.org' });
    const stranger = await contact({ email: 'someone@example.org' });
    await env.DB.prepare("INSERT INTO saved_searches (id, embed_id, email, answers, created_at) VALUES ('ss_1', 'emb_town', 'erika@example.org', '{}', ?), ('ss_2', 'emb_town', 'someone@example.org', '{}', ?)")
      .bind(Date.now(), Date.now())
      .run();
    await postJson('/v1/matches', { key: KEY, answers: household });
    const demand = await count('demand_records');
    expect(demand).toBe(1);

    await env.DB.prepare("INSERT INTO contact_notes (id, organization_id, contact_request_id, author_name, text, created_at) VALUES ('note_1', 'org_coop', ?, 'A', 'x', 0)").bind(first.id).run();
    const csrf = await csrfOf(first.token);
    const unconfirmed = await submit(first.token, 'erase', { csrf });
    expect(unconfirmed.headers.get('location')).toContain('done=confirm_missing');
    expect(await count('contact_requests')).toBe(3);

    const res = await submit(first.token, 'erase', { csrf, confirm: 'yes', lang: 'en' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Erased: 2 contact request(s) and 1 saved search(es)');
    const left = (await env.DB.prepare('SELECT id FROM contact_requests').all()).results.map((r) => r.id);
    expect(left).toEqual([stranger.id]);
    expect((await env.DB.prepare('SELECT id FROM saved_searches').all()).results.map((r) => r.id)).toEqual(['ss_2']);
    expect(await count('demand_records')).toBe(demand);
    expect(await count('contact_notes')).toBe(0);
    // The stored idempotent answers of the erased requests go too; the stranger's stays.
    expect(await count("idempotency_keys WHERE route = 'contact-requests'")).toBe(1);
    // The project of an open request learns that it is gone.
    await deliverOutbox();
    expect(await count("dev_mail WHERE \"to\" = 'projekt@example.org' AND subject LIKE 'Anfrage zurückgezogen%'")).toBe(1);

    for (const token of [first.token, second.token]) expect((await page(token)).status).toBe(404);
    expect((await page(stranger.token)).status).toBe(200);
  });
});

describe('/v1/manage API', () => {
  const api = (path: string, init: RequestInit = {}) =>
    SELF.fetch(`${BASE}/v1/manage/${path}`, { ...init, headers: { 'content-type': 'application/json', 'cf-connecting-ip': nextIp(), ...(init.headers as Record<string, string>) } });

  it('reads, withdraws and erases with problem+json errors', async () => {
    const { id, token } = await contact();
    const read = await api(token);
    expect(read.status).toBe(200);
    expect(read.headers.get('cache-control')).toBe('no-store');
    expect(((await read.json()) as { contactRequests: unknown[] }).contactRequests).toHaveLength(1);

    const withdraw = await api(`${token}/withdraw`, { method: 'POST', body: JSON.stringify({ requestId: id }) });
    expect(withdraw.status).toBe(200);
    expect(await withdraw.json()).toEqual({ id, status: 'withdrawn' });
    const again = await api(`${token}/withdraw`, { method: 'POST', body: JSON.stringify({ requestId: id }) });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const unknown = await api(`${token}/withdraw`, { method: 'POST', body: JSON.stringify({ requestId: 'nope' }) });
    expect(unknown.status).toBe(404);

    const noConfirm = await api(`${token}/erase`, { method: 'POST', body: JSON.stringify({ confirm: false }) });
    expect(noConfirm.status).toBe(400);
    expect(JSON.stringify(await noConfirm.json())).toContain('"field":"confirm"');
    const erase = await api(`${token}/erase`, { method: 'POST', body: JSON.stringify({ confirm: true }) });
    expect(await erase.json()).toEqual({ erased: { contactRequests: 1, savedSearches: 0, poolEntries: 0, initiativeMemberships: 0 } });
    expect((await api(token)).status).toBe(404);
    expect((await api('malformed')).status).toBe(400);
  });
});
