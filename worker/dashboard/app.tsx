/**
 * The municipality dashboard as a self-contained Hono sub-app. The hosted admin mounts it behind its
 * sign-in and sets who is asking; this module never reads a session itself.
 *
 * @example
 * // in the admin (after requireMember):
 * admin.use('/dashboard/*', async (c, next) => {
 *   const m = c.get('member');
 *   c.set('organizationId', m.org.id);
 *   c.set('role', m.role);
 *   await next();
 * });
 * admin.route('/dashboard', createDashboard({ base: '/admin/dashboard' }));
 *
 * Routes (relative to the mount point), all GET, every member role (viewer and up):
 *   /                   dashboard page      ?period=4w|3m|year|lastYear|all, or ?start=2026-09-16&end=2026-12-01
 *                                           (widened to whole ISO weeks), or ?from=2026-W01&to=2026-W12; &embed=emb_…&lang=de|en
 *   /report             council document, printable A4 (same query)
 *   /buildings/:id      one-page fact sheet of a vacant building (same query)
 *   /export/:table.csv  one table as CSV    (same query; TABLE_IDS, and `supply`, `properties`)
 */
import { Hono, type Context } from 'hono';
import { isoWeek } from '../demand/bands';
import { dateRange, parseDate, PERIOD_PRESETS, type PeriodPreset, presetOf, presetRange, type WeekRange } from '../demand/period-presets';
import { firstDemandWeek } from '../demand/reach';
import { loadPropertySheet } from '../properties/sheet';
import { BuildingSheet, InterestedInitiatives } from './building-page';
import { loadShortlist } from '../groups/shortlist';
import type { AppEnv } from '../env';
import type { Locale } from '../i18n';
import { messages, type Messages } from './locales';
import { DashboardPage, renderDocument, ReportPage } from './page';
import { type DashboardData, type DemandFilter, isoWeekStart } from '../demand/stats';
import { loadDashboardData, loadWorkspace } from '../demand/dashboard-data';
import { propertiesCsv, supplyCsv, tableCsv } from './csv';
import { csvResponse } from '../http/csv';
import { dashboardTables, TABLE_IDS, type TableId } from './tables';

export type DashboardRole = 'owner' | 'editor' | 'viewer';

export interface DashboardEnv {
  Bindings: AppEnv['Bindings'];
  Variables: AppEnv['Variables'] & { organizationId: string; role: DashboardRole };
}

export interface DashboardOptions {
  /** Public path of the mount point, for links (default '/dashboard'). */
  base?: string;
  /** Stylesheet URL (default '/dashboard/dashboard.css', served from public/). */
  css?: string;
  /** Clock, for tests. */
  now?: () => number;
  /** Default locale when no `lang` is given. */
  locale?: Locale;
  /** Where a property's shortlist lives (`{shortlistBase}/{id}/shortlist`); the fact sheet links it when set. */
  shortlistBase?: string;
}

const WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;
/** Longest period one view may cover. */
export const MAX_WEEKS = 156;
/** Default period: the last 12 ISO weeks, the current one included. */
export const DEFAULT_WEEKS = 12;

export class FilterError extends Error {}

/**
 * Parses and checks the filter of a request; the embed must belong to the organization.
 * @example
 * parseFilter({ from: '2026-W01', to: '2026-W12' }, 'org_x', ['emb_a'], Date.now());
 */
export function parseFilter(
  q: Record<string, string | undefined>,
  organizationId: string,
  embedIds: readonly string[],
  now: number,
  firstWeek?: string,
): DemandFilter & { preset?: PeriodPreset } {
  const { from, to } = parseRange(q, now, firstWeek);
  if ((isoWeekStart(to) - isoWeekStart(from)) / (7 * 86_400_000) + 1 > MAX_WEEKS) throw new FilterError(`at most ${MAX_WEEKS} weeks`);
  const embedId = q.embed || undefined;
  if (embedId && !embedIds.includes(embedId)) throw new FilterError('unknown embed');
  return { organizationId, from, to, embedId, preset: q.period ? (q.period as PeriodPreset) : presetOf({ from, to }, now, undefined, MAX_WEEKS) };
}

/** The weeks a request asks for: a preset, a date range (whole weeks), or ISO weeks (the older links). */
function parseRange(q: Record<string, string | undefined>, now: number, firstWeek: string | undefined): WeekRange {
  if (q.period !== undefined) {
    if (!(PERIOD_PRESETS as readonly string[]).includes(q.period)) throw new FilterError(`period must be one of ${PERIOD_PRESETS.join(', ')}`);
    return presetRange(q.period as PeriodPreset, now, firstWeek, MAX_WEEKS);
  }
  if (q.start !== undefined || q.end !== undefined) {
    const start = parseDate(q.start ?? '');
    const end = parseDate(q.end ?? '');
    if (start === undefined) throw new FilterError('start must be a date like 2026-09-16');
    if (end === undefined) throw new FilterError('end must be a date like 2026-12-01');
    if (start > end) throw new FilterError('start must not be after end');
    return dateRange(start, end);
  }
  const to = q.to || isoWeek(now);
  const from = q.from || isoWeek(isoWeekStart(WEEK.test(to) ? to : isoWeek(now)) - (DEFAULT_WEEKS - 1) * 7 * 86_400_000);
  if (!WEEK.test(from) || !WEEK.test(to)) throw new FilterError('from/to must be ISO weeks like 2026-W07');
  if (isoWeek(isoWeekStart(from)) !== from || isoWeek(isoWeekStart(to)) !== to) throw new FilterError('no such ISO week');
  if (from > to) throw new FilterError('from must not be after to');
  return { from, to };
}

