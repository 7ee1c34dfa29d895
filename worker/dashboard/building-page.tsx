/**
 * The one-page fact sheet ("Steckbrief") of a vacant building for the building committee: photo,
 * facts, and the fitting demand of the dashboard's period in bands (the same figures as the
 * dashboard's property table). Prints on one A4 page.
 *
 * `interestedInitiatives`: the forming groups interested in the building that agreed to be shown
 * (name, households, readiness met of total, `InterestedInitiatives`), and the others only as a
 * count shown like every count ("< 5", else perturbed).
 */
import type { Child } from 'hono/jsx';
import type { PropertyListing } from '../demand/stats';
import { Document } from '../http/document';
import { formatMoney, formatNumber } from '../i18n';
import { allPhotos } from '../listings/present';
import type { PropertySheet } from '../properties/sheet';
import { shownCount } from '../demand/cell-key';
import { formatShown } from '../demand/suppress';
import type { Shortlist } from '../groups/shortlist';
import type { Messages } from './locales';
import { type PageOptions, query } from './blocks';
import { spanText } from './period-form';
import type { DashboardView } from './tables';

export interface BuildingSheetOptions extends PageOptions {
  building: DashboardView['buildings'][number];
  property: PropertyListing;
  sheet?: PropertySheet;
  /** This Worker's origin, for photo URLs stored as paths. */
  origin: string;
  /** Interested initiatives (`InterestedInitiatives`); nothing is shown while it is absent. */
  interestedInitiatives?: Child;
}

export function BuildingSheet(o: BuildingSheetOptions) {
  const { t, building: b, property: p, sheet } = o;
  const tb = t.building;
  const yes = (v: boolean) => t.values[v ? 'yes' : 'no'];
  const photo = sheet ? allPhotos(sheet.photos, t.lang, o.origin)[0] : undefined;
  const sqm = (min: number | null, max: number | null) =>
    min === null ? undefined : tb.sqm(max !== null && max !== min ? `${formatNumber(min, t.lang)}–${formatNumber(max, t.lang)}` : formatNumber(min, t.lang));
  const facts: [string, string | undefined][] = [
    [tb.place, p.place],
    [tb.legalForm, t.values[p.legalForm] ?? p.legalForm],
    [tb.units, formatNumber(p.unitsTotal, t.lang)],
    [tb.freePlaces, formatNumber(p.freePlaces, t.lang)],
    [tb.price, p.equityRequiredCents > 0 ? formatMoney(p.equityRequiredCents, t.lang) : undefined],
    [tb.monthly, p.monthlyCostMinCents !== null ? formatMoney(p.monthlyCostMinCents, t.lang) : undefined],
    [tb.living, sheet ? sqm(sheet.livingSpaceMinSqm, sheet.livingSpaceMaxSqm) : undefined],
    [tb.plot, sheet?.plotSqm ? tb.sqm(formatNumber(sheet.plotSqm, t.lang)) : undefined],
    [tb.barrierFree, yes(p.barrierFree)],
    [tb.children, yes(p.childrenWelcome)],
  ];
  return (
    <Document lang={t.lang} title={`${tb.title}: ${b.title} – ${o.data.region.name}`} stylesheet={o.css} noindex bodyClass="report building-sheet">
      <header class="page-header">
        <p class="issuer">
          {o.data.region.name} · {tb.title}
        </p>
        <h1>{b.title}</h1>
        {sheet?.summary ? <p>{sheet.summary}</p> : null}
        <p class="no-print">
          <a href={`${o.base}?${query(o)}`}>← {tb.back}</a>
        </p>
      </header>
      <main>
        <div class="sheet-grid">
          {photo ? <img class="sheet-photo" src={photo.url} alt={photo.alt} /> : <p class="note">{tb.noPhoto}</p>}
          <section aria-labelledby="h-facts">
            <h2 id="h-facts">{tb.facts}</h2>
            <dl class="meta">
              {facts
                .filter((f): f is [string, string] => f[1] !== undefined)
                .map(([k, v]) => (
                  <>
                    <dt>{k}</dt>
                    <dd>{v}</dd>
                  </>
                ))}
            </dl>
          </section>
        </div>
        <section aria-labelledby="h-demand" class="block">
          <h2 id="h-demand">{tb.demand}</h2>
          <p class="note">{tb.demandNote(spanText(o.data.filter, t))}</p>
          <dl class="meta demand-bands">
            <dt>{tb.households}</dt>
            <dd id="sheet-households">{b.households}</dd>
            <dt>{tb.groups}</dt>
            <dd id="sheet-groups">{b.groups}</dd>
          </dl>
        </section>
        {o.interestedInitiatives ? (
          <section aria-labelledby="h-initiatives" class="block">
            <h2 id="h-initiatives">{tb.initiatives}</h2>
            {o.interestedInitiatives}
          </section>
        ) : null}
        <p class="note">{t.suppression}</p>
      </main>
    </Document>
  );
}

/**
 * The groups interested in a building for its fact sheet: those that agreed to be shown by name,
 * with households and readiness; the others counted ("< 5" for 1–4, else perturbed).
 * @example
 * <BuildingSheet … interestedInitiatives={<InterestedInitiatives t={t} list={await loadShortlist(db, property)} />} />
 */
export function InterestedInitiatives({ t, list, shortlistHref }: { t: Messages; list: Shortlist; shortlistHref?: string }) {
  const tb = t.building;
  return (
    <>
      <p class="note">{tb.initiativesNote}</p>
      {list.shown.length ? (
        <table class="data" id="sheet-initiatives">
          <caption>{tb.initiatives}</caption>
          <thead>
            <tr>
              <th scope="col">{tb.initiativeColumns.name}</th>
              <th scope="col" class="num">{tb.initiativeColumns.households}</th>
              <th scope="col" class="num">{tb.initiativeColumns.readiness}</th>
            </tr>
          </thead>
          <tbody>
            {list.shown.map((e) => (
              <tr>
                <th scope="row">{e.name}</th>
                <td class="num">{formatNumber(e.households.households, t.lang)}</td>
                <td class="num">{tb.readinessOf(e.readiness.met, e.readiness.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{tb.initiativesNone}</p>
      )}
      {list.others.n > 0 ? <p id="sheet-initiatives-others">{tb.initiativesOthers(formatShown(shownCount(list.others.n, list.others.keySum), t.lang))}</p> : null}
      {shortlistHref ? (
        <p class="no-print">
          <a href={shortlistHref}>{tb.shortlist}</a>
        </p>
      ) : null}
    </>
  );
}
