/**
 * Every admin route with an id: a member of ANOTHER organization gets 404 (and changes nothing);
 * every route that needs editor or owner: a viewer gets 403. No admin route without such a test.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client';
import { embeds, invitations } from '../../worker/db/schema';
import { setupWorld, type World } from '../admin/helpers';

let w: World;
let memberA = '';
beforeAll(async () => {
  w = await setupWorld();
  memberA = (await env.DB.prepare("SELECT m.id FROM members m JOIN users u ON u.id = m.user_id WHERE u.email = 'editor@a.example'").first<string>('id'))!;
  const inviter = (await env.DB.prepare("SELECT id FROM users WHERE email = 'owner@a.example'").first<string>('id'))!;
  await database(env.DB).insert(embeds).values({ id: 'emb_a', organizationId: 'org_a', name: 'Webseite A', publishableKey: 'pk_isolation_a', allowedOrigins: ['https://a.example'], scope: 'provider', createdAt: Date.now() });
  await database(env.DB).insert(invitations).values({ id: 'inv_a', organizationId: 'org_a', email: 'neu@a.example', role: 'editor', status: 'pending', expiresAt: new Date(Date.now() + 86_400_000), inviterId: inviter, createdAt: new Date() });
});

const snapshot = async () =>
  JSON.stringify(
    await env.DB.batch([
      env.DB.prepare('SELECT * FROM listings ORDER BY id'),
      env.DB.prepare('SELECT * FROM contact_requests ORDER BY id'),
      env.DB.prepare('SELECT * FROM contact_notes ORDER BY id'),
      env.DB.prepare('SELECT id, role FROM members ORDER BY id'),
      env.DB.prepare('SELECT id, status FROM invitations ORDER BY id'),
      env.DB.prepare('SELECT * FROM embeds ORDER BY id'),
    ]).then((rs) => rs.map((r) => r.results)),
  );

type Route = { method: 'GET' | 'POST'; path: string; role: 'viewer' | 'editor' | 'owner'; body?: Record<string, string> };
const at = (path: string) => path.replace(':member', memberA);
const routes = (): Route[] => [
  { method: 'GET', path: '/admin/listings/lst_a', role: 'viewer' },
  { method: 'POST', path: '/admin/listings/lst_a', role: 'editor', body: { title: 'Übernommen' } },
  { method: 'POST', path: '/admin/listings/lst_a/status', role: 'editor', body: { action: 'pause' } },
  { method: 'GET', path: '/admin/listings/lst_a/preview', role: 'viewer' },
  { method: 'POST', path: '/admin/listings/lst_a/photos', role: 'editor', body: { alt: 'x' } },
  { method: 'POST', path: '/admin/listings/lst_a/photos/remove', role: 'editor', body: { url: '/media/listings/lst_a/x.jpg' } },
  { method: 'GET', path: '/admin/inbox/req_a', role: 'viewer' },
  { method: 'POST', path: '/admin/inbox/req_a/status', role: 'editor', body: { status: 'in_conversation' } },
  { method: 'POST', path: '/admin/inbox/req_a/notes', role: 'editor', body: { note: 'fremd' } },
  { method: 'POST', path: '/admin/inbox/req_a/reply', role: 'editor', body: { reply: 'fremd' } },
  { method: 'POST', path: '/admin/members/:member/role', role: 'owner', body: { role: 'viewer' } },
  { method: 'POST', path: '/admin/members/:member/remove', role: 'owner' },
  { method: 'POST', path: '/admin/members/invitations/inv_a/cancel', role: 'owner' },
  { method: 'GET', path: '/admin/embeds/emb_a', role: 'viewer' },
  { method: 'POST', path: '/admin/embeds/emb_a', role: 'owner', body: { name: 'Übernommen', origins: 'https://evil.example' } },
  { method: 'POST', path: '/admin/embeds/emb_a/revoke', role: 'owner' },
  { method: 'GET', path: '/admin/embeds/emb_a/preview', role: 'viewer' },
  { method: 'GET', path: '/admin/embeds/emb_a/preview.css', role: 'viewer' },
  { method: 'POST', path: '/admin/properties/lst_a/notify', role: 'editor' },
  // The shortlist routes on a property of another organization: test/worker/admin-shortlist.test.ts.
  { method: 'GET', path: '/admin/properties/lst_a/criteria', role: 'editor' },
  { method: 'POST', path: '/admin/properties/lst_a/criteria', role: 'editor', body: { min_households: '1', min_units_share: '0' } },
  { method: 'GET', path: '/admin/properties/lst_a/shortlist', role: 'viewer' },
  { method: 'GET', path: '/admin/properties/lst_a/shortlist.csv', role: 'viewer' },
  { method: 'POST', path: '/admin/properties/lst_a/shortlist/ini_x/take-on', role: 'editor' },
];

describe('tenant isolation: a member of another organization gets 404 for every id-taking route', () => {
  it.each(routes().map((r) => [r.method, r.path, r] as const))('%s %s', async (_m, _p, r) => {
    const route = routes().find((x) => x.method === r.method && x.path === _p)!;
    const before = await snapshot();
    const res = route.method === 'GET' ? await w.ownerB.get(at(route.path)) : await w.ownerB.post(at(route.path), route.body ?? {});
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).not.toContain('Hof in Zittau');
    expect(html).not.toContain('req_a@example.org');
    expect(await snapshot()).toBe(before);
  });

  it('lists, inbox, export, team and audit show only the own organization', async () => {
    const lists = await (await w.ownerB.get('/admin/listings')).text();
    expect(lists).toContain('Haus B');
    expect(lists).not.toContain('lst_a');
    const inbox = await (await w.ownerB.get('/admin/inbox')).text();
    expect(inbox).toContain('Erika req_b');
    expect(inbox).not.toContain('Erika req_a');
    const filtered = await (await w.ownerB.get('/admin/inbox?listing=lst_a')).text();
    expect(filtered).not.toContain('Erika req_a');
    const csv = await (await w.ownerB.get('/admin/inbox/export.csv?listing=lst_a')).text();
    expect(csv).not.toContain('req_a');
    const team = await (await w.ownerB.get('/admin/members')).text();
    expect(team).not.toContain('editor@a.example');
    const auditPage = await (await w.ownerB.get('/admin/audit')).text();
    expect(auditPage).not.toContain('lst_a');
  });

  it('cannot switch into an organization one is not a member of', async () => {
    const res = await w.ownerB.post('/admin/organization', { organizationId: 'org_a' });
    expect(res.status).toBe(404);
    expect(await (await w.ownerB.get('/admin/listings')).text()).toContain('Verein B');
  });

  it('cannot open or accept an invitation meant for someone else', async () => {
    expect((await w.ownerB.get('/admin/invitations/inv_a')).status).toBe(404);
    expect((await w.ownerB.post('/admin/invitations/inv_a/accept', {}, { from: '/admin/members' })).status).toBe(404);
    expect((await w.ownerB.post('/admin/invitations/inv_a/reject', {}, { from: '/admin/members' })).status).toBe(404);
  });
});

describe('roles: a viewer gets 403 wherever an editor or owner is needed', () => {
  const own = (): Route[] => [
    ...routes().map((r) => r),
    { method: 'GET', path: '/admin/listings/new', role: 'editor' },
    { method: 'POST', path: '/admin/listings', role: 'editor', body: { title: 'Neu' } },
    { method: 'GET', path: '/admin/inbox/export.csv', role: 'editor' },
    { method: 'POST', path: '/admin/members/invite', role: 'owner', body: { email: 'x@example.org', role: 'owner' } },
    { method: 'GET', path: '/admin/audit', role: 'owner' },
    { method: 'GET', path: '/admin/embeds/new', role: 'owner' },
    { method: 'POST', path: '/admin/embeds', role: 'owner', body: { name: 'Neu', origins: 'https://x.example' } },
  ];
  it.each(own().filter((r) => r.role !== 'viewer').map((r) => [r.method, r.path] as const))('viewer: %s %s → 403', async (method, p) => {
    const route = own().find((x) => x.method === method && x.path === p)!;
    const before = await snapshot();
    const res = method === 'GET' ? await w.viewerA.get(at(route.path)) : await w.viewerA.post(at(route.path), route.body ?? {});
    expect(res.status).toBe(403);
    expect(await snapshot()).toBe(before);
  });

  it.each(own().filter((r) => r.role === 'owner').map((r) => [r.method, r.path] as const))('editor: %s %s → 403 (owners only)', async (method, p) => {
    const route = own().find((x) => x.method === method && x.path === p)!;
    const res = method === 'GET' ? await w.editorA.get(at(route.path)) : await w.editorA.post(at(route.path), route.body ?? {});
    expect(res.status).toBe(403);
  });

  it('a viewer can read listings, previews, the inbox and the team', async () => {
    for (const p of ['/admin/listings', '/admin/listings/lst_a', '/admin/listings/lst_a/preview', '/admin/inbox', '/admin/inbox/req_a', '/admin/members']) {
      expect((await w.viewerA.get(p)).status, p).toBe(200);
    }
    const form = await (await w.viewerA.get('/admin/listings/lst_a')).text();
    expect(form).toMatch(/<fieldset disabled=""/);
  });

  it('not signed in: every admin page redirects to the sign-in', async () => {
    const anon = { ...w.viewerA, cookie: '' };
    for (const p of ['/admin/listings', '/admin/listings/lst_a', '/admin/inbox', '/admin/inbox/req_a', '/admin/inbox/export.csv', '/admin/members', '/admin/audit', '/admin/welcome', '/admin/invitations/inv_a', '/admin/initiatives', '/admin/reports']) {
      const res = await (await import('cloudflare:test')).SELF.fetch(`https://admin.test${p}`, { redirect: 'manual' });
      expect(res.status, p).toBe(303);
      expect(res.headers.get('location'), p).toContain('/admin/sign-in?next=');
    }
    expect(anon.cookie).toBe('');
  });

  it('a form post without the CSRF token of the session is refused', async () => {
    const res = await w.editorA.post('/admin/inbox/req_a/notes', { note: 'x' }, { csrf: 'forged' });
    expect(res.status).toBe(403);
    const other = await w.editorA.post('/admin/inbox/req_a/notes', { note: 'x' }, { csrf: await w.ownerA.csrf() });
    expect(other.status).toBe(403);
  });
});
