/**
 * The key findings of a view in words: the input is taken from the suppressed, perturbed view
 * (tables.ts) — no query, no raw count — and the texts from the catalogue's `findings`.
 */
import { BUDGET_BANDS } from '../demand/bands';
import { type Finding, findings, type ShownColumn } from '../demand/findings';
import { formatNumber } from '../i18n';
import type { Messages } from './locales';
import type { DashboardView, ViewTable } from './tables';

const column = (t: ViewTable): ShownColumn | undefined =>
  t.withheld ? undefined : { cells: t.rows.map((key, r) => ({ key, value: t.cells[r]![0]! })), total: t.columnTotals?.[0] };

/** The findings of a view (the same figures the tables show). */
export function viewFindings(view: DashboardView): Finding[] {
  const origin = view.tables.origin;
  const rows = origin.cells.map((r) => r[0]!);
  return findings(
    {
      headline: view.headline,
      previous: view.previous,
      // Origin rows: named districts outside, other outside, within, not given (tables.ts).
      origin: origin.withheld ? undefined : { outside: rows.slice(0, -2), within: rows.at(-2)! },
      household: column(view.tables.household),
      budget: column(view.tables.budget),
      unmetHousehold: column(view.tables.unmetHousehold),
      unmetBudget: column(view.tables.unmetBudget),
      buildings: view.buildings,
    },
    BUDGET_BANDS,
  );
}

/** A share in whole percent; below 5 % (where a percentage could read like a small count) in words. */
function percent(share: number, t: Messages): string {
  const pct = Math.round(share * 100);
  return pct < 5 ? t.findings.under(`${formatNumber(5, t.lang)} %`) : `${formatNumber(pct, t.lang)} %`;
}

/**
 * @example
 * findingText({ kind: 'trend', table: 'weeks', direction: 'up', pct: 12, previous: 310 }, t); // "Die Nachfrage ist … um 12 % gestiegen …"
 */
export function findingText(f: Finding, t: Messages): string {
  const f_ = t.findings;
  const num = (n: number) => formatNumber(n, t.lang);
  const value = (k: string) => t.values[k] ?? k;
  const plural = (k: string) => f_.plural[k] ?? value(k);
  switch (f.kind) {
    case 'tooFew':
      return f_.tooFew;
    case 'demand':
      return f.outside ? f_.demandOutside(num(f.n), num(f.outside.n), percent(f.outside.share, t)) : f_.demand(num(f.n));
    case 'who': {
      const [a, b] = f.top;
      return b ? f_.whoTwo(plural(a!.key), num(a!.n), plural(b.key), num(b.n)) : f_.who(plural(a!.key), num(a!.n));
    }
    case 'money':
      return f.median ? f_.moneyMedian(value(f.band)) : f_.moneyMode(value(f.band), num(f.n));
    case 'unmet':
      return f.household && f.budget ? f_.unmetByBudget(num(f.n), plural(f.household), value(f.budget)) : f.household ? f_.unmetBy(num(f.n), plural(f.household)) : f_.unmet(num(f.n));
    case 'building':
      return f.forming
        ? f_.buildingForming(f.title, f.place, f.households, f.groups, f.forming === 'small' ? f_.under(num(5)) : num(f.forming.n))
        : f_.building(f.title, f.place, f.households, f.groups);
    case 'trend':
      if (f.direction === 'new') return f_.trendNew;
      if (f.direction === 'same') return f_.trendSame(num(f.previous));
      return (f.direction === 'up' ? f_.trendUp : f_.trendDown)(`${num(f.pct)} %`, num(f.previous));
  }
}

/** The findings as a list, each with a link to its table (or section, when the table is withheld). */
export function Findings({ view, t }: { view: DashboardView; t: Messages }) {
  const list = viewFindings(view);
  return (
    <section class="section findings" aria-labelledby="h-findings">
      <h2 id="h-findings">{t.findings.title}</h2>
      <p class="note">{t.findings.intro}</p>
      <ol class="findings-list">
        {list.map((f) => (
          <li class={`finding finding-${f.kind}`}>
            {findingText(f, t)}{' '}
            <a href={`#table-${f.table}`}>
              {t.findings.toTable}
              <span class="visually-hidden"> – {f.table === 'properties' ? t.tables.properties : t.tables[f.table]}</span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
