/**
 * The yardstick of the widget's first question (`bench/widget.ts`): a bare LitElement with `html`
 * and `css` rendering one static form, no request, no state. Built like the widget (same esbuild
 * options: an ES module imported by a small classic script from next to itself, which mounts the
 * element after its tag) and loaded on the same host page, it shows what any Lit element costs
 * there; the widget's first question is measured against it in the same run.
 */
import { css, html, LitElement } from 'lit';

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

  override render() {
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

  override firstUpdated(): void {
    performance.mark('bring-together:first-question');
  }
}

if (!customElements.get('bare-lit-form')) customElements.define('bare-lit-form', BareForm);
