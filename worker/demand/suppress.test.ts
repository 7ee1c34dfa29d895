/**
 * Small-cell suppression: examples and a property test against an independent brute-force reader
 * who knows every shown number, every marker's meaning and every equality between the numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { K, suppress, suppressAll, type CountRef, type CountTable, type Link, type Shown, type SuppressedTable } from './suppress';

describe('suppress', () => {
  it('hides a single small cell and one more cell, so the total does not give it away', () => {
    const t = suppress({ id: 't', rows: ['a', 'b', 'c'], columns: ['n'], cells: [[12], [2], [9]], totals: { columns: true } });
    expect(t.cells.map((r) => r[0]!.kind)).toEqual(['value', 'small', 'hidden']);
    expect(t.columnTotals).toEqual([{ kind: 'value', n: 23 }]);
  });

  it('leaves tables without small counts alone and shows zeros', () => {
    const t = suppress({ id: 't', rows: ['a', 'b'], columns: ['n'], cells: [[0], [9]], totals: { columns: true } });
    expect(t.cells).toEqual([[{ kind: 'value', n: 0 }], [{ kind: 'value', n: 9 }]]);
  });

  it('two small cells in one line protect each other unless both are 1', () => {
    const ok = suppress({ id: 't', rows: ['a', 'b', 'c'], columns: ['n'], cells: [[2], [3], [9]], totals: { columns: true } });
    expect(ok.cells.map((r) => r[0]!.kind)).toEqual(['small', 'small', 'value']);
    const ones = suppress({ id: 't', rows: ['a', 'b', 'c'], columns: ['n'], cells: [[1], [1], [9]], totals: { columns: true } });
    expect(ones.cells.map((r) => r[0]!.kind)).toEqual(['small', 'small', 'hidden']);
  });

  it('hides the total, or withholds the table when the total is public elsewhere (1 and 5 of 6)', () => {
    const t = suppress({ id: 't', rows: ['a', 'b'], columns: ['n'], cells: [[1], [5]], totals: { columns: true } });
    expect(t.cells[0]![0]).toEqual({ kind: 'small' });
    expect([t.cells[1]![0]!.kind, t.columnTotals![0]!.kind]).toContain('hidden');
    const [headline, table] = suppressAll(
      [{ id: 'n', rows: ['all'], columns: ['n'], cells: [[6]], keep: true }, { id: 't', rows: ['a', 'b'], columns: ['n'], cells: [[1], [5]], totals: { columns: true } }],
      [{ a: { table: 'n', row: 0, column: 0 }, b: { table: 't', columnTotal: 0 } }],
    );
    expect(headline!.cells[0]![0]).toEqual({ kind: 'value', n: 6 });
    expect(table!.withheld).toBe(true);
  });

  it('protects a cross table with row and column totals', () => {
    const t = suppress({ id: 't', rows: ['a', 'b'], columns: ['x', 'y'], cells: [[3, 10], [8, 12]], totals: { columns: true, rows: true, grand: true } });
    expect(t.cells[0]![0]!.kind).toBe('small');
    expect(t.cells.flat().filter((c) => c.kind === 'hidden').length).toBeGreaterThanOrEqual(3);
  });
});

// ── An independent reader: enumerates every table consistent with what is shown. ──────────────

interface Unknown {
  truth: number;
  lo: number;
  hi: number;
}

/** Variables and equalities as a reader sees them, built from the input shape and the output only. */
function readerModel(tables: CountTable[], out: SuppressedTable[], links: Link[]) {
  // Alternatives within a small range are enough to show a count is not pinned; a smaller range only
  // makes this reader stronger (fewer alternatives), never weaker.
  const cap = tables.reduce((m, t) => Math.max(m, t.cells.flat().reduce((a, b) => a + b, 0)), 0) + 3;
  const vars: Unknown[] = [];
  const index = new Map<string, number>();
  const add = (key: string, truth: number, shown: Shown, withheld: boolean) => {
    index.set(key, vars.length);
    if (withheld) vars.push({ truth, lo: 0, hi: cap });
    else if (shown.kind === 'value') {
      expect(shown.n).toBe(truth);
      vars.push({ truth, lo: truth, hi: truth });
    } else if (shown.kind === 'small') vars.push({ truth, lo: 1, hi: K - 1 });
    else vars.push({ truth, lo: K, hi: cap });
  };
  const eqs: { v: number; a: number }[][] = [];
  tables.forEach((t, ti) => {
    const o = out[ti]!;
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    const cells = t.cells.map((row, r) => row.map((x, c) => (add(`${t.id}|${r}|${c}`, x, o.cells[r]![c]!, o.withheld), vars.length - 1)));
    const cols = t.totals?.columns ? t.columns.map((_, c) => (add(`${t.id}|ct|${c}`, sum(t.cells.map((row) => row[c]!)), o.columnTotals![c]!, o.withheld), vars.length - 1)) : undefined;
    const rows = t.totals?.rows ? t.rows.map((_, r) => (add(`${t.id}|rt|${r}`, sum(t.cells[r]!), o.rowTotals![r]!, o.withheld), vars.length - 1)) : undefined;
    const grand = t.totals?.grand ? (add(`${t.id}|g`, sum(t.cells.flat()), o.grandTotal!, o.withheld), vars.length - 1) : undefined;
    cols?.forEach((tot, c) => eqs.push([...cells.map((row) => ({ v: row[c]!, a: 1 })), { v: tot, a: -1 }]));
    rows?.forEach((tot, r) => eqs.push([...cells[r]!.map((v) => ({ v, a: 1 })), { v: tot, a: -1 }]));
    if (grand !== undefined) eqs.push([...cells.flat().map((v) => ({ v, a: 1 })), { v: grand, a: -1 }]);
  });
  const key = (r: CountRef) => ('row' in r ? `${r.table}|${r.row}|${r.column}` : 'columnTotal' in r ? `${r.table}|ct|${r.columnTotal}` : 'rowTotal' in r ? `${r.table}|rt|${r.rowTotal}` : `${r.table}|g`);
  for (const l of links) eqs.push([{ v: index.get(key(l.a))!, a: 1 }, { v: index.get(key(l.b))!, a: -1 }]);
  return { vars, eqs };
}

