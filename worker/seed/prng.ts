/**
 * A small seeded pseudo-random generator for the demo seed (mulberry32). Deterministic across
 * runtimes (Node, workerd): the same seed always yields the same sequence, so re-seeding writes
 * the same rows and `INSERT OR IGNORE` keeps it idempotent. Never use Math.random in the seed.
 */

/** 32-bit FNV-1a hash of a string, to derive independent streams from stable names. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(xs: readonly T[]): T;
  /** One value, by weight; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** k distinct elements in random order. */
  sample<T>(xs: readonly T[], k: number): T[];
}

/**
 * @example
 * const rng = createRng('demand'); rng.int(1, 6);
 */
export function createRng(seed: string | number): Rng {
  let state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(xs: readonly T[]): T => {
      const x = xs[Math.floor(next() * xs.length)];
      if (x === undefined) throw new Error('pick from an empty list');
      return x;
    },
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (last === undefined) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    sample: <T>(xs: readonly T[], k: number): T[] => {
      const pool = [...xs];
      const out: T[] = [];
      while (out.length < k && pool.length > 0) {
        const [x] = pool.splice(Math.floor(next() * pool.length), 1);
        if (x !== undefined) out.push(x);
      }
      return out;
    },
  };
  return rng;
}
