import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, ADMIN, formPost, latestMail, resetAll, signIn } from '../admin/helpers';
import { untilLimited } from './fixtures';

beforeAll(resetAll);

describe('admin sign-in by magic link', () => {
  it('sends a link, opens a session in a secure http-only cookie, and sends a new user to the welcome page', async () => {
    const me = await signIn('neu@example.org');
    const res = await me.get('/admin/listings');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/welcome');
    const welcome = await me.get('/admin/welcome');
    expect(welcome.status).toBe(200);
    expect(await welcome.text()).toContain('Anbieter-Organisation registrieren');
  });

  it('the session cookie is http-only, secure and SameSite=Lax', async () => {
    const asked = await formPost('/admin/sign-in', { email: 'keks@example.org' });
    const nonce = asked.headers.getSetCookie().find((c) => c.startsWith('bt_signin='))!;
    expect(nonce).toMatch(/HttpOnly/i);
    expect(nonce).toMatch(/SameSite=Lax/i);
    const link = (await latestMail('keks@example.org')).text.match(/https?:\/\/\S+verify\S+/)![0];
    const res = await SELF.fetch(link, { redirect: 'manual', headers: { cookie: nonce.split(';')[0]! } });
    const cookie = res.headers.getSetCookie().find((c) => c.includes('session_token='))!;
    expect(cookie).toMatch(/^__Secure-bt\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // Through the sign-in hop (which forgets the nonce) to the page asked for.
    const hop = await SELF.fetch(res.headers.get('location')!, { redirect: 'manual', headers: { cookie: cookie.split(';')[0]! } });
    expect(hop.status).toBe(303);
    expect(hop.headers.get('location')).toBe('/admin/listings');
    expect(hop.headers.getSetCookie().some((c) => /^bt_signin=;/.test(c))).toBe(true);
  });

  it("cannot sign a victim into an attacker's account (login CSRF): a link opened elsewhere asks first", async () => {
    // The attacker requests a link for their own address and sends it to a victim.
    await formPost('/admin/sign-in', { email: 'angreifer@example.org' });
    const link = (await latestMail('angreifer@example.org')).text.match(/https?:\/\/\S+verify\S+/)![0];
    const victim = await SELF.fetch(link, { redirect: 'manual' });
    expect(victim.status).toBe(200);
    expect(victim.headers.getSetCookie().some((c) => c.includes('session_token='))).toBe(false);
    const page = await victim.text();
    expect(page).toContain('Anmeldung fortsetzen?');
    const fields = Object.fromEntries([...page.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replaceAll('&amp;', '&')]));
    // A third-party page cannot post the confirmation for the victim.
    const forged = await formPost('/admin/auth/magic-link/verify', fields, { origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect(forged.headers.getSetCookie().some((c) => c.includes('session_token='))).toBe(false);
    // The person who asked, on another device, continues by choice: same-origin post.
    const own = await formPost('/admin/auth/magic-link/verify', fields);
    expect(own.status).toBe(302);
    expect(own.headers.getSetCookie().some((c) => c.includes('session_token='))).toBe(true);
  });

  it('limits sign-in requests per client address', async () => {
    let i = 0;
    const { passed, limited } = await untilLimited(() => formPost('/admin/sign-in', { email: `flut${i++}@example.org` }, { 'cf-connecting-ip': '192.0.2.77' }), 25);
    expect(passed.length).toBeGreaterThanOrEqual(10);
    expect(passed.every((s) => s === 200)).toBe(true);
    expect(limited?.status).toBe(429);
  });

  it('sets strict security headers', async () => {
    const res = await SELF.fetch(`${ADMIN}/admin/sign-in`);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });
});

describe('welcome: registering a provider organization', () => {
  it('creates the organization in our organizations table with the user as owner', async () => {
    const me = await signIn('gruenderin@example.org');
    const bad = await me.post('/admin/welcome', { name: 'x', website: 'ftp://nope' }, { from: '/admin/welcome' });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Mindestens 2 Zeichen.');
    expect(badHtml).toContain('value="ftp://nope"');
    expect(await env.DB.prepare("SELECT count(*) AS n FROM organizations WHERE name = 'x'").first('n')).toBe(0);

    const res = await me.post('/admin/welcome', { name: 'Wohnhof Görlitz eG', website: 'https://wohnhof.example' }, { from: '/admin/welcome' });
    expect(res.status).toBe(303);
    const org = await env.DB.prepare("SELECT * FROM organizations WHERE name = 'Wohnhof Görlitz eG'").first<Record<string, unknown>>();
    expect(org).toMatchObject({ kind: 'provider', website: 'https://wohnhof.example', region_district_keys: '[]' });
    expect(typeof org?.created_at).toBe('number');
    const role = await env.DB.prepare('SELECT m.role FROM members m JOIN users u ON u.id = m.user_id WHERE u.email = ?').bind('gruenderin@example.org').first('role');
    expect(role).toBe('owner');
    const page = await me.get('/admin/listings');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Wohnhof Görlitz eG');
  });
});

describe('sign-in form', () => {
  it('shows the error next to the field and keeps the input', async () => {
    const res = await formPost('/admin/sign-in', { email: 'not-an-email' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="not-an-email"');
    expect(html).toMatch(/class="error-summary"/);
  });

  it('refuses a cross-site post', async () => {
    const res = await formPost('/admin/sign-in', { email: 'a@example.org' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('a used or wrong link does not sign in', async () => {
    const asked = await formPost('/admin/sign-in', { email: 'once@example.org' });
    const browser = { cookie: asked.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ') };
    const link = (await latestMail('once@example.org')).text.match(/https?:\/\/\S+verify\S+/)![0];
    expect((await SELF.fetch(link, { redirect: 'manual', headers: browser })).status).toBe(302);
    const again = await SELF.fetch(link, { redirect: 'manual', headers: browser });
    expect(again.headers.get('location')).toContain('error=');
    expect(again.headers.getSetCookie().join()).not.toMatch(/session_token=[^;]/);
  });

  it('signs out and the session is gone', async () => {
    const me = await signIn('weg@example.org');
    const out = await me.post('/admin/sign-out', {}, { from: '/admin/welcome' });
    expect(out.status).toBe(303);
    const after = await me.get('/admin/welcome');
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toContain('/admin/sign-in');
  });
});

describe('several organizations', () => {
  it('switches the active organization and shows only its data', async () => {
    const now = Date.now();
    await env.DB.batch([
      env.DB.prepare("INSERT INTO organizations (id, kind, name, slug, created_at) VALUES ('org_x', 'provider', 'Xaver eG', 'xaver', ?), ('org_y', 'provider', 'Ypsilon e. V.', 'ypsilon', ?)").bind(now, now),
    ]);
    const me = await signIn('zwei@example.org');
    await addMember('org_x', 'zwei@example.org', 'owner');
    await addMember('org_y', 'zwei@example.org', 'viewer');
    const first = await (await me.get('/admin/listings')).text();
    expect(first).toContain('<strong>Xaver eG</strong>');
    expect(first).toContain('name="organizationId"');
    expect((await me.post('/admin/organization', { organizationId: 'org_y' })).status).toBe(303);
    const second = await (await me.get('/admin/listings')).text();
    expect(second).toContain('<strong>Ypsilon e. V.</strong>');
    expect(second).not.toContain('href="/admin/listings/new"'); // a viewer there
  });
});
