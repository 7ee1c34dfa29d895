/**
 * What the dashboard tells a council (issue 17), on the seeded demo region: key findings first,
 * periods people understand, outcomes per quarter, the reach of each embed (with loads counted by
 * the real config route), the council document and the fact sheet of a vacant building.
 */
import { env, SELF } from 'cloudflare:test';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_TEXT_VERSION } from '../../worker/api/schemas';
import { moveRequest } from '../../worker/admin/inbox/pipeline';
import { loadConversation } from '../../worker/conversation/thread';
import { decideVisit, recordOutcome } from '../../worker/conversation/visits';
import { database } from '../../worker/db/client';
import type { Env } from '../../worker/env';
import { createDashboard, type DashboardEnv } from '../../worker/dashboard/app';
import { isoWeek } from '../../worker/demand/bands';
import { perturb, requestKey } from '../../worker/demand/cell-key';
import { addWeeks, previousRange } from '../../worker/demand/period-presets';
import { DEMO_EMBED_ID, DEMO_EMBED_KEY, DEMO_FIXED_ORIGINS, DEMO_MUNICIPALITY_ID, demoSeed } from '../../worker/seed/demo';
import { seedStatements } from '../../worker/seed/sql';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { household, insertFixtures, KEY, nextIp, postJson, resetDatabase } from './fixtures';

const NOW = Date.now();
const seed = demoSeed(NOW);
const CURRENT = isoWeek(NOW);
const shown = (n: number, keySum: number) => String(perturb(n, keySum));
const recordsIn = (from: string, to: string) => seed.demandRecords.filter((r) => r.isoWeek >= from && r.isoWeek <= to);
const shownRecords = (rs: readonly { cellKey?: number | null }[]) => shown(rs.length, rs.reduce((s, r) => s + (r.cellKey ?? 0), 0));

function mount() {
  const app = new Hono<DashboardEnv>();
  app.use('*', async (c, next) => {
    c.set('organizationId', DEMO_MUNICIPALITY_ID);
    c.set('role', 'viewer');
    await next();
  });
  app.route('/dashboard', createDashboard({ now: () => NOW }));
  return async (path: string) => {
    const res = await app.request(path, {}, env);
    return { status: res.status, html: await res.text() };
  };
}
const get = mount();
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/\s+/g, ' ');
/** The cells of the table with this id, row by row, as text. */
function tableRows(html: string, id: string): string[][] {
  const table = new RegExp(`<table class="data" id="table-${id}">([\\s\\S]*?)</table>`).exec(html)?.[1];
  if (!table) throw new Error(`no table ${id}`);
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!).trim()));
}

// Six households moved in this quarter (two of them from Dresden, outside the region), one more in
// conversation; six accepted trial stays, five of them "it fits".
const MOVED = Array.from({ length: 6 }, (_, i) => ({ id: `cr_moved_${i}a${i}`, adults: 2, children: i % 2, origin: i < 2 ? '14612' : '14626' }));

