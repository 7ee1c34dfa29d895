/**
 * The building blocks of the dashboard page and the report: tables, charts with their data table,
 * sections, and the query string of the current view (for CSV, report and fact-sheet links).
 */
import type { Child } from 'hono/jsx';
import { BarChart, type ChartItem, LineChart } from './charts';
import type { Messages } from './locales';
import type { DashboardData } from '../demand/stats';
import type { DashboardView, TableId, ViewTable } from './tables';
import { formatShown } from '../demand/suppress';

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

export function query(o: PageOptions, extra: Record<string, string> = {}): string {
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
export function Figure({ o, id, kind = 'bar', csv = true }: { o: PageOptions; id: TableId; kind?: 'bar' | 'line' | 'none'; csv?: boolean }) {
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

export function Section({ id, title, children }: { id: string; title: string; children: Child }) {
  return (
    <section class="section" aria-labelledby={`h-${id}`}>
      <h2 id={`h-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

