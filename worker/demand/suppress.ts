/**
 * Small-cell suppression (k = 5) with complementary suppression, for every count the dashboard,
 * the CSV export and the printed report show about people.
 *
 * Model. Every shown number is a variable: the cells of a table and its published totals. What a
 * reader learns is a set of linear equalities (a column's cells add up to its total, a row's cells
 * to the row total, the same population shown in two tables has the same count, …) plus what each
 * marker says:
 *   - a visible number is known exactly;
 *   - "< 5" (primary suppression) says the count is 1–4;
 *   - "•" (complementary suppression) says the count is 5 or more;
 *   - a withheld table says nothing beyond "0 or more".
 * A hidden count of 1–4 is safe when a second table exists that agrees with everything shown and
 * differs in that count. We prove it by finding such a table: a perturbation δ ∈ {−1, 0, +1} of the
 * hidden variables that keeps every equality and every marker's range (`hasWitness`). Finding one is
 * a proof; not finding one within the search budget counts as unsafe, so the algorithm errs towards
 * hiding more. Until every hidden 1–4 count has a witness, the smallest visible count (≥ 5) sharing
 * an equality with it is hidden too; when none is left, its whole table is withheld.
 *
 * Zeros stay visible (an empty category is not a person). Inequalities between tables (a count of
 * seekers accepting a legal form is at most the number of seekers) are not modelled: they can bound
 * a hidden count but not pin a 1–4 count to one value unless another count of 1–4 were shown.
 */
import { formatNumber, type Locale } from '../i18n';

export const K = 5;

export interface CountTable {
  /** Unique per dashboard view; used by links. */
  id: string;
  rows: readonly string[];
  columns: readonly string[];
  /** cells[row][column], non-negative integers. */
  cells: readonly (readonly number[])[];
  /** Which sums are published with the table. */
  totals?: { columns?: boolean; rows?: boolean; grand?: boolean };
  /**
   * Never hide this table's counts to protect another table's (e.g. the headline number of
   * questionnaires): the other table is withheld instead. Its own counts of 1–4 still show "< 5".
   * Only for tables without totals, not linked to another kept table.
   */
  keep?: boolean;
}

/**
 * Two shown quantities that are the same count of people (e.g. the number of groups in the
 * household-type table and in the size table). `ref` is a cell or a total of a table.
 */
export interface Link {
  a: CountRef;
  b: CountRef;
}
export type CountRef =
  | { table: string; row: number; column: number }
  | { table: string; columnTotal: number }
  | { table: string; rowTotal: number }
  | { table: string; grandTotal: true };

export type Shown =
  | { kind: 'value'; n: number }
  /** 1–4: shown as "< 5". */
  | { kind: 'small' }
  /** Hidden so that a small count cannot be worked out: shown as "•". */
  | { kind: 'hidden' };

export interface SuppressedTable {
  id: string;
  rows: readonly string[];
  columns: readonly string[];
  cells: Shown[][];
  columnTotals?: Shown[];
  rowTotals?: Shown[];
  grandTotal?: Shown;
  /** Nothing of this table may be shown: too few cases to protect them otherwise. */
  withheld: boolean;
}

type State = 'visible' | 'primary' | 'complementary';

interface Var {
  table: number;
  value: number;
  state: State;
  /** Is this a published total (prefer hiding cells over totals)? */
  total: boolean;
  /** May not be hidden as a complement. */
  keep: boolean;
  relations: number[];
}

interface Relation {
  /** Variable ids and coefficients (±1); the sum is 0. */
  terms: { v: number; a: 1 | -1 }[];
}

const SEARCH_BUDGET = 20_000;
const MAX_STEP = 3;

class System {
  vars: Var[] = [];
  relations: Relation[] = [];
  withheld: boolean[] = [];
  keep: boolean[] = [];
  index = new Map<string, number>();

