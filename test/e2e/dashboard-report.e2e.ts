/**
 * The dashboard page and the printed A4 report in real headless Chromium. The HTML is rendered in
 * Node by the same functions the Worker uses, from the demo region's records aggregated in memory
 * (aggregateRecords is checked against the SQL in test/worker/dashboard-app.test.ts), and loaded
 * with page.setContent plus the real stylesheet. The PDF is written to test-results/ for a person
 * to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, type Messages } from '../../worker/dashboard/locales';
import { DashboardPage, renderDocument, ReportPage } from '../../worker/dashboard/page';
import { aggregateRecords, type DashboardData, isoWeekStart, type SupplyRow } from '../../worker/demand/stats';
import { dashboardTables } from '../../worker/dashboard/tables';
import { isoWeek } from '../../worker/demand/bands';
import { ORIGIN_DISTRICTS } from '../../worker/seed/demand';
import { demoSeed, DEMO_MUNICIPALITY_ID } from '../../worker/seed/demo';
import { launchBrowser } from './browser';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CSS = readFileSync(join(ROOT, 'public/dashboard/dashboard.css'), 'utf8');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const OUT = join(ROOT, 'test-results');
const NOW = Date.UTC(2026, 10, 18, 12);

function fixture(): DashboardData {
  const seed = demoSeed(NOW);
  const to = isoWeek(NOW);
  const from = isoWeek(isoWeekStart(to) - 11 * 7 * 86_400_000);
  const records = seed.demandRecords.map((r) => ({ ...r, originDistrictKey: r.originDistrictKey ?? null, barrierFreeNeed: !!r.barrierFreeNeed, anyMatch: !!r.anyMatch }));
  const demand = aggregateRecords(records, from, to);
  const demandKeys = aggregateRecords(records, from, to, 'cellKey');
  const published = seed.listings.filter((l) => l.status === 'published');
  const supply = new Map<string, SupplyRow>();
  for (const l of published) {
    const key = `${l.kind}|${l.stage}|${l.legalForm}`;
    const row = supply.get(key) ?? { kind: l.kind, stage: l.stage, legalForm: l.legalForm, listings: 0, freePlaces: 0 };
    row.listings++;
    row.freePlaces += l.freePlaces ?? 0;
    supply.set(key, row);
  }
  return {
    filter: { organizationId: DEMO_MUNICIPALITY_ID, from, to },
    region: { name: 'Landkreis Görlitz', districtKeys: ['14626'], postcodes: [] },
    demand,
    demandKeys,
    funnel: { contactRequests: 31, inConversation: 14, visited: 9, trialStays: 5, trialFits: 3, accepted: 6, movedIn: 3 },
    funnelKeys: { contactRequests: 4007, inConversation: 1790, visited: 1161, trialStays: 640, trialFits: 390, accepted: 771, movedIn: 385 },
    supply: [...supply.values()],
    properties: published
      .filter((l) => l.kind === 'property')
      .map((l) => ({
        id: l.id,
        title: l.title,
        place: l.place,
        legalForm: l.legalForm,
        equityRequiredCents: l.equityRequiredCents ?? 0,
        monthlyCostMinCents: l.monthlyCostMinCents ?? null,
        unitsTotal: l.unitsTotal ?? 0,
        freePlaces: l.freePlaces ?? 0,
        barrierFree: !!l.barrierFree,
        childrenWelcome: l.childrenWelcome !== false,
      })),
    districtNames: Object.fromEntries(ORIGIN_DISTRICTS.filter((o) => o.key).map((o) => [o.key!, o.name])),
    rowsRead: 0,
    previous: { range: { from: isoWeek(isoWeekStart(from) - 12 * 7 * 86_400_000), to: isoWeek(isoWeekStart(from) - 7 * 86_400_000) }, total: 310, key: 39_000 },
    reach: [
      { embedId: 'emb_demo', counts: { loads: 1830, finished: demand.total, contacts: 31 }, keys: { loads: 230_000, finished: demandKeys.total, contacts: 4007 } },
      { embedId: '', counts: { loads: 0, finished: 0, contacts: 0 }, keys: { loads: 0, finished: 0, contacts: 0 } },
    ],
    outcomes: {
      movedIn: [
        { quarter: '2026-Q3', counts: { households: 7, adults: 12, children: 6, withOrigin: 7, outside: 5 }, keys: { households: 900, adults: 1500, children: 800, withOrigin: 900, outside: 640 } },
        { quarter: '2026-Q4', counts: { households: 9, adults: 15, children: 8, withOrigin: 8, outside: 5 }, keys: { households: 1100, adults: 1800, children: 1000, withOrigin: 1000, outside: 600 } },
      ],
      visits: [{ quarter: '2026-Q4', counts: { visits: 14, trials: 9, trialFits: 7, trialDoesNotFit: 2 }, keys: { visits: 1700, trials: 1200, trialFits: 900, trialDoesNotFit: 300 } }],
      groups: [{ quarter: '2026-Q4', counts: { initiativesFormed: 6, buildingsTakenOn: 2 }, keys: { initiativesFormed: 800, buildingsTakenOn: 260 } }],
    },
  };
}

function html(kind: 'dashboard' | 'report', t: Messages): string {
  const data = fixture();
  const options = { t, data, view: dashboardTables(data, t, { emb_demo: 'Website Landkreis (Demo)' }), embeds: [{ id: 'emb_demo', name: 'Website Landkreis (Demo)', revoked: false }], base: '/dashboard', css: '/dashboard/dashboard.css', now: NOW };
  return renderDocument(kind === 'dashboard' ? DashboardPage(options) : ReportPage(options));
}

/** Whitespace, soft hyphens and ligatures as a reader sees them: the same words in the HTML and the PDF. */
const plain = (s: string) => s.normalize('NFKC').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

