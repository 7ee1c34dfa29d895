/**
 * Key findings: the few statements a council member reads first, worked out from the same
 * suppressed and perturbed figures the tables show (never from raw counts). Pure: the dashboard
 * hands in what it shows, the texts come from the catalogue (worker/dashboard/findings.tsx).
 *
 * No finding rests on a suppressed cell: a count is used only when it is shown; "most often" is
 * claimed only when the shown count is larger than anything a hidden cell of the same table can
 * hold (bounded by the shown total, with the cell-key noise as margin); a share below 5 % is said
 * as "less than 5 %", forming groups below 5 as "fewer than 5". Every finding names the table it comes from (`table`), for a link.
 */
import { DEMAND_BANDS, type DemandBand } from './building';
import { MAX_NOISE } from './cell-key';
import type { Shown } from './suppress';

export interface Cell {
  key: string;
  value: Shown;
}

/** A table as shown: its cells and its total (undefined when the table is withheld). */
export interface ShownColumn {
  cells: Cell[];
  total?: Shown;
}

export interface FindingsInput {
  headline: Shown;
  /** Questionnaires of the previous period of the same length. */
  previous: Shown;
  /** Origin cells outside the region and the one within it (undefined when withheld). */
  origin?: { outside: Shown[]; within: Shown };
  household?: ShownColumn;
  budget?: ShownColumn;
  unmetHousehold?: ShownColumn;
  unmetBudget?: ShownColumn;
  /** `interested`: forming groups that declared interest in the building, as shown (a count on its own). */
  buildings: { id: string; title: string; place: string; households: DemandBand; groups: DemandBand; interested?: Shown }[];
}

export type Finding =
  | { kind: 'tooFew'; table: 'weeks' }
  | { kind: 'demand'; table: 'origin' | 'weeks'; n: number; outside?: { n: number; share: number } }
  | { kind: 'who'; table: 'household'; top: { key: string; n: number }[] }
  | { kind: 'money'; table: 'budget'; band: string; median: boolean; n: number }
  | { kind: 'unmet'; table: 'unmetHousehold'; n: number; household?: string; budget?: string }
  | { kind: 'building'; table: 'properties'; id: string; title: string; place: string; households: DemandBand; groups: DemandBand; forming?: { n: number } | 'small' }
  | { kind: 'trend'; table: 'weeks'; direction: 'up' | 'down' | 'same' | 'new'; pct: number; previous: number };

const shown = (s: Shown | undefined): number | undefined => (s?.kind === 'value' ? s.n : undefined);

/**
 * The shown cells that are certainly the largest, largest first: each must exceed what any
 * suppressed cell can hold (a "< 5" at most 4; a "•" at most the shown total minus the shown cells,
 * plus the noise of every perturbed figure involved; without a shown total nothing is certain).
 */
export function certainlyLargest(col: ShownColumn, exclude: readonly string[] = []): { key: string; n: number }[] {
  const visible = col.cells.filter((c) => c.value.kind === 'value').map((c) => ({ key: c.key, n: (c.value as { n: number }).n }));
  const hidden = col.cells.filter((c) => c.value.kind === 'hidden').length;
  const small = col.cells.some((c) => c.value.kind === 'small');
  let bound = small ? 4 : 0;
  if (hidden > 0) {
    const total = shown(col.total);
    if (total === undefined) return [];
    const rest = total - visible.reduce((a, c) => a + c.n, 0) + MAX_NOISE * (col.cells.length + 1);
    bound = Math.max(bound, rest);
  }
  return visible
    .filter((c) => !exclude.includes(c.key) && c.n > 0 && c.n > bound)
    .sort((a, b) => b.n - a.n);
}

/** The band holding the middle questionnaire, when every band's count is shown. */
function medianBand(col: ShownColumn, order: readonly string[]): string | undefined {
  const cells = order.map((k) => col.cells.find((c) => c.key === k)).filter((c): c is Cell => !!c);
  if (cells.some((c) => c.value.kind !== 'value')) return undefined;
  const sum = cells.reduce((a, c) => a + shown(c.value)!, 0);
  if (sum === 0) return undefined;
  let acc = 0;
  for (const c of cells) {
    acc += shown(c.value)!;
    if (acc * 2 >= sum) return c.key;
  }
  return undefined;
}