  addVar(key: string, table: number, value: number, total: boolean, keep = false): number {
    if (!Number.isInteger(value) || value < 0) throw new Error(`suppress: ${key} is not a count (${value})`);
    const id = this.vars.length;
    this.vars.push({ table, value, state: value >= 1 && value < K ? 'primary' : 'visible', total, keep, relations: [] });
    this.index.set(key, id);
    return id;
  }

  addRelation(terms: Relation['terms']): void {
    const id = this.relations.length;
    this.relations.push({ terms });
    for (const t of terms) this.vars[t.v]!.relations.push(id);
  }

  hidden(v: number): boolean {
    return this.withheld[this.vars[v]!.table]! || this.vars[v]!.state !== 'visible';
  }

  /** The range a reader can infer for a hidden variable from its marker. */
  bounds(v: number): [number, number] {
    if (this.withheld[this.vars[v]!.table]) return [0, Infinity];
    const s = this.vars[v]!.state;
    return s === 'primary' ? [1, K - 1] : s === 'complementary' ? [K, Infinity] : [this.vars[v]!.value, this.vars[v]!.value];
  }

  /**
   * Is there a second table, consistent with everything shown, in which `p` differs? Searches a
   * small integer perturbation δ (|δ| ≤ MAX_STEP per variable) that keeps every equality balanced
   * and every hidden count inside its marker's range.
   */
  hasWitness(p: number): boolean {
    let budget = SEARCH_BUDGET;
    const delta = new Map<number, number>();
    const ok = (v: number, d: number) => {
      if (Math.abs(d) > MAX_STEP) return false;
      const [lo, hi] = this.bounds(v);
      const x = this.vars[v]!.value + d;
      return x >= lo && x <= hi;
    };
    const imbalanced = (): { rel: Relation; s: number } | undefined => {
      for (const [v, d] of delta) {
        if (d === 0) continue;
        for (const r of this.vars[v]!.relations) {
          const rel = this.relations[r]!;
          const s = rel.terms.reduce((sum, t) => sum + t.a * (delta.get(t.v) ?? 0), 0);
          if (s !== 0) return { rel, s };
        }
      }
      return undefined;
    };
    const solve = (depth: number): boolean => {
      if (--budget < 0 || depth > 60) return false;
      const found = imbalanced();
      if (!found) return (delta.get(p) ?? 0) !== 0;
      for (const t of found.rel.terms) {
        if (t.v === p || !this.hidden(t.v)) continue;
        const before = delta.get(t.v) ?? 0;
        const d = before + (found.s > 0 ? -t.a : t.a); // one step towards balance
        if (!ok(t.v, d)) continue;
        delta.set(t.v, d);
        if (solve(depth + 1)) return true;
        delta.set(t.v, before);
        if (budget < 0) return false;
      }
      return false;
    };
    for (const d of [1, -1]) {
      if (!ok(p, d)) continue;
      delta.clear();
      delta.set(p, d);
      if (solve(0)) return true;
    }
    return false;
  }

  /** Hidden counts of 1–4 that a reader could still work out. */
  exposed(): number[] {
    const out: number[] = [];
    for (let v = 0; v < this.vars.length; v++) {
      const x = this.vars[v]!;
      if (x.value >= 1 && x.value < K && this.hidden(v) && !this.hasWitness(v)) out.push(v);
    }
    return out;
  }

  /**
   * The hidden variables connected to `p` through equalities, and the visible counts ≥ K in those
   * equalities: hiding one of them may give `p` a witness.
   */
  component(p: number): { hidden: number[]; candidates: { v: number; distance: number }[] } {
    const seen = new Map<number, number>([[p, 0]]);
    const candidates = new Map<number, number>();
    const queue = [p];
    while (queue.length) {
      const v = queue.shift()!;
      const dist = seen.get(v)!;
      for (const r of this.vars[v]!.relations) {
        for (const t of this.relations[r]!.terms) {
          if (seen.has(t.v)) continue;
          if (this.hidden(t.v)) {
            seen.set(t.v, dist + 1);
            queue.push(t.v);
          } else if (this.vars[t.v]!.value >= K && !this.vars[t.v]!.keep && !candidates.has(t.v)) candidates.set(t.v, dist);
        }
      }
    }
    return { hidden: [...seen.keys()], candidates: [...candidates].map(([v, distance]) => ({ v, distance })) };
  }

