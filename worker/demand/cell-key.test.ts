/**
 * The cell-key method: the perturbation's shape, and that the difference of two shown counts never
 * pins a count of 1–4 (the reader knows the method, not the keys).
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { MAX_NOISE, NOISE, perturb, possibleCounts, requestKey, requestKeySql } from './cell-key';

const possible = new Map<number, number[]>();
/** What a reader holds possible behind a shown count (markers as on the dashboard). */
function readable(n: number, key: number): number[] {
  if (n === 0) return [0];
  if (n < 5) return [1, 2, 3, 4];
  const v = perturb(n, key);
  let p = possible.get(v);
  if (!p) possible.set(v, (p = possibleCounts(v)));
  return p;
}

describe('cell-key method', () => {
  it('has a zero-mean table of −2…+2 and never leaves the "5 or more" class', () => {
    expect(NOISE).toHaveLength(256);
    expect(NOISE.reduce((a, b) => a + b, 0)).toBe(0);
    expect(Object.fromEntries([-2, -1, 0, 1, 2].map((d) => [d, NOISE.filter((x) => x === d).length]))).toEqual({ '-2': 32, '-1': 48, 0: 96, 1: 48, 2: 32 });
    const bad: string[] = [];
    for (let n = 0; n < 400; n++) {
      const shown = new Set<number>();
      for (let key = 0; key < 256; key++) {
        const v = perturb(n, key);
        if (v !== perturb(n, key + 256 * 7)) bad.push(`${n}/${key}: not by the key mod 256`);
        if (n < 5 ? v !== n : v < 5 || Math.abs(v - n) > MAX_NOISE) bad.push(`${n}/${key} → ${v}`);
        shown.add(v);
      }
      // Counts from 5 on really are perturbed: several shown values per count.
      if (n >= 5 && shown.size < 3) bad.push(`${n}: only ${shown.size} shown values`);
    }
    expect(bad).toEqual([]);
    // Away from the floor the noise averages out over the keys.
    expect(Array.from({ length: 256 }, (_, key) => perturb(50, key) - 50).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('lists the counts a shown value can stand for', () => {
    expect(possibleCounts(5)).toEqual([5, 6, 7]);
    expect(possibleCounts(40)).toEqual([38, 39, 40, 41, 42]);
    const missed: string[] = [];
    for (let n = 5; n < 300; n++) for (let key = 0; key < 256; key += 5) if (!possibleCounts(perturb(n, key)).includes(n)) missed.push(`${n}/${key}`);
    expect(missed).toEqual([]);
  });

  it('never pins a difference of 1–4 people between two shown counts', () => {
    // View B holds the people of view A plus c more (weeks 1–12 vs 1–11, region vs the rest).
    const pinned: string[] = [];
    let pairs = 0;
    for (let a = 0; a <= 200; a++) {
      for (let c = 1; c <= 4; c++) {
        for (let ka = 0; ka < 256; ka += 9) {
          for (let kb = 0; kb < 256; kb += 11) {
            const differences = new Set<number>();
            for (const x of readable(a, ka)) for (const y of readable(a + c, kb)) if (y >= x) differences.add(y - x);
            if (!differences.has(c) || differences.size < 2) pinned.push(`${a}+${c} keys ${ka}/${kb}: ${[...differences]}`);
            pairs++;
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(500_000);
    expect(pinned).toEqual([]);
  });

  it('derives the same request key in SQL as in JavaScript', async () => {
    const ids = [crypto.randomUUID(), crypto.randomUUID().toUpperCase(), 'cr_0', 'cr_11', 'x', '', 'ab-ff', 'req_zz'];
    const { results } = await env.DB.prepare(`SELECT j.value AS id, ${requestKeySql('j.value')} AS k FROM json_each(?) j`).bind(JSON.stringify(ids)).all<{ id: string; k: number }>();
    expect(results.map((r) => r.k)).toEqual(ids.map(requestKey));
    expect(requestKey('0000-00ff')).toBe(255);
    expect(requestKey('0000-001a')).toBe(26);
  });
});
