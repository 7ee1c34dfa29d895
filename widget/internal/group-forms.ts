/**
 * The behaviour of the groups' two forms (joining the pool, starting an initiative), like the
 * contact form's: a flagged field is checked again as the seeker corrects it, the spam check mounts
 * once the seeker enters the form, sending uses one `Idempotency-Key` per attempt (a retry of the
 * same body reuses it, so nothing is stored twice), and the API's refusals show at their fields.
 * The state lives in the controller for the widget's life (as "Browse all" keeps its filters) until
 * "start over"; leaving the groups screen lets the challenge go.
 */
import type { ReactiveController } from 'lit';
import { attemptFor } from '../api/attempt';
import type { WidgetHost } from '../components/bt-widget/host';
import { groupProblemsOf, type GroupForm, type GroupProblem } from '../state/groups';
import { hasAnswers } from '../state/questionnaire';
import { errorText } from './error-text';
import { Challenge } from './turnstile';

export interface GroupFormSpec<D, F extends string, B> {
  /** The `<slot>` in the form that shows the challenge. */
  slot: string;
  /** Ids in the form: `${prefix}-${field}` for each field, `${prefix}-errors`, `${prefix}-sent`. */
  prefix: string;
  fields: readonly F[];
  fresh(): D;
  validate(draft: D): Map<F, GroupProblem>;
  body(draft: D, turnstileToken: string): B;
  submit(body: B, idempotencyKey: string): Promise<void>;
  /** What is announced: sending, sent (the heading of the confirmation), failed. */
  texts(): { sending: string; sentTitle: string; failed: string };
}

export class GroupFormController<D extends object, F extends string, B> implements ReactiveController {
  form: GroupForm<D, F>;
  /** The form is open (its offer's button was pressed). */
  open = false;
  private challenge: Challenge | undefined;

  constructor(
    private readonly host: WidgetHost,
    private readonly spec: GroupFormSpec<D, F, B>,
  ) {
    this.form = { draft: spec.fresh(), status: 'editing', problems: new Map() };
    host.addController(this);
  }

  /**
   * Leaving the groups screen (back, start over) ends the challenge; "start over" (no answers left)
   * also forgets what was typed, as it does for the contact form.
   */
  hostUpdate(): void {
    const { journey } = this.host;
    if (journey.screen !== 'groups') this.challenge?.dispose();
    if (!hasAnswers(journey.progress) && this.form.status !== 'sending' && (this.open || this.form.status !== 'editing')) {
      this.form = { draft: this.spec.fresh(), status: 'editing', problems: new Map() };
      this.open = false;
    }
  }

  /** Turnstile shows a challenge (real site keys only); then the form makes room for it. */
  get interactive(): boolean {
    return Boolean(this.challenge?.interactive);
  }

  private get spamCheck(): Challenge {
    return (this.challenge ??= new Challenge(this.host, this.host.embed.turnstileSitekey, this.spec.slot, () => this.host.requestUpdate()));
  }

  private update(changes: Partial<GroupForm<D, F>>): void {
    this.form = { ...this.form, ...changes };
    this.host.requestUpdate();
  }

  /** The offer's button: the form in its place, focus on its heading. */
  show(draft?: D): void {
    if (!this.open && draft && this.form.status !== 'sent') this.form = { ...this.form, draft };
    this.open = true;
    this.host.requestUpdate();
    void this.host.a11y.moveTo(`#${this.spec.prefix}-${this.form.status === 'sent' ? 'sent' : 'heading'}`);
  }

  /** On the first focus inside the form: Turnstile's challenge (real site keys only). */
  mountChallenge = (): void => {
    if (this.form.status !== 'sent') void this.spamCheck.mount(this.host.locale);
  };

  /** A text field, a single choice or a checkbox of its own. */
  input(field: F, e: Event): void {
    const el = e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    this.set(field, el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value);
  }

  /** One checkbox of a list (kinds of place, legal forms, age bands). */
  toggle(field: F, value: string, e: Event): void {
    const on = (e.target as HTMLInputElement).checked;
    const list = (this.form.draft as Record<F, unknown>)[field];
    const values = Array.isArray(list) ? (list as string[]).filter((v) => v !== value) : [];
    this.set(field, on ? [...values, value] : values);
  }

  private set(field: F, value: unknown): void {
    const draft = { ...this.form.draft, [field]: value } as D;
    let { problems } = this.form;
    if (problems.has(field)) {
      problems = new Map(problems);
      const problem = this.spec.validate(draft).get(field);
      if (problem) problems.set(field, problem);
      else problems.delete(field);
    }
    this.update({ draft, problems });
  }

  send = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const { host, spec } = this;
    if (this.form.status === 'sending') return;
    const problems = spec.validate(this.form.draft);
    if (problems.size) return this.showProblems(problems);
    const texts = spec.texts();
    this.update({ problems: new Map(), error: undefined, status: 'sending' });
    host.a11y.announce(texts.sending);
    const challenge = this.spamCheck;
    void challenge.mount(host.locale);
    const token = await challenge.token();
    if (!token) {
      challenge.reset();
      return this.showProblems(new Map([['turnstile', 'turnstile']]), 'editing');
    }
    const body = spec.body(this.form.draft, token);
    const attempt = attemptFor(this.form.attempt, JSON.stringify(body));
    this.update({ attempt });
    const outcome = await host.requests.write(() => spec.submit(body, attempt.idempotencyKey));
    if (outcome.ok) {
      this.update({ status: 'sent' });
      challenge.dispose();
      host.a11y.announce(texts.sentTitle);
      void host.a11y.moveTo(`#${spec.prefix}-sent`);
      return;
    }
    const { error } = outcome;
    host.emit('bt-error', { code: error.code, status: error.status, stage: 'groups' });
    const refused = groupProblemsOf(error, spec.fields);
    if (refused) {
      if (refused.has('turnstile')) challenge.reset();
      return this.showProblems(refused, 'editing');
    }
    this.update({ error, status: 'error' });
    host.a11y.announce(`${texts.failed} ${errorText(host, error)}`);
    void host.a11y.moveTo(`#${spec.prefix}-failed`);
  };

  private showProblems(problems: Map<F | 'turnstile', GroupProblem>, status?: GroupForm<D, F>['status']): void {
    this.update(status ? { problems, status } : { problems });
    void this.host.a11y.moveTo(`#${this.spec.prefix}-errors`);
  }
}
