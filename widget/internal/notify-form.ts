/**
 * The "notify me" form's behaviour (a saved search with double opt-in): the spam check mounts
 * once the seeker enters the form, sending uses one `Idempotency-Key` per attempt, and a refused
 * address or spam check shows at its field. Its state is `journey.notify`.
 */
import { attemptFor } from '../api/attempt';
import { sendSavedSearch } from '../api/writes';
import type { SavedSearchBody } from '../api/shapes';
import type { WidgetHost } from '../components/bt-widget/host';
import { notifyTexts } from '../locales/notify';
import { notifyProblemsOf, validateNotify } from '../state/notify';
import { requestAnswers } from '../state/request-answers';
import { FormController } from './form';
import { errorText } from './error-text';
import type { Challenge } from './turnstile';

export class NotifyFormController extends FormController<'notify'> {
  constructor(host: WidgetHost) {
    super(host, 'notify', 'bt-turnstile-notify');
  }

  /** The form stays while there are results (also across a detail and back); start over ends it. */
  protected shown(): boolean {
    return this.host.journey.results !== undefined;
  }

  /** On the first focus inside the form: Turnstile's challenge (real site keys only). */
  mountChallenge = (): Challenge | undefined => {
    if (this.form.status === 'sent') return undefined;
    void this.spamCheck.mount(this.host.locale);
    return this.spamCheck;
  };

  setEmail = (e: Event): void => {
    const email = (e.target as HTMLInputElement).value;
    const problems = new Map(this.form.problems);
    problems.delete('email');
    this.update({ email, problems });
  };

  setConsent = (e: Event): void => {
    const consent = (e.target as HTMLInputElement).checked;
    const problems = new Map(this.form.problems);
    if (consent) problems.delete('consent');
    this.update({ consent, problems });
  };

  send = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const { host } = this;
    const key = host.publishableKey;
    const { email, consent, status } = this.form;
    if (!key || status === 'sending') return;
    const problems = validateNotify(email, consent);
    if (problems.size) {
      this.update({ problems });
      void host.a11y.moveTo(problems.has('email') ? '#notify-email' : '#notify-consent');
      return;
    }
    this.update({ problems: new Map(), error: undefined, status: 'sending' });
    const challenge = this.mountChallenge()!;
    const token = await challenge.token();
    if (!token) {
      this.update({ status: 'editing', problems: new Map([['turnstile', 'turnstile']]) });
      challenge.reset();
      return;
    }
    const body: SavedSearchBody = {
      key,
      answers: requestAnswers(host.catalogue, host.journey.progress),
      email: email.trim(),
      locale: host.locale,
      consent: { notify: true, textVersion: host.embed.consentTextVersion },
      turnstileToken: token,
    };
    const attempt = attemptFor(this.form.attempt, JSON.stringify(body));
    this.update({ attempt });
    const outcome = await host.requests.write(() => sendSavedSearch(host.client, body, { idempotencyKey: attempt.idempotencyKey }));
    const texts = notifyTexts[host.locale].notify;
    if (outcome.ok) {
      this.update({ status: 'sent' });
      challenge.dispose();
      host.a11y.announce(texts.sentTitle);
      void host.a11y.moveTo('#notify-sent');
      return;
    }
    const { error } = outcome;
    host.emit('bt-error', { code: error.code, status: error.status, stage: 'notify' });
    const refused = notifyProblemsOf(error);
    if (refused) {
      if (refused.has('turnstile')) challenge.reset();
      this.update({ status: 'editing', problems: refused });
      return;
    }
    this.update({ error, status: 'error' });
    host.a11y.announce(`${texts.failed} ${errorText(host, error)}`);
  };
}
