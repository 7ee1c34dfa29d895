/**
 * The dashboard sub-app on the seeded demo region, mounted in a test-only Hono app that sets the
 * context variables the admin's auth middleware will set (organizationId, role).
 */
import { env } from 'cloudflare:test';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDashboard, type DashboardEnv, type DashboardRole } from '../../worker/dashboard/app';
import { csvField } from '../../worker/http/csv';
import { messages } from '../../worker/dashboard/locales';
import { aggregateRecords, isoWeekStart, loadDemandStats } from '../../worker/demand/stats';
import { loadDashboardData, loadRegion } from '../../worker/demand/dashboard-data';
import { dashboardTables, TABLE_IDS } from '../../worker/dashboard/tables';
import { isoWeek } from '../../worker/demand/bands';
import { perturb } from '../../worker/demand/cell-key';
import { DEMO_COOP_EMBED_ID, DEMO_COOP_ORG_ID, DEMO_EMBED_ID, DEMO_MUNICIPALITY_ID, demoSeed } from '../../worker/seed/demo';
import { seedStatements } from '../../worker/seed/sql';
import { resetDatabase } from './fixtures';

const NOW = Date.UTC(2026, 10, 18, 12); // a Wednesday
const seed = demoSeed(NOW);
const TO = isoWeek(NOW);
const FROM = isoWeek(isoWeekStart(TO) - 11 * 7 * 86_400_000);
/** What the dashboard shows for these records: their count, perturbed by their key sum (cell-key method). */
const shown = (records: readonly { cellKey?: number | null }[]) => perturb(records.length, records.reduce((s, r) => s + (r.cellKey ?? 0), 0));

function mount(organizationId: string, role: DashboardRole = 'viewer') {
  const app = new Hono<DashboardEnv>();
  app.use('*', async (c, next) => {
    c.set('organizationId', organizationId);
    c.set('role', role);
    await next();
  });
  app.route('/dashboard', createDashboard({ now: () => NOW }));
  return (path: string) => app.request(path, {}, env);
}

/** demand_weekly cells of the demo region in the default period (what the dashboard reads). */
async function periodCells(): Promise<number> {
  const row = await env.DB.prepare('SELECT count(*) AS n FROM demand_weekly WHERE region_organization_id = ? AND iso_week BETWEEN ? AND ?').bind(DEMO_MUNICIPALITY_ID, FROM, TO).first<{ n: number }>();
  return row?.n ?? 0;
}

const STATUSES = ['new', 'in_conversation', 'visit', 'accepted', 'moved_in', 'declined', 'in_conversation', 'accepted', 'new', 'withdrawn', 'in_conversation', 'moved_in'];

beforeAll(async () => {
  await resetDatabase();
  const statements = seedStatements(seed);
  for (let i = 0; i < statements.length; i += 50) await env.DB.batch(statements.slice(i, i + 50).map((s) => env.DB.prepare(s)));
  // A second municipality elsewhere with an embed and its own records; it must never show up above.
  await env.DB.batch([
    env.DB.prepare("INSERT INTO organizations (id, kind, name, slug, region_district_keys, region_postcodes, created_at) VALUES ('org_other', 'municipality', 'Anderswo', 'anderswo', '[\"14612\"]', '[]', 0)"),
    env.DB.prepare("INSERT INTO embeds (id, organization_id, name, publishable_key, allowed_origins, scope, theme, default_locale, created_at) VALUES ('emb_other', 'org_other', 'Andere', 'pk_other', '[]', 'region', '{}', 'de', 0)"),
    ...Array.from({ length: 7 }, (_, i) =>
      env.DB.prepare(
        `INSERT INTO demand_records (id, embed_id, region_organization_id, origin_district_key, iso_week, seeker_type, household_type, size_band, age_bands, budget_band, equity_band, legal_forms, timeline, priorities, barrier_free_need, best_score_band, any_match) ` +
          `VALUES ('dem_other_${i}', 'emb_other', 'org_other', '11000', '${TO}', 'household', 'single', '1', '["u30"]', '<500', 'none', '[]', 'now', '[]', 0, 'none', 0)`,
      ),
    ),
  ]);
  // Contact requests to region listings (12) and one to a listing outside any region query.
  const published = seed.listings.filter((l) => l.status === 'published');
  await env.DB.batch(
    STATUSES.map((status, i) =>
      env.DB.prepare(
        'INSERT INTO contact_requests (id, listing_id, organization_id, embed_id, name, email, message, snapshot, algorithm_version, score, consent, status, idempotency_key, created_at, updated_at) ' +
          "VALUES (?, ?, ?, ?, 'Test', 't@example.org', 'Hallo', '{}', 'bt-match/1', 70, '{}', ?, ?, ?, ?)",
      ).bind(`cr_${i}`, published[i % published.length]!.id, published[i % published.length]!.organizationId, i % 3 === 0 ? DEMO_COOP_EMBED_ID : DEMO_EMBED_ID, status, `idem_${i}`, NOW - i * 86_400_000, NOW),
    ),
  );
});