/** Is there a consistent table in which variable `p` has a value other than its true one? */
function ambiguous(vars: Unknown[], eqs: { v: number; a: number }[][], p: number): boolean {
  const hidden = vars.map((x, i) => i).filter((i) => vars[i]!.lo !== vars[i]!.hi);
  const order = [p, ...hidden.filter((i) => i !== p)];
  const value = new Map<number, number>();
  for (let i = 0; i < vars.length; i++) if (vars[i]!.lo === vars[i]!.hi) value.set(i, vars[i]!.lo);
  const feasible = () =>
    eqs.every((eq) => {
      let lo = 0;
      let hi = 0;
      for (const { v, a } of eq) {
        const x = value.get(v);
        const [l, h] = x === undefined ? [vars[v]!.lo, vars[v]!.hi] : [x, x];
        lo += a > 0 ? a * l : a * h;
        hi += a > 0 ? a * h : a * l;
      }
      return lo <= 0 && 0 <= hi;
    });
  let steps = 0;
  const dfs = (k: number): boolean => {
    if (++steps > 2_000_000) throw new Error('reader search too large');
    if (k === order.length) return true;
    const v = order[k]!;
    for (let x = vars[v]!.lo; x <= vars[v]!.hi; x++) {
      if (k === 0 && x === vars[v]!.truth) continue;
      value.set(v, x);
      if (feasible() && dfs(k + 1)) return true;
      value.delete(v);
    }
    return false;
  };
  return feasible() && dfs(0);
}

const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 12 }));
const tableArb = (id: string) =>
  fc
    .record({
      rows: fc.integer({ min: 1, max: 4 }),
      columns: fc.integer({ min: 1, max: 3 }),
      totals: fc.record({ columns: fc.boolean(), rows: fc.boolean(), grand: fc.boolean() }),
      keep: fc.boolean(),
    })
    .chain(({ rows, columns, totals, keep }) =>
      fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }).map(
        (cells): CountTable => ({ id, rows: cells.map((_, i) => `r${i}`), columns: Array.from({ length: columns }, (_, i) => `c${i}`), cells, totals, keep: id === 'A' && keep && !totals.columns && !totals.rows && !totals.grand }),
      ),
    );

/** Links between equal counts of different tables (as the same population shown twice). */
function linksFor(tables: CountTable[], pick: number[]): Link[] {
  const refs: { ref: CountRef; value: number }[] = [];
  for (const t of tables) {
    t.cells.forEach((row, r) => row.forEach((v, c) => refs.push({ ref: { table: t.id, row: r, column: c }, value: v })));
    if (t.totals?.columns) t.columns.forEach((_, c) => refs.push({ ref: { table: t.id, columnTotal: c }, value: t.cells.reduce((s, row) => s + row[c]!, 0) }));
  }
  const pairs: Link[] = [];
  for (let i = 0; i < refs.length; i++)
    for (let j = i + 1; j < refs.length; j++)
      if (refs[i]!.ref.table !== refs[j]!.ref.table && refs[i]!.value === refs[j]!.value) pairs.push({ a: refs[i]!.ref, b: refs[j]!.ref });
  return [...new Set(pick.map((x) => pairs[x % Math.max(1, pairs.length)]).filter((l): l is Link => !!l))];
}

describe('suppression property', () => {
  it('no shown table reveals a count from 1 to 4, directly or by arithmetic on totals, other cells or linked tables', () => {
    fc.assert(
      fc.property(fc.tuple(tableArb('A'), tableArb('B')), fc.array(fc.nat(), { maxLength: 3 }), ([a, b], pick) => {
        const tables = [a, b];
        const links = linksFor(tables, pick);
        const out = suppressAll(tables, links);
        // Directly: no visible 1–4 anywhere.
        for (const o of out) {
          for (const s of [...o.cells.flat(), ...(o.columnTotals ?? []), ...(o.rowTotals ?? []), ...(o.grandTotal ? [o.grandTotal] : [])]) {
            if (s.kind === 'value') expect(s.n === 0 || s.n >= K).toBe(true);
          }
        }
        // By arithmetic: every hidden 1–4 count has a second consistent value.
        const { vars, eqs } = readerModel(tables, out, links);
        vars.forEach((x, i) => {
          if (x.lo !== x.hi && x.truth >= 1 && x.truth < K) expect(ambiguous(vars, eqs, i), `variable ${i} = ${x.truth}`).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
