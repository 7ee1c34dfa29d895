/**
 * The outcomes a council reports (moved in, visits and trial stays, initiatives formed and buildings
 * taken on, per quarter since the start)
 * and the reach of each embed, from the suppressed view only.
 */
import { valueOf } from '../demand/suppress';
import { formatNumber } from '../i18n';
import { Figure, type PageOptions, Section } from './blocks';

/** Share of moved-in households from outside among those with a known origin, from shown totals only. */
export function movedInOutsideShare(o: PageOptions): number | undefined {
  const t = o.view.tables.movedIn;
  if (t.withheld) return undefined;
  const col = (k: string) => valueOf(t.columnTotals?.[t.columns.indexOf(k)]);
  const withOrigin = col('withOrigin');
  const outside = col('outside');
  return withOrigin && outside !== undefined && outside <= withOrigin ? outside / withOrigin : undefined;
}

export function OutcomesSection({ o }: { o: PageOptions }) {
  const { t, view } = o;
  const share = movedInOutsideShare(o);
  const empty = view.tables.movedIn.rows.length === 0 && view.tables.visitOutcomes.rows.length === 0 && view.tables.groupOutcomes.rows.length === 0;
  return (
    <Section id="outcomes" title={t.sections.outcomes}>
      <p class="note">{t.outcomes.note}</p>
      {empty ? (
        <p id="table-movedIn">{t.outcomes.none}</p>
      ) : (
        <>
          {share !== undefined && share * 100 >= 5 ? (
            <p class="kpi">
              <span class="kpi-value">{formatNumber(Math.round(share * 100), t.lang)} %</span> <span class="kpi-label">{t.outcomes.outsideShare}</span>
            </p>
          ) : null}
          <Figure o={o} id="movedIn" kind="none" />
          <Figure o={o} id="visitOutcomes" kind="none" />
          <Figure o={o} id="groupOutcomes" kind="none" />
        </>
      )}
    </Section>
  );
}

export function ReachSection({ o }: { o: PageOptions }) {
  return (
    <Section id="reach" title={o.t.sections.reach}>
      <p class="note">{o.t.reachNote}</p>
      <Figure o={o} id="reach" kind="none" />
    </Section>
  );
}
