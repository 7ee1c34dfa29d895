/**
 * The one accessor of the Worker's texts: `messages(locale).<area>`. Areas are German first
 * (worker/i18n/de/), English typed against them (worker/i18n/en/); worker/i18n/catalogues.node.test.ts
 * also checks at run time that both have the same keys, kinds and arities and no empty text.
 */
import { de } from './de';
import { en } from './en';
import type { Locale } from './locale';

export type Messages = typeof de;
export type AdminMessages = Messages['admin'];
export type DashboardMessages = Messages['dashboard'];

const CATALOGUES: Readonly<Record<Locale, Messages>> = { de, en };

/**
 * @example
 * const t = messages('en').manage;
 * t.erasedText(2, 1); // "Erased: 2 contact request(s) and 1 saved search(es). This link no longer works."
 */
export const messages = (locale: Locale): Messages => CATALOGUES[locale];
