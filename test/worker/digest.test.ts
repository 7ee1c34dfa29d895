/**
 * Weekly digest: opt-in and opt-out on the settings page, and the real scheduled handler on the
 * weekly cron — subscribers only, one mail per subscriber and organization, suppression of small
 * counts, exact periods (a second run in the same week sends nothing), no other tenant's data.
 */
import { deliverOutbox } from '../support/outbox';
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { contactRequests, demandRecords, groupReports, listings, organizations, regionApprovals, type DemandRecord } from '../../worker/db/schema';
import { isoWeek } from '../../worker/demand/bands';
import { perturb } from '../../worker/demand/cell-key';
import { namedCategories } from '../../worker/digest/content';
import { DIGEST_CRON, weekStart } from '../../worker/digest/run';
import { addMember, baseListing, setupWorld, signIn, type Client, type World } from '../admin/helpers';

const DAY = 86_400_000;
/** Monday 30 November 2026, 06:00 UTC: the digest covers 23–29 November (ISO week 2026-W48). */
const MONDAY = Date.UTC(2026, 10, 30, 6, 0);
const LAST_WEEK = MONDAY - 3 * DAY;
let w: World;
let municipality: Client;
let municipalityViewer: Client;
let neighbour: Client;

const demand = (region: string, n: number, over: Partial<DemandRecord> = {}): DemandRecord[] =>
  Array.from({ length: n }, () => ({
    id: crypto.randomUUID(), embedId: null, regionOrganizationId: region, originDistrictKey: null, isoWeek: isoWeek(LAST_WEEK), seekerType: 'household', householdType: 'couple',
    sizeBand: '2', ageBands: [], budgetBand: '800-1099', equityBand: 'unknown', legalForms: [], timeline: 'now', priorities: [], barrierFreeNeed: false,
    bestScoreBand: 'none', anyMatch: false, cellKey: 0, ...over,
  }));
/** A count from 5 on as the digest shows it: its cell-key perturbation (every key is 0 here). */
const shown = (n: number) => perturb(n, 0);
const request = (id: string, org: string, listing: string, createdAt: number) => ({
  id, listingId: listing, organizationId: org, name: `Person ${id}`, email: `${id}@people.example`, message: 'Hallo.', snapshot: {}, algorithmVersion: 'bt-match/1', score: 70,
  consent: {}, idempotencyKey: `idem-${id}`, createdAt, updatedAt: createdAt,
});

