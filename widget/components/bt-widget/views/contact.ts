/**
 * The contact screen (later chunk, views/later.ts): name, email and message, a preview of exactly what the project
 * sees, the consents, Turnstile, and the confirmation with the manage-link note.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ContactFormController } from '../../../internal/contact-form';
import { contactTexts } from '../../../locales/contact';
import { formTexts } from '../../../locales/forms';
import { resultsTexts } from '../../../locales/results';
import { hasSensitiveAnswers } from '../../../state/contact';
import type { ContactField, ContactProblem } from '../../../state/forms';
import { listingTitle, resultFor, valueOf } from '../../../state/journey-search';
import { requestAnswers } from '../../../state/request-answers';
import type { PartView, WidgetHost } from '../host';
import { renderFieldError, renderNotice } from './notice';
import { formStyles } from './form.styles';
import { listingStyles } from './listing.styles';
import { renderPreview } from './preview';

export function create(host: WidgetHost): PartView {
  host.adoptStyles([listingStyles, formStyles]);
  const form = new ContactFormController(host);
  return { render: () => renderContact(host, form), enter: () => form.open() };
}

type Field = ContactField | 'turnstile';
const IDS: Record<Field, string> = { name: 'c-name', email: 'c-email', message: 'c-message', consentContact: 'c-consent', turnstile: 'c-turnstile' };

function renderSent(host: WidgetHost, form: ContactFormController): TemplateResult {
  const c = contactTexts[host.locale].contact;
  const sent = form.form.sent!;
  return html`
    <section class="view contact sent" aria-labelledby="sent-heading">
      <h2 id="sent-heading" class="heading" part="heading" tabindex="-1">${c.sentTitle}</h2>
      <p class="notice success">${c.sent(sent.title)}</p>
      <p>${sent.confirmationEmail === 'sent' ? c.sentMail(sent.email) : c.sentMailFailed}</p>
      <div class="actions">
        <button type="button" class="button primary" part="button button-primary" @click=${host.search.backToResults}>${c.backToResults}</button>
        <button type="button" class="button secondary" part="button button-secondary" @click=${host.questionnaire.startOver}>${host.t.search.startOver}</button>
      </div>
    </section>
  `;
}

function renderContact(host: WidgetHost, form: ContactFormController): TemplateResult {
  const { status, draft: d, problems, error, sent } = form.form;
  if (status === 'sent' && sent) return renderSent(host, form);
  const { t, journey, group } = host;
  const c = contactTexts[host.locale].contact;
  const f = formTexts[host.locale].form;
  const title = listingTitle(journey);
  const match = valueOf(journey.detail)?.match ?? resultFor(journey, journey.listingId) ?? null;
  const answers = requestAnswers(host.catalogue, journey.progress);
  const problemText = (p: ContactProblem | 'turnstile') => (p === 'turnstile' ? f.turnstileFailed : f.problems[p]);
  const labels: Record<Field, string> = { name: c.name, email: c.email, message: c.message, consentContact: c.consentTitle, turnstile: f.turnstile };
  const err = (field: ContactField) => {
    const p = problems.get(field);
    return p ? renderFieldError(t, `${IDS[field]}-error`, problemText(p)) : nothing;
  };
  const invalid = (field: ContactField) => (problems.has(field) ? 'true' : 'false');
  const described = (field: ContactField, hint?: string) => [problems.has(field) ? `${IDS[field]}-error` : '', hint ?? ''].filter(Boolean).join(' ') || nothing;
  const on = (field: Parameters<ContactFormController['input']>[0]) => (e: Event) => form.input(field, e);

  return html`
    <form class="view contact" part="contact-form" novalidate aria-labelledby="contact-heading" @submit=${form.send}>
      <p class="back">
        <button type="button" class="link-button" @click=${host.search.cancelContact}><span aria-hidden="true">← </span>${c.cancel}</button>
      </p>
      <h2 id="contact-heading" class="heading" part="heading" tabindex="-1">${c.title(title)}</h2>
      <p class="lead">${group ? c.introGroup : c.intro}</p>
      ${problems.size
        ? html`<div id="contact-errors" class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="contact-errors-title">
            <h3 id="contact-errors-title">${t.validation.summaryTitle}</h3>
            <ul>
              ${[...problems].map(
                ([field, p]) => html`<li>
                  <a href=${`#${IDS[field]}`} @click=${(e: Event) => host.a11y.jumpTo(e, `#${IDS[field]}`)}>${labels[field]} – ${problemText(p)}</a>
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${status === 'error' && error ? renderNotice(host, c.failed, error, c.draftKept) : nothing}
      <div class="field ${problems.has('name') ? 'invalid' : ''}">
        <label for="c-name">${c.name}</label>
        ${err('name')}
        <input id="c-name" type="text" autocomplete="name" maxlength="120" .value=${live(d.name)}
          aria-invalid=${invalid('name')} aria-describedby=${described('name')} @input=${on('name')} />
      </div>
      <div class="field ${problems.has('email') ? 'invalid' : ''}">
        <label for="c-email">${c.email}</label>
        <p class="hint" id="c-email-hint">${c.emailHint}</p>
        ${err('email')}
        <input id="c-email" type="email" autocomplete="email" spellcheck="false" maxlength="254" .value=${live(d.email)}
          aria-invalid=${invalid('email')} aria-describedby=${described('email', 'c-email-hint')} @input=${on('email')} />
      </div>
      <div class="field ${problems.has('message') ? 'invalid' : ''}">
        <label for="c-message">${c.message}</label>
        <p class="hint" id="c-message-hint">${c.messageHint}</p>
        ${err('message')}
        <textarea id="c-message" rows="6" maxlength="4000" .value=${live(d.message)}
          aria-invalid=${invalid('message')} aria-describedby=${described('message', 'c-message-hint')} @input=${on('message')}></textarea>
      </div>
      ${renderPreview({
        t: { ...contactTexts[host.locale], card: resultsTexts[host.locale].card, question: t.question },
        locale: host.locale,
        catalogue: host.catalogue,
        answers,
        group,
        draft: d,
        score: match ? { score: match.score, reasons: match.reasons, watchOuts: match.watchOuts } : null,
      })}
      <fieldset class="consents">
        <legend>${c.consentTitle}</legend>
        ${err('consentContact')}
        <label class="check ${problems.has('consentContact') ? 'invalid' : ''}">
          <input id="c-consent" type="checkbox" .checked=${live(d.consentContact)}
            aria-invalid=${invalid('consentContact')} aria-describedby=${described('consentContact')} @change=${on('consentContact')} />
          <span>${c.consentContact(title)}</span>
        </label>
        ${hasSensitiveAnswers(host.catalogue, answers)
          ? html`<label class="check">
              <input id="c-needs" type="checkbox" .checked=${live(d.shareNeeds)} @change=${on('shareNeeds')} />
              <span>${c.consentNeeds}</span>
            </label>`
          : nothing}
      </fieldset>
      ${form.interactive
        ? html`<div class="turnstile" id="c-turnstile" tabindex="-1"><p class="hint">${f.turnstile}</p><slot name="bt-turnstile-contact"></slot></div>`
        : nothing}
      <div class="actions">
        <button type="submit" class="button primary" part="button button-primary" ?disabled=${status === 'sending'}>
          ${status === 'sending' ? c.sending : status === 'error' && error?.retryable ? t.errors.retry : c.submit}
        </button>
      </div>
    </form>
  `;
}
