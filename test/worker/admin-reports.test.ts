/**
 * The municipality's reports screen (worker/admin/reports), through the Worker's real fetch: a
 * report sent from a manage page shows there with what was reported and why, never by whom; the
 * mail links to it; owners and editors mark it handled once (audited with it), viewers only read;
 * other regions' reports and provider organizations stay out.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client';
import { groupReports, organizations } from '../../worker/db/schema';
import { deletePoolEntries } from '../../worker/groups/pool';
import { addMember, signIn, type Client } from '../admin/helpers';
import { insertFixtures, nextIp } from './fixtures';
import { getJson, joinPool, startInitiative } from './groups-support';

const BASE = 'https://api.test';
let owner: Client;
let viewer: Client;
let provider: Client;
let reportId: string;
let poolId: string;
const now = Date.now();

const partyOf = async (token: string) => ((await (await getJson(`/v1/groups/${token}`)).json()) as { party: { kind: string; id: string } }).party;
const count = async (sql: string, ...binds: string[]) => (await env.DB.prepare(sql).bind(...binds).first<{ n: number }>())!.n;
const handledAt = async (id: string) => (await env.DB.prepare('SELECT handled_at AS h FROM group_reports WHERE id = ?').bind(id).first<{ h: number | null }>())!.h;

beforeAll(async () => {
  await insertFixtures();
  owner = await signIn('wohnen@testgemeinde.example');
  viewer = await signIn('lesen@testgemeinde.example');
  provider = await signIn('team@coop.example');
  await addMember('org_town', 'wohnen@testgemeinde.example', 'owner');
  await addMember('org_town', 'lesen@testgemeinde.example', 'viewer');
  await addMember('org_coop', 'team@coop.example', 'owner');
  // Another region's report, which nobody of org_town may see or handle.
  const db = database(env.DB);
  await db.insert(organizations).values({ id: 'org_far', kind: 'municipality', name: 'Fernkreis', slug: 'fernkreis', regionDistrictKeys: ['14625'], createdAt: now });
  await db.insert(groupReports).values({ id: 'rep_far', regionOrganizationId: 'org_far', reporterKind: 'pool', reporterId: 'p1', reportedKind: 'pool', reportedId: 'p2', reason: 'abuse', note: 'Fern', createdAt: now });

  // A founder reports a household from the manage page, as a seeker would.
  const founder = await startInitiative();
  const ini = await partyOf(founder);
  const spammer = await joinPool({ email: 'spam@example.org', text: 'Billige Kredite hier!' });
  poolId = (await partyOf(spammer)).id;
  const page = await (await SELF.fetch(`${BASE}/manage/${founder}`, { headers: { 'cf-connecting-ip': nextIp() } })).text();
  const csrf = page.match(/name="csrf" value="([^"]+)"/)![1]!;
  const res = await SELF.fetch(`${BASE}/manage/${founder}/report`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': nextIp(), 'sec-fetch-site': 'same-origin', origin: BASE },
    body: new URLSearchParams({ csrf, lang: 'de', party: `initiative:${ini.id}`, to: `pool:${poolId}`, reason: 'spam', note: 'Wirbt für Kredite.' }).toString(),
  });
  expect(new URL(res.headers.get('location')!, BASE).searchParams.get('done')).toBe('reported');
  reportId = (await env.DB.prepare("SELECT id FROM group_reports WHERE region_organization_id = 'org_town'").first<{ id: string }>())!.id;
}, 60_000);

describe('reports in the municipality admin', () => {
  it('shows the open report with what was reported and why, never by whom, and the mail links to the screen', async () => {
    const res = await owner.get('/admin/reports');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Offen (1)');
    const row = html.match(new RegExp(`<tr data-report="${reportId}">[\\s\\S]*?</tr>`))?.[0];
    expect(row, 'the report row').toBeTruthy();
    expect(row).toContain('Ein Haushalt (Pool)');
    expect(row).toContain('Billige Kredite hier!');
    expect(row).toContain('Werbung oder Spam');
    expect(row).toContain('Wirbt für Kredite.');
    expect(row).toContain('Als erledigt markieren');
    // Neither the reporter nor another region's report.
    expect(html).not.toMatch(/Hofgemeinschaft Oberland|Jonas|jonas@example\.org/);
    expect(html).not.toContain('rep_far');
    expect(html).toContain('href="/admin/reports" aria-current="page"');

    const mail = await env.DB.prepare("SELECT text FROM outbox WHERE kind = 'groups.report' AND \"to\" = 'wohnen@testgemeinde.example'").first<{ text: string }>();
    expect(mail!.text).toMatch(/Alle Meldungen Ihrer Region, offene und erledigte: https?:\/\/[^\s]+\/admin\/reports/);
  });

  it('lets viewers read but not mark, and keeps providers and other regions out', async () => {
    const html = await (await viewer.get('/admin/reports')).text();
    expect(html).toContain('Billige Kredite hier!');
    expect(html).not.toContain('Als erledigt markieren</button>');
    expect((await viewer.post(`/admin/reports/${reportId}/handled`, {}, { from: '/admin/reports' })).status).toBe(403);
    expect((await provider.get('/admin/reports')).status).toBe(404);
    expect((await provider.post(`/admin/reports/${reportId}/handled`, {}, { from: '/admin/listings' })).status).toBe(404);
    expect((await owner.post('/admin/reports/rep_far/handled', {}, { from: '/admin/reports' })).status).toBe(404);
    expect((await owner.post('/admin/reports/nope/handled', {}, { from: '/admin/reports' })).status).toBe(404);
    expect((await owner.post(`/admin/reports/${reportId}/handled`, {}, { from: '/admin/reports', csrf: 'forged' })).status).toBe(403);
    expect(await handledAt(reportId)).toBeNull();
    expect(await handledAt('rep_far')).toBeNull();
    expect(await count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'group_report.handled'")).toBe(0);
  });

  it('marks it handled once, audited with the change, and lists it as handled; a gone entry says so', async () => {
    const first = await owner.post(`/admin/reports/${reportId}/handled`, {}, { from: '/admin/reports' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/admin/reports?notice=handled');
    const at = await handledAt(reportId);
    expect(at).toEqual(expect.any(Number));
    const audit = await env.DB.prepare("SELECT organization_id AS org, entity, entity_id AS id FROM audit_log WHERE action = 'group_report.handled'").all();
    expect(audit.results).toEqual([{ org: 'org_town', entity: 'group_report', id: reportId }]);

    // A second click (another tab): the same answer, nothing changes or is recorded again.
    expect((await owner.post(`/admin/reports/${reportId}/handled`, {}, { from: '/admin/reports' })).status).toBe(303);
    expect(await handledAt(reportId)).toBe(at);
    expect(await count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'group_report.handled'")).toBe(1);

    const html = await (await owner.get('/admin/reports?notice=handled')).text();
    expect(html).toContain('Die Meldung ist als erledigt markiert.');
    expect(html).toContain('Keine offenen Meldungen.');
    expect(html).toMatch(new RegExp(`id="handled-h"[\\s\\S]*<tr data-report="${reportId}">[\\s\\S]*?Billige Kredite hier!`));
    expect(html).not.toContain('Als erledigt markieren</button>');

    await deletePoolEntries(database(env.DB), [poolId]);
    const gone = await (await owner.get('/admin/reports')).text();
    expect(gone).toMatch(new RegExp(`<tr data-report="${reportId}">[\\s\\S]*?Der Eintrag besteht nicht mehr\\.`));
    expect(gone).not.toContain('Billige Kredite hier!');
  });

  it('is in English for an English-speaking member', async () => {
    await env.DB.prepare("UPDATE users SET locale = 'en' WHERE email = 'lesen@testgemeinde.example'").run();
    const html = await (await viewer.get('/admin/reports')).text();
    expect(html).toContain('Reports from the group search');
    expect(html).toContain('No open reports.');
    expect(html).toContain('Advertising or spam');
  });
});