beforeAll(async () => {
  w = await setupWorld();
  const db = database(env.DB);
  await db.insert(organizations).values([
    { id: 'org_m', kind: 'municipality', name: 'Landkreis Test', slug: 'lk-test', regionDistrictKeys: ['14626'], createdAt: MONDAY },
    { id: 'org_m2', kind: 'municipality', name: 'Nachbarkreis', slug: 'nachbar', regionDistrictKeys: ['14625'], createdAt: MONDAY },
  ]);
  municipality = await signIn('wohnen@lk-test.example');
  municipalityViewer = await signIn('lesen@lk-test.example');
  neighbour = await signIn('wohnen@nachbar.example');
  await addMember('org_m', 'wohnen@lk-test.example', 'owner');
  await addMember('org_m', 'lesen@lk-test.example', 'viewer');
  await addMember('org_m2', 'wohnen@nachbar.example', 'owner');
  await env.DB.prepare("UPDATE users SET locale = 'en' WHERE email = 'owner@a.example'").run();

  // Landkreis Test has decided about both providers in its region; the neighbouring county has not
  // decided about org_b (its digest names it, see below).
  await db.insert(regionApprovals).values([
    { municipalityId: 'org_m', providerId: 'org_a', state: 'approved', createdAt: MONDAY, decidedAt: MONDAY },
    { municipalityId: 'org_m', providerId: 'org_b', state: 'rejected', createdAt: MONDAY, decidedAt: MONDAY },
  ]);
  const rows = [
    baseListing({ id: 'lst_old', organizationId: 'org_a', title: 'Lange nicht bestätigt', confirmedAt: MONDAY - 170 * DAY }),
    baseListing({ id: 'lst_m2', organizationId: 'org_b', title: 'Haus im Nachbarkreis', districtKey: '14625', postcode: '02625', place: 'Bautzen' }),
  ];
  for (const part of chunkForInsert(listings, rows)) await db.insert(listings).values(part);
  // setupWorld's requests: req_a (lst_a, org_a) and req_b (lst_b, org_b), both in district 14626.
  await env.DB.prepare("UPDATE contact_requests SET created_at = ? WHERE id IN ('req_a', 'req_b')").bind(LAST_WEEK).run();
  await db.insert(contactRequests).values([
    request('req_a2', 'org_a', 'lst_a', LAST_WEEK + DAY),
    request('req_a_before', 'org_a', 'lst_a', MONDAY - 10 * DAY),
    request('req_a_this_week', 'org_a', 'lst_a', MONDAY - 60_000),
    request('req_m2', 'org_b', 'lst_m2', LAST_WEEK),
  ]);
  const records = [
    ...demand('org_m', 7),
    ...demand('org_m', 3, { householdType: 'family', budgetBand: '<500' }),
    ...demand('org_m', 2, { householdType: 'single', budgetBand: '<500' }),
    // Outside the period: the week before, and the running week.
    ...demand('org_m', 5, { householdType: 'senior', isoWeek: isoWeek(MONDAY - 8 * DAY) }),
    ...demand('org_m', 5, { householdType: 'senior', isoWeek: isoWeek(MONDAY) }),
    ...demand('org_m2', 3, { householdType: 'group' }),
  ];
  for (const part of chunkForInsert(demandRecords, records)) await db.insert(demandRecords).values(part);
  // Reports of Landkreis Test's group search: one open, one handled.
  const report = { regionOrganizationId: 'org_m', reporterKind: 'pool', reporterId: 'p1', reportedKind: 'pool', reportedId: 'p2', reason: 'spam', createdAt: LAST_WEEK } as const;
  await db.insert(groupReports).values([{ id: 'rep_open', ...report }, { id: 'rep_done', ...report, handledAt: LAST_WEEK + DAY }]);
});

async function runCron(at: number, cron = DIGEST_CRON) {
  const controller = createScheduledController({ scheduledTime: at, cron });
  const ctx = createExecutionContext();
  // Scheduled mails link to the deployment's public origin (PUBLIC_ORIGIN; no request to take it from).
  await worker.scheduled!(controller, { ...env, PUBLIC_ORIGIN: 'https://bring-together.de' }, ctx);
  await waitOnExecutionContext(ctx);
}
const digests = async () => {
  await deliverOutbox();
  return (await env.DB.prepare("SELECT \"to\", subject, text FROM dev_mail WHERE subject LIKE 'Wochenüberblick%' OR subject LIKE 'Weekly summary%' ORDER BY \"to\", created_at").all<{ to: string; subject: string; text: string }>()).results;
};
const subscribed = async () => (await env.DB.prepare('SELECT u.email FROM digest_subscriptions s JOIN users u ON u.id = s.user_id ORDER BY u.email').all<{ email: string }>()).results.map((r) => r.email);

