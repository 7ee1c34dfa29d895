/**
 * The detail screen's body: the whole listing with photos and facts, and the fit both ways,
 * question by question, from `POST /v1/listings/{id}/fit`. Pure templates; `detail.ts` puts the
 * heading, the loading and failure states and the way back around them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue, EmbedConfig, FitDimension, FitResponse, ListingDetail, Locale, Reason } from '../../../api/shapes';
import type { DetailTexts } from '../../../locales/detail';
import { formatNumber } from '../../../locales/format';
import { costText, formatEuros } from '../../../locales/listing-format';
import type { ResultsTexts } from '../../../locales/results';

export interface DetailContext {
  t: DetailTexts & ResultsTexts & { newWindow: string };
  locale: Locale;
  catalogue: Catalogue;
  group: boolean;
  offices: EmbedConfig['adviceOffices'];
  resolve: (url: string | null | undefined) => string | undefined;
}

const fact = (term: string, value: string | TemplateResult): TemplateResult => html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;

/** A listing attribute shown with the catalogue's wording for the same value. */
function optionLabel(ctx: DetailContext, questionId: string, value: string): string {
  const q = ctx.catalogue.questions.find((x) => x.id === questionId);
  return q?.options?.find((o) => o.value === value)?.label[ctx.locale] ?? value;
}

/** A reason or watch-out; with `guide`, a link to where the guide explains it (legal form, financing). */
function reasonItem(r: Reason, ctx: DetailContext): TemplateResult {
  const guide = ctx.resolve(r.guide);
  return html`<li>${r.text}${guide
    ? html` <a class="guide" href=${guide} target="_blank" rel="noopener noreferrer">${ctx.t.detail.guide}<span class="sr-only"> ${ctx.t.newWindow}</span></a>`
    : nothing}</li>`;
}

function facts(l: ListingDetail, ctx: DetailContext): TemplateResult {
  const { t, locale } = ctx;
  const n = (x: number) => formatNumber(locale, x);
  const yesNo = (b: boolean) => (b ? t.card.yes : t.detail.no);
  // Only with enough requests behind it (the API leaves it out otherwise); a band this build does not know is left out too.
  const answers: string | undefined = l.responsiveness ? t.detail.answers[l.responsiveness] : undefined;
  return html`<dl class="facts">
    ${fact(t.card.cost, costText(locale, t.card, l))}
    ${l.equityRequiredCents > 0 ? fact(t.card.equity, formatEuros(locale, l.equityRequiredCents)) : fact(t.card.equity, t.card.equityNone)}
    ${fact(t.card.stage, t.stage[l.stage] ?? l.stage)} ${fact(t.card.legalForm, t.legalForm[l.legalForm] ?? l.legalForm)}
    ${fact(t.detail.settlement, optionLabel(ctx, 'where.settlement', l.settlement))}
    ${l.unitsTotal > 0 ? fact(t.detail.units, t.detail.unitsFree(n(Object.values(l.freeUnits ?? {}).reduce((a, b) => a + b, 0)), n(l.unitsTotal))) : nothing}
    ${l.kind === 'project' && l.freePlaces > 0 ? fact(t.card.freePlaces, n(l.freePlaces)) : nothing}
    ${l.livingSpaceMinSqm != null && l.livingSpaceMaxSqm != null
      ? fact(
          t.detail.livingSpace,
          l.livingSpaceMinSqm === l.livingSpaceMaxSqm ? t.detail.sqm(n(l.livingSpaceMinSqm)) : t.detail.sqmRange(n(l.livingSpaceMinSqm), n(l.livingSpaceMaxSqm)),
        )
      : l.livingSpaceMinSqm != null || l.livingSpaceMaxSqm != null
        ? fact(t.detail.livingSpace, t.detail.sqm(n((l.livingSpaceMinSqm ?? l.livingSpaceMaxSqm)!)))
        : nothing}
    ${l.plotSqm != null ? fact(t.detail.plot, t.detail.sqm(n(l.plotSqm))) : nothing}
    ${fact(t.card.barrierFree, yesNo(l.barrierFree))}
    ${fact(t.detail.children, yesNo(l.childrenWelcome))}
    ${fact(t.detail.pets, optionLabel(ctx, 'who.pets', l.petsAllowed))}
    ${answers ? fact(t.detail.responsiveness, answers) : nothing}
  </dl>`;
}

