/**
 * The dashboard page and the printable A4 report, server-rendered with hono/jsx from the suppressed
 * view only. No inline script or style (the admin's CSP allows neither); CSS in
 * public/dashboard/dashboard.css, including the print stylesheet.
 */
import type { Child } from 'hono/jsx';
import { Document } from '../http/document';
import { demandForBuilding, shownBuildingDemand } from '../demand/building';
import { BarChart, type ChartItem, LineChart } from './charts';
import type { Messages } from './locales';
import type { DashboardData } from '../demand/stats';
import { type DashboardView, type TableId, type ViewTable } from './tables';
import { formatShown } from '../demand/suppress';
import { formatNumber } from '../i18n';

export interface PageOptions {
  t: Messages;
  data: DashboardData;
  view: DashboardView;
  embeds: { id: string; name: string; revoked: boolean }[];
  /** URL of the dashboard root as mounted, without trailing slash (links, CSV, report). */
  base: string;
  /** Stylesheet URL. */
  css: string;
  /** Time of rendering (epoch ms), shown in the report. */
  now: number;
}

function query(o: PageOptions, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams({ from: o.data.filter.from, to: o.data.filter.to, lang: o.t.lang, ...(o.data.filter.embedId ? { embed: o.data.filter.embedId } : {}), ...extra });
  return p.toString();
}

