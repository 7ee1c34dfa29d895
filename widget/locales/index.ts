/**
 * The widget's languages and how one is chosen. The widget speaks German (default) or English;
 * anything else falls back to the embed's default locale and then to German. `Locale` is the
 * project's one type (`worker/i18n/locale.ts`, type-only).
 *
 * Texts live in one catalogue per chunk (`core.ts` for the entry, `results.ts`, `detail.ts`,
 * `contact.ts`, `notify.ts`, `forms.ts` for the lazy screens, `unavailable.ts` for the loader):
 * a text sits in the first chunk that shows it, so a later screen's texts load with that screen.
 * Each file holds both languages, German first; `catalogues.test.ts` checks every key in both.
 */
import type { Locale } from '../../worker/i18n/locale';

export type { Locale };

/** One catalogue in both languages (the English one typed by the German one). */
export type Texts<T> = Record<Locale, T>;

/** `de`, `de-AT`, `EN-gb` → the supported locale, or undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.trim().slice(0, 2).toLowerCase();
  return base === 'de' || base === 'en' ? base : undefined;
}

/**
 * The `lang` that applies to an element: its own attribute or the closest ancestor's, crossing
 * shadow roots (the widget may sit inside another component), up to `<html lang>`.
 */
export function inheritedLang(el: Element): string | undefined {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    const root: Node = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return undefined;
}
