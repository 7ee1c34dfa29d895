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
 *   /                   dashboard page      ?from=2026-W01&to=2026-W12&embed=emb_…&lang=de|en
 *   /report             printable A4 report (same query)
 *   /export/:table.csv  one table as CSV    (same query)
 */
import { Hono, type Context } from 'hono';
import { isoWeek } from '../demand/bands';
import type { AppEnv } from '../env';
import type { Locale } from '../i18n';
import { messages, type Messages } from './locales';
import { DashboardPage, renderDocument, ReportPage } from './page';
import { type DashboardData, type DemandFilter, isoWeekStart, loadDashboardData, loadWorkspace } from '../demand/stats';
import { tableCsv } from './csv';
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
export function parseFilter(q: Record<string, string | undefined>, organizationId: string, embedIds: readonly string[], now: number): DemandFilter {
  const to = q.to || isoWeek(now);
  const from = q.from || isoWeek(isoWeekStart(WEEK.test(to) ? to : isoWeek(now)) - (DEFAULT_WEEKS - 1) * 7 * 86_400_000);
  if (!WEEK.test(from) || !WEEK.test(to)) throw new FilterError('from/to must be ISO weeks like 2026-W07');
  if (isoWeek(isoWeekStart(from)) !== from || isoWeek(isoWeekStart(to)) !== to) throw new FilterError('no such ISO week');
  if (from > to) throw new FilterError('from must not be after to');
  if ((isoWeekStart(to) - isoWeekStart(from)) / (7 * 86_400_000) + 1 > MAX_WEEKS) throw new FilterError(`at most ${MAX_WEEKS} weeks`);
  const embedId = q.embed || undefined;
  if (embedId && !embedIds.includes(embedId)) throw new FilterError('unknown embed');
  return { organizationId, from, to, embedId };
}

async function load(c: Context<DashboardEnv>, opts: Required<Omit<DashboardOptions, 'now'>> & { now: () => number }) {
  const organizationId = c.get('organizationId');
  const role = c.get('role');
  if (!organizationId || !role) throw new Error('createDashboard: organizationId and role must be set by the mounting app');
  const t: Messages = messages(c.req.query('lang') ?? opts.locale);
  const { region, embeds } = await loadWorkspace(c.env.DB, organizationId);
  if (!region) return { error: c.html(errorPage(t, t.notMunicipality), 404) };
  let filter: DemandFilter;
  try {
    filter = parseFilter(c.req.query(), organizationId, embeds.map((e) => e.id), opts.now());
  } catch (e) {
    if (e instanceof FilterError) return { error: c.html(errorPage(t, `${t.badFilter}: ${e.message}`), 400) };
    throw e;
  }
  const data: DashboardData = await loadDashboardData(c.env.DB, filter, region);
  const view = dashboardTables(data, t);
  c.header('Cache-Control', 'private, no-store');
  c.header('X-Rows-Read', String(data.rowsRead));
  return { t, data, view, embeds };
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

  app.get('/export/:file{[A-Za-z]+\\.csv}', async (c) => {
    const id = c.req.param('file').replace(/\.csv$/, '') as TableId;
    if (!(TABLE_IDS as readonly string[]).includes(id)) return c.text('Unknown table', 404);
    const r = await load(c, opts);
    if ('error' in r) return r.error;
    const name = `${r.data.region.name.replace(/[^\p{L}\p{N}]+/gu, '-')}_${id}_${r.data.filter.from}_${r.data.filter.to}.csv`;
    return csvResponse(tableCsv(r.view.tables[id], r.t), name);
  });

  return app;
}