describe('digest settings', () => {
  it('opts in and out per member and organization, with a CSRF-protected form', async () => {
    let html = await (await municipality.get('/admin/settings')).text();
    expect(html).toContain('Wöchentliche Zusammenfassung per E-Mail');
    expect(html).not.toMatch(/name="digest" value="1" checked/);

    expect((await municipality.post('/admin/settings', { digest: '1' }, { csrf: 'forged' })).status).toBe(403);
    expect(await subscribed()).toEqual([]);

    const res = await municipality.post('/admin/settings', { digest: '1' }, { from: '/admin/settings' });
    expect(res.status).toBe(303);
    html = await (await municipality.get('/admin/settings?notice=saved')).text();
    expect(html).toMatch(/name="digest" value="1" checked/);
    expect(html).toContain('Einstellungen gespeichert.');
    expect(await subscribed()).toEqual(['wohnen@lk-test.example']);

    await municipality.post('/admin/settings', {}, { from: '/admin/settings' });
    expect(await subscribed()).toEqual([]);

    for (const c of [municipality, neighbour, w.ownerA]) expect((await c.post('/admin/settings', { digest: '1' }, { from: '/admin/settings' })).status).toBe(303);
    expect(await subscribed()).toEqual(['owner@a.example', 'wohnen@lk-test.example', 'wohnen@nachbar.example']);
    // The subscription belongs to the active organization.
    expect(await env.DB.prepare("SELECT organization_id AS o FROM digest_subscriptions s JOIN users u ON u.id = s.user_id WHERE u.email = 'owner@a.example'").first('o')).toBe('org_a');
  });

  it("lets owners, and only owners, choose the language of mails to the organization's contact addresses", async () => {
    expect(await (await municipalityViewer.get('/admin/settings')).text()).not.toContain('id="f-locale"');
    expect((await municipalityViewer.post('/admin/settings/organization', { locale: 'en' }, { from: '/admin/settings' })).status).toBe(403);
    expect(await env.DB.prepare("SELECT locale FROM organizations WHERE id = 'org_m'").first('locale')).toBe('de');
    expect((await municipality.post('/admin/settings/organization', { locale: 'en' }, { from: '/admin/settings' })).status).toBe(303);
    expect(await env.DB.prepare("SELECT locale FROM organizations WHERE id = 'org_m'").first('locale')).toBe('en');
    expect(await (await municipality.get('/admin/settings')).text()).toMatch(/<option value="en" selected/);
    await municipality.post('/admin/settings/organization', { locale: 'de' }, { from: '/admin/settings' });
  });
});

