/**
 * The periods demand_weekly keeps counts for: every ISO week ('2026-W05'), every 4-week block
 * ('M' + 6 digits) and every 16-week block ('Q' + 6 digits), blocks numbered by weeks since the
 * week of Monday 1970-01-05 (the triggers of migration 0007 compute the same labels in SQL).
 * A dashboard period is read as the fewest whole blocks and weeks that cover it exactly, so a
 * year is about 3 + 6 + 6 periods instead of 52 weeks, and the cells read stop growing with the
 * length of the period once each block holds every band combination.
 */
import { isoWeek } from './bands';

const WEEK_MS = 7 * 86_400_000;
const EPOCH_MONDAY = Date.UTC(1970, 0, 5);

/** Monday 00:00 UTC of an ISO week ('2026-W05'). */
export function isoWeekStart(week: string): number {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  const year = Number(m[1]);
  const jan4 = Date.UTC(year, 0, 4);
  const mondayW1 = jan4 - ((new Date(jan4).getUTCDay() || 7) - 1) * 86_400_000;
  return mondayW1 + (Number(m[2]) - 1) * WEEK_MS;
}

/** Weeks since the week of 1970-01-05. */
export const weekIndex = (week: string): number => Math.round((isoWeekStart(week) - EPOCH_MONDAY) / WEEK_MS);

const block = (prefix: 'M' | 'Q', n: number) => `${prefix}${String(n).padStart(6, '0')}`;

/** The three periods a record of this week counts in. */
export function periodsOf(week: string): [string, string, string] {
  const i = weekIndex(week);
  return [week, block('M', Math.floor(i / 4)), block('Q', Math.floor(i / 16))];
}

/**
 * The fewest periods that cover `from`..`to` exactly (greedy from the left: a 16-week block where one
 * starts and fits, else a 4-week block, else a week).
 * @example
 * coverPeriods('2026-W01', '2026-W12'); // ['2026-W01', '2026-W02', '2026-W03', 'M000731', 'M000732', '2026-W12']
 */
export function coverPeriods(from: string, to: string): string[] {
  const out: string[] = [];
  const last = weekIndex(to);
  for (let i = weekIndex(from); i <= last; ) {
    if (i % 16 === 0 && i + 15 <= last) {
      out.push(block('Q', i / 16));
      i += 16;
    } else if (i % 4 === 0 && i + 3 <= last) {
      out.push(block('M', i / 4));
      i += 4;
    } else {
      out.push(isoWeek(EPOCH_MONDAY + i * WEEK_MS));
      i += 1;
    }
  }
  return out;
}
