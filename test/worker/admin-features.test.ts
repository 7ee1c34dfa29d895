/** Listings, photos, inbox, team and audit log of the hosted admin, through the Worker's fetch. */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, latestMail, signIn, setupWorld, type World } from '../admin/helpers';

let w: World;
beforeAll(async () => {
  w = await setupWorld();
});

const validListing = (over: Record<string, string | string[]> = {}) => ({
  kind: 'project', title: 'Umgebindehof Oybin', summary: 'Sechs Wohnungen, Gemeinschaftsküche und Garten am Berg.', description: 'Ein alter Hof, gemeinsam saniert.',
  stage: 'planning', legalForm: 'cooperative', postcode: '02797', settlement: 'village', unitsTotal: '6',
  'free.own_flat': '2', 'free.cluster_flat': '0', 'free.shared_flat': '1', 'free.house': '0',
  costMin: '650', costMax: '900', equity: '15000', spaceMin: '45', spaceMax: '95', plot: '', barrierFree: '1', childrenWelcome: '1', petsAllowed: 'small',
  contactEmail: 'hof@oybin.example', website: 'https://oybin.example',
  'q.community.meals': 'weekly', 'imp.community.meals': '2',
  'q.who.householdType': ['family', 'couple'], 'imp.who.householdType': '1',
  'q.community.hours': '8', 'imp.community.hours': '1',
  'q.money.wbs': 'no', 'imp.money.wbs': '0',
  'imp.where.settlement': '0', 'imp.who.pets': '1', 'imp.needs.barrierFree': '0',
  ...over,
});
const count = async (sql: string, ...binds: unknown[]) => (await env.DB.prepare(sql).bind(...binds).first<number>('n')) ?? 0;

