/**
 * The municipality's advice offices in the hosted admin (`/admin/advice`), through the Worker's
 * real fetch: an editor adds, edits and removes an office (each change audited, each visible on the
 * guide page reached from the municipality's embed); bad input answers 400 with the form naming
 * the field and stores nothing; a viewer reads but cannot write; a provider organization gets 404;
 * another municipality's office id is 404; a post from another origin is refused.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client';
import { adviceOffices, embeds, organizations } from '../../worker/db/schema';
import { addMember, resetAll, signIn, type Client } from '../admin/helpers';

const KEY = 'pk_test_advice_town';
let editor: Client, viewer: Client, provider: Client;

const rows = async () => (await env.DB.prepare('SELECT * FROM advice_offices ORDER BY created_at').all<Record<string, string | null>>()).results;
const auditOf = async (action: string) => (await env.DB.prepare('SELECT * FROM audit_log WHERE action = ?').bind(action).all<Record<string, string>>()).results;
const guideText = async () => (await SELF.fetch(`https://api.test/guide/path?embed=${KEY}`)).text();

const valid = { name: 'Wohnberatung Kreis', hours: 'Di 9–12 Uhr', phone: '', email: 'wohnen@kreis.example', website: 'https://kreis.example/wohnen', address: '' };

beforeAll(async () => {
  await resetAll();
  const db = database(env.DB);
  const now = Date.now();
  await db.insert(organizations).values([
    { id: 'org_kreis', kind: 'municipality', name: 'Landkreis Test', slug: 'lk-test', regionDistrictKeys: ['14626'], createdAt: now },
    { id: 'org_stadt', kind: 'municipality', name: 'Stadt Anders', slug: 'stadt-anders', createdAt: now },
    { id: 'org_coop', kind: 'provider', name: 'Genossenschaft Coop', slug: 'coop', createdAt: now },
  ]);
  await db.insert(embeds).values({ id: 'emb_kreis', organizationId: 'org_kreis', name: 'Website', publishableKey: KEY, allowedOrigins: ['https://kreis.example'], scope: 'region', createdAt: now });
  await db.insert(adviceOffices).values({ id: 'adv_stadt', organizationId: 'org_stadt', name: 'Beratung der Stadt', hours: 'Mo 8–10 Uhr', email: 'rat@stadt.example', createdAt: now, updatedAt: now });
  [editor, viewer, provider] = [await signIn('editor@kreis.example'), await signIn('viewer@kreis.example'), await signIn('owner@coop.example')];
  await addMember('org_kreis', 'editor@kreis.example', 'editor');
  await addMember('org_kreis', 'viewer@kreis.example', 'viewer');
  await addMember('org_coop', 'owner@coop.example', 'owner');
});

describe('advice offices in the admin', () => {
  let id = '';

  it('an editor adds an office: stored, audited, shown on the guide from the embed', async () => {
    const list = await editor.get('/admin/advice');
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('href="/admin/advice"');
    const res = await editor.post('/admin/advice', valid, { from: '/admin/advice/new' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/advice?notice=created');
    const [row] = (await rows()).filter((r) => r.organization_id === 'org_kreis');
    expect(row).toMatchObject({ name: 'Wohnberatung Kreis', hours: 'Di 9–12 Uhr', phone: null, email: 'wohnen@kreis.example', website: 'https://kreis.example/wohnen', address: null });
    id = String(row!.id);
    expect(await auditOf('advice_office.created')).toHaveLength(1);
    expect(await guideText()).toContain('Wohnberatung Kreis');
  });

  it('an editor edits it: the change is stored, audited with the fields, and shown', async () => {
    const res = await editor.post(`/admin/advice/${id}`, { ...valid, hours: 'Do 14–18 Uhr', phone: '+49 3581 0123' }, { from: `/admin/advice/${id}` });
    expect(res.status).toBe(303);
    const row = (await rows()).find((r) => r.id === id)!;
    expect(row).toMatchObject({ hours: 'Do 14–18 Uhr', phone: '+49 3581 0123' });
    const [entry] = await auditOf('advice_office.updated');
    expect(JSON.parse(entry!.detail!)).toEqual({ fields: ['hours', 'phone'] });
    expect(await guideText()).toContain('Do 14–18 Uhr');
  });

  for (const [field, bad, message] of [
    ['name', { name: '' }, 'Bitte geben Sie einen Namen an'],
    ['hours', { hours: '' }, 'Bitte nennen Sie die Sprechzeiten'],
    ['email', { email: 'not-an-address' }, 'gültige E-Mail-Adresse'],
    ['website', { website: 'http://kreis.example' }, 'https://'],
    ['phone', { phone: 'call me' }, 'Telefonnummer aus Ziffern'],
    ['phone', { phone: '', email: '' }, 'Telefonnummer oder eine E-Mail-Adresse'],
  ] as const) {
    it(`bad input (${field}: ${JSON.stringify(bad)}) answers 400 naming the field and stores nothing`, async () => {
      const before = await rows();
      const res = await editor.post('/admin/advice', { ...valid, ...bad }, { from: '/admin/advice/new' });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(`href="#f-${field}"`);
      expect(html).toContain(`id="f-${field}-error"`);
      expect(html).toContain(message);
      expect(await rows()).toEqual(before);
    });
  }

  it('a viewer reads the list but cannot add, edit or remove', async () => {
    expect((await viewer.get('/admin/advice')).status).toBe(200);
    expect((await viewer.get('/admin/advice/new')).status).toBe(403);
    expect((await viewer.post('/admin/advice', valid, { from: '/admin/advice' })).status).toBe(403);
    expect((await viewer.post(`/admin/advice/${id}/delete`, {}, { from: '/admin/advice' })).status).toBe(403);
    expect((await rows()).filter((r) => r.organization_id === 'org_kreis')).toHaveLength(1);
  });

  it("another municipality's office is 404, to read, edit and remove", async () => {
    expect((await editor.get('/admin/advice/adv_stadt')).status).toBe(404);
    expect((await editor.post('/admin/advice/adv_stadt', valid, { from: '/admin/advice' })).status).toBe(404);
    expect((await editor.post('/admin/advice/adv_stadt/delete', {}, { from: '/admin/advice' })).status).toBe(404);
    expect((await rows()).find((r) => r.id === 'adv_stadt')).toMatchObject({ name: 'Beratung der Stadt' });
  });

  it('a provider organization cannot reach the screen at all, but sees the guide in its navigation', async () => {
    expect((await provider.get('/admin/advice')).status).toBe(404);
    expect((await provider.get('/admin/advice/new')).status).toBe(404);
    expect((await provider.post('/admin/advice', valid, { from: '/admin/listings' })).status).toBe(404);
    const nav = await (await provider.get('/admin/listings')).text();
    expect(nav).toContain('href="/guide?lang=de"');
    expect(nav).not.toContain('href="/admin/advice"');
  });

  it('refuses a post from another origin', async () => {
    const res = await editor.post('/admin/advice', valid, { from: '/admin/advice', origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('an editor removes the office: gone, audited, no longer on the guide', async () => {
    const res = await editor.post(`/admin/advice/${id}/delete`, {}, { from: '/admin/advice' });
    expect(res.status).toBe(303);
    expect((await rows()).map((r) => r.id)).toEqual(['adv_stadt']);
    expect(await auditOf('advice_office.deleted')).toHaveLength(1);
    expect(await guideText()).not.toContain('Wohnberatung Kreis');
  });
});
