/**
 * The contact form's behaviour: a fresh draft per listing (name and email kept), checks as the
 * seeker corrects a flagged field, the spam check, sending with one `Idempotency-Key` per attempt
 * (a retry reuses it, so a request is never stored twice), and the API's refusals on the fields.
 * Its state is `journey.contact`; its Turnstile challenge lives as long as the contact screen.
 */
import { attemptFor } from '../api/attempt';
import { sendContactRequest } from '../api/writes';
import type { ContactRequestBody } from '../api/shapes';
import { contactTexts } from '../locales/contact';
import { contactProblemsOf, hasSensitiveAnswers, validateDraft } from '../state/contact';
import { emptyDraft, type ContactDraft, type ContactProblems, type FormStatus } from '../state/forms';
import { listingTitle } from '../state/journey-search';
import { requestAnswers } from '../state/request-answers';
import type { WidgetHost } from '../components/bt-widget/host';
import { FormController } from './form';
import { errorText } from './error-text';

type DraftField = 'name' | 'email' | 'message' | 'consentContact' | 'shareNeeds';

export class ContactFormController extends FormController<'contact'> {
  constructor(host: WidgetHost) {
    super(host, 'contact', 'bt-turnstile-contact');
  }

  /** Back, cancel and start over leave the screen and end the challenge. */
  protected shown(): boolean {
    return this.host.journey.screen === 'contact';
  }

  /** The seeker opens the form; after a request to another listing, a new draft (name and email kept). */
  open(): void {
    const { draft, sent } = this.form;
    const again = sent && sent.listingId !== this.host.journey.listingId;
    const next = again ? { ...emptyDraft(), name: draft.name, email: draft.email } : draft;
    const done = again ? undefined : sent;
    this.update({ draft: next, sent: done, status: done ? 'sent' : 'editing', problems: new Map(), error: undefined });
    if (!done) void this.spamCheck.mount(this.host.locale);
    void this.host.a11y.moveTo(done ? '#sent-heading' : '#contact-heading');
  }

  input(field: DraftField, e: Event): void {
    const input = e.target as HTMLInputElement | HTMLTextAreaElement;
    const value = input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value;
    const draft: ContactDraft = { ...this.form.draft, [field]: value };
    let { problems } = this.form;
    if (field !== 'shareNeeds' && problems.has(field)) {
      problems = new Map(problems);
      const problem = validateDraft(draft, [field]).get(field);
      if (problem) problems.set(field, problem);
      else problems.delete(field);
    }
    this.update({ draft, problems });
  }

  send = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const { host } = this;
    const key = host.publishableKey;
    const listingId = host.journey.listingId;
    if (!key || !listingId || this.form.status === 'sending') return;
    const problems = validateDraft(this.form.draft);
    if (problems.size) return this.showProblems(problems);
    const texts = contactTexts[host.locale].contact;
    this.update({ problems: new Map(), error: undefined, status: 'sending' });
    host.a11y.announce(texts.sending);
    const token = await this.spamCheck.token();
    if (!token) {
      this.spamCheck.reset();
      return this.showProblems(new Map([['turnstile', 'turnstile']]), 'editing');
    }
    const answers = requestAnswers(host.catalogue, host.journey.progress);
    const d = this.form.draft;
    const body: ContactRequestBody = {
      key,
      listingId,
      answers,
      locale: host.locale,
      name: d.name.trim(),
      email: d.email.trim(),
      message: d.message.trim(),
      consent: { contact: true, shareNeeds: d.shareNeeds && hasSensitiveAnswers(host.catalogue, answers), textVersion: host.embed.consentTextVersion },
      turnstileToken: token,
    };
    const attempt = attemptFor(d.attempt, JSON.stringify(body));
    this.update({ draft: { ...d, attempt } });
    const title = listingTitle(host.journey);
    const outcome = await host.requests.write(() => sendContactRequest(host.client, body, { idempotencyKey: attempt.idempotencyKey }));
    if (outcome.ok) {
      const created = outcome.value;
      this.update({ sent: { ...created, listingId, email: body.email, title }, status: 'sent' });
      this.spamCheck.dispose();
      host.a11y.announce(texts.sentTitle);
      await host.a11y.moveTo('#sent-heading');
      host.emit('bt-contact-sent', { id: created.id, listingId, score: created.score, confirmationEmail: created.confirmationEmail });
      return;
    }
    const { error } = outcome;
    host.emit('bt-error', { code: error.code, status: error.status, stage: 'contact' });
    const refused = contactProblemsOf(error);
    if (refused) {
      if (refused.has('turnstile')) this.spamCheck.reset();
      return this.showProblems(refused, 'editing');
    }
    this.update({ error, status: 'error' });
    host.a11y.announce(`${texts.failed} ${errorText(host, error)}`);
    void host.a11y.moveTo('#error-notice');
  };

  private showProblems(problems: ContactProblems, status?: FormStatus): void {
    this.update(status ? { problems, status } : { problems });
    void this.host.a11y.moveTo('#contact-errors');
  }
}
