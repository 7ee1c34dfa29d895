/**
 * Locale selection. The widget speaks German or English; anything else falls back to the embed's
 * default locale and then to German.
 */
import type { Locale } from '../../worker/questionnaire/types';
import { de, type Messages } from './de';
import { en } from './en';

export type { Locale, Messages };

export const messages: Record<Locale, Messages> = { de, en };

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