describe('loadDemandStats', () => {
  it('aggregates in SQL exactly what the records say, reading only the period', async () => {
    const { stats, rowsRead } = await loadDemandStats(env.DB, { organizationId: DEMO_MUNICIPALITY_ID, from: FROM, to: TO });
    const expected = aggregateRecords(
      seed.demandRecords.map((r) => ({ ...r, originDistrictKey: r.originDistrictKey ?? null, ageBands: r.ageBands, legalForms: r.legalForms, priorities: r.priorities, barrierFreeNeed: !!r.barrierFreeNeed, anyMatch: !!r.anyMatch })),
      FROM,
      TO,
    );
    expect(stats.total).toBe(420);
    const norm = (s: typeof stats) => ({ ...s, fitGroups: [...s.fitGroups].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) });
    expect(norm(stats)).toEqual(norm(expected));
    // One range scan over the period's demand_weekly cells (+ the row that ends the range), each read
    // once more from the GROUP BY's sorter: bounded by the distinct band values per week, not by the
    // records (see test/worker/demand-weekly.test.ts). Nothing outside the period.
    expect(rowsRead).toBeLessThanOrEqual(2 * (await periodCells()) + 1);
  });

  it('filters by embed and by period', async () => {
    const byEmbed = await loadDemandStats(env.DB, { organizationId: DEMO_MUNICIPALITY_ID, from: FROM, to: TO, embedId: 'emb_none' });
    expect(byEmbed.stats.total).toBe(0);
    const lastWeek = await loadDemandStats(env.DB, { organizationId: DEMO_MUNICIPALITY_ID, from: TO, to: TO });
    expect(lastWeek.stats.total).toBe(seed.demandRecords.filter((r) => r.isoWeek === TO).length);
  });
});

