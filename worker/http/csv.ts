/**
 * CSV for spreadsheets, the one module every export uses (inbox, dashboard tables): RFC 4180
 * quoting, UTF-8 with a BOM so spreadsheet programs detect the encoding, CRLF line ends, and text
 * that a spreadsheet would run as a formula defused.
 */

/**
 * One field: quoted when it holds a quote, comma, semicolon or line break; text starting with
 * = + - @, tab or carriage return gets a leading apostrophe so it stays text; numbers plain
 * (no thousands separators), null and undefined empty.
 * @example
 * csvField('=SUM(A1)'); // "'=SUM(A1)"
 * csvField('Görlitz, Stadt'); // '"Görlitz, Stadt"'
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A whole document: BOM, one line per row, CRLF after every line. */
export function csvRows(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * A CSV download of a finished document; the file name may hold any letters (an ASCII fallback and
 * the UTF-8 name per RFC 6266).
 * @example
 * return csvResponse(csvRows(rows), 'Landkreis-Görlitz_household.csv');
 */
export function csvResponse(document: string, filename: string): Response {
  return new Response(document, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    },
  });
}
