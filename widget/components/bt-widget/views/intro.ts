/** The first screen: what the search is, what is stored, the statistics opt-out, start or resume. */
import { html, nothing, type TemplateResult } from 'lit';
import { hasAnswers } from '../../../state/questionnaire';
import type { WidgetHost } from '../host';

export function renderIntro(host: WidgetHost): TemplateResult {
  const { embed, questionnaire } = host;
  const t = host.t.intro;
  const started = hasAnswers(host.journey.progress);
  const privacyUrl = host.client.resolve(embed.privacyUrl);
  // The opt-out box needs no live(): its change handler keeps the state equal to the box.
  return html`
    <section class="view intro" aria-labelledby="intro-heading">
      <p class="eyebrow">${embed.organization.name}</p>
      <h2 id="intro-heading" class="heading" part="heading" tabindex="-1">${t.title}</h2>
      <p class="lead">${t.lead(host.steps.length || host.catalogue.steps.length)}</p>
      <p class="facts">${t.facts}</p>
      <div class="privacy">
        <h3>${t.privacyTitle}</h3>
        <ul>
          <li>${t.privacySession}</li>
          <li>${t.privacyMatching}</li>
          <li>${t.privacyStats(embed.organization.name)}</li>
        </ul>
        <label class="check">
          <input type="checkbox" .checked=${host.journey.statsOptOut} @change=${questionnaire.optOut} />
          <span>${t.optOut}</span>
        </label>
        ${privacyUrl
          ? html`<p class="privacy-link">
              <a href=${privacyUrl} target="_blank" rel="noopener noreferrer">${t.privacyLink}<span class="sr-only"> ${t.newWindow}</span></a>
            </p>`
          : nothing}
      </div>
      ${started ? html`<p class="note">${t.resumeNote}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button primary" part="button button-primary" @click=${questionnaire.start}>${started ? t.resume : t.start}</button>
        <button type="button" class="button secondary" part="button button-secondary" @click=${questionnaire.browse}>${t.browse}</button>
        <button type="button" class="button secondary" part="button button-secondary" @click=${questionnaire.groups}>${t.groups}</button>
        ${started
          ? html`<button type="button" class="button secondary" part="button button-secondary" @click=${questionnaire.startOver}>
              ${host.t.search.startOver}
            </button>`
          : nothing}
      </div>
    </section>
  `;
}
