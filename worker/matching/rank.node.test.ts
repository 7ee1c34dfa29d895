/**
 * The fast ranking path (kernel.ts + TopK) against the reference: the kernel gives every listing the
 * pass/fail and score `assess` gives, and the first `limit` results are exactly the first `limit`
 * of the full ranking (which sorts everything), with the same total.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, createScratch } from './assess';
import { compilePlan, matchPrepared, prepareListings, scorePlanned, scoresPrepared } from './engine';
import { compileKernel, kernelScore } from './kernel';
import { compileSeeker } from './seeker-plan';
import { marketArbitrary } from './test-support';
import { TopK } from './top-list';

const RUNS = { numRuns: 300 };

describe('kernel', () => {
  it('passes exactly the listings assess passes, with the same score and distance', () => {
    fc.assert(
      fc.property(marketArbitrary(40), ({ answers, listings, ctx }) => {
        const plan = compileSeeker(answers, ctx);
        const kernel = compileKernel(plan);
        const prepared = prepareListings(listings);
        const s = createScratch();
        const out = new Float64Array(1);
        for (let i = 0; i < prepared.count; i++) {
          const fast = kernelScore(kernel, prepared, i, createScratch(), out);
          const failed = assess(plan, prepared, i, s);
          if (failed !== null) {
            expect(fast, `${listings[i]!.id} fails ${failed}`).toBe(-1);
            continue;
          }
          expect(fast).toBe(Math.round(100 * Math.sqrt(s.seekerFit * s.projectFit)));
          expect(Object.is(out[0], s.distanceKm)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('scorePlanned', () => {
  it('gives the score scoresPrepared gives, on a plan’s first use (assessed) and after (its kernel)', () => {
    fc.assert(
      fc.property(marketArbitrary(20), ({ answers, listings, ctx }) => {
        const plan = compilePlan(answers, ctx);
        const prepared = prepareListings(listings);
        const expected = [...scoresPrepared(plan, prepared, ctx)];
        const s = createScratch();
        for (const round of [0, 1, 2]) {
          expect(expected.map((_, i) => scorePlanned(plan, prepared, i, s)), `round ${round}`).toEqual(expected);
        }
      }),
      RUNS,
    );
  });
});

describe('first results of a ranking', () => {
  it('are the first `limit` of the full ranking, and the total is the same', () => {
    fc.assert(
      fc.property(marketArbitrary(40), fc.integer({ min: 0, max: 45 }), ({ answers, listings, ctx }, limit) => {
        const prepared = prepareListings(listings);
        const all = matchPrepared(answers, prepared, ctx);
        const first = matchPrepared(answers, prepared, ctx, { limit });
        expect(first.total).toBe(all.total);
        expect(first.results).toEqual(all.results.slice(0, limit));
      }),
      RUNS,
    );
  });
});

describe('TopK', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `l${String(i).padStart(3, '0')}` }));

  it('keeps the best by score, then shorter distance, then smaller id', () => {
    const list = ids(6);
    const top = new TopK(3, list);
    top.offer(0, 50, 10);
    top.offer(1, 70, 30);
    top.offer(2, 70, 20);
    top.offer(3, 50, 5);
    top.offer(4, 90, 40);
    top.offer(5, 70, 20); // ties with 2 on score and distance: the larger id comes after it
    expect(Array.from(top.index.subarray(0, top.size))).toEqual([4, 2, 5]);
    expect(Array.from(top.score.subarray(0, top.size))).toEqual([90, 70, 70]);
  });

  it('orders by id when there is no distance (NaN)', () => {
    const list = ids(4);
    const top = new TopK(4, list);
    for (const i of [3, 1, 2, 0]) top.offer(i, 60, Number.NaN);
    expect(Array.from(top.index.subarray(0, top.size))).toEqual([0, 1, 2, 3]);
  });

  it('holds fewer than its capacity when offered fewer, and nothing at capacity 0', () => {
    const list = ids(2);
    const few = new TopK(5, list);
    few.offer(1, 10, 1);
    few.offer(0, 20, 1);
    expect(few.size).toBe(2);
    expect(Array.from(few.index.subarray(0, 2))).toEqual([0, 1]);
    const none = new TopK(0, list);
    none.offer(0, 99, 0);
    expect(none.size).toBe(0);
  });

  it('equals sorting everything and taking the first k, for any offers in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 5 }), distance: fc.constantFrom(1, 2, 3) }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 20 }),
        (offers, k) => {
          const list = ids(offers.length);
          const top = new TopK(k, list);
          offers.forEach((o, i) => top.offer(i, o.score, o.distance));
          const sorted = offers
            .map((o, i) => ({ ...o, i }))
            .sort((a, b) => b.score - a.score || a.distance - b.distance || a.i - b.i)
            .slice(0, k)
            .map((o) => o.i);
          expect(Array.from(top.index.subarray(0, top.size))).toEqual(sorted);
        },
      ),
      RUNS,
    );
  });
});
