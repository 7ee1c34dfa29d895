/**
 * The classic script of the bare Lit element (`bare-lit-element.ts`), as widget.js is the widget's.
 * With `data-key` (the floor of one request, `bench/widget.ts`) it starts the widget's
 * configuration request for the element exactly as widget.js does, in parallel with the module.
 */
import { baseFrom, startConfig } from '../widget/api/config-request';

const script = document.currentScript as HTMLScriptElement;
const el = document.createElement('bare-lit-form');
const key = script.dataset.key?.trim();
if (key) {
  el.setAttribute('key', key);
  startConfig(el, baseFrom(undefined, new URL(script.src).origin), key);
}
script.after(el);
void import(new URL('./bare-lit-element.js', script.src).href);
