/** CSV export: escaping and content, made from suppressed tables only. */
import { describe, expect, it } from 'vitest';
import { csvField, csvRows } from '../http/csv';
import { tableCsv } from './csv';
import { messages } from './locales';
import { suppress } from '../demand/suppress';
import type { ViewTable } from './tables';

/** A tiny RFC 4180 reader, to check that what we write reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes quotes, commas, semicolons and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Görlitz, Stadt')).toBe('"Görlitz, Stadt"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField(42)).toBe('42');
  });

  it('neutralises formula injection', () => {
    for (const s of ['=1+1', '+49 123', '-2', '@SUM(A1)', '\t=x', '\r=x']) expect(csvField(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('round-trips through an RFC 4180 reader', () => {
    const rows = [['Name', 'Wert'], ['Ort, "alt"\nneu', '5'], ['=cmd', '< 5']];
    const text = csvRows(rows).slice(1);
    expect(parseCsv(text)).toEqual([['Name', 'Wert'], ['Ort, "alt"\nneu', '5'], ["'=cmd", '< 5']]);
  });
});

describe('tableCsv', () => {
  const t = messages('de');
  const view = (cells: number[][]): ViewTable => ({
    ...suppress({ id: 'household', rows: ['single', 'couple', 'senior'], columns: ['n'], cells, totals: { columns: true } }),
    id: 'household',
    title: 'Haushaltsform',
    rowLabels: ['Alleinstehend', 'Paar', 'Senior*innen, 65+'],
    columnLabels: ['Anzahl'],
    rowHeader: 'Kategorie',
  });

  it('writes header, rows with markers and the total', () => {
    const rows = parseCsv(tableCsv(view([[40], [31], [3]]), t).slice(1));
    expect(rows).toEqual([
      ['Kategorie', 'Anzahl'],
      ['Alleinstehend', '40'],
      ['Paar', '•'],
      ['Senior*innen, 65+', '< 5'],
      ['Summe', '74'],
    ]);
  });

  it('writes no figures for a withheld table', () => {
    const v = { ...view([[1], [5], [0]]), withheld: true };
    const rows = parseCsv(tableCsv(v, t).slice(1));
    expect(rows).toEqual([['Haushaltsform'], [t.withheld]]);
  });
});
