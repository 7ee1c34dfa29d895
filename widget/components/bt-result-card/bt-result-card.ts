import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { checkIcon, crossIcon, infoIcon, reasonList } from './reasons';
import type { Alternative, BrowseListing, Locale, Match } from '../../api/shapes';
import { formatNumber } from '../../locales/format';
import { costText, formatEuros, kickerText } from '../../locales/listing-format';
import type { ResultsTexts } from '../../locales/results';
import { sharedStyles } from '../../styles/shared.styles';
import { resultCardStyles } from './bt-result-card.styles';

/** A listing as "Browse all" shows it: no score, no reasons; "Does this fit me?" and its public page instead. */
export interface BrowsedCard {
  listing: BrowseListing;
}

/** At most this many "keep in mind" points per card. */
const MAX_WATCH_OUTS = 2;

const houseIcon = svg`<svg viewBox="0 0 48 48" aria-hidden="true" focusable="false"><path fill="currentColor" d="M24 6 4 22h5v20h11V30h8v12h11V22h5L24 6Z"/></svg>`;

/**
 * One match: photo, title, place and distance, the score in words and number, key facts, and the
 * reasons why it fits plus up to two points to keep in mind. A browsed listing (no questionnaire
 * behind it) shows the facts, "Does this fit me?" and a link to its public page.
 *
 * Internal to `<bring-together-widget>`, which forwards its parts.
 *
 * @csspart card - The card (`<article>`).
 * @csspart card-photo - The photo area.
 * @csspart score - The score badge ("passt sehr gut · 86").
 * @csspart button - The "details" button.
 * @fires bt-card-open - (internal, not composed) The seeker asked for the details (or, browsing, whether it fits). `detail: { listingId }`
 */
export class BtResultCard extends LitElement {
  static override styles = [sharedStyles, resultCardStyles];

  static override properties = {
    match: { attribute: false },
    texts: { attribute: false },
    locale: { attribute: false },
    photoUrl: { attribute: false },
    photoFailed: { state: true },
  };

  /** An `Alternative` (a near miss) also lists what it failed. */
  declare match: Match | Alternative | BrowsedCard;
  /** `newWindow` names what the public page's link does (browsing only). */
  declare texts: ResultsTexts & { newWindow?: string };
  declare locale: Locale;
  /** Absolute photo URL (resolved against the API by the widget), if any. */
  declare photoUrl: string | undefined;
  declare private photoFailed: boolean;

  constructor() {
    super();
    this.photoFailed = false;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('photoUrl')) this.photoFailed = false;
  }

  override render(): TemplateResult {
    const m = this.match;
    const { listing } = m;
    const t = this.texts;
    const loc = this.locale;
    const scored = 'score' in m ? m : undefined;
    const kicker = kickerText(loc, t.card, listing, scored?.distanceKm);
    const pageUrl = 'pageUrl' in listing ? listing.pageUrl : undefined;
    const photo = this.photoUrl && !this.photoFailed ? listing.photo : null;

    return html`
      <article class="card" part="card" aria-labelledby="title">
        <div class="photo" part="card-photo">
          ${photo && this.photoUrl
            ? html`<img
                src=${this.photoUrl}
                alt=${photo.alt}
                loading="lazy"
                decoding="async"
                @error=${() => (this.photoFailed = true)}
              />`
            : houseIcon}
        </div>
        <div class="body">
          <h3 id="title" class="title">${listing.title}</h3>
          ${scored ? this.scoreBadge(scored.score) : nothing}
          <p class="kicker">${kicker}</p>
          ${listing.summary ? html`<p class="summary">${listing.summary}</p>` : nothing}
          <dl class="facts">
            ${this.fact(t.card.cost, costText(loc, t.card, listing))}
            ${listing.equityRequiredCents > 0 ? this.fact(t.card.equity, formatEuros(loc, listing.equityRequiredCents)) : nothing}
            ${this.fact(t.card.stage, t.stage[listing.stage] ?? listing.stage)}
            ${this.fact(t.card.legalForm, t.legalForm[listing.legalForm] ?? listing.legalForm)}
            ${listing.kind === 'project' && listing.freePlaces > 0 ? this.fact(t.card.freePlaces, formatNumber(loc, listing.freePlaces)) : nothing}
            ${listing.barrierFree ? this.fact(t.card.barrierFree, t.card.yes) : nothing}
          </dl>
          ${scored ? reasonList(t.card.reasons, 'reasons', scored.reasons, checkIcon) : nothing}
          ${'failed' in m ? reasonList(t.card.failed, 'failed', m.failed, crossIcon) : nothing}
          ${scored ? reasonList(t.card.watchOuts, 'watch', scored.watchOuts.slice(0, MAX_WATCH_OUTS), infoIcon) : nothing}
          <p class="more">
            <button type="button" class="button secondary" part="button button-secondary" @click=${this.open}>
              ${scored ? t.card.details : t.card.fitsMe}<span class="sr-only">: ${listing.title}</span>
            </button>
            ${pageUrl
              ? html`<a class="page-link" href=${pageUrl} target="_blank" rel="noopener noreferrer"
                  >${t.card.page}<span class="sr-only">: ${listing.title} ${t.newWindow ?? ''}</span></a
                >`
              : nothing}
          </p>
        </div>
      </article>
    `;
  }

  /** Puts focus back on the "details" button (after returning from the detail view). */
  focusDetails(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('.more button')?.focus({ preventScroll: true });
  }

  private open = (): void => {
    this.dispatchEvent(new CustomEvent('bt-card-open', { detail: { listingId: this.match.listing.id }, bubbles: true }));
  };

  private scoreBadge(score: number): TemplateResult {
    const t = this.texts.card;
    return html`<p class="score ${score >= 60 ? 'high' : score >= 40 ? 'mid' : 'low'}" part="score">
      <span class="dot" aria-hidden="true"></span>
      <span>${t.scoreBand(score)}</span><span aria-hidden="true">·</span><span class="value">${formatNumber(this.locale, score)}</span
      ><span class="sr-only"> ${t.outOf}</span>
    </p>`;
  }

  private fact(term: string, value: string): TemplateResult {
    return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
  }
}
