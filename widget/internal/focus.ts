/**
 * Where attention goes when the screen changes (WCAG 2.4.3, 4.1.3): focus moves to the new
 * screen's heading (or its error summary) once it is rendered, and what happened is announced in
 * a polite live region. Focus waits for a screen whose chunk is still loading; a later move wins.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class FocusController implements ReactiveController {
  private announcement = '';
  private moves = 0;

  constructor(
    private readonly host: Host,
    /** Settles when the current screen can render (its chunk has loaded or failed). */
    private readonly screenReady: () => Promise<unknown>,
  ) {
    host.addController(this);
  }

  /** A move still waiting when the element leaves the page is dropped. */
  hostDisconnected(): void {
    this.moves++;
  }

  /** Polite announcement; the region is cleared first so the same text is announced again. */
  announce(text: string): void {
    this.announcement = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.announcement = text;
      this.host.requestUpdate();
    });
  }

  /** Moves focus after the next render, scrolling only when the target is out of view. */
  async moveTo(selector: string): Promise<void> {
    const move = ++this.moves;
    await this.host.updateComplete;
    await this.screenReady();
    await this.host.updateComplete;
    const el = this.host.renderRoot.querySelector<HTMLElement>(selector);
    if (move !== this.moves || !el) return;
    el.focus({ preventScroll: true });
    const rect = el.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight) el.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /** An error summary link: scrolls its field to the middle and focuses it (`focusControl` if it has one). */
  jumpTo(e: Event, selector: string): void {
    e.preventDefault();
    const el = this.host.renderRoot.querySelector<HTMLElement & { focusControl?: () => void }>(selector);
    el?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    if (el?.focusControl) el.focusControl();
    else el?.focus({ preventScroll: true });
  }

  render(): TemplateResult {
    return html`<div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }
}
