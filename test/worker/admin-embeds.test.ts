/**
 * Embeds and region in the hosted admin, through the Worker's real fetch: owners create, edit and
 * revoke embeds and set the region; the generated key works in the public API from its allowed
 * origins only, stops at once when revoked, and its scope subset limits what the API returns.
 * Bad input answers 400 with the form naming the field and stores nothing; viewers and editors
 * cannot write; another organization's embed is 404; every change is audited.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchesResponse } from '../../worker/api/schemas';
import { CONSENT_TEXT_VERSION } from '../../worker/api/schemas';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { listings, organizations, regionApprovals } from '../../worker/db/schema';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { ADMIN, addMember, baseListing, resetAll, signIn, type Client } from '../admin/helpers';

const SITE = 'https://www.town.example';
const household = { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 0 } };
const group = { 'who.seekerType': { value: 'group' }, 'who.households': { value: 5 }, 'who.adults': { value: 9 }, 'who.children': { value: 4 } };

let owner: Client, editor: Client, viewer: Client, coopOwner: Client;

beforeAll(async () => {
  await resetAll();
  const db = database(env.DB);
  const now = Date.now();
  await db.insert(organizations).values([
    { id: 'org_town', kind: 'municipality', name: 'Landkreis Test', slug: 'lk-test', regionDistrictKeys: ['14626'], createdAt: now },
    { id: 'org_coop', kind: 'provider', name: 'Genossenschaft Coop', slug: 'coop', createdAt: now },
    { id: 'org_other', kind: 'provider', name: 'Verein Anders', slug: 'anders', createdAt: now },
  ]);
  // Both providers are approved for the municipality's region embeds (worker/curation).
  await db.insert(regionApprovals).values(['org_coop', 'org_other'].map((providerId) => ({ municipalityId: 'org_town', providerId, state: 'approved' as const, createdAt: now, decidedAt: now })));
  const rows = [
    baseListing({ id: 'lst_coop', organizationId: 'org_coop', title: 'Coop-Hof' }),
    baseListing({ id: 'lst_other', organizationId: 'org_other', title: 'Anders-Haus', postcode: '02797', place: 'Oybin', lat: 50.85, lon: 14.75 }),
    baseListing({ id: 'lst_prop', organizationId: 'org_coop', kind: 'property', title: 'Alte Schule', postcode: '02779', place: 'Großschönau', lat: 50.9051, lon: 14.6936, freePlaces: 6 }),
    baseListing({ id: 'lst_dd', organizationId: 'org_other', title: 'Dresden', postcode: '01067', place: 'Dresden', districtKey: '14612', lat: 51.05, lon: 13.73 }),
  ];
  for (const part of chunkForInsert(listings, rows)) await db.insert(listings).values(part);
  [owner, editor, viewer, coopOwner] = [await signIn('owner@town.example'), await signIn('editor@town.example'), await signIn('viewer@town.example'), await signIn('owner@coop.example')];
  await addMember('org_town', 'owner@town.example', 'owner');
  await addMember('org_town', 'editor@town.example', 'editor');
  await addMember('org_town', 'viewer@town.example', 'viewer');
  await addMember('org_coop', 'owner@coop.example', 'owner');
});

const embedRows = async () => (await env.DB.prepare('SELECT * FROM embeds ORDER BY created_at').all<Record<string, string | number | null>>()).results;
const auditOf = async (action: string) => (await env.DB.prepare('SELECT * FROM audit_log WHERE action = ? ORDER BY created_at').bind(action).all<Record<string, string>>()).results;
// The Worker serves the admin and the API on one origin; calls "from the admin" go to that origin.
const host = (origin?: string) => (origin === ADMIN ? ADMIN : 'https://api.test');
const config = (key: string, origin?: string) => SELF.fetch(`${host(origin)}/v1/embeds/${key}/config`, { headers: origin ? { origin } : {} });
const api = (path: string, body: unknown, origin: string, headers: Record<string, string> = {}) =>
  SELF.fetch(`${host(origin)}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin, ...headers }, body: JSON.stringify(body) });
const matchIds = async (key: string, answers: unknown, origin = SITE) => {
  const res = await api('/v1/matches', { key, answers }, origin);
  expect(res.status).toBe(200);
  return ((await res.json()) as MatchesResponse).matches.map((m) => m.listing.id).sort();
};

const valid = { name: 'Kreis-Webseite', origins: `${SITE}/\nhttp://localhost:8080`, accent: '#1F5C7A', radius: '8px', font: 'serif', locale: 'en' };
let embedId = '';
let key = '';

describe('create, preview, edit, revoke', () => {
  it('an owner creates an embed: generated key, normalized origins, strict theme, snippet, audit entry', async () => {
    expect((await owner.get('/admin/embeds/new')).status).toBe(200);
    const res = await owner.post('/admin/embeds', valid, { from: '/admin/embeds' });
    expect(res.status).toBe(303);
    embedId = res.headers.get('location')!.match(/\/admin\/embeds\/(emb_\w+)\?notice=created$/)![1]!;
    const [row] = await embedRows();
    key = String(row!.publishable_key);
    expect(key).toMatch(/^pk_[A-Za-z0-9]{24}$/);
    expect(row).toMatchObject({ id: embedId, organization_id: 'org_town', name: 'Kreis-Webseite', scope: 'region', default_locale: 'en', revoked_at: null, scope_kinds: '[]', scope_organization_ids: '[]' });
    expect(JSON.parse(String(row!.allowed_origins))).toEqual([SITE, 'http://localhost:8080']);
    expect(JSON.parse(String(row!.theme))).toEqual({ accent: '#1f5c7a', radius: '8px', font: 'Georgia, serif' });

    const page = await (await owner.get(`/admin/embeds/${embedId}?notice=created`)).text();
    expect(page).toContain(`&lt;script src=&quot;${ADMIN}/widget.js&quot; data-key=&quot;${key}&quot; async&gt;&lt;/script&gt;`);
    expect(page).toContain(`/admin/dashboard?embed=${embedId}`);
    const list = await (await owner.get('/admin/embeds')).text();
    expect(list).toContain(key);
    expect(list).toContain(`/admin/embeds/${embedId}/preview`);
    const [entry] = await auditOf('embed.created');
    expect(entry).toMatchObject({ organization_id: 'org_town', entity: 'embed', entity_id: embedId });
  });

  it('the key works from its allowed origins only, and the config carries the theme', async () => {
    const ok = await config(key, SITE);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { embed: { theme: unknown; defaultLocale: string; scope: string } };
    expect(body.embed).toMatchObject({ theme: { accent: '#1f5c7a', radius: '8px', font: 'Georgia, serif' }, defaultLocale: 'en', scope: 'region' });
    expect((await config(key, 'http://localhost:8080')).status).toBe(200);
    const evil = await config(key, 'https://evil.example');
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as { code: string }).code).toBe('origin_not_allowed');
    expect((await api('/v1/matches', { key, answers: household }, 'https://evil.example')).status).toBe(403);
    expect(await matchIds(key, household)).toEqual(['lst_coop', 'lst_other']);
  });

  it('the config leaves out a stored accent the widget could not use (written past the form): the widget keeps its own colours', async () => {
    const stored = await env.DB.prepare('SELECT theme FROM embeds WHERE publishable_key = ?').bind(key).first<{ theme: string }>();
    await env.DB.prepare('UPDATE embeds SET theme = ? WHERE publishable_key = ?').bind(JSON.stringify({ accent: '#ffcc00', radius: '8px' }), key).run();
    try {
      const body = (await (await config(key, SITE)).json()) as { embed: { theme: unknown } };
      expect(body.embed.theme).toEqual({ radius: '8px' });
    } finally {
      await env.DB.prepare('UPDATE embeds SET theme = ? WHERE publishable_key = ?').bind(stored!.theme, key).run();
    }
  });

  it('the preview on the admin origin reads without an allow-list entry, records no demand and cannot contact anyone', async () => {
    const page = await owner.get(`/admin/embeds/${embedId}/preview`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).toContain(`<bring-together-widget key="${key}" lang="en">`);
    expect(html).toMatch(/<script src="\/widget.js" async(="")?><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // Other admin pages keep the strict CSP without connect-src.
    expect((await owner.get('/admin/embeds')).headers.get('content-security-policy')).not.toContain('connect-src');

    // The admin origin is only "own" for requests to this Worker: from elsewhere it is just another origin.
    expect((await SELF.fetch(`https://api.test/v1/embeds/${key}/config`, { headers: { origin: ADMIN } })).status).toBe(403);
    const demand = async () => (await env.DB.prepare('SELECT count(*) AS n FROM demand_records').first<number>('n'))!;
    const before = await demand();
    expect((await config(key, ADMIN)).status).toBe(200);
    expect(await matchIds(key, household, ADMIN)).toEqual(['lst_coop', 'lst_other']);
    expect(await demand()).toBe(before);
    expect((await api('/v1/listings/lst_coop/fit', { key, answers: household, locale: 'de' }, ADMIN)).status).toBe(200);
    const contact = await api(
      '/v1/contact-requests',
      { key, listingId: 'lst_coop', answers: household, locale: 'de', name: 'Test', email: 'test@example.org', message: 'Hallo aus der Vorschau.', consent: { contact: true, shareNeeds: false, textVersion: CONSENT_TEXT_VERSION }, turnstileToken: DUMMY_TOKEN },
      ADMIN,
      { 'idempotency-key': 'preview-contact-1' },
    );
    expect(contact.status).toBe(403);
    // A real page on an allowed origin still counts.
    await matchIds(key, household);
    expect(await demand()).toBe(before + 1);
  });

  it('tries an unsaved look through a same-origin stylesheet, validated like the form', async () => {
    const html = await (await owner.get(`/admin/embeds/${embedId}/preview?accent=%23004488&radius=1rem&font=system`)).text();
    const href = html.match(/<link rel="stylesheet" href="([^"]*preview\.css[^"]*)"/)?.[1]?.replaceAll('&amp;', '&');
    expect(href).toBeDefined();
    const css = await owner.get(href!);
    expect(css.headers.get('content-type')).toContain('text/css');
    const text = await css.text();
    expect(text).toContain('--bt-color-accent: #004488;');
    expect(text).toContain('--bt-radius: 1rem;');
    expect(text).toContain('--bt-font: system-ui, sans-serif;');
    const bad = await owner.get(`/admin/embeds/${embedId}/preview?accent=red;}body{x:y&radius=1rem&font=system`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain('preview.css');
    expect(await (await owner.get(`/admin/embeds/${embedId}/preview.css?accent=red;}x{`)).text()).not.toContain('red');
  });

  it('an owner narrows the scope to projects of one provider, and the public API follows', async () => {
    const res = await owner.post(`/admin/embeds/${embedId}`, { ...valid, kinds: 'project', providers: 'org_coop' }, { from: `/admin/embeds/${embedId}` });
    expect(res.status).toBe(303);
    const [row] = await embedRows();
    expect(JSON.parse(String(row!.scope_kinds))).toEqual(['project']);
    expect(JSON.parse(String(row!.scope_organization_ids))).toEqual(['org_coop']);
    expect(await matchIds(key, household)).toEqual(['lst_coop']);
    // Properties are out of the subset, so a forming group finds nothing.
    expect(await matchIds(key, group)).toEqual([]);
    expect((await api('/v1/listings/lst_other/fit', { key, answers: household, locale: 'de' }, SITE)).status).toBe(404);
    expect((await api('/v1/listings/lst_prop/fit', { key, answers: household, locale: 'de' }, SITE)).status).toBe(404);
    expect((await api('/v1/listings/lst_coop/fit', { key, answers: household, locale: 'de' }, SITE)).status).toBe(200);
    const contact = await api(
      '/v1/contact-requests',
      { key, listingId: 'lst_other', answers: household, locale: 'de', name: 'Test', email: 'test@example.org', message: 'Hallo, wir sind interessiert.', consent: { contact: true, shareNeeds: false, textVersion: CONSENT_TEXT_VERSION }, turnstileToken: DUMMY_TOKEN },
      SITE,
      { 'idempotency-key': 'scope-contact-1' },
    );
    expect(contact.status).toBe(404);

    // Only properties, from every provider: the group finds the old school again.
    await owner.post(`/admin/embeds/${embedId}`, { ...valid, kinds: 'property' }, { from: `/admin/embeds/${embedId}` });
    expect(await matchIds(key, group)).toEqual(['lst_prop']);
    expect(await matchIds(key, household)).toEqual([]);
    // Both kinds ticked means all kinds: stored as empty.
    await owner.post(`/admin/embeds/${embedId}`, { ...valid, kinds: ['project', 'property'] }, { from: `/admin/embeds/${embedId}` });
    expect(JSON.parse(String((await embedRows())[0]!.scope_kinds))).toEqual([]);
    const updates = await auditOf('embed.updated');
    expect(updates).toHaveLength(3);
    expect(JSON.parse(updates[0]!.detail!).fields).toEqual(expect.arrayContaining(['scopeKinds', 'scopeOrganizationIds']));
  });

  it('revoking stops the key at once', async () => {
    const res = await owner.post(`/admin/embeds/${embedId}/revoke`, {}, { from: `/admin/embeds/${embedId}` });
    expect(res.status).toBe(303);
    const revoked = await config(key, SITE);
    expect(revoked.status).toBe(403);
    expect(((await revoked.json()) as { code: string }).code).toBe('key_revoked');
    expect((await api('/v1/matches', { key, answers: household }, SITE)).status).toBe(403);
    expect((await api('/v1/matches', { key, answers: household }, ADMIN)).status).toBe(403);
    expect((await auditOf('embed.revoked'))[0]).toMatchObject({ entity_id: embedId });
    const page = await (await owner.get(`/admin/embeds/${embedId}`)).text();
    expect(page).not.toContain('data-key');
    expect(page).toMatch(/<fieldset disabled=""/);
    // A revoked embed cannot be edited back to life.
    expect((await owner.post(`/admin/embeds/${embedId}`, valid, { from: '/admin/embeds' })).status).toBe(404);
  });
});

describe('bad input: 400, the form names the field, nothing stored', () => {
  const cases: [string, Record<string, string | string[]>, string][] = [
    ['an origin with a path', { origins: 'https://www.town.example/widget' }, 'origins'],
    ['an http origin that is not localhost', { origins: 'http://www.town.example' }, 'origins'],
    ['no origin', { origins: '' }, 'origins'],
    ['a colour that is not #rrggbb', { accent: '#12345' }, 'accent'],
    ['a colour too light for white text', { accent: '#ffcc00' }, 'accent'],
    ['a radius with CSS in it', { radius: '4px;color:red' }, 'radius'],
    ['a provider outside the region', { providers: 'org_nowhere' }, 'providers'],
    ['an unknown font', { font: 'comic' }, 'font'],
  ];
  it.each(cases)('%s', async (_name, over, field) => {
    const before = JSON.stringify(await embedRows());
    const res = await owner.post('/admin/embeds', { ...valid, ...over }, { from: '/admin/embeds' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain(`href="#f-${field}"`);
    expect(html).toContain(`id="f-${field}-error"`);
    expect(JSON.stringify(await embedRows())).toBe(before);
  });

  it('the contrast error says the ratio', async () => {
    const html = await (await owner.post('/admin/embeds', { ...valid, accent: '#ffcc00' }, { from: '/admin/embeds' })).text();
    expect(html).toMatch(/1[.,]\d\d:1/);
  });

  it('an unknown district key or postcode in the region', async () => {
    for (const [fields, field] of [[{ districts: '14626 99999' }, 'districts'], [{ districts: '1462' }, 'districts'], [{ postcodes: '00000' }, 'postcodes']] as const) {
      const res = await owner.post('/admin/region', fields, { from: '/admin/region' });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(`href="#f-${field}"`);
    }
    const org = await env.DB.prepare("SELECT region_district_keys, region_postcodes FROM organizations WHERE id = 'org_town'").first<Record<string, string>>();
    expect(org).toEqual({ region_district_keys: '["14626"]', region_postcodes: '[]' });
  });
});

describe('region', () => {
  it('an owner sets districts and postcodes, checked against the postcodes table, audited', async () => {
    const page = await (await owner.get('/admin/region')).text();
    expect(page).toContain('Görlitz');
    const res = await owner.post('/admin/region', { districts: '14626, 14626', postcodes: '01067' }, { from: '/admin/region' });
    expect(res.status).toBe(303);
    const org = await env.DB.prepare("SELECT region_district_keys, region_postcodes FROM organizations WHERE id = 'org_town'").first<Record<string, string>>();
    expect(org).toEqual({ region_district_keys: '["14626"]', region_postcodes: '["01067"]' });
    expect(JSON.parse((await auditOf('region.updated'))[0]!.detail!)).toMatchObject({ to: { districtKeys: ['14626'], postcodes: ['01067'] } });
    // The Dresden listing is now in the region: a new embed offers its provider.
    expect(await (await owner.get('/admin/embeds/new')).text()).toContain('Verein Anders');
  });
});

describe('roles and tenants', () => {
  it('viewers and editors read embeds and the region but cannot write (403), and nothing changes', async () => {
    const before = JSON.stringify([await embedRows(), await env.DB.prepare("SELECT * FROM organizations WHERE id = 'org_town'").first()]);
    for (const who of [viewer, editor]) {
      expect((await who.get('/admin/embeds')).status).toBe(200);
      const page = await who.get(`/admin/embeds/${embedId}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<fieldset disabled=""/);
      expect((await who.get('/admin/region')).status).toBe(200);
      expect((await who.get('/admin/embeds/new')).status).toBe(403);
      expect((await who.post('/admin/embeds', valid, { from: '/admin/embeds' })).status).toBe(403);
      expect((await who.post(`/admin/embeds/${embedId}`, valid, { from: '/admin/embeds' })).status).toBe(403);
      expect((await who.post(`/admin/embeds/${embedId}/revoke`, {}, { from: '/admin/embeds' })).status).toBe(403);
      expect((await who.post('/admin/region', { districts: '14612' }, { from: '/admin/region' })).status).toBe(403);
    }
    expect(JSON.stringify([await embedRows(), await env.DB.prepare("SELECT * FROM organizations WHERE id = 'org_town'").first()])).toBe(before);
  });

  it("another organization's embed id is 404, and a provider has no region page", async () => {
    const before = JSON.stringify(await embedRows());
    for (const p of [`/admin/embeds/${embedId}`, `/admin/embeds/${embedId}/preview`, `/admin/embeds/${embedId}/preview.css`, '/admin/region']) {
      expect((await coopOwner.get(p)).status, p).toBe(404);
    }
    expect((await coopOwner.post(`/admin/embeds/${embedId}`, valid, { from: '/admin/embeds' })).status).toBe(404);
    expect((await coopOwner.post(`/admin/embeds/${embedId}/revoke`, {}, { from: '/admin/embeds' })).status).toBe(404);
    expect(await (await coopOwner.get('/admin/embeds')).text()).not.toContain('Kreis-Webseite');
    expect(JSON.stringify(await embedRows())).toBe(before);
  });

  it('a provider creates a provider embed: its own listings only, subsets ignored', async () => {
    const res = await coopOwner.post('/admin/embeds', { ...valid, name: 'Coop-Webseite', providers: 'org_other', kinds: 'property' }, { from: '/admin/embeds' });
    expect(res.status).toBe(303);
    const row = (await embedRows()).find((e) => e.organization_id === 'org_coop')!;
    expect(row).toMatchObject({ scope: 'provider', scope_kinds: '[]', scope_organization_ids: '[]' });
    expect(await matchIds(String(row.publishable_key), household)).toEqual(['lst_coop']);
    expect(await (await coopOwner.get('/admin/embeds')).text()).not.toContain('/admin/dashboard?embed=');
  });

  it('not signed in: redirect to the sign-in; a post from another site is refused', async () => {
    for (const p of ['/admin/embeds', `/admin/embeds/${embedId}`, '/admin/region']) {
      const res = await SELF.fetch(`${ADMIN}${p}`, { redirect: 'manual' });
      expect(res.status, p).toBe(303);
    }
    expect((await owner.post('/admin/embeds', valid, { from: '/admin/embeds', origin: 'https://evil.example' })).status).toBe(403);
    expect((await owner.post('/admin/embeds', valid, { csrf: 'forged' })).status).toBe(403);
  });
});