/** The text of each page of a PDF, parsed from the file (not from the page it was printed from). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text.map(plain);
}

async function open(kind: 'dashboard' | 'report', t: Messages, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  // The stylesheet link points at the Worker's static assets (no origin here): add the file itself.
  await page.setContent(html(kind, t), { waitUntil: 'load' });
  await page.addStyleTag({ content: CSS });
  return page;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('dashboard in Chromium', () => {
  it('has no serious or critical axe violations (German and English)', async () => {
    for (const t of [messages('de'), messages('en')]) {
      const page = await open('dashboard', t);
      await page.addScriptTag({ path: AXE });
      const result = (await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe;
        return axe.run(document, { resultTypes: ['violations'] });
      })) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      // Every chart is an image with a name, and sits next to its data table.
      const charts = await page.$$eval('svg.chart', (els) => els.map((e) => ({ role: e.getAttribute('role'), title: e.querySelector('title')?.textContent, table: !!e.closest('figure')?.querySelector('table') })));
      expect(charts.length).toBeGreaterThan(8);
      for (const c of charts) expect(c).toEqual({ role: 'img', title: expect.any(String), table: true });
      await page.close();
    }
  });

  it('renders the council document axe-clean in German and English, with every key finding in its printed text', async () => {
    for (const t of [messages('de'), messages('en')]) {
      const page = await open('report', t);
      await page.addScriptTag({ path: AXE });
      const result = (await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe;
        return axe.run(document, { resultTypes: ['violations'] });
      })) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      const findings = await page.$$eval('li.finding', (els) => els.map((e) => (e.firstChild?.textContent ?? '').trim()));
      expect(findings.length).toBeGreaterThanOrEqual(3);
      expect(findings.length).toBeLessThanOrEqual(6);
      const printed = await page.evaluate(() => document.body.innerText);
      for (const f of findings) expect(printed).toContain(f);
      // Title page alone on the first sheet, method on the last: both force a page break in print.
      const breaks = await page.evaluate(() => ({
        title: getComputedStyle(document.querySelector('.title-page')!).breakAfter,
        last: getComputedStyle(document.querySelector('.last-page')!).breakBefore,
      }));
      expect(breaks).toEqual({ title: 'page', last: 'page' });
      // What the page shows on the title page and in the method notes, to find in the PDF.
      const shown = await page.evaluate(() => ({
        title: [...document.querySelectorAll('.title-page .issuer, .title-page h1, .title-page dd')].map((e) => (e as HTMLElement).innerText),
        method: [...document.querySelectorAll('.last-page h2, .last-page p, .last-page li')].map((e) => (e as HTMLElement).innerText),
      }));
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      writeFileSync(join(OUT, `council-report-${t.lang}.pdf`), pdf);
      const pages = await pdfPages(pdf);
      expect(pages.length).toBeGreaterThanOrEqual(4);
      expect(pages.length).toBeLessThanOrEqual(14);
      // Every key finding is in the PDF's text, word for word, after the title page.
      const body = pages.slice(1).join(' ');
      for (const f of findings) expect(body, f).toContain(plain(f));
      // The title page: issuer, title, region, period (dates and ISO weeks), generated date, headline.
      expect(shown.title.length).toBeGreaterThanOrEqual(6);
      for (const line of shown.title) for (const part of line.split('\n')) expect(pages[0], part).toContain(plain(part));
      expect(pages[0]).toContain(fixture().region.name);
      // The method notes come last: from the page of their heading to the end, none on the title page.
      const [heading, ...notes] = shown.method.map(plain);
      expect(heading).toBe(plain(t.council.method));
      const from = pages.findIndex((p, i) => i > 0 && p.includes(heading!));
      expect(from).toBeGreaterThan(1);
      const tail = pages.slice(from).join(' ');
      expect(notes.length).toBeGreaterThan(2);
      for (const n of notes) expect(tail, n).toContain(n);
      // The end of the notes is on the last sheet (the attribution is in every page's footer too, so the paragraph before it).
      expect(pages.at(-1)).toContain(notes.filter((n) => n !== plain(t.attribution)).at(-1)!.slice(-60));
      await page.close();
    }
  });

  it('reflows at 320 px without horizontal scrolling of the page', async () => {
    const page = await open('dashboard', messages('de'), { width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('prints the A4 report without cutting a table and writes the PDF to test-results/', async () => {
    const page = await open('report', messages('de'));
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(OUT, 'dashboard-report.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(16);

    // No cut tables: every figure and table refuses to break inside and is shorter than the
    // printable height of an A4 page (297 mm − 34 mm margins at 96 px per inch).
    const printable = ((297 - 34) / 25.4) * 96;
    const blocks = await page.$$eval('.block, table.data', (els) =>
      els.map((e) => ({ id: e.id || e.className, breakInside: getComputedStyle(e).breakInside, height: e.getBoundingClientRect().height })),
    );
    expect(blocks.length).toBeGreaterThan(15);
    for (const b of blocks) {
      expect(b.breakInside, b.id).toBe('avoid');
      expect(b.height, b.id).toBeLessThan(printable);
    }
    // The report states region, period, method, suppression and attribution, and hides the controls.
    const text = await page.evaluate(() => document.body.innerText);
    for (const s of ['Landkreis Görlitz', 'Methode:', 'Schutz kleiner Zahlen', 'Postleitzahldaten © GeoNames (geonames.org), CC BY 4.0']) expect(text).toContain(s);
    expect(await page.$$eval('a.csv', (els) => els.every((e) => getComputedStyle(e).display === 'none'))).toBe(true);
    await page.close();
  });
});