beforeAll(async () => {
  await resetDatabase();
  const statements = seedStatements(seed);
  for (let i = 0; i < statements.length; i += 50) await env.DB.batch(statements.slice(i, i + 50).map((s) => env.DB.prepare(s)));
  const listing = seed.listings.find((l) => l.status === 'published' && l.kind === 'project')!;
  const insert = (id: string, status: string, snapshot: object, origin: string | null) =>
    env.DB.prepare(
      'INSERT INTO contact_requests (id, listing_id, organization_id, embed_id, name, email, message, snapshot, algorithm_version, score, consent, status, idempotency_key, origin_district_key, created_at, updated_at) ' +
        "VALUES (?, ?, ?, ?, 'Test', 't@example.org', 'Hallo', ?, 'bt-match/1', 70, '{}', ?, ?, ?, ?, ?)",
    ).bind(id, listing.id, listing.organizationId, DEMO_EMBED_ID, JSON.stringify(snapshot), status, `idem_${id}`, origin, NOW - 86_400_000, NOW);
  await env.DB.batch([
    ...MOVED.map((m) => insert(m.id, 'accepted', { household: { seekerType: 'household', householdType: 'family', adults: m.adults, children: m.children, households: null, ageBands: [], pets: null } }, m.origin)),
    insert('cr_talking', 'in_conversation', {}, null),
    ...MOVED.map((m, i) =>
      env.DB.prepare("INSERT INTO visits (id, contact_request_id, organization_id, kind, starts_on, ends_on, place, state, created_at) VALUES (?, ?, ?, 'trial', ?, ?, 'Hof', 'proposed', 0)").bind(
        `v_${i}`,
        m.id,
        listing.organizationId,
        new Date(NOW).toISOString().slice(0, 10),
        new Date(NOW).toISOString().slice(0, 10),
      ),
    ),
  ]);
  // Through the writers of the outcomes: the seeker accepts and judges the trial stay, the team records the move-in.
  const db = database(env.DB);
  for (const [i, m] of MOVED.entries()) {
    expect(await decideVisit(db, env as unknown as Env, (await loadConversation(db, m.id))!, `v_${i}`, true, { origin: 'https://bt.test' })).toBe(true);
    expect(await recordOutcome(db, m.id, `v_${i}`, 'seeker', i < 5 ? 'fits' : 'does_not_fit')).toBe(true);
    await moveRequest(db, { requestId: m.id, organizationId: listing.organizationId, actorId: 'user_test', from: 'accepted', to: 'moved_in', now: NOW });
  }
});

describe('key findings', () => {
  it('open the dashboard with 3–6 findings in plain words, each linked to a table on the page, with no count from 1 to 4', async () => {
    const { status, html } = await get('/dashboard');
    expect(status).toBe(200);
    expect(html.indexOf('Das Wichtigste in Kürze')).toBeGreaterThan(0);
    expect(html.indexOf('Das Wichtigste in Kürze')).toBeLessThan(html.indexOf('Nachfrage im Zeitverlauf'));
    const items = [...html.matchAll(/<li class="finding finding-(\w+)">([\s\S]*?)<\/li>/g)];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(6);
    for (const [, , body] of items) {
      const target = /href="#(table-\w+)"/.exec(body!)?.[1];
      expect(html, `${target} is on the page`).toContain(`id="${target}"`);
      expect(text(body!)).not.toMatch(/(?<![\d.,])[1-4](?![\d]|[.,]\d)/);
    }
    // The first one is the headline's number, as the table shows it.
    const headline = /id="headline">([\d.]+)</.exec(html)![1]!;
    expect(items[0]![1]).toBe('demand');
    expect(text(items[0]![2]!)).toContain(`${headline} Haushalte und Gruppen`);
    const en = await get('/dashboard?lang=en');
    expect(en.html).toContain('Key findings');
    expect(en.html).toMatch(/households and groups finished the questionnaire/);
  });

  it('open the council document too', async () => {
    const { html } = await get('/dashboard/report');
    expect(html).toContain('class="page-header title-page"');
    expect(html).toContain('Vorlage für den Gemeinderat');
    expect(html.indexOf('Das Wichtigste in Kürze')).toBeLessThan(html.indexOf('Nachfrage im Überblick'));
    expect(html.indexOf('Methode und Schutz kleiner Zahlen')).toBeGreaterThan(html.indexOf('Nachfrage im Überblick'));
    expect(html).not.toContain('<form');
  });
});

