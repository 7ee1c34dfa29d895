/**
 * The dashboard page and the printable A4 report, server-rendered with hono/jsx from the suppressed
 * view only. No inline script or style (the admin's CSP allows neither); CSS in
 * public/dashboard/dashboard.css, including the print stylesheet.
 */
import type { Child } from 'hono/jsx';
import { Document } from '../http/document';
import { Figure, type PageOptions, query, Section } from './blocks';
import type { PeriodPreset } from '../demand/period-presets';
import { Findings } from './findings';
import { OutcomesSection, ReachSection } from './outcomes';
import { PeriodChooser, spanText, weeksText } from './period-form';
import type { Messages } from './locales';
import { formatShown } from '../demand/suppress';
import { formatNumber } from '../i18n';

export { DataTable, type PageOptions } from './blocks';

function SupplyTables({ o }: { o: PageOptions }) {
  const { t, data } = o;
  const v = (k: string) => t.values[k] ?? k;
  const rows = [...data.supply].sort((a, b) => a.kind.localeCompare(b.kind) || a.stage.localeCompare(b.stage) || a.legalForm.localeCompare(b.legalForm));
  return (
    <>
      <p class="note">{t.supplyNote}</p>
      <figure class="block">
        <div class="table-wrap">
          <table class="data" id="table-supply">
            <caption>
              {t.tables.supply} <CsvLink o={o} id="supply" title={t.tables.supply} />
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.supplyColumns.kind}</th>
                <th scope="col">{t.supplyColumns.stage}</th>
                <th scope="col">{t.supplyColumns.legalForm}</th>
                <th scope="col" class="num">{t.supplyColumns.listings}</th>
                <th scope="col" class="num">{t.supplyColumns.freePlaces}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">{v(r.kind)}</th>
                  <td>{v(r.stage)}</td>
                  <td>{v(r.legalForm)}</td>
                  <td class="num">{formatNumber(r.listings, t.lang)}</td>
                  <td class="num">{formatNumber(r.freePlaces, t.lang)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colspan={3}>
                  {t.total}
                </th>
                <td class="num">{formatNumber(rows.reduce((s, r) => s + r.listings, 0), t.lang)}</td>
                <td class="num">{formatNumber(rows.reduce((s, r) => s + r.freePlaces, 0), t.lang)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </figure>
      <PropertiesTable o={o} />
    </>
  );
}

/** The CSV link in a table's caption (the tables outside TABLE_IDS: supply and properties). */
function CsvLink({ o, id, title }: { o: PageOptions; id: 'supply' | 'properties'; title: string }) {
  return (
    <a class="csv" href={`${o.base}/export/${id}.csv?${query(o)}`} download={`${id}.csv`}>
      {o.t.csv}
      <span class="visually-hidden"> – {title}</span>
    </a>
  );
}

/**
 * "Demand for this building" per vacant property, each linked to its one-page fact sheet, with the
 * forming groups interested in it and how many of them are ready (counts on their own, suppressed).
 */
export function PropertiesTable({ o }: { o: PageOptions }) {
  const { t, view } = o;
  return (
    <>
      {view.buildings.length ? (
        <figure class="block">
          <div class="table-wrap">
            <table class="data" id="table-properties">
              <caption>
                {t.tables.properties} <CsvLink o={o} id="properties" title={t.tables.properties} />
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.propertyColumns.title}</th>
                  <th scope="col">{t.propertyColumns.place}</th>
                  <th scope="col" class="num">{t.propertyColumns.households}</th>
                  <th scope="col" class="num">{t.propertyColumns.groups}</th>
                  <th scope="col" class="num">{t.propertyColumns.interested}</th>
                  <th scope="col" class="num">{t.propertyColumns.ready}</th>
                </tr>
              </thead>
              <tbody>
                {view.buildings.map((b) => (
                  <tr>
                    <th scope="row">
                      <a href={`${o.base}/buildings/${encodeURIComponent(b.id)}?${query(o)}`}>{b.title}</a>
                    </th>
                    <td>{b.place}</td>
                    <td class="num">{b.households}</td>
                    <td class="num">{b.groups}</td>
                    <td class={`num ${b.interested.kind}`}>{formatShown(b.interested, t.lang)}</td>
                    <td class={`num ${b.ready.kind}`}>{formatShown(b.ready, t.lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </figure>
      ) : null}
    </>
  );
}

function Sections({ o }: { o: PageOptions }) {
  const { t, view } = o;
  const share = view.zuzugShare;
  return (
    <>
      <Section id="time" title={t.sections.time}>
        <Figure o={o} id="weeks" kind="line" />
      </Section>
      <Section id="who" title={t.sections.who}>
        <Figure o={o} id="household" />
        <Figure o={o} id="size" />
        <Figure o={o} id="age" />
      </Section>
      <Section id="money" title={t.sections.money}>
        <Figure o={o} id="budget" />
        <Figure o={o} id="equity" />
        <Figure o={o} id="budgetForms" kind="none" />
        <Figure o={o} id="equityForms" kind="none" />
      </Section>
      <Section id="what" title={t.sections.what}>
        <Figure o={o} id="priorities" />
        <Figure o={o} id="barrierFree" />
      </Section>
      <Section id="when" title={t.sections.when}>
        <Figure o={o} id="timeline" />
      </Section>
      <Section id="origin" title={t.sections.origin}>
        {share !== undefined ? (
          <p class="kpi">
            <span class="kpi-value">{formatNumber(share * 100, t.lang)} %</span>{' '}
            <span class="kpi-label">{t.zuzug}</span>
          </p>
        ) : null}
        <Figure o={o} id="origin" />
      </Section>
      <Section id="unmet" title={t.sections.unmet}>
        <p class="note">{t.unmetNote}</p>
        <Figure o={o} id="unmetHousehold" />
        <Figure o={o} id="unmetBudget" />
      </Section>
      <Section id="supply" title={t.sections.supply}>
        <SupplyTables o={o} />
      </Section>
      <Section id="initiatives" title={t.sections.initiatives}>
        <p class="note">{t.initiativesNote}</p>
        <Figure o={o} id="initiatives" kind="none" />
      </Section>
      <Section id="funnel" title={t.sections.funnel}>
        <Figure o={o} id="funnel" />
      </Section>
    </>
  );
}

function Notes({ t, title, last }: { t: Messages; title?: string; last?: boolean }) {
  return (
    <section class={`section notes${last ? ' last-page' : ''}`} aria-labelledby="h-notes">
      <h2 id="h-notes">{title ?? t.legend}</h2>
      <ul>
        <li>{t.legendSmall}</li>
        <li>{t.legendHidden}</li>
      </ul>
      <p>{t.method}</p>
      <p>{t.suppression}</p>
      <p class="attribution">{t.attribution}</p>
    </section>
  );
}

function Shell({ o, title, bodyClass, children }: { o: PageOptions; title: string; bodyClass: string; children: Child }) {
  return (
    <Document lang={o.t.lang} title={`${title} – ${o.data.region.name}`} stylesheet={o.css} noindex bodyClass={bodyClass}>
      {children}
    </Document>
  );
}

const periodText = (o: PageOptions) => `${o.data.filter.from} – ${o.data.filter.to}`;
const embedName = (o: PageOptions) => (o.data.filter.embedId ? (o.embeds.find((e) => e.id === o.data.filter.embedId)?.name ?? o.data.filter.embedId) : o.t.allEmbeds);

export function DashboardPage(o: PageOptions & { preset?: PeriodPreset }) {
  const { t } = o;
  return (
    <Shell o={o} title={t.title} bodyClass="dashboard">
      <header class="page-header">
        <h1>
          {t.title}: {o.data.region.name}
        </h1>
        <PeriodChooser o={o} preset={o.preset} />
        <p>
          <a href={`${o.base}/report?${query(o)}`}>{t.printReport}</a>
        </p>
      </header>
      <main>
        <Headline o={o} />
        <Findings view={o.view} t={t} />
        <OutcomesSection o={o} />
        <ReachSection o={o} />
        <Sections o={o} />
        <Notes t={t} />
      </main>
    </Shell>
  );
}

function Headline({ o }: { o: PageOptions }) {
  const { t } = o;
  const previous = o.data.previous;
  return (
    <>
      <p class="kpi">
        <span class="kpi-value" id="headline">
          {formatShown(o.view.headline, t.lang)}
        </span>{' '}
        <span class="kpi-label">
          {t.questionnaires} · {spanText(o.data.filter, t)} · {embedName(o)}
        </span>
      </p>
      {previous ? (
        <p class="note previous">
          {t.periods.previous(spanText(previous.range, t))} · {t.questionnaires}: <span id="previous">{formatShown(o.view.previous, t.lang)}</span>
        </p>
      ) : null}
    </>
  );
}

/** Title page of the council document: the municipality's logo (own origin or data URL) or its name. */
function TitlePage({ o }: { o: PageOptions }) {
  const { t } = o;
  const date = new Date(o.now).toISOString().slice(0, 10);
  const logo = o.data.region.logo && /^(\/(?!\/)|data:image\/)/.test(o.data.region.logo) ? o.data.region.logo : undefined;
  return (
    <header class="page-header title-page">
      {logo ? <img class="logo" src={logo} alt={o.data.region.name} /> : <p class="issuer">{o.data.region.name}</p>}
      <p class="doc-for">{t.council.documentFor}</p>
      <h1>{t.reportTitle}</h1>
      <dl class="meta">
        <dt>{t.region}</dt>
        <dd>{o.data.region.name}</dd>
        <dt>{t.period}</dt>
        <dd>
          {spanText(o.data.filter, t)}
          <br />
          <span class="iso-weeks">
            {periodText(o)} · {weeksText(o.data.filter, t)}
          </span>
        </dd>
        <dt>{t.embed}</dt>
        <dd>{embedName(o)}</dd>
        <dt>{t.generated}</dt>
        <dd>{date}</dd>
        <dt>{t.questionnaires}</dt>
        <dd id="headline">{formatShown(o.view.headline, t.lang)}</dd>
      </dl>
      <p class="no-print">
        <a href={`${o.base}?${query(o)}`}>← {t.title}</a>
      </p>
    </header>
  );
}

/** The council document: title page, key findings, outcomes, the few charts that matter, method last. */
export function ReportPage(o: PageOptions) {
  const { t, view } = o;
  const share = view.zuzugShare;
  return (
    <Shell o={o} title={t.reportTitle} bodyClass="report">
      <TitlePage o={o} />
      <main>
        <Findings view={view} t={t} />
        <OutcomesSection o={o} />
        <Section id="key" title={t.council.keyCharts}>
          <Figure o={o} id="weeks" kind="line" />
          <Figure o={o} id="household" />
          <Figure o={o} id="budget" />
          {share !== undefined ? (
            <p class="kpi">
              <span class="kpi-value">{formatNumber(Math.round(share * 100), t.lang)} %</span> <span class="kpi-label">{t.zuzug}</span>
            </p>
          ) : null}
          <Figure o={o} id="origin" />
          <p class="note">{t.unmetNote}</p>
          <Figure o={o} id="unmetHousehold" />
          <Figure o={o} id="unmetBudget" />
          <PropertiesTable o={o} />
          <Figure o={o} id="initiatives" kind="none" />
        </Section>
        <ReachSection o={o} />
        <Section id="funnel" title={t.sections.funnel}>
          <Figure o={o} id="funnel" />
        </Section>
        <Notes t={t} title={t.council.method} last />
      </main>
      <footer class="print-footer">
        {o.data.region.name} · {periodText(o)} · {t.attribution}
      </footer>
    </Shell>
  );
}

/** Full HTML document text. */
export const renderDocument = (node: unknown) => `<!doctype html>${String(node)}`;