  /** Shows again each complementary count (largest first) that turns out not to be needed. */
  unhideSpare(): void {
    const spare = this.vars
      .map((x, v) => ({ x, v }))
      .filter(({ x }) => x.state === 'complementary')
      .sort((a, b) => b.x.value - a.x.value);
    for (const { x } of spare) {
      x.state = 'visible';
      if (this.exposed().length > 0) x.state = 'complementary';
    }
  }

  run(): void {
    for (let round = 0; round < 10_000; round++) {
      const bad = this.exposed();
      if (bad.length === 0) return this.unhideSpare();
      const p = bad[0]!;
      const { hidden, candidates } = this.component(p);
      // Prefer cells over totals, then the nearest, then the smallest count (the least information lost).
      candidates.sort((a, b) => {
        const x = this.vars[a.v]!;
        const y = this.vars[b.v]!;
        return Number(x.total) - Number(y.total) || a.distance - b.distance || x.value - y.value || a.v - b.v;
      });
      const partner = candidates[0];
      if (partner) {
        this.vars[partner.v]!.state = 'complementary';
        continue;
      }
      const tables = new Set(hidden.map((v) => this.vars[v]!.table).filter((t) => !this.keep[t]));
      if ([...tables].some((t) => !this.withheld[t])) for (const t of tables) this.withheld[t] = true;
      else if (this.withheld.some((w, t) => !w && !this.keep[t])) this.withheld.forEach((_, t) => (this.withheld[t] = !this.keep[t]));
      // Everything withheld shows nothing, which reveals nothing: the search just found no proof.
      // (Kept tables have no equalities among themselves that could pin a count, see keep.)
      else return;
    }
    throw new Error('suppress: did not converge');
  }
}

const cellKey = (t: string, r: number, c: number) => `${t}|c|${r}|${c}`;
const colKey = (t: string, c: number) => `${t}|ct|${c}`;
const rowKey = (t: string, r: number) => `${t}|rt|${r}`;
const grandKey = (t: string) => `${t}|g`;

function refKey(ref: CountRef): string {
  if ('row' in ref) return cellKey(ref.table, ref.row, ref.column);
  if ('columnTotal' in ref) return colKey(ref.table, ref.columnTotal);
  if ('rowTotal' in ref) return rowKey(ref.table, ref.rowTotal);
  return grandKey(ref.table);
}

/**
 * Suppresses a set of tables together, so that equalities across tables (links) are respected.
 * @example
 * const [who] = suppressAll([{ id: 'who', rows: ['single', 'couple', 'senior'], columns: ['n'], cells: [[40], [31], [3]], totals: { columns: true } }]);
 * // who.cells[2][0] → { kind: 'small' }, and one more cell → { kind: 'hidden' }
 */
