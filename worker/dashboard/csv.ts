/**
 * CSV exports of the dashboard tables (RFC 4180, UTF-8 with BOM so spreadsheet programs detect the
 * encoding). Every export is made from an already suppressed table: a count of 1–4 appears as
 * "< 5", a complementary suppressed one as "•", a withheld table has no figures at all.
 */
import type { DashboardView, ViewTable } from './tables';
import type { SupplyRow } from '../demand/stats';
import { formatShown, type Shown } from '../demand/suppress';
import type { Messages } from './locales';
import { csvRows } from '../http/csv';

/** Plain numbers in CSV (no thousands separators), markers for suppressed cells. */
const field = (s: Shown): string | number => (s.kind === 'value' ? s.n : formatShown(s, 'en'));

/**
 * @example
 * const csv = tableCsv(view.tables.household, messages('de'));
 */
export function tableCsv(table: ViewTable, t: Messages): string {
  const header = [table.rowHeader, ...table.columnLabels, ...(table.rowTotals ? [t.total] : [])];
  if (table.withheld) return csvRows([[table.title], [t.withheld]]);
  const rows: (string | number)[][] = [header];
  table.cells.forEach((row, r) => rows.push([table.rowLabels[r]!, ...row.map(field), ...(table.rowTotals ? [field(table.rowTotals[r]!)] : [])]));
  if (table.columnTotals) rows.push([t.total, ...table.columnTotals.map(field), ...(table.grandTotal ? [field(table.grandTotal)] : [])]);
  return csvRows(rows);
}

/**
 * The supply table (published listings are public: no suppression, as on the page), sorted as shown.
 * @example
 * const csv = supplyCsv(data.supply, messages('de'));
 */
export function supplyCsv(supply: readonly SupplyRow[], t: Messages): string {
  const v = (k: string) => t.values[k] ?? k;
  const c = t.supplyColumns;
  const rows = [...supply].sort((a, b) => a.kind.localeCompare(b.kind) || a.stage.localeCompare(b.stage) || a.legalForm.localeCompare(b.legalForm));
  return csvRows([
    [c.kind, c.stage, c.legalForm, c.listings, c.freePlaces],
    ...rows.map((r) => [v(r.kind), v(r.stage), v(r.legalForm), r.listings, r.freePlaces]),
    [t.total, '', '', rows.reduce((s, r) => s + r.listings, 0), rows.reduce((s, r) => s + r.freePlaces, 0)],
  ]);
}

/**
 * The properties table: demand in bands, interested and ready groups as shown (suppressed, perturbed).
 * @example
 * const csv = propertiesCsv(view.buildings, messages('de'));
 */
export function propertiesCsv(buildings: DashboardView['buildings'], t: Messages): string {
  const c = t.propertyColumns;
  return csvRows([
    [c.title, c.place, c.households, c.groups, c.interested, c.ready],
    ...buildings.map((b) => [b.title, b.place, b.households, b.groups, field(b.interested), field(b.ready)]),
  ]);
}
