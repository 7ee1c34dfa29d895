/**
 * The cell-key method (as in the German Census 2022 and the ABS TableBuilder): every published
 * count of people is perturbed by a small, deterministic amount, so that subtracting two views
 * (weeks 1–12 minus weeks 1–11, the region minus an embed, one building minus another) no longer
 * gives an exact count, while the same set of people shows the same number in every view.
 *
 * - Every demand record carries a random record key 0–255 (`demand_records.cell_key`); a cell's
 *   key is the sum of its records' keys mod 256 (demand_weekly keeps the sum per cell). Contact
 *   requests take theirs from the random UUID they already have (`requestKeySql`).
 * - The perturbation of a count n ≥ 5 is looked up from (n, cell key) in a fixed table of −2…+2
 *   (mean 0, variance 1.375) and never takes a count below 5; counts of 1–4 are not perturbed
 *   because they are never shown ("< 5"); 0 stays 0 (an empty category is not a person).
 * - Suppression decides on the exact counts (its proof is about them, worker/dashboard/suppress.ts),
 *   and only the values it leaves visible are replaced by their perturbed values. Totals are
 *   perturbed as cells of their own, so a table's shown cells need not add up to its shown total.
 *
 * What a reader can still infer is written in worker/dashboard/README.md ("Differencing across
 * filters").
 */
import { K as FLOOR, type Shown, suppressCount } from './suppress';

const KEYS = 256;

/** A fresh random record key. */
export function randomCellKey(): number {
  return crypto.getRandomValues(new Uint8Array(1))[0]!;
}

/**
 * SQL for a record key 0–255 from the last two hex digits of a random id (contact requests' UUIDs);
 * ids that end in other characters get lower keys but still a fixed one.
 */
export const requestKeySql = (column: string) =>
  `(max(instr('0123456789abcdef', lower(substr(${column}, -2, 1))) - 1, 0) * 16 + max(instr('0123456789abcdef', lower(substr(${column}, -1))) - 1, 0))`;

/** The same key in JavaScript (for tests and oracles). */
export function requestKey(id: string): number {
  const hex = (c: string) => Math.max('0123456789abcdef'.indexOf(c.toLowerCase()), 0);
  return hex(id.at(-2) ?? '') * 16 + hex(id.at(-1) ?? '');
}

/**
 * 256 perturbations: 96 × 0, 48 × ±1, 32 × ±2, in a fixed pseudo-random order (a seeded shuffle, so
 * the table is the same in every isolate and test).
 */
export const NOISE: readonly number[] = (() => {
  const t = [...Array<number>(96).fill(0), ...Array<number>(48).fill(1), ...Array<number>(48).fill(-1), ...Array<number>(32).fill(2), ...Array<number>(32).fill(-2)];
  let s = 0x2022c0de;
  const next = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) | 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = t.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [t[i], t[j]] = [t[j]!, t[i]!];
  }
  return t;
})();

/** The largest perturbation either way. */
export const MAX_NOISE = 2;

/**
 * The number to show for a count of `n` people whose record keys sum to `keySum`.
 * @example
 * perturb(0, 0);    // 0
 * perturb(3, 200);  // 3 (shown as "< 5" anyway)
 * perturb(40, 123); // 38…42, the same whenever the same 40 people are counted
 */
export function perturb(n: number, keySum: number): number {
  if (n < FLOOR) return n;
  const key = ((keySum % KEYS) + KEYS) % KEYS;
  // n takes part in the index so that cells with equal key sums but different counts get different noise.
  const d = NOISE[(key + 131 * (n % KEYS)) % KEYS]!;
  return n + d >= FLOOR ? n + d : n - d;
}

/**
 * A count shown on its own (no total beside it): "< 5" for 1–4, else its perturbed value.
 * @example
 * shownCount(3, 200); // { kind: 'small' }
 * shownCount(12, 77); // { kind: 'value', n: perturb(12, 77) }
 */
export function shownCount(n: number, keySum: number): Shown {
  const s = suppressCount(n);
  return s.kind === 'value' ? { kind: 'value', n: perturb(n, keySum) } : s;
}

/**
 * The counts a reader can hold possible behind a shown value v ≥ 5, knowing this method but not the
 * keys: every n with some key for which `perturb` gives v.
 * @example
 * possibleCounts(5); // [5, 6, 7]
 */
export function possibleCounts(v: number): number[] {
  const out: number[] = [];
  for (let n = Math.max(FLOOR, v - MAX_NOISE); n <= v + MAX_NOISE; n++) {
    for (let key = 0; key < KEYS; key++) {
      if (perturb(n, key) === v) {
        out.push(n);
        break;
      }
    }
  }
  return out;
}
