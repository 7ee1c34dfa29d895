/**
 * Platform operators (OPERATOR_EMAILS; .dev.vars.example names betrieb@bring-together.example)
 * onboard a municipality without SQL: create it with its region, invite its first owner, and
 * suspend or restore any organization, each action in the operator log.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, latestMail, signIn, type Client } from '../admin/helpers';
import { household, insertFixtures, KEY, postJson } from './fixtures';

const OPERATOR = 'betrieb@bring-together.example';
let operator: Client;
let coopOwner: Client;

beforeAll(async () => {
  await env.DB.batch(['members', 'invitations', 'sessions', 'verifications', 'accounts', 'users'].map((t) => env.DB.prepare(`DELETE FROM ${t}`)));
  await insertFixtures();
  operator = await signIn(OPERATOR);
  coopOwner = await signIn('vorstand@coop.example');
  await addMember('org_coop', 'vorstand@coop.example', 'owner');
});

const count = async (sql: string, ...binds: unknown[]) => (await env.DB.prepare(sql).bind(...binds).first<number>('n')) ?? 0;

describe('operator pages', () => {
  it('exist only for operators: others get 404, the signed-out are sent to sign in', async () => {
    expect((await coopOwner.get('/admin/operator')).status).toBe(404);
    const anon = await SELF.fetch('https://admin.test/admin/operator', { redirect: 'manual' });
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toMatch(/^\/admin\/sign-in/);
    const page = await operator.get('/admin/operator');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Testgemeinde');
    expect(html).toContain('Testgenossenschaft');
  });

  it('find districts by name in the postcode table', async () => {
    const html = await (await operator.get('/admin/operator?q=G%C3%B6rlitz')).text();
    expect(html).toMatch(/Landkreis Görlitz<\/th>\s*<td>\s*<code>14626<\/code>/);
    expect(await (await operator.get('/admin/operator?q=Nirgendwo')).text()).toContain('Kein Landkreis passt zu „Nirgendwo“.');
  });

  it('refuse a municipality with an unknown district or owner address, naming the fields, and create nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM organizations');
    const res = await operator.post('/admin/operator/municipalities', { name: 'Gemeinde Irgendwo', districts: '99999', postcodes: '', owner: 'kaputt', website: '' }, { from: '/admin/operator' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('href="#f-districts"');
    expect(html).toContain('href="#f-owner"');
    expect(await count('SELECT count(*) AS n FROM organizations')).toBe(before);
    expect(await count('SELECT count(*) AS n FROM invitations')).toBe(0);
  });

  it('create a municipality with its region and invite its first owner, who signs in and becomes owner', async () => {
    const res = await operator.post(
      '/admin/operator/municipalities',
      { name: 'Gemeinde Oberland', districts: '14626', postcodes: '01067', owner: 'Buergermeisterin@Oberland.example', website: 'https://oberland.example' },
      { from: '/admin/operator' },
    );
    expect(res.status).toBe(303);
    const org = await env.DB.prepare("SELECT * FROM organizations WHERE name = 'Gemeinde Oberland'").first<Record<string, unknown>>();
    expect(org).toMatchObject({ kind: 'municipality', region_district_keys: '["14626"]', region_postcodes: '["01067"]', website: 'https://oberland.example', suspended_at: null });
    const invitation = await env.DB.prepare('SELECT * FROM invitations WHERE organization_id = ?').bind(org!.id).first<Record<string, unknown>>();
    expect(invitation).toMatchObject({ email: 'buergermeisterin@oberland.example', role: 'owner', status: 'pending' });
    const mail = await latestMail('buergermeisterin@oberland.example');
    expect(mail.subject).toBe('Einladung zu „Gemeinde Oberland“');
    expect(mail.text).toContain(`/admin/invitations/${invitation!.id}`);
    expect((await env.DB.prepare('SELECT action FROM audit_log WHERE organization_id = ? ORDER BY action').bind(org!.id).all<{ action: string }>()).results.map((r) => r.action)).toEqual([
      'operator.organization_created',
      'operator.owner_invited',
    ]);

    const mayor = await signIn('buergermeisterin@oberland.example');
    const welcome = await (await mayor.get('/admin/welcome')).text();
    expect(welcome).toContain('Gemeinde Oberland');
    expect((await mayor.post(`/admin/invitations/${invitation!.id}/accept`, {}, { from: `/admin/invitations/${invitation!.id}` })).status).toBe(303);
    expect(await env.DB.prepare('SELECT m.role FROM members m JOIN users u ON u.id = m.user_id WHERE u.email = ? AND m.organization_id = ?').bind('buergermeisterin@oberland.example', org!.id).first('role')).toBe('owner');
    const region = await mayor.get('/admin/region');
    expect(region.status).toBe(200);
    expect(await region.text()).toContain('Landkreis Görlitz (14626)');
  });

  it('suspend an organization: its listings leave every embed, its members cannot act; restore brings both back', async () => {
    const fit = async () => (await postJson('/v1/listings/lst_zittau/fit', { key: KEY, answers: household })).status;
    expect(await fit()).toBe(200);
    const empty = await operator.post('/admin/operator/organizations/org_coop/suspend', { reason: ' ' }, { from: '/admin/operator/organizations/org_coop' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('href="#f-reason"');
    expect(await env.DB.prepare("SELECT suspended_at FROM organizations WHERE id = 'org_coop'").first('suspended_at')).toBeNull();

    const res = await operator.post('/admin/operator/organizations/org_coop/suspend', { reason: 'Beschwerden über Vorkasse' }, { from: '/admin/operator/organizations/org_coop' });
    expect(res.status).toBe(303);
    expect(await fit()).toBe(404);
    const blocked = await coopOwner.get('/admin/listings');
    expect(blocked.status).toBe(403);
    expect(await blocked.text()).toContain('Organisation gesperrt');
    // Its own provider embed stops as well.
    await env.DB.prepare("INSERT INTO embeds (id, organization_id, name, publishable_key, allowed_origins, scope, created_at) VALUES ('emb_coop_site', 'org_coop', 'Eigene Seite', 'pk_coop_site', '[\"https://town.example\"]', 'provider', 1)").run();
    const own = await postJson('/v1/listings/lst_zittau/fit', { key: 'pk_coop_site', answers: household });
    expect(own.status).toBe(403);
    expect(((await own.json()) as { code: string }).code).toBe('organization_suspended');

    expect((await operator.post('/admin/operator/organizations/org_coop/restore', {}, { from: '/admin/operator/organizations/org_coop' })).status).toBe(303);
    expect(await fit()).toBe(200);
    expect((await coopOwner.get('/admin/listings')).status).toBe(200);
  });

  it('keep a log of every operator action, with the operator and the reason', async () => {
    const html = await (await operator.get('/admin/operator/audit')).text();
    for (const text of ['hat die Organisation angelegt', 'hat gesperrt: Beschwerden über Vorkasse', 'hat entsperrt', OPERATOR, 'Gemeinde Oberland', 'Testgenossenschaft']) expect(html).toContain(text);
    expect(await count("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'operator.%'")).toBe(4);
  });

  it('are refused to a non-operator also for writes, which change nothing', async () => {
    const res = await coopOwner.post('/admin/operator/organizations/org_town/suspend', { reason: 'x' }, { from: '/admin/listings' });
    expect(res.status).toBe(404);
    expect(await env.DB.prepare("SELECT suspended_at FROM organizations WHERE id = 'org_town'").first('suspended_at')).toBeNull();
  });
});
