/**
 * The widget's ES module entry, imported by the loader (`loader.ts`, built to widget.js) together
 * with its static chunks: defines the elements the first screens need. The element upgrades the
 * `<bring-together-widget>` tags already on the page (the loader has placed one after its script
 * tag); later screens load their own chunks (`bt-widget.ts`, `LazyParts`).
 */
import { BtQuestion } from './components/bt-question/bt-question';
import type { BtResultCard } from './components/bt-result-card/bt-result-card';
import { BtWidget } from './components/bt-widget/bt-widget';
import { defineElement } from './define';

// Nested elements first, so the widget's first render finds them defined. Names are fully
// prefixed: custom element names are page-global, and short ones could clash with the host's.
defineElement('bring-together-question', BtQuestion);
defineElement('bring-together-widget', BtWidget);

declare global {
  interface HTMLElementTagNameMap {
    'bring-together-widget': BtWidget;
    'bring-together-question': BtQuestion;
    'bring-together-result-card': BtResultCard;
  }
}
