/**
 * The detail screen (later chunk, views/later.ts): the way back, kind, place and distance, the listing's title as
 * heading, then its loading or failure state or the listing in full, and "contact".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { detailTexts } from '../../../locales/detail';
import { kickerText } from '../../../locales/listing-format';
import { resultsTexts } from '../../../locales/results';
import { resultFor, valueOf } from '../../../state/journey-search';
import type { PartView, WidgetHost } from '../host';
import { renderDetailBody } from './detail-body';
import { renderLoading } from './error';
import { renderNotice } from './notice';
import { listingStyles } from './listing.styles';

export function create(host: WidgetHost): PartView {
  host.adoptStyles([listingStyles]);
  return { render: () => renderDetail(host), enter: () => void host.a11y.moveTo('#detail-heading') };
}

function renderDetail(host: WidgetHost): TemplateResult {
  const { journey, locale, group, t } = host;
  const texts = { ...resultsTexts[locale], ...detailTexts[locale], newWindow: t.intro.newWindow };
  const loaded = journey.detail ?? { status: 'loading' };
  const fit = valueOf(loaded);
  const match = resultFor(journey, journey.listingId);
  const summary = fit?.listing ?? match?.listing;
  const kicker = summary ? kickerText(locale, texts.card, summary, fit?.match?.distanceKm ?? match?.distanceKm) : '';
  const ctx = { t: texts, locale, catalogue: host.catalogue, group, offices: host.adviceOffices, resolve: (u: string | null | undefined) => host.client.resolve(u) };
  return html`
    <article class="view detail" part="detail" aria-labelledby="detail-heading" aria-busy=${loaded.status === 'loading' ? 'true' : 'false'}>
      <p class="back">
        <button type="button" class="link-button" @click=${host.search.backToResults}><span aria-hidden="true">← </span>${journey.back ? texts.detail.backToAll : texts.detail.back}</button>
      </p>
      ${kicker ? html`<p class="eyebrow">${kicker}</p>` : nothing}
      <h2 id="detail-heading" class="heading" part="heading" tabindex="-1">${summary?.title ?? texts.listing.loading}</h2>
      ${loaded.status === 'loading' ? renderLoading(texts.listing.loading) : nothing}
      ${loaded.status === 'error' ? renderNotice(host, texts.listing.failed, loaded.error, '', () => void host.search.loadDetail(false)) : nothing}
      ${fit ? renderDetailBody(fit, ctx) : nothing}
      <div class="actions">
        ${fit
          ? html`<button type="button" class="button primary" part="button button-primary" @click=${host.search.openContact}>
              ${group ? texts.detail.contactGroup : texts.detail.contact}
            </button>`
          : nothing}
      </div>
    </article>
  `;
}