describe('dashboard sub-app', () => {
  it('renders every section for a viewer, with the headline and accessible charts', async () => {
    const res = await mount(DEMO_MUNICIPALITY_ID)('/dashboard');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const html = await res.text();
    expect(html).toContain('<html lang="de">');
    expect(seed.demandRecords.length).toBe(420);
    expect(html).toContain(`id="headline">${shown(seed.demandRecords)}<`);
    for (const h of ['Nachfrage im Zeitverlauf', 'Wer sucht?', 'Geld:', 'Was ist wichtig?', 'Wann?', 'Woher?', 'Ungedeckte Nachfrage', 'Angebot in der Region', 'Vom Fragebogen bis zum Einzug']) expect(html).toContain(h);
    expect(html).toContain('Dresden'); // origin names from the postcodes table
    expect(html).toContain('Zuzugspotenzial');
    expect(html).toContain('role="img"');
    expect(html).toContain('Postleitzahldaten © GeoNames (geonames.org), CC BY 4.0');
    // Demand: at most 2 × its cells + 1; the rest (listings, contact requests, district names) is bounded by the region.
    expect(Number(res.headers.get('x-rows-read'))).toBeLessThan(2 * (await periodCells()) + 1 + 600);
  });

  it('speaks English with lang=en', async () => {
    const html = await (await mount(DEMO_MUNICIPALITY_ID)('/dashboard?lang=en')).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Demand over time');
    expect(html).toContain('Postal code data © GeoNames (geonames.org), CC BY 4.0');
  });

  it('counts the funnel from contact requests to listings in the region, by embed too', async () => {
    const data = await loadDashboardData(env.DB, { organizationId: DEMO_MUNICIPALITY_ID, from: FROM, to: TO }, (await loadRegion(env.DB, DEMO_MUNICIPALITY_ID))!);
    expect(data.funnel).toEqual({ contactRequests: 12, inConversation: 8, visited: 0, trialStays: 0, trialFits: 0, accepted: 4, movedIn: 2 });
    const byEmbed = await loadDashboardData(env.DB, { organizationId: DEMO_MUNICIPALITY_ID, from: FROM, to: TO, embedId: DEMO_COOP_EMBED_ID }, data.region);
    expect(byEmbed.funnel.contactRequests).toBe(4);
    // Supply: the published listings of the region.
    expect(data.supply.reduce((s, r) => s + r.listings, 0)).toBe(seed.listings.filter((l) => l.status === 'published').length);
    expect(data.properties.length).toBe(seed.listings.filter((l) => l.status === 'published' && l.kind === 'property').length);
    // Funnel steps 1–4 are shown as "< 5" in the view.
    const view = dashboardTables(data, messages('de'));
    expect(view.tables.funnel.cells.map((r) => r[0]!.kind)).toEqual(['value', 'value', 'value', 'value', 'value', 'value', 'small', 'small']);
  });

  it('counts visits, trial stays and trial stays that fit, per request, suppressed like every other cell', async () => {
    const region = (await loadRegion(env.DB, DEMO_MUNICIPALITY_ID))!;
    const before = await loadDashboardData(env.DB, { organizationId: DEMO_MUNICIPALITY_ID, from: FROM, to: TO }, region);
    const { results } = await env.DB.prepare(
      `SELECT c.id, c.organization_id FROM contact_requests c WHERE c.created_at >= ? ORDER BY c.id LIMIT 9`,
    ).bind(Date.parse('2000-01-01')).all<{ id: string; organization_id: string }>();
    expect(results.length).toBe(9);
    const visit = (r: { id: string; organization_id: string }, i: number, kind: string, state: string, outcome: string | null) =>
      env.DB.prepare("INSERT INTO visits (id, contact_request_id, organization_id, kind, starts_on, place, state, seeker_outcome, created_at) VALUES (?, ?, ?, ?, '2026-01-10', 'Hof', ?, ?, 0)").bind(`v${i}`, r.id, r.organization_id, kind, state, outcome);
    await env.DB.batch([
      // Six requests with an accepted trial stay (one of them twice: still one request), five of them "it fits".
      ...results.slice(0, 6).map((r, i) => visit(r, i, 'trial', 'accepted', i < 5 ? 'fits' : 'does_not_fit')),
      visit(results[0]!, 10, 'trial', 'accepted', 'fits'),
      // Two with a visit; one visit only proposed, one declined trial: neither counts.
      visit(results[6]!, 11, 'visit', 'accepted', null),
      visit(results[7]!, 12, 'visit', 'accepted', null),
      visit(results[8]!, 13, 'visit', 'proposed', null),
      visit(results[8]!, 14, 'trial', 'declined', null),
    ]);
    try {
      const data = await loadDashboardData(env.DB, { organizationId: DEMO_MUNICIPALITY_ID, from: FROM, to: TO }, region);
      // Every seeded request of the region lies in the period.
      expect(data.funnel).toEqual({ ...before.funnel, visited: 2, trialStays: 6, trialFits: 5 });
      const cells = dashboardTables(data, messages('de')).tables.funnel.cells.map((r) => r[0]!);
      const [visited, trials, fits] = cells.slice(3, 6);
      expect(visited!.kind).toBe('small');
      expect(trials!.kind).toBe('value');
      expect(fits!.kind).toBe('value');
    } finally {
      await env.DB.prepare('DELETE FROM visits').run();
    }
  });

  it('shows no count from 1 to 4 in any table of the seeded region', async () => {
    const data = await loadDashboardData(env.DB, { organizationId: DEMO_MUNICIPALITY_ID, from: TO, to: TO }, (await loadRegion(env.DB, DEMO_MUNICIPALITY_ID))!);
    const view = dashboardTables(data, messages('de'));
    let suppressed = 0;
    for (const id of TABLE_IDS) {
      const t = view.tables[id];
      for (const s of [...t.cells.flat(), ...(t.columnTotals ?? [])]) {
        if (s.kind === 'value') expect(s.n === 0 || s.n >= 5, `${id}: ${s.n}`).toBe(true);
        else suppressed++;
      }
    }
    expect(suppressed).toBeGreaterThan(0); // one week of a rural region has small cells
  });

  it('keeps tenants apart: another municipality sees only its own figures and cannot filter by a foreign embed', async () => {
    const other = mount('org_other');
    const html = await (await other('/dashboard')).text();
    // Raw SQL wrote these without a cell key: key 0 each.
    expect(html).toContain(`id="headline">${perturb(7, 0)}<`);
    expect(html).not.toContain('Website Landkreis');
    expect((await other(`/dashboard?embed=${DEMO_EMBED_ID}`)).status).toBe(400);
    expect((await mount(DEMO_MUNICIPALITY_ID)('/dashboard?embed=emb_other')).status).toBe(400);
    const csv = await (await other('/dashboard/export/household.csv')).text();
    expect(csv).toContain(`Alleinstehend,${perturb(7, 0)}`);
  });

  it('refuses providers and bad filters', async () => {
    expect((await mount(DEMO_COOP_ORG_ID)('/dashboard')).status).toBe(404);
    const app = mount(DEMO_MUNICIPALITY_ID);
    expect((await app('/dashboard?from=2026-W99')).status).toBe(400);
    expect((await app('/dashboard?from=2026-W20&to=2026-W10')).status).toBe(400);
    expect((await app('/dashboard?from=2020-W01&to=2026-W10')).status).toBe(400);
    expect((await app('/dashboard/export/nope.csv')).status).toBe(404);
  });

  it('exports each table as CSV with the same suppressed figures', async () => {
    const app = mount(DEMO_MUNICIPALITY_ID);
    const res = await app(`/dashboard/export/household.csv?from=${FROM}&to=${TO}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".*household.*\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so spreadsheets read UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('Kategorie,Anzahl\r\n')).toBe(true);
    const rows = text.trim().split('\r\n').map((l) => l.split(','));
    const counts = Object.fromEntries(rows.slice(1).map(([k, v]) => [k, v]));
    const hh = (t: string) => String(shown(seed.demandRecords.filter((r) => r.householdType === t)));
    expect(counts['Alleinstehend']).toBe(hh('single'));
    expect(counts['Familie (mit Kindern)']).toBe(hh('family'));
    expect(counts['Summe']).toBe(String(shown(seed.demandRecords)));
    for (const id of TABLE_IDS) {
      const csv = await (await app(`/dashboard/export/${id}.csv?from=${TO}&to=${TO}`)).text();
      for (const line of csv.trim().split('\r\n').slice(1)) {
        for (const field of line.split(',').slice(1)) expect(/^[1-4]$/.test(field), `${id}: ${line}`).toBe(false);
      }
    }
    // District names come through csvField (quoted when they hold a comma).
    expect(csvField('Görlitz, Stadt')).toBe('"Görlitz, Stadt"');
  });

  it('renders the printable report with region, period, method, suppression note and attribution', async () => {
    const html = await (await mount(DEMO_MUNICIPALITY_ID)(`/dashboard/report?from=${FROM}&to=${TO}`)).text();
    expect(html).toContain('Bericht: Nachfrage nach gemeinschaftlichem Wohnen');
    expect(html).toContain('Landkreis Görlitz');
    expect(html).toContain(`${FROM} – ${TO}`);
    expect(html).toContain('Methode:');
    expect(html).toContain('Schutz kleiner Zahlen');
    expect(html).toContain('Postleitzahldaten © GeoNames (geonames.org), CC BY 4.0');
    expect(html).not.toContain('<form');
  });
});
