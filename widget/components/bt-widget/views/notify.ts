/** "Notify me" (later chunk, views/later.ts), in the empty results or opened under a result list: email, consent, Turnstile, then "confirm your address". */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { NotifyFormController } from '../../../internal/notify-form';
import { formTexts } from '../../../locales/forms';
import { notifyTexts } from '../../../locales/notify';
import type { NotifyProblem } from '../../../state/forms';
import type { PartView, WidgetHost } from '../host';
import { renderFieldError, renderNotice } from './notice';
import { formStyles } from './form.styles';
import { notifyStyles } from './notify.styles';

export function create(host: WidgetHost): PartView {
  host.adoptStyles([formStyles, notifyStyles]);
  const form = new NotifyFormController(host);
  return { render: () => renderNotify(host, form), enter: () => void host.a11y.moveTo('#notify-email') };
}

function renderNotify(host: WidgetHost, form: NotifyFormController): TemplateResult {
  const { t } = host;
  const n = notifyTexts[host.locale].notify;
  const f = formTexts[host.locale].form;
  const { email, consent, status, problems, error } = form.form;
  if (status === 'sent') {
    return html`<section class="notify sent" part="notify-form" aria-labelledby="notify-sent">
      <h3 id="notify-sent" tabindex="-1">${n.sentTitle}</h3>
      <p>${n.sent(email.trim())}</p>
    </section>`;
  }
  const text = (p: NotifyProblem | undefined) => (p === 'turnstile' ? f.turnstileFailed : p ? f.problems[p] : '');
  const emailProblem = text(problems.get('email'));
  const consentProblem = text(problems.get('consent'));
  const turnstileProblem = text(problems.get('turnstile'));
  const sending = status === 'sending';
  return html`
    <form class="notify" part="notify-form" novalidate aria-labelledby="notify-heading" @submit=${form.send} @focusin=${form.mountChallenge}>
      <h3 id="notify-heading">${n.title}</h3>
      <p>${n.text}</p>
      <div class="field ${emailProblem ? 'invalid' : ''}">
        <label for="notify-email">${n.email}</label>
        ${emailProblem ? renderFieldError(t, 'notify-email-error', emailProblem) : nothing}
        <input id="notify-email" type="email" autocomplete="email" spellcheck="false" .value=${live(email)}
          aria-invalid=${emailProblem ? 'true' : 'false'} aria-describedby=${emailProblem ? 'notify-email-error' : nothing} @input=${form.setEmail} />
      </div>
      ${consentProblem ? renderFieldError(t, 'notify-consent-error', consentProblem) : nothing}
      <label class="check ${consentProblem ? 'invalid' : ''}">
        <input id="notify-consent" type="checkbox" .checked=${live(consent)}
          aria-invalid=${consentProblem ? 'true' : 'false'} aria-describedby=${consentProblem ? 'notify-consent-error' : nothing} @change=${form.setConsent} />
        <span>${n.consent}</span>
      </label>
      ${form.interactive ? html`<div class="turnstile"><p class="hint">${f.turnstile}</p><slot name="bt-turnstile-notify"></slot></div>` : nothing}
      ${turnstileProblem ? html`<p class="field-error" role="alert">${turnstileProblem}</p>` : nothing}
      ${status === 'error' && error ? renderNotice(host, n.failed, error) : nothing}
      <div class="actions">
        <button type="submit" class="button primary" part="button button-primary" ?disabled=${sending}>
          ${sending ? n.sending : status === 'error' && error?.retryable ? t.errors.retry : n.submit}
        </button>
      </div>
    </form>
  `;
}
