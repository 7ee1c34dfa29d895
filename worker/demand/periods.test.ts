/** The periods a dashboard range is read from must cover it exactly: every week once, nothing else. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeek } from './bands';
import { coverPeriods, isoWeekStart, periodsOf, weekIndex } from './periods';

const WEEK_MS = 7 * 86_400_000;
const weekAt = (i: number) => isoWeek(isoWeekStart('2019-W40') + i * WEEK_MS);

describe('coverPeriods', () => {
  it('covers every week of the range exactly once and no week outside it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 300 }), (start, length) => {
        const from = weekAt(start);
        const to = weekAt(start + length);
        const cover = new Set(coverPeriods(from, to));
        expect(cover.size).toBe(coverPeriods(from, to).length);
        for (let i = start - 40; i <= start + length + 40; i++) {
          const hits = periodsOf(weekAt(i)).filter((p) => cover.has(p)).length;
          expect(hits, weekAt(i)).toBe(i >= start && i <= start + length ? 1 : 0);
        }
        // Few periods: at most 3 weeks + 3 blocks of 4 on each side, plus the 16-week blocks.
        expect(cover.size).toBeLessThanOrEqual(12 + Math.ceil((length + 1) / 16));
      }),
      { numRuns: 300 },
    );
  });

  it('numbers weeks across 53-week years without gaps and labels blocks like the migration', () => {
    expect(weekIndex('1970-W02')).toBe(0);
    expect(weekIndex('2027-W01') - weekIndex('2026-W53')).toBe(1);
    expect(weekIndex('2021-W01') - weekIndex('2020-W53')).toBe(1);
    // The SQL in migrations/0007_demand_weekly.sql must label the same (test/worker/demand-weekly.test.ts reads through it).
    expect(periodsOf('2026-W01')).toEqual(['2026-W01', 'M000730', 'Q000182']);
    expect(coverPeriods('2026-W01', '2026-W12')).toEqual(['2026-W01', '2026-W02', '2026-W03', 'M000731', 'M000732', '2026-W12']);
  });
});