describe('listings', () => {
  it('creates a draft with every field validated, the postcode looked up and the questionnaire stored', async () => {
    const res = await w.editorA.post('/admin/listings', validListing(), { from: '/admin/listings/new' });
    expect(res.status).toBe(303);
    const id = res.headers.get('location')!.match(/listings\/([\w-]+)/)![1]!;
    const row = await env.DB.prepare('SELECT * FROM listings WHERE id = ?').bind(id).first<Record<string, unknown>>();
    expect(row).toMatchObject({ organization_id: 'org_a', status: 'draft', place: 'Oybin', district_key: '14626', free_places: 3, monthly_cost_min_cents: 65_000, equity_required_cents: 1_500_000, barrier_free: 1 });
    const profile = JSON.parse(String(row!.profile));
    expect(profile['community.meals']).toEqual({ value: 'weekly', importance: 2 });
    expect(profile['who.householdType']).toEqual({ value: ['family', 'couple'], importance: 1 });
    expect(profile['where.settlement']).toEqual({ value: ['village'], importance: 0 });
    expect(profile['needs.barrierFree']).toEqual({ value: true, importance: 0 });
    expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'listing.created' AND entity_id = ?", id)).toBe(1);
  });

  it('shows errors next to the fields, keeps the input and saves nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM listings');
    const res = await w.editorA.post('/admin/listings', validListing({ title: '', postcode: '99999', costMin: '900', costMax: '100', 'q.community.hours': '500', contactEmail: 'kaputt', 'free.own_flat': 'zwei' }), { from: '/admin/listings/new' });
    expect(res.status).toBe(422);
    const html = await res.text();
    for (const [field, message] of [
      ['title', 'Bitte ausfüllen.'],
      ['postcode', 'Diese Postleitzahl kennen wir nicht.'],
      ['costMax', 'Der Höchstwert darf nicht unter dem Mindestwert liegen.'],
      ['q-community-hours', 'Höchstens 80.'],
      ['contactEmail', 'gültige E-Mail-Adresse'],
      ['free-own_flat', 'ganze Zahl'],
    ]) {
      expect(html).toMatch(new RegExp(`id="f-${field}-error">[^<]*${message}`));
      expect(html).toContain(`href="#f-${field}"`);
    }
    expect(html).toContain('Sechs Wohnungen, Gemeinschaftsküche und Garten am Berg.');
    expect(html).toContain('value="kaputt"');
    expect(await count('SELECT count(*) AS n FROM listings')).toBe(before);
  });

  it('a failed edit loses nothing already saved; a good edit saves and is audited', async () => {
    const bad = await w.editorA.post('/admin/listings/lst_a', validListing({ title: 'Neu', summary: 'kurz' }), { from: '/admin/listings/lst_a' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Mindestens 10 Zeichen.');
    expect(await env.DB.prepare("SELECT title FROM listings WHERE id = 'lst_a'").first('title')).toBe('Hof in Zittau');
    const ok = await w.editorA.post('/admin/listings/lst_a', validListing({ title: 'Hof in Zittau (neu)', postcode: '02763', settlement: 'small_town' }), { from: '/admin/listings/lst_a' });
    expect(ok.status).toBe(303);
    expect(await env.DB.prepare("SELECT title FROM listings WHERE id = 'lst_a'").first('title')).toBe('Hof in Zittau (neu)');
    expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'listing.updated' AND entity_id = 'lst_a'")).toBe(1);
  });

  it('publishes, pauses, archives and restores, each audited; impossible moves are refused', async () => {
    const id = (await env.DB.prepare("SELECT id FROM listings WHERE title = 'Umgebindehof Oybin'").first<string>('id'))!;
    const status = async () => env.DB.prepare('SELECT status FROM listings WHERE id = ?').bind(id).first('status');
    expect((await w.editorA.post(`/admin/listings/${id}/status`, { action: 'pause' })).status).toBe(422);
    expect(await status()).toBe('draft');
    for (const [action, expected] of [['publish', 'published'], ['pause', 'paused'], ['publish', 'published'], ['archive', 'archived'], ['restore', 'draft']] as const) {
      const res = await w.editorA.post(`/admin/listings/${id}/status`, { action });
      expect(res.status, action).toBe(303);
      expect(await status()).toBe(expected);
    }
    expect(await count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action LIKE 'listing.%'", id)).toBe(6);
  });

  it('previews the listing as seekers see it, with a sample match and its reasons', async () => {
    const html = await (await w.viewerA.get('/admin/listings/lst_a/preview')).text();
    expect(html).toMatch(/\d+ von 100/);
    expect(html).toContain('Passt, weil');
    const en = await (await w.viewerA.get('/admin/listings/lst_a/preview', { headers: { 'accept-language': 'en' } })).text();
    expect(en).toContain('lang="de"'); // the user's stored language wins over the browser's
  });
});

describe('photos', () => {
  const png = (): Uint8Array<ArrayBuffer> => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const form = (bytes: Uint8Array<ArrayBuffer>, type: string, alt: string) => {
    const f = new FormData();
    f.set('photo', new File([bytes as Uint8Array<ArrayBuffer>], 'bild', { type }));
    f.set('alt', alt);
    return f;
  };

  it('stores a PNG with alt text in R2 and serves it', async () => {
    const res = await w.editorA.postMultipart('/admin/listings/lst_a/photos', form(png(), 'image/png', 'Der Innenhof im Sommer'), { from: '/admin/listings/lst_a' });
    expect(res.status).toBe(303);
    const photos = JSON.parse((await env.DB.prepare("SELECT photos FROM listings WHERE id = 'lst_a'").first<string>('photos'))!);
    expect(photos).toHaveLength(1);
    expect(photos[0].alt.de).toBe('Der Innenhof im Sommer');
    const file = await SELF.fetch(`${ADMIN}${photos[0].url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    const removed = await w.editorA.post('/admin/listings/lst_a/photos/remove', { url: photos[0].url }, { from: '/admin/listings/lst_a' });
    expect(removed.status).toBe(303);
    expect((await SELF.fetch(`${ADMIN}${photos[0].url}`)).status).toBe(404);
  });

  it('refuses wrong types, oversized files and missing alt text with a clear message', async () => {
    const wrong = await w.editorA.postMultipart('/admin/listings/lst_a/photos', form(new TextEncoder().encode('<svg></svg>'), 'image/png', 'Ein Bild'), { from: '/admin/listings/lst_a' });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('Nur JPEG-, PNG- oder WebP-Bilder sind möglich.');
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    const large = await w.editorA.postMultipart('/admin/listings/lst_a/photos', form(big, 'image/jpeg', 'Groß'), { from: '/admin/listings/lst_a' });
    expect(large.status).toBe(422);
    expect(await large.text()).toContain('größer als 5 MB');
    const noAlt = await w.editorA.postMultipart('/admin/listings/lst_a/photos', form(png(), 'image/png', ' '), { from: '/admin/listings/lst_a' });
    expect(noAlt.status).toBe(422);
    expect(await noAlt.text()).toMatch(/id="f-alt-error">Bitte ausfüllen\./);
    expect(JSON.parse((await env.DB.prepare("SELECT photos FROM listings WHERE id = 'lst_a'").first<string>('photos'))!)).toHaveLength(0);
  });

  it('refuses a body over 8 MB with a 413 page before parsing it, and stores nothing', async () => {
    const huge = new Uint8Array(8 * 1024 * 1024 + 1);
    huge.set([0xff, 0xd8, 0xff]);
    const res = await w.editorA.postMultipart('/admin/listings/lst_a/photos', form(huge, 'image/jpeg', 'Riesig'), { from: '/admin/listings/lst_a' });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('Zu groß');
    expect(JSON.parse((await env.DB.prepare("SELECT photos FROM listings WHERE id = 'lst_a'").first<string>('photos'))!)).toHaveLength(0);
  });
});

describe('contact inbox', () => {
  it('shows the message, household, both fits and the reasons in the viewer’s language', async () => {
    const html = await (await w.viewerA.get('/admin/inbox/req_a')).text();
    expect(html).toContain('Wir möchten Sie kennenlernen.');
    expect(html).toContain('Das Projekt passt zu den Suchenden: 80 von 100');
    expect(html).toMatch(/<ul class="reasons"><li>[^<]+<\/li>/);
    await w.viewerA.post('/admin/locale', { locale: 'en' });
    const en = await (await w.viewerA.get('/admin/inbox/req_a')).text();
    expect(en).toContain('The project fits the seeker: 80 of 100');
    await w.viewerA.post('/admin/locale', { locale: 'de' });
  });

  it('filters by status, listing and text', async () => {
    expect(await (await w.viewerA.get('/admin/inbox?status=new')).text()).toContain('Erika req_a');
    expect(await (await w.viewerA.get('/admin/inbox?status=declined')).text()).not.toContain('Erika req_a');
    expect(await (await w.viewerA.get('/admin/inbox?q=nobody')).text()).not.toContain('Erika req_a');
    expect(await (await w.viewerA.get('/admin/inbox?q=req_a%40')).text()).toContain('Erika req_a');
  });

  it('moves a request through the pipeline to moved in, refusing skipped steps', async () => {
    const status = () => env.DB.prepare("SELECT status FROM contact_requests WHERE id = 'req_a'").first('status');
    const skip = await w.editorA.post('/admin/inbox/req_a/status', { status: 'moved_in' });
    expect(skip.status).toBe(422);
    expect(await skip.text()).toContain('nicht möglich');
    for (const to of ['in_conversation', 'visit', 'accepted', 'moved_in']) {
      expect((await w.editorA.post('/admin/inbox/req_a/status', { status: to })).status, to).toBe(303);
      expect(await status()).toBe(to);
    }
    expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'contact_request.status' AND entity_id = 'req_a'")).toBe(4);
  });

  it('keeps internal notes and refuses an empty one next to the field', async () => {
    const empty = await w.editorA.post('/admin/inbox/req_a/notes', { note: '  ' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toMatch(/id="f-note-error">Bitte ausfüllen\./);
    expect((await w.editorA.post('/admin/inbox/req_a/notes', { note: 'Rückruf am Dienstag' })).status).toBe(303);
    expect(await (await w.viewerA.get('/admin/inbox/req_a')).text()).toContain('Rückruf am Dienstag');
  });

  it('replies by email through the mail interface and starts the conversation', async () => {
    const res = await w.ownerB.post('/admin/inbox/req_b/reply', { reply: 'Kommen Sie gern am Samstag vorbei.' });
    expect(res.status).toBe(303);
    const mail = await latestMail('req_b@example.org');
    expect(mail.subject).toContain('Verein B');
    expect(mail.text).toContain('Kommen Sie gern am Samstag vorbei.');
    expect(await env.DB.prepare("SELECT status FROM contact_requests WHERE id = 'req_b'").first('status')).toBe('in_conversation');
  });

  it('exports the organization’s requests as CSV, with formula injection defused', async () => {
    await env.DB.prepare("UPDATE contact_requests SET name = '=HYPERLINK(1)' WHERE id = 'req_a'").run();
    const res = await w.editorA.get('/admin/inbox/export.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = await res.text();
    expect(text).toContain('req_a@example.org');
    expect(text).not.toContain('req_b');
    expect(text).toContain("'=HYPERLINK(1)");
  });
});

describe('team and invitations', () => {
  it('invites by email; the invitee signs in by magic link and accepts', async () => {
    const bad = await w.ownerA.post('/admin/members/invite', { email: 'editor@a.example', role: 'editor' }, { from: '/admin/members' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('bereits Mitglied');
    const res = await w.ownerA.post('/admin/members/invite', { email: 'neu@a.example', role: 'viewer' }, { from: '/admin/members' });
    expect(res.status).toBe(303);
    const mail = await latestMail('neu@a.example');
    const link = mail.text.match(/https:\/\/admin\.test(\/admin\/invitations\/[\w-]+)/)![1]!;
    const invitee = await signIn('neu@a.example');
    const page = await invitee.get(link);
    expect(await page.text()).toContain('Genossenschaft A');
    const accepted = await invitee.post(`${link}/accept`, {}, { from: link });
    expect(accepted.status).toBe(303);
    const role = await env.DB.prepare("SELECT m.role FROM members m JOIN users u ON u.id = m.user_id WHERE u.email = 'neu@a.example' AND m.organization_id = 'org_a'").first('role');
    expect(role).toBe('viewer');
    expect(await (await invitee.get('/admin/listings')).text()).toContain('Genossenschaft A');
  });

  it('changes roles, but never removes the last owner', async () => {
    const ownerMember = (await env.DB.prepare("SELECT m.id FROM members m JOIN users u ON u.id = m.user_id WHERE u.email = 'owner@a.example'").first<string>('id'))!;
    const last = await w.ownerA.post(`/admin/members/${ownerMember}/role`, { role: 'editor' }, { from: '/admin/members' });
    expect(last.status).toBe(422);
    expect(await last.text()).toContain('mindestens eine Inhaberin');
    const viewer = (await env.DB.prepare("SELECT m.id FROM members m JOIN users u ON u.id = m.user_id WHERE u.email = 'neu@a.example'").first<string>('id'))!;
    expect((await w.ownerA.post(`/admin/members/${viewer}/role`, { role: 'editor' }, { from: '/admin/members' })).status).toBe(303);
    expect(await env.DB.prepare('SELECT role FROM members WHERE id = ?').bind(viewer).first('role')).toBe('editor');
    expect((await w.ownerA.post(`/admin/members/${viewer}/remove`, {}, { from: '/admin/members' })).status).toBe(303);
    expect(await count('SELECT count(*) AS n FROM members WHERE id = ?', viewer)).toBe(0);
  });

  it('shows owners the audit log of listings, requests and members', async () => {
    const html = await (await w.ownerA.get('/admin/audit')).text();
    for (const action of ['listing.created', 'listing.publish', 'contact_request.status', 'invitation.created', 'member.joined', 'member.role', 'member.removed']) expect(html).toContain(action);
    expect(html).toContain('owner@a.example');
  });
});