const bandRank = (b: DemandBand) => DEMAND_BANDS.indexOf(b);

/** Relative change below which demand counts as "about the same" (percent). */
export const SAME_PCT = 5;

/**
 * @example
 * const list = findings({ headline, previous, household, … }); // [{ kind: 'demand', n: 412, … }, …]
 */
export function findings(input: FindingsInput, budgetOrder: readonly string[]): Finding[] {
  const n = shown(input.headline);
  if (n === undefined || n === 0) return [{ kind: 'tooFew', table: 'weeks' }];
  const out: Finding[] = [];

  // 1. How many, and how many of them from outside (shares from shown cells only).
  const o = input.origin;
  const outsideN = o && o.outside.every((s) => s.kind === 'value') && o.within.kind === 'value' ? o.outside.reduce((a, s) => a + shown(s)!, 0) : undefined;
  const withOrigin = outsideN !== undefined ? outsideN + shown(o!.within)! : 0;
  out.push(
    outsideN !== undefined && withOrigin > 0 && outsideN > 0
      ? { kind: 'demand', table: 'origin', n, outside: { n: outsideN, share: outsideN / withOrigin } }
      : { kind: 'demand', table: 'weeks', n },
  );

  // 2. Who: the largest household types.
  const who = input.household ? certainlyLargest(input.household).slice(0, 2) : [];
  if (who.length) out.push({ kind: 'who', table: 'household', top: who });

  // 3. What they can afford: the median budget band, else the most common one.
  if (input.budget) {
    const known = budgetOrder.filter((b) => b !== 'unknown');
    const median = medianBand(input.budget, known);
    const mode = certainlyLargest(input.budget, ['unknown'])[0];
    if (median && median !== known.at(-1)) out.push({ kind: 'money', table: 'budget', band: median, median: true, n: 0 });
    else if (mode) out.push({ kind: 'money', table: 'budget', band: mode.key, median: false, n: mode.n });
  }

  // 4. What is missing: the unmet total and its largest segments.
  const unmet = shown(input.unmetHousehold?.total);
  if (unmet !== undefined && unmet > 0) {
    const household = input.unmetHousehold ? certainlyLargest(input.unmetHousehold)[0]?.key : undefined;
    const budget = input.unmetBudget ? certainlyLargest(input.unmetBudget, ['unknown'])[0]?.key : undefined;
    out.push({ kind: 'unmet', table: 'unmetHousehold', n: unmet, household, budget: household ? budget : undefined });
  }

  // 5. The vacant building with the most fitting demand (bands only).
  // Forming groups for it are named as shown: a perturbed count from 5 on, "fewer than 5" for 1–4.
  const formingOf = (b: FindingsInput['buildings'][number]) => (b.interested?.kind === 'value' && b.interested.n > 0 ? { n: b.interested.n } : b.interested?.kind === 'small' ? ('small' as const) : undefined);
  const best = [...input.buildings]
    .filter((b) => b.households !== '< 5' || b.groups !== '< 5' || formingOf(b) !== undefined)
    .sort((a, b) => bandRank(b.households) + bandRank(b.groups) - bandRank(a.households) - bandRank(a.groups) || bandRank(b.groups) - bandRank(a.groups))[0];
  if (best) {
    const { interested: _, ...facts } = best;
    const forming = formingOf(best);
    out.push({ kind: 'building', table: 'properties', ...facts, ...(forming ? { forming } : {}) });
  }

  // 6. The trend against the previous period of the same length.
  const prev = shown(input.previous);
  if (prev === undefined || prev === 0) out.push({ kind: 'trend', table: 'weeks', direction: 'new', pct: 0, previous: 0 });
  else {
    const pct = Math.round(((n - prev) / prev) * 100);
    out.push({ kind: 'trend', table: 'weeks', direction: Math.abs(pct) < SAME_PCT ? 'same' : pct > 0 ? 'up' : 'down', pct: Math.abs(pct), previous: prev });
  }
  return out;
}
