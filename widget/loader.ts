/**
 * widget.js: the one classic script a host page embeds. It mounts a `<bring-together-widget>`
 * right after the `<script data-key="pk_…">` tag that loaded it and imports the widget's ES module
 * entry plus the chunks the entry imports, all at once (no waterfall), from next to itself:
 *
 *   <script src="https://HOST/widget.js" data-key="pk_…" async></script>
 *
 * Optional `data-api` and `data-lang` become the element's `api` and `lang`. The element can also
 * be written anywhere by hand (`<bring-together-widget key="pk_…">`); then the tag needs no
 * `data-key`. `document.currentScript` is only set while this file first runs (also with `async`,
 * never in modules), so it is read right here, synchronously, and the chunk URLs are resolved
 * against this script's own `src`, not the page's base URL. The configuration request starts here
 * too, in parallel with the code (`api/config-request.ts`). When the entry cannot be fetched
 * (offline), every widget on the page says so and offers a retry instead of staying blank.
 */
import { baseFrom, startConfig } from './api/config-request';
import { inheritedLang, toLocale } from './locales';
import { hasSession } from './state/session';
import { unavailableDe } from './locales/unavailable';
import { unavailableEn } from './locales/unavailable-en';

/** The entry and the chunks it imports, relative to widget.js; written in by the build. */
declare const __BT_FIRST_QUESTION__: readonly string[];
/**
 * Chunks fetched with the first one when needed, relative to widget.js: the English texts of the
 * first screens (`locales/core.ts`) and the resumption of a kept session (`state/resume.ts`).
 */
declare const __BT_EARLY__: { 'core-en': string; resume: string };

const TAG = 'bring-together-widget';
const FALLBACK = 'data-bring-together-unavailable';

const script = document.currentScript;
const base = script instanceof HTMLScriptElement && script.src ? script.src : `${location.origin}/widget.js`;
/** Where the API is when an element names none: where this script came from (as `api/base.ts`). */
const origin = new URL(base).origin;

function mount(tag: HTMLScriptElement): void {
  const key = tag.dataset.key?.trim();
  if (!key) return;
  const el = document.createElement(TAG);
  el.setAttribute('key', key);
  if (tag.dataset.api) el.setAttribute('api', tag.dataset.api);
  if (tag.dataset.lang) el.setAttribute('lang', tag.dataset.lang);
  startConfig(el, baseFrom(tag.dataset.api, origin), key);
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

/** The widget could not be loaded: each element not yet defined says so (light DOM, plain text). */
function unavailable(): void {
  if (customElements.get(TAG)) return;
  for (const el of document.querySelectorAll<HTMLElement>(TAG)) {
    if (el.querySelector(`[${FALLBACK}]`)) continue;
    const t = toLocale(inheritedLang(el)) === 'en' ? unavailableEn : unavailableDe;
    const box = document.createElement('div');
    box.setAttribute(FALLBACK, '');
    const line = (text: string, strong = false) => {
      const p = box.appendChild(document.createElement('p'));
      (strong ? p.appendChild(document.createElement('strong')) : p).textContent = text;
    };
    line(t.unavailableTitle, true);
    line(t.network);
    const retry = box.appendChild(document.createElement('button'));
    retry.type = 'button';
    retry.textContent = t.retry;
    retry.addEventListener('click', () => {
      for (const old of document.querySelectorAll(`[${FALLBACK}]`)) old.remove();
      load();
    });
    line(t.technical('network', undefined));
    el.appendChild(box);
    el.dispatchEvent(new CustomEvent('bt-error', { detail: { code: 'network', status: 0, stage: 'config' }, bubbles: true, composed: true }));
  }
}

let attempts = 0;

function load(): void {
  const [entry, ...chunks] = __BT_FIRST_QUESTION__;
  const fetchModule = (file: string) => import(new URL(file, base).href).catch(() => undefined);
  // The chunks are imported by the entry anyway; asking for them now fetches them in parallel.
  for (const chunk of chunks) void fetchModule(chunk);
  // The browser keeps a failed module fetch (importing the URL again fails without a request), so a
  // retry asks for the entry under a fresh URL; its chunks keep theirs and load once.
  const attempt = attempts++;
  const url = new URL(entry!, base).href;
  import(attempt ? `${url}?retry=${attempt}` : url).then(
    () => {
      for (const old of document.querySelectorAll(`[${FALLBACK}]`)) old.remove();
    },
    () => {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', unavailable, { once: true });
      else unavailable();
    },
  );
  // Then, with those under way (a first look into sessionStorage can take the browser a moment), the
  // English texts when a widget on the page will speak English, and the resumption when the tab kept
  // a session for one. The widget asks for either itself otherwise (its embed's default is English,
  // the page switches language, it is written in later).
  const widgets = [...document.querySelectorAll(TAG)];
  if (widgets.some((el) => toLocale(inheritedLang(el)) === 'en')) void fetchModule(__BT_EARLY__['core-en']);
  if (widgets.some((el) => hasSession(el.getAttribute('key')?.trim() ?? ''))) void fetchModule(__BT_EARLY__.resume);
}

// Elements written into the page by hand ask for their configuration now too (unless the widget is
// already defined: then they have asked).
if (!customElements.get(TAG)) {
  for (const el of document.querySelectorAll(TAG)) {
    const key = el.getAttribute('key')?.trim();
    if (key) startConfig(el, baseFrom(el.getAttribute('api'), origin), key);
  }
}
if (script instanceof HTMLScriptElement) mount(script);
load();
