/**
 * Choosing the period without knowing ISO weeks: preset links (no script), a date range form whose
 * dates are widened to whole weeks on the server, the embed, and the ISO weeks as a detail.
 */
import { PERIOD_PRESETS, type PeriodPreset, rangeDates, weekCount, type WeekRange } from '../demand/period-presets';
import { formatDate } from '../i18n';
import type { PageOptions } from './blocks';
import type { Messages } from './locales';

/** "16. September 2026 bis 4. Oktober 2026" for a range of weeks (Monday of the first to Sunday of the last). */
export function spanText(r: WeekRange, t: Messages): string {
  const { start, end } = rangeDates(r);
  const day = (d: string) => formatDate(Date.parse(`${d}T12:00:00Z`), t.lang, 'long');
  return t.periods.span(day(start), day(end));
}

/** The ISO weeks of a range, as a detail for those who work with them. */
export const weeksText = (r: WeekRange, t: Messages): string => t.periods.weeks(r.from, r.to, weekCount(r));

export function PeriodChooser({ o, preset }: { o: PageOptions; preset?: PeriodPreset }) {
  const { t, data } = o;
  const { start, end } = rangeDates(data.filter);
  const keep = (extra: Record<string, string>) =>
    new URLSearchParams({ lang: t.lang, ...(data.filter.embedId ? { embed: data.filter.embedId } : {}), ...extra }).toString();
  return (
    <div class="period-chooser">
      <nav aria-label={t.periods.legend} class="presets">
        <ul>
          {PERIOD_PRESETS.map((p) => (
            <li>
              <a href={`${o.base}?${keep({ period: p })}`} aria-current={p === preset ? 'true' : undefined}>
                {t.periods.presets[p]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={o.base} class="filters">
        <input type="hidden" name="lang" value={t.lang} />
        <fieldset>
          <legend>{t.periods.custom}</legend>
          <label>
            {t.periods.start} <input type="date" name="start" value={start} required />
          </label>
          <label>
            {t.periods.end} <input type="date" name="end" value={end} required />
          </label>
          <label>
            {t.embed}{' '}
            <select name="embed">
              <option value="">{t.allEmbeds}</option>
              {o.embeds.map((e) => (
                <option value={e.id} selected={e.id === data.filter.embedId}>
                  {e.name}
                  {e.revoked ? ` (${t.revoked})` : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t.apply}</button>
        </fieldset>
      </form>
      <p class="note period-detail">
        {spanText(data.filter, t)} · <span class="iso-weeks">{weeksText(data.filter, t)}</span>. {t.periods.weeksNote}
      </p>
    </div>
  );
}