async function load(c: Context<DashboardEnv>, opts: Required<Omit<DashboardOptions, 'now' | 'shortlistBase'>> & { now: () => number }) {
  const organizationId = c.get('organizationId');
  const role = c.get('role');
  if (!organizationId || !role) throw new Error('createDashboard: organizationId and role must be set by the mounting app');
  const t: Messages = messages(c.req.query('lang') ?? opts.locale);
  const { region, embeds } = await loadWorkspace(c.env.DB, organizationId);
  if (!region) return { error: c.html(errorPage(t, t.notMunicipality), 404) };
  let filter: DemandFilter & { preset?: PeriodPreset };
  try {
    // "Since the start" needs the first week with data: one primary-key lookup, only for that preset.
    const firstWeek = c.req.query('period') === 'all' ? await firstDemandWeek(c.env.DB, organizationId) : undefined;
    filter = parseFilter(c.req.query(), organizationId, embeds.map((e) => e.id), opts.now(), firstWeek);
  } catch (e) {
    if (e instanceof FilterError) return { error: c.html(errorPage(t, `${t.badFilter}: ${e.message}`), 400) };
    throw e;
  }
  const { preset, ...demandFilter } = filter;
  const data: DashboardData = await loadDashboardData(c.env.DB, demandFilter, region, { embedIds: embeds.map((e) => e.id) });
  const view = dashboardTables(data, t, Object.fromEntries(embeds.map((e) => [e.id, e.name])));
  c.header('Cache-Control', 'private, no-store');
  c.header('X-Rows-Read', String(data.rowsRead));
  return { t, data, view, embeds, preset };
}

const errorPage = (t: Messages, message: string) =>
  renderDocument(
    <html lang={t.lang}>
      <head>
        <meta charset="utf-8" />
        <title>{t.title}</title>
      </head>
      <body>
        <main>
          <h1>{t.title}</h1>
          <p role="alert">{message}</p>
        </main>
      </body>
    </html>,
  );

/**
 * @example
 * const dashboard = createDashboard({ base: '/admin/dashboard' });
 * admin.route('/dashboard', dashboard);
 */
export function createDashboard(options: DashboardOptions = {}) {
  const opts = { base: options.base ?? '/dashboard', css: options.css ?? '/dashboard/dashboard.css', locale: options.locale ?? 'de', now: options.now ?? Date.now };
  const app = new Hono<DashboardEnv>();

  app.get('/', async (c) => {
    const r = await load(c, opts);
    if ('error' in r) return r.error;
    return c.html(renderDocument(DashboardPage({ ...r, base: opts.base, css: opts.css, now: opts.now() })));
  });

  app.get('/report', async (c) => {
    const r = await load(c, opts);
    if ('error' in r) return r.error;
    return c.html(renderDocument(ReportPage({ ...r, base: opts.base, css: opts.css, now: opts.now() })));
  });

  app.get('/buildings/:id', async (c) => {
    const r = await load(c, opts);
    if ('error' in r) return r.error;
    const building = r.view.buildings.find((b) => b.id === c.req.param('id'));
    const property = r.data.properties.find((p) => p.id === c.req.param('id'));
    // Only the region's published properties the dashboard lists (as its widget shows them).
    if (!building || !property) return c.html(errorPage(r.t, r.t.building.notFound), 404);
    const [sheet, list] = await Promise.all([loadPropertySheet(c.env.DB, property.id), loadShortlist(c.env.DB, property)]);
    const shortlistHref = options.shortlistBase ? `${options.shortlistBase}/${encodeURIComponent(property.id)}/shortlist` : undefined;
    const interestedInitiatives = InterestedInitiatives({ t: r.t, list, shortlistHref });
    return c.html(renderDocument(BuildingSheet({ ...r, base: opts.base, css: opts.css, now: opts.now(), building, property, sheet, origin: new URL(c.req.url).origin, interestedInitiatives })));
  });

  app.get('/export/:file{[A-Za-z]+\\.csv}', async (c) => {
    const id = c.req.param('file').replace(/\.csv$/, '') as TableId | 'supply' | 'properties';
    // The supply and property tables are drawn by page.tsx, not from TABLE_IDS; their CSV comes from the same view.
    if (!(TABLE_IDS as readonly string[]).includes(id) && id !== 'supply' && id !== 'properties') return c.text('Unknown table', 404);
    const r = await load(c, opts);
    if ('error' in r) return r.error;
    const name = `${r.data.region.name.replace(/[^\p{L}\p{N}]+/gu, '-')}_${id}_${r.data.filter.from}_${r.data.filter.to}.csv`;
    const csv = id === 'supply' ? supplyCsv(r.data.supply, r.t) : id === 'properties' ? propertiesCsv(r.view.buildings, r.t) : tableCsv(r.view.tables[id], r.t);
    return csvResponse(csv, name);
  });

  return app;
}
