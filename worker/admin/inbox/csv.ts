/** CSV for spreadsheets: RFC 4180 quoting, and cells that a spreadsheet would run as a formula are defused. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvRow = (cells: unknown[]) => cells.map(csvCell).join(',');
