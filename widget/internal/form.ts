/**
 * What both forms share (contact request, "notify me"): their state is a part of the journey,
 * changed as a whole, and Turnstile's challenge for them is created on first use.
 */
import type { ReactiveController } from 'lit';
import type { WidgetHost } from '../components/bt-widget/host';
import type { Journey } from '../state/journey';
import { Challenge } from './turnstile';

export abstract class FormController<K extends 'contact' | 'notify'> implements ReactiveController {
  private challenge: Challenge | undefined;

  constructor(
    protected readonly host: WidgetHost,
    private readonly part: K,
    /** Name of the `<slot>` in the form that shows the challenge. */
    private readonly slot: string,
  ) {
    host.addController(this);
  }

  /** Whether the form is still shown (else the challenge is let go). */
  protected abstract shown(): boolean;

  hostUpdate(): void {
    if (!this.shown()) this.challenge?.dispose();
  }

  get form(): Journey[K] {
    return this.host.journey[this.part];
  }

  /** Turnstile shows a challenge (real site keys only); then the form makes room for it. */
  get interactive(): boolean {
    return Boolean(this.challenge?.interactive);
  }

  protected update(changes: Partial<Journey[K]>): void {
    this.host.patch({ [this.part]: { ...this.form, ...changes } });
  }

  protected get spamCheck(): Challenge {
    return (this.challenge ??= new Challenge(this.host, this.host.embed.turnstileSitekey, this.slot, () => this.host.requestUpdate()));
  }
}