/** Where to ask in person: the embed's municipality's advice offices, each with what it gave of hours and contact. */
function adviceOffices(ctx: DetailContext): TemplateResult | typeof nothing {
  const { t, offices } = ctx;
  if (!offices.length) return nothing;
  const link = (href: string | undefined, text: string) => (href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}<span class="sr-only"> ${t.newWindow}</span></a>` : nothing);
  return html`<section class="advice" aria-labelledby="advice-heading">
    <h3 id="advice-heading">${t.detail.advice}</h3>
    <p class="hint">${t.detail.adviceIntro}</p>
    <ul role="list">
      ${offices.map(
        (o) => html`<li>
          <strong>${o.website ? link(ctx.resolve(o.website), o.name) : o.name}</strong>
          ${o.hours ? html`<br />${t.detail.adviceHours}: ${o.hours}` : nothing}
          ${o.address ? html`<br />${o.address}` : nothing}
          ${o.phone ? html`<br /><a href=${`tel:${o.phone.replace(/[^+\d]/g, '')}`}>${o.phone}</a>` : nothing}
          ${o.email ? html`<br /><a href=${`mailto:${o.email}`}>${o.email}</a>` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

function fitClass(v: number | null): string {
  return v === null ? 'none' : v >= 0.8 ? 'high' : v >= 0.5 ? 'mid' : 'low';
}

function dimension(d: FitDimension, ctx: DetailContext): TemplateResult {
  const { t, locale, catalogue, group } = ctx;
  const importance = (level: number | null) => {
    if (level === null) return nothing;
    const label = catalogue.importance[level]?.[locale];
    return label ? html`<span class="importance">${t.detail.importance(label)}</span>` : nothing;
  };
  return html`<li class="dimension">
    <div class="dimension-head">
      <h5>${d.label}</h5>
      <span class="fit ${fitClass(d.fit)}"><span class="dot" aria-hidden="true"></span>${t.detail.fit(d.fit)}</span>
    </div>
    <dl class="answers">
      <div>
        <dt>${t.detail.yourAnswer}</dt>
        <dd>${d.seekerAnswer ?? t.detail.notAnswered} ${importance(d.seekerImportance)}</dd>
      </div>
      <div>
        <dt>${group ? t.detail.projectAnswerGroup : t.detail.projectAnswer}</dt>
        <dd>${d.projectAnswer ?? t.detail.notAnswered} ${importance(d.projectImportance)}</dd>
      </div>
    </dl>
  </li>`;
}

/** Compared both ways; the rest (nobody answered, or nothing to compare) folds away. */
const compared = (d: FitDimension): boolean => d.fit !== null;

function list(title: string, dims: FitDimension[], ctx: DetailContext): TemplateResult | typeof nothing {
  return dims.length ? html`<h4>${title}</h4><ul class="dimension-list" role="list">${dims.map((d) => dimension(d, ctx))}</ul>` : nothing;
}

/** Everything below the detail heading. */
export function renderDetailBody(fit: FitResponse, ctx: DetailContext): TemplateResult {
  const { t, group, locale } = ctx;
  const l = fit.listing;
  const photos = (l.photos ?? []).map((p) => ({ ...p, src: ctx.resolve(p.url) })).filter((p) => p.src);
  const seekerDims = fit.dimensions.filter((d) => d.side !== 'project');
  const projectDims = fit.dimensions.filter((d) => d.side === 'project');
  const notCompared = fit.dimensions.filter((d) => !compared(d));
  const m = fit.match;
  const website = ctx.resolve(l.website);
  return html`
    ${photos.length
      ? html`<section class="gallery" aria-label=${t.detail.photos}>
          <ul role="list">
            ${photos.map((p) => html`<li><img src=${p.src!} alt=${p.alt} loading="lazy" decoding="async" /></li>`)}
          </ul>
        </section>`
      : nothing}
    ${m
      ? html`<div class="fit-summary">
          <p class="score-big ${m.score >= 60 ? 'high' : m.score >= 40 ? 'mid' : 'low'}">
            <span class="value">${formatNumber(locale, m.score)}</span>
            <span><strong>${t.card.scoreBand(m.score)}</strong><br /><span class="hint">${t.card.outOf}</span></span>
          </p>
          <dl class="fit-both">
            <div><dt>${t.detail.seekerFit}</dt><dd>${formatNumber(locale, m.seekerFit)}</dd></div>
            <div><dt>${group ? t.detail.projectFitGroup : t.detail.projectFit}</dt><dd>${formatNumber(locale, m.projectFit)}</dd></div>
          </dl>
        </div>`
      : html`<p class="notice warn">${t.detail.noMatch}</p>`}
    ${m && m.reasons.length
      ? html`<div class="reasons"><h3>${t.card.reasons}</h3><ul>${m.reasons.map((r) => reasonItem(r, ctx))}</ul></div>`
      : nothing}
    ${m && m.watchOuts.length
      ? html`<div class="watch"><h3>${t.card.watchOuts}</h3><ul>${m.watchOuts.map((r) => reasonItem(r, ctx))}</ul></div>`
      : nothing}
    <section class="about" aria-labelledby="about-heading">
      <h3 id="about-heading">${t.detail.about}</h3>
      ${l.summary ? html`<p class="lead">${l.summary}</p>` : nothing}
      ${(l.description ?? '')
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p) => html`<p>${p}</p>`)}
      ${website
        ? html`<p><a href=${website} target="_blank" rel="noopener noreferrer">${t.detail.website}<span class="sr-only"> ${t.newWindow}</span></a></p>`
        : nothing}
    </section>
    <section aria-labelledby="facts-heading">
      <h3 id="facts-heading">${t.detail.facts}</h3>
      ${facts(l, ctx)}
    </section>
    <section class="dimensions" aria-labelledby="fit-heading">
      <h3 id="fit-heading">${t.detail.fitTitle}</h3>
      <p class="hint">${t.detail.fitIntro}</p>
      ${list(group ? t.detail.seekerSideGroup : t.detail.seekerSide, seekerDims.filter(compared), ctx)}
      ${list(group ? t.detail.projectSideGroup : t.detail.projectSide, projectDims.filter(compared), ctx)}
      ${notCompared.length
        ? html`<details class="not-compared">
            <summary>${t.detail.notCompared(notCompared.length)}</summary>
            <ul class="dimension-list" role="list">${notCompared.map((d) => dimension(d, ctx))}</ul>
          </details>`
        : nothing}
    </section>
    ${adviceOffices(ctx)}
  `;
}
