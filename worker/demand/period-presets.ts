/**
 * Periods people understand, as whole ISO weeks (what demand_weekly counts in): presets ("last 4
 * weeks", "this year", …), a calendar date range widened to the weeks that hold its first and last
 * day, and the previous period of the same length for comparisons. Pure.
 */
import { isoWeek } from './bands';
import { isoWeekStart, weekIndex } from './periods';

const WEEK_MS = 7 * 86_400_000;
const DAY_MS = 86_400_000;

export const PERIOD_PRESETS = ['4w', '3m', 'year', 'lastYear', 'all'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface WeekRange {
  from: string;
  to: string;
}

/** The week `n` weeks after (or before, n < 0) `week`. */
export const addWeeks = (week: string, n: number): string => isoWeek(isoWeekStart(week) + n * WEEK_MS);

/** Number of ISO weeks from `from` to `to`, both included. */
export const weekCount = (r: WeekRange): number => weekIndex(r.to) - weekIndex(r.from) + 1;

/**
 * The weeks of a preset at `now`. "since the start" begins at `firstWeek` (the first week with
 * data) and is cut to the last `maxWeeks` weeks; without data it is the current week.
 * @example
 * presetRange('4w', Date.UTC(2026, 10, 18)); // { from: '2026-W44', to: '2026-W47' }
 */
export function presetRange(preset: PeriodPreset, now: number, firstWeek: string | undefined, maxWeeks: number): WeekRange {
  const current = isoWeek(now);
  const year = Number(current.slice(0, 4));
  // Week 1 of an ISO year holds 4 January, its last week 28 December.
  const lastWeekOf = (y: number) => isoWeek(Date.UTC(y, 11, 28));
  const clip = (r: WeekRange): WeekRange => (weekCount(r) > maxWeeks ? { from: addWeeks(r.to, -(maxWeeks - 1)), to: r.to } : r);
  switch (preset) {
    case '4w':
      return { from: addWeeks(current, -3), to: current };
    case '3m':
      return { from: addWeeks(current, -12), to: current };
    case 'year':
      return { from: `${year}-W01`, to: current };
    case 'lastYear':
      return { from: `${year - 1}-W01`, to: lastWeekOf(year - 1) };
    case 'all':
      return clip({ from: firstWeek && firstWeek <= current ? firstWeek : current, to: current });
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Epoch ms of a calendar date 'YYYY-MM-DD', or undefined when it is not one. */
export function parseDate(s: string): number | undefined {
  if (!DATE.test(s)) return undefined;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s ? undefined : t;
}

/**
 * A calendar range as the whole ISO weeks that hold its first and its last day.
 * @example
 * dateRange('2026-09-16', '2026-09-30'); // { from: '2026-W38', to: '2026-W40' }
 */
export function dateRange(start: number, end: number): WeekRange {
  return { from: isoWeek(start), to: isoWeek(end) };
}

/** Monday of the first week and Sunday of the last week of a range ('YYYY-MM-DD'), for date inputs. */
export function rangeDates(r: WeekRange): { start: string; end: string } {
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { start: day(isoWeekStart(r.from)), end: day(isoWeekStart(r.to) + 6 * DAY_MS) };
}

/**
 * The period of the same length just before, for "compared with the previous period".
 * @example
 * previousRange({ from: '2026-W44', to: '2026-W47' }); // { from: '2026-W40', to: '2026-W43' }
 */
export function previousRange(r: WeekRange): WeekRange {
  const n = weekCount(r);
  return { from: addWeeks(r.from, -n), to: addWeeks(r.from, -1) };
}

/** Which preset a range is at `now`, if any (the page marks it as the current choice). */
export function presetOf(r: WeekRange, now: number, firstWeek: string | undefined, maxWeeks: number): PeriodPreset | undefined {
  return PERIOD_PRESETS.find((p) => {
    if (p === 'all' && !firstWeek) return false;
    const q = presetRange(p, now, firstWeek, maxWeeks);
    return q.from === r.from && q.to === r.to;
  });
}