export function suppressAll(tables: readonly CountTable[], links: readonly Link[] = []): SuppressedTable[] {
  const sys = new System();
  tables.forEach((t, ti) => {
    sys.withheld.push(false);
    sys.keep.push(!!t.keep);
    if (t.keep && (t.totals?.columns || t.totals?.rows || t.totals?.grand)) throw new Error(`suppress: kept table ${t.id} must not publish totals`);
    if (t.cells.length !== t.rows.length || t.cells.some((r) => r.length !== t.columns.length)) throw new Error(`suppress: ${t.id} has a ragged shape`);
    const cell = t.cells.map((row, r) => row.map((v, c) => sys.addVar(cellKey(t.id, r, c), ti, v, false, t.keep)));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const colTotals = t.totals?.columns
      ? t.columns.map((_, c) => sys.addVar(colKey(t.id, c), ti, sum(t.cells.map((row) => row[c]!)), true, t.keep))
      : undefined;
    const rowTotals = t.totals?.rows ? t.rows.map((_, r) => sys.addVar(rowKey(t.id, r), ti, sum([...t.cells[r]!]), true, t.keep)) : undefined;
    const grand = t.totals?.grand ? sys.addVar(grandKey(t.id), ti, sum(t.cells.map((row) => sum([...row]))), true, t.keep) : undefined;
    colTotals?.forEach((tot, c) => sys.addRelation([...cell.map((row) => ({ v: row[c]!, a: 1 as const })), { v: tot, a: -1 }]));
    rowTotals?.forEach((tot, r) => sys.addRelation([...cell[r]!.map((v) => ({ v, a: 1 as const })), { v: tot, a: -1 }]));
    if (grand !== undefined) {
      const parts = colTotals ?? rowTotals ?? cell.flat();
      sys.addRelation([...parts.map((v) => ({ v, a: 1 as const })), { v: grand, a: -1 }]);
      if (colTotals && rowTotals) sys.addRelation([...rowTotals.map((v) => ({ v, a: 1 as const })), { v: grand, a: -1 }]);
    }
  });
  for (const l of links) {
    const a = sys.index.get(refKey(l.a));
    const b = sys.index.get(refKey(l.b));
    if (a === undefined || b === undefined) throw new Error(`suppress: link to an unknown count ${JSON.stringify(l)}`);
    if (sys.vars[a]!.keep && sys.vars[b]!.keep) throw new Error(`suppress: a link between two kept tables ${JSON.stringify(l)}`);
    if (sys.vars[a]!.value !== sys.vars[b]!.value) throw new Error(`suppress: linked counts differ ${JSON.stringify(l)}`);
    sys.addRelation([{ v: a, a: 1 }, { v: b, a: -1 }]);
  }
  sys.run();

  const shown = (key: string): Shown => {
    const v = sys.index.get(key)!;
    const x = sys.vars[v]!;
    if (x.state === 'primary') return { kind: 'small' };
    if (x.state === 'complementary') return { kind: 'hidden' };
    return { kind: 'value', n: x.value };
  };
  return tables.map((t, ti) => {
    if (sys.withheld[ti]) {
      const blank = (): Shown => ({ kind: 'hidden' });
      return {
        id: t.id,
        rows: t.rows,
        columns: t.columns,
        cells: t.cells.map((row) => row.map(blank)),
        columnTotals: t.totals?.columns ? t.columns.map(blank) : undefined,
        rowTotals: t.totals?.rows ? t.rows.map(blank) : undefined,
        grandTotal: t.totals?.grand ? blank() : undefined,
        withheld: true,
      };
    }
    return {
      id: t.id,
      rows: t.rows,
      columns: t.columns,
      cells: t.cells.map((row, r) => row.map((_, c) => shown(cellKey(t.id, r, c)))),
      columnTotals: t.totals?.columns ? t.columns.map((_, c) => shown(colKey(t.id, c))) : undefined,
      rowTotals: t.totals?.rows ? t.rows.map((_, r) => shown(rowKey(t.id, r))) : undefined,
      grandTotal: t.totals?.grand ? shown(grandKey(t.id)) : undefined,
      withheld: false,
    };
  });
}

/**
 * One table on its own.
 * @example
 * suppress({ id: 't', rows: ['a', 'b', 'c'], columns: ['n'], cells: [[12], [2], [9]], totals: { columns: true } });
 */
export function suppress(table: CountTable): SuppressedTable {
  return suppressAll([table])[0]!;
}

/** A count on its own (no sums published with it): "< 5" for 1–4. */
export function suppressCount(n: number): Shown {
  return n >= 1 && n < K ? { kind: 'small' } : { kind: 'value', n };
}

/** The visible number, or undefined when suppressed. */
export const valueOf = (s: Shown | undefined): number | undefined => (s?.kind === 'value' ? s.n : undefined);

/** A shown count as text: "1.234" / "< 5" / "•". */
export function formatShown(s: Shown, locale: Locale): string {
  if (s.kind === 'small') return '< 5';
  if (s.kind === 'hidden') return '•';
  return formatNumber(s.n, locale);
}