export function DataTable({ table, t, csvHref }: { table: ViewTable; t: Messages; csvHref?: string }) {
  if (table.withheld) {
    return (
      <div class="table-wrap">
        <p class="withheld">
          <strong>{table.title}:</strong> {t.withheld}
        </p>
      </div>
    );
  }
  return (
    <div class="table-wrap">
      <table class="data" id={`table-${table.id}`}>
        <caption>
          {table.title}
          {csvHref ? (
            <>
              {' '}
              <a class="csv" href={csvHref} download={`${table.id}.csv`}>
                {t.csv}
                <span class="visually-hidden"> – {table.title}</span>
              </a>
            </>
          ) : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columnLabels.map((c) => (
              <th scope="col" class="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.cells.map((row, r) => (
            <tr>
              <th scope="row">{table.rowLabels[r]}</th>
              {row.map((cell) => (
                <td class={`num ${cell.kind}`}>{formatShown(cell, t.lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {table.columnTotals ? (
          <tfoot>
            <tr>
              <th scope="row">{t.total}</th>
              {table.columnTotals.map((cell) => (
                <td class={`num ${cell.kind}`}>{formatShown(cell, t.lang)}</td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

const items = (table: ViewTable): ChartItem[] => table.cells.map((row, r) => ({ label: table.rowLabels[r]!, value: row[0]! }));

/** A chart with its data table beside it (the table is the accessible alternative). */
function Figure({ o, id, kind = 'bar', csv = true }: { o: PageOptions; id: TableId; kind?: 'bar' | 'line' | 'none'; csv?: boolean }) {
  const table = o.view.tables[id];
  const href = csv ? `${o.base}/export/${id}.csv?${query(o)}` : undefined;
  const chart =
    table.withheld || kind === 'none' ? null : kind === 'line' ? (
      <LineChart id={`chart-${id}`} title={table.title} items={items(table)} locale={o.t.lang} />
    ) : (
      <BarChart id={`chart-${id}`} title={table.title} items={items(table)} locale={o.t.lang} />
    );
  return (
    <figure class={`block ${chart ? 'with-chart' : ''}`}>
      {chart ? <div class="chart-wrap">{chart}</div> : null}
      <DataTable table={table} t={o.t} csvHref={href} />
    </figure>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: Child }) {
  return (
    <section class="section" aria-labelledby={`h-${id}`}>
      <h2 id={`h-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function SupplyTables({ o }: { o: PageOptions }) {
  const { t, data } = o;
  const v = (k: string) => t.values[k] ?? k;
  const rows = [...data.supply].sort((a, b) => a.kind.localeCompare(b.kind) || a.stage.localeCompare(b.stage) || a.legalForm.localeCompare(b.legalForm));
  return (
    <>
      <p class="note">{t.supplyNote}</p>
      <figure class="block">
        <div class="table-wrap">
          <table class="data" id="table-supply">
            <caption>{t.tables.supply}</caption>
            <thead>
              <tr>
                <th scope="col">{t.supplyColumns.kind}</th>
                <th scope="col">{t.supplyColumns.stage}</th>
                <th scope="col">{t.supplyColumns.legalForm}</th>
                <th scope="col" class="num">{t.supplyColumns.listings}</th>
                <th scope="col" class="num">{t.supplyColumns.freePlaces}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">{v(r.kind)}</th>
                  <td>{v(r.stage)}</td>
                  <td>{v(r.legalForm)}</td>
                  <td class="num">{formatNumber(r.listings, t.lang)}</td>
                  <td class="num">{formatNumber(r.freePlaces, t.lang)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colspan={3}>
                  {t.total}
                </th>
                <td class="num">{formatNumber(rows.reduce((s, r) => s + r.listings, 0), t.lang)}</td>
                <td class="num">{formatNumber(rows.reduce((s, r) => s + r.freePlaces, 0), t.lang)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </figure>
      {data.properties.length ? (
        <figure class="block">
          <div class="table-wrap">
            <table class="data" id="table-properties">
              <caption>{t.tables.properties}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.propertyColumns.title}</th>
                  <th scope="col">{t.propertyColumns.place}</th>
                  <th scope="col" class="num">{t.propertyColumns.households}</th>
                  <th scope="col" class="num">{t.propertyColumns.groups}</th>
                </tr>
              </thead>
              <tbody>
                {data.properties.map((p) => {
                  const d = shownBuildingDemand(demandForBuilding(p, data.demand.fitGroups), demandForBuilding(p, data.demandKeys.fitGroups));
                  return (
                    <tr>
                      <th scope="row">{p.title}</th>
                      <td>{p.place}</td>
                      <td class="num">{d.households}</td>
                      <td class="num">{d.groups}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </figure>
      ) : null}
    </>
  );
}

function Sections({ o }: { o: PageOptions }) {
  const { t, view } = o;
  const share = view.zuzugShare;
  return (
    <>
      <Section id="time" title={t.sections.time}>
        <Figure o={o} id="weeks" kind="line" />
      </Section>
      <Section id="who" title={t.sections.who}>
        <Figure o={o} id="household" />
        <Figure o={o} id="size" />
        <Figure o={o} id="age" />
      </Section>
      <Section id="money" title={t.sections.money}>
        <Figure o={o} id="budget" />
        <Figure o={o} id="equity" />
        <Figure o={o} id="budgetForms" kind="none" />
        <Figure o={o} id="equityForms" kind="none" />
      </Section>
      <Section id="what" title={t.sections.what}>
        <Figure o={o} id="priorities" />
        <Figure o={o} id="barrierFree" />
      </Section>
      <Section id="when" title={t.sections.when}>
        <Figure o={o} id="timeline" />
      </Section>
      <Section id="origin" title={t.sections.origin}>
        {share !== undefined ? (
          <p class="kpi">
            <span class="kpi-value">{formatNumber(share * 100, t.lang)} %</span>{' '}
            <span class="kpi-label">{t.zuzug}</span>
          </p>
        ) : null}
        <Figure o={o} id="origin" />
      </Section>
      <Section id="unmet" title={t.sections.unmet}>
        <p class="note">{t.unmetNote}</p>
        <Figure o={o} id="unmetHousehold" />
        <Figure o={o} id="unmetBudget" />
      </Section>
      <Section id="supply" title={t.sections.supply}>
        <SupplyTables o={o} />
      </Section>
      <Section id="funnel" title={t.sections.funnel}>
        <Figure o={o} id="funnel" />
      </Section>
    </>
  );
}

function Notes({ t }: { t: Messages }) {
  return (
    <section class="section notes" aria-labelledby="h-notes">
      <h2 id="h-notes">{t.legend}</h2>
      <ul>
        <li>{t.legendSmall}</li>
        <li>{t.legendHidden}</li>
      </ul>
      <p>{t.method}</p>
      <p>{t.suppression}</p>
      <p class="attribution">{t.attribution}</p>
    </section>
  );
}

function Shell({ o, title, bodyClass, children }: { o: PageOptions; title: string; bodyClass: string; children: Child }) {
  return (
    <Document lang={o.t.lang} title={`${title} – ${o.data.region.name}`} stylesheet={o.css} noindex bodyClass={bodyClass}>
      {children}
    </Document>
  );
}

const periodText = (o: PageOptions) => `${o.data.filter.from} – ${o.data.filter.to}`;
const embedName = (o: PageOptions) => (o.data.filter.embedId ? (o.embeds.find((e) => e.id === o.data.filter.embedId)?.name ?? o.data.filter.embedId) : o.t.allEmbeds);

export function DashboardPage(o: PageOptions) {
  const { t } = o;
  return (
    <Shell o={o} title={t.title} bodyClass="dashboard">
      <header class="page-header">
        <h1>
          {t.title}: {o.data.region.name}
        </h1>
        <form method="get" action={o.base} class="filters">
          <input type="hidden" name="lang" value={t.lang} />
          <label>
            {t.from} <input name="from" value={o.data.filter.from} pattern="\d{4}-W\d{2}" required size={9} />
          </label>
          <label>
            {t.to} <input name="to" value={o.data.filter.to} pattern="\d{4}-W\d{2}" required size={9} />
          </label>
          <label>
            {t.embed}{' '}
            <select name="embed">
              <option value="">{t.allEmbeds}</option>
              {o.embeds.map((e) => (
                <option value={e.id} selected={e.id === o.data.filter.embedId}>
                  {e.name}
                  {e.revoked ? ` (${t.revoked})` : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t.apply}</button>
        </form>
        <p>
          <a href={`${o.base}/report?${query(o)}`}>{t.printReport}</a>
        </p>
      </header>
      <main>
        <p class="kpi">
          <span class="kpi-value" id="headline">
            {formatShown(o.view.headline, t.lang)}
          </span>{' '}
          <span class="kpi-label">
            {t.questionnaires} · {t.period} {periodText(o)} · {embedName(o)}
          </span>
        </p>
        <Sections o={o} />
        <Notes t={t} />
      </main>
    </Shell>
  );
}

export function ReportPage(o: PageOptions) {
  const { t } = o;
  const date = new Date(o.now).toISOString().slice(0, 10);
  return (
    <Shell o={o} title={t.reportTitle} bodyClass="report">
      <header class="page-header">
        <h1>{t.reportTitle}</h1>
        <dl class="meta">
          <dt>{t.region}</dt>
          <dd>{o.data.region.name}</dd>
          <dt>{t.period}</dt>
          <dd>{periodText(o)}</dd>
          <dt>{t.embed}</dt>
          <dd>{embedName(o)}</dd>
          <dt>{t.generated}</dt>
          <dd>{date}</dd>
          <dt>{t.questionnaires}</dt>
          <dd id="headline">{formatShown(o.view.headline, t.lang)}</dd>
        </dl>
        <p class="note">{t.method}</p>
        <p class="note">{t.suppression}</p>
        <p class="no-print">
          <a href={`${o.base}?${query(o)}`}>← {t.title}</a>
        </p>
      </header>
      <main>
        <Sections o={o} />
        <Notes t={t} />
      </main>
      <footer class="print-footer">
        {o.data.region.name} · {periodText(o)} · {t.attribution}
      </footer>
    </Shell>
  );
}

/** Full HTML document text. */
export const renderDocument = (node: unknown) => `<!doctype html>${String(node)}`;