describe('digest (scheduled)', () => {
  it('the daily cron sends no digest', async () => {
    await runCron(MONDAY, '17 3 * * *');
    expect(await digests()).toEqual([]);
  });

  it('sends each subscriber one mail for the last week, with small counts suppressed and no other tenant', async () => {
    await runCron(MONDAY);
    const mails = await digests();
    expect(mails.map((m) => m.to)).toEqual(['owner@a.example', 'wohnen@lk-test.example', 'wohnen@nachbar.example']);
    const [provider, county, neighbourMail] = mails as [(typeof mails)[0], (typeof mails)[0], (typeof mails)[0]];

    // Municipality: 12 questionnaires in W48 (not the 5 before, not the 5 of this week).
    expect(county.subject).toBe('Wochenüberblick: Landkreis Test');
    expect(county.text).toContain(`Ausgefüllte Fragebögen: ${shown(12)}`);
    // Couples 7 are named; families (3) and singles (2) are not: each below 5.
    expect(county.text).toContain(`- Paare: ${shown(7)}`);
    expect(county.text).not.toMatch(/Familien|Alleinstehende|Ältere/);
    // Budgets: 7 and 5, nothing left over — both named.
    expect(county.text).toContain(`- 800–1.099 €: ${shown(7)}`);
    expect(county.text).toContain(`- unter 500 €: ${shown(5)}`);
    // Contact requests in the region last week: req_a, req_b, req_a2 — three, shown as "< 5".
    expect(county.text).toContain('Neue Kontaktanfragen an Angebote in der Region: < 5');
    expect(county.text).toContain('https://bring-together.de/admin/dashboard');
    expect(county.text).not.toContain('Haus im Nachbarkreis');

    // The neighbouring county: its own 3 questionnaires, suppressed; its region's one request, suppressed.
    expect(neighbourMail.text).toContain('Ausgefüllte Fragebögen: < 5');
    expect(neighbourMail.text).toContain('Neue Kontaktanfragen an Angebote in der Region: < 5');
    expect(neighbourMail.text).not.toMatch(/Gruppen:|Paare/);
    // … and names the provider that waits for its decision; Landkreis Test has decided about both of its own.
    expect(neighbourMail.text).toContain('Neue Anbieter in Ihrer Region warten auf Freigabe');
    expect(neighbourMail.text).toContain('- Verein B');
    expect(neighbourMail.text).toContain('https://bring-together.de/admin/providers');
    expect(county.text).not.toContain('warten auf Freigabe');
    // Landkreis Test has one open report of the group search (the handled one is not counted); the neighbour none.
    expect(county.text).toContain('Offene Meldungen aus der Gruppensuche: 1');
    expect(county.text).toContain('https://bring-together.de/admin/reports');
    expect(neighbourMail.text).not.toContain('Meldungen');
    // Decided now: the later runs below see no waiting provider anywhere.
    await env.DB.prepare("INSERT INTO region_approvals (municipality_id, provider_id, state, created_at) VALUES ('org_m2', 'org_b', 'approved', 0)").run();

    // Provider A, in English: its own requests per listing (2 last week), its listing to confirm; nothing of B.
    expect(provider.subject).toBe('Weekly summary: Genossenschaft A');
    expect(provider.text).toContain('- Hof in Zittau: 2');
    expect(provider.text).toContain('Lange nicht bestätigt: please confirm');
    expect(provider.text).toContain('https://bring-together.de/admin/listings/lst_old');
    expect(provider.text).not.toMatch(/Haus B|Nachbarkreis|questionnaires|people\.example/);
  });

  it('a second run in the same week sends nothing; the next week covers only the new week', async () => {
    await runCron(MONDAY + 2 * 3_600_000);
    await runCron(MONDAY + 3 * DAY);
    expect(await digests()).toHaveLength(3);
    expect(await env.DB.prepare('SELECT DISTINCT last_sent_at AS t FROM digest_subscriptions').all()).toMatchObject({ results: [{ t: weekStart(MONDAY) }] });

    await runCron(MONDAY + 7 * DAY);
    const county = (await digests()).filter((m) => m.to === 'wohnen@lk-test.example');
    expect(county).toHaveLength(2);
    // W49: the 5 seniors of "this week" and the request made a minute before the first run.
    expect(county[1]!.text).toContain(`Ausgefüllte Fragebögen: ${shown(5)}`);
    expect(county[1]!.text).toContain(`- Ältere Menschen: ${shown(5)}`);
    expect(county[1]!.text).not.toContain('Paare');
    const provider = (await digests()).filter((m) => m.to === 'owner@a.example');
    expect(provider[1]!.text).toContain('- Hof in Zittau: 1');
  });

  it('sends nothing to members who did not subscribe or were removed', async () => {
    // New demand in the neighbouring county: its owner would get a digest if still a member.
    for (const part of chunkForInsert(demandRecords, demand('org_m2', 6, { isoWeek: isoWeek(MONDAY + 7 * DAY) }))) await database(env.DB).insert(demandRecords).values(part);
    await env.DB.prepare("DELETE FROM members WHERE organization_id = 'org_m2'").run();
    expect(await subscribed()).toContain('wohnen@nachbar.example');
    await runCron(MONDAY + 14 * DAY);
    const to = new Set((await digests()).map((m) => m.to));
    expect(to.has(municipalityViewer.email)).toBe(false);
    expect(to.has('owner@b.example')).toBe(false);
    expect((await digests()).filter((m) => m.to === 'wohnen@nachbar.example')).toHaveLength(1);
  });
});

describe('naming categories', () => {
  it('names categories of at least 5 only when the rest is 0 or at least 5', () => {
    expect(namedCategories(12, [{ key: 'a', n: 7 }, { key: 'b', n: 3 }, { key: 'c', n: 2 }])).toEqual([{ key: 'a', n: 7 }]);
    expect(namedCategories(9, [{ key: 'a', n: 5 }, { key: 'b', n: 4 }])).toEqual([]);
    expect(namedCategories(4, [{ key: 'a', n: 4 }])).toEqual([]);
    expect(namedCategories(10, [{ key: 'a', n: 5 }, { key: 'b', n: 5 }])).toEqual([{ key: 'a', n: 5 }, { key: 'b', n: 5 }]);
  });
});
