/**
 * Entry of widget.js (one classic script, IIFE). Defines the custom elements and mounts one
 * `<bring-together-widget>` right after the `<script data-key="pk_…">` tag that loaded it:
 *
 *   <script src="https://HOST/widget.js" data-key="pk_…" async></script>
 *
 * Optional `data-api` and `data-lang` become the element's `api` and `lang`. The element can also
 * be written anywhere by hand (`<bring-together-widget key="pk_…">`); then the tag needs no
 * `data-key`. `document.currentScript` is only set while this file first runs (also with `async`,
 * never in modules), so it is read right here, synchronously.
 */
import { setScriptOrigin } from './api/base';
import { BtQuestion } from './components/bt-question/bt-question';
import { BtResultCard } from './components/bt-result-card/bt-result-card';
import { BtWidget } from './components/bt-widget/bt-widget';
import { defineElement } from './define';

const WIDGET_TAG = 'bring-together-widget';

const script = document.currentScript;

if (script instanceof HTMLScriptElement && script.src) {
  try {
    setScriptOrigin(new URL(script.src, location.href).origin);
  } catch {
    // An unparsable src leaves the default: the page's own origin.
  }
}

// Nested elements first, so the widget's first render finds them defined. Names are fully
// prefixed: custom element names are page-global, and short ones could clash with the host's.
defineElement('bring-together-question', BtQuestion);
defineElement('bring-together-result-card', BtResultCard);
defineElement(WIDGET_TAG, BtWidget);

function mount(tag: HTMLScriptElement): void {
  const key = tag.dataset.key?.trim();
  if (!key) return;
  const el = document.createElement(WIDGET_TAG);
  el.setAttribute('key', key);
  if (tag.dataset.api) el.setAttribute('api', tag.dataset.api);
  if (tag.dataset.lang) el.setAttribute('lang', tag.dataset.lang);
  const parent = tag.parentElement;
  if (parent && parent !== document.head && parent.closest('body')) {
    parent.insertBefore(el, tag.nextSibling);
  } else {
    // A script in <head> cannot show anything there: append to the body once it exists.
    const append = () => document.body.appendChild(el);
    if (document.body) append();
    else document.addEventListener('DOMContentLoaded', append, { once: true });
  }
}

if (script instanceof HTMLScriptElement) mount(script);

declare global {
  interface HTMLElementTagNameMap {
    'bring-together-widget': BtWidget;
    'bring-together-question': BtQuestion;
    'bring-together-result-card': BtResultCard;
  }
}
