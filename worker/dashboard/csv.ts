/**
 * CSV exports of the dashboard tables (RFC 4180, UTF-8 with BOM so spreadsheet programs detect the
 * encoding). Every export is made from an already suppressed table: a count of 1–4 appears as
 * "< 5", a complementary suppressed one as "•", a withheld table has no figures at all.
 */
import type { ViewTable } from './tables';
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
