/**
 * The yardstick of the widget's first question (`bench/widget.ts`): a bare LitElement with `html`
 * and `css` rendering one static form, no request, no state. Built like the widget (same esbuild
 * options: an ES module imported by a small classic script from next to itself, which mounts the
 * element after its tag) and loaded on the same host page, it shows what any Lit element costs
 * there; the widget's first question is measured against it in the same run.
 *
 * With a `key` whose configuration request the loader started (`data-key` on its script), it
 * renders the same form only once that answer has arrived and been parsed: the floor the widget's
 * one API request before its first question puts under any element on this stack.
 */
import { css, html, LitElement, nothing } from 'lit';
import { configPath, takeStartedConfig } from '../widget/api/config-request';

class BareForm extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: inherit;
    }
    form {
      padding: 1rem;
      border: 1px solid #dde2e7;
      border-radius: 0.75rem;
    }
    fieldset {
      margin: 0 0 1rem;
      border: 0;
      padding: 0;
    }
    label {
      display: flex;
      gap: 0.5rem;
      margin: 0.25rem 0;
    }
    button {
      min-height: 2.75rem;
      padding: 0.5em 1.25em;
      border: 2px solid #1f5c7a;
      border-radius: 0.5rem;
      background: #1f5c7a;
      color: #fff;
      font: inherit;
    }
  `;

  /** The configuration answer this element waits for, if its loader started one. */
  private pending?: Promise<unknown>;
  private marked = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const key = this.getAttribute('key');
    // The API is where this module came from, as the loader's script (`baseFrom` there).
    const started = key ? takeStartedConfig(this, `${new URL(import.meta.url).origin}${configPath(key)}`) : undefined;
    if (!started) return;
    // A failed request leaves the form unrendered: the bench then stops on its timeout, never
    // counting a run that did not do the widget's work.
    this.pending = started.then(async (r) => {
      if (!r.ok) throw new Error(`the configuration answered ${r.status}`);
      await r.json();
      this.pending = undefined;
      this.requestUpdate();
    });
    this.pending.catch((e: unknown) => console.error(e));
  }

  override render() {
    if (this.pending) return nothing;
    return html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <h2>Schritt 1 von 5</h2>
        <fieldset>
          <legend>Wer sucht?</legend>
          <label><input type="radio" name="who" value="household" /> Ein Haushalt</label>
          <label><input type="radio" name="who" value="group" /> Eine Gruppe</label>
        </fieldset>
        <button type="submit">Weiter</button>
      </form>
    `;
  }

  override updated(): void {
    if (this.marked || this.pending) return;
    this.marked = true;
    performance.mark('bring-together:first-question');
  }
}

if (!customElements.get('bare-lit-form')) customElements.define('bare-lit-form', BareForm);