describe('periods people understand', () => {
  it('offers presets and maps them to whole ISO weeks, shown as a detail, with the previous period of the same length', async () => {
    const { html } = await get('/dashboard?period=4w');
    const from = addWeeks(CURRENT, -3);
    expect(html).toMatch(/<a href="[^"]*period=4w[^"]*" aria-current="true">Letzte 4 Wochen<\/a>/);
    expect(html).toContain(`ISO-Wochen ${from} bis ${CURRENT} (4 Wochen)`);
    expect(html).toContain(`id="headline">${shownRecords(recordsIn(from, CURRENT))}<`);
    const prev = previousRange({ from, to: CURRENT });
    expect(prev).toEqual({ from: addWeeks(CURRENT, -7), to: addWeeks(CURRENT, -4) });
    expect(html).toContain(`id="previous">${shownRecords(recordsIn(prev.from, prev.to))}<`);
    // The CSV and report links carry the weeks, so they show the same figures.
    expect(html).toContain(`report?from=${from}&amp;to=${CURRENT}`);
  });

  it('widens a date range to the weeks holding its first and last day, and keeps ISO-week links working', async () => {
    // A Wednesday to a Tuesday: the weeks of both days.
    const wed = Date.parse('2026-09-16T12:00:00Z');
    const { html } = await get('/dashboard?start=2026-09-16&end=2026-11-03');
    expect(html).toContain(`ISO-Wochen ${isoWeek(wed)} bis ${isoWeek(Date.parse('2026-11-03T12:00:00Z'))}`);
    expect(html).toContain('value="2026-09-14"'); // the date inputs show Monday of the first week…
    expect(html).toContain('value="2026-11-08"'); // …and Sunday of the last
    const legacy = await get(`/dashboard?from=${addWeeks(CURRENT, -3)}&to=${CURRENT}`);
    expect(legacy.status).toBe(200);
    expect(legacy.html).toContain('aria-current="true">Letzte 4 Wochen<'); // recognised as the preset
    const all = await get('/dashboard?period=all');
    const first = [...seed.demandRecords].map((r) => r.isoWeek).sort()[0]!;
    expect(all.html).toContain(`ISO-Wochen ${first} bis ${CURRENT}`);
    expect(all.html).toContain(`id="headline">${shownRecords(seed.demandRecords)}<`);
  });

  it('refuses a bad preset or date with 400 naming it', async () => {
    for (const [q, word] of [['period=fortnight', 'period'], ['start=2026-02-30&end=2026-03-01', 'start'], ['start=2026-03-01', 'end'], ['start=2026-05-01&end=2026-03-01', 'start']]) {
      const r = await get(`/dashboard?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.html).toContain(word);
    }
  });
});

describe('outcomes a council reports', () => {
  it('counts households, adults and children moved in, the share from outside, and trial stays with their verdict, per quarter', async () => {
    const { html } = await get('/dashboard');
    const key = (ids: readonly { id: string }[], w: (m: (typeof MOVED)[number]) => number = () => 1) => MOVED.filter((m) => ids.some((x) => x.id === m.id)).reduce((s, m) => s + requestKey(m.id) * w(m), 0);
    const rows = tableRows(html, 'movedIn');
    const quarter = `${Math.floor(new Date(NOW).getUTCMonth() / 3) + 1}. Quartal ${new Date(NOW).getUTCFullYear()}`;
    expect(rows[0]).toEqual(['Zeitraum', 'Haushalte', 'Erwachsene', 'Kinder', 'mit Herkunftsangabe', 'davon von außerhalb']);
    const children = MOVED.reduce((s, m) => s + m.children, 0);
    expect(rows[1]).toEqual([
      quarter,
      shown(6, key(MOVED)),
      shown(12, key(MOVED, (m) => m.adults)),
      children >= 5 ? shown(children, key(MOVED, (m) => m.children)) : '< 5',
      shown(6, key(MOVED)),
      '< 5', // two from outside: never shown
    ]);
    const visits = tableRows(html, 'visitOutcomes');
    expect(visits[1]![0]).toBe(quarter);
    expect(visits[1]!.slice(1)).toEqual(['0', shown(6, MOVED.reduce((s, _, i) => s + requestKey(`v_${i}`), 0)), shown(5, MOVED.slice(0, 5).reduce((s, _, i) => s + requestKey(`v_${i}`), 0)), '< 5']);
    // The share from outside rests on a suppressed count: not stated.
    expect(html).not.toContain('kamen</span>');
  });
});

describe('embed figures per site', () => {
  it('counts widget loads from the config route (not the admin preview) and shows loads, finished and contacts per embed', async () => {
    const config = (origin: string) => SELF.fetch(`https://api.test/v1/embeds/${DEMO_EMBED_KEY}/config`, { headers: { origin, 'cf-connecting-ip': nextIp() } });
    for (let i = 0; i < 7; i++) expect((await config(DEMO_FIXED_ORIGINS[0])).status).toBe(200);
    expect((await config('https://api.test')).status).toBe(200); // the admin's preview: not counted
    const row = await env.DB.prepare('SELECT n, ksum FROM embed_loads_weekly WHERE embed_id = ? AND iso_week = ?').bind(DEMO_EMBED_ID, CURRENT).first<{ n: number; ksum: number }>();
    expect(row?.n).toBe(7);
    const { html } = await get('/dashboard?period=4w');
    const rows = tableRows(html, 'reach');
    expect(rows[0]).toEqual(['Einbindung', 'Aufrufe (Widget geladen)', 'Fragebögen abgeschlossen', 'Kontaktanfragen']);
    const site = rows.find((r) => r[0] === 'Website Landkreis (Demo)')!;
    const records = recordsIn(addWeeks(CURRENT, -3), CURRENT).filter((r) => r.embedId === DEMO_EMBED_ID);
    const contacts = [...MOVED.map((m) => m.id), 'cr_talking'];
    expect(site).toEqual([site[0], shown(7, row!.ksum), shownRecords(records), shown(7, contacts.reduce((s, id) => s + requestKey(id), 0))]);
    expect(html).toContain('Aufrufe: wie oft das Widget auf der Seite geladen wurde');
  });
});

describe('the fact sheet of a vacant building', () => {
  it('shows facts and the fitting demand in bands for a property of the region, and nothing for others', async () => {
    const property = seed.listings.find((l) => l.status === 'published' && l.kind === 'property')!;
    const { html: dashboard } = await get('/dashboard');
    const bands = tableRows(dashboard, 'properties').find((r) => r[0] === property.title)!;
    const { status, html } = await get(`/dashboard/buildings/${property.id}`);
    expect(status).toBe(200);
    expect(html).toContain(`<h1>${property.title}</h1>`);
    expect(html).toContain(`id="sheet-households">${bands[2]!.replace('<', '&lt;')}<`);
    expect(html).toContain(`id="sheet-groups">${bands[3]!.replace('<', '&lt;')}<`);
    expect(html).toContain('Eckdaten');
    // The seed's Hofgemeinschaft Oberland declared interest in the farmstead and agreed to be shown
    // (worker/seed/groups.ts): three households, everything but a financing plan.
    expect(property.id).toBe('lst_046');
    expect(html).toMatch(/<th scope="row">Hofgemeinschaft Oberland<\/th><td class="num">3<\/td><td class="num">4 von 5<\/td>/);
    // The other seeded group declared interest in lst_047 without that consent: counted, never named.
    const other = await get('/dashboard/buildings/lst_047');
    expect(other.status).toBe(200);
    expect(other.html).toContain('Noch keine Gruppe, die zugestimmt hat, gezeigt zu werden.');
    expect(other.html).not.toContain('Alte Schule');
    const project = seed.listings.find((l) => l.status === 'published' && l.kind === 'project')!;
    expect((await get(`/dashboard/buildings/${project.id}`)).status).toBe(404);
    expect((await get('/dashboard/buildings/nope')).status).toBe(404);
  });
});

describe('contact requests keep the home district for the outcome figures', () => {
  it('stores the district of the seeker’s postcode, not the postcode, and not in the snapshot', async () => {
    await insertFixtures();
    const res = await postJson(
      '/v1/contact-requests',
      {
        key: KEY,
        listingId: 'lst_oybin',
        answers: { ...household, 'who.originPostcode': { value: '01067' } },
        locale: 'de',
        name: 'Erika Muster',
        email: 'erika@example.org',
        message: 'Hallo',
        consent: { contact: true, shareNeeds: false, textVersion: CONSENT_TEXT_VERSION },
        turnstileToken: DUMMY_TOKEN,
      },
      { 'idempotency-key': 'council-0001' },
    );
    expect(res.status).toBe(201);
    const row = await env.DB.prepare('SELECT origin_district_key AS d, snapshot FROM contact_requests').first<{ d: string; snapshot: string }>();
    expect(row?.d).toBe('14612');
    expect(row?.snapshot).not.toContain('01067');
    expect(row?.snapshot).not.toContain('14612');
  });
});
