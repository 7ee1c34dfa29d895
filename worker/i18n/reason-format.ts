/**
 * What a reason sentence is made of (worker/i18n/{de,en}/reasons.ts): raw parameters (euros, km, option
 * values) and the locale's formatters, implemented in worker/matching/reasons.ts. A stored reason
 * keeps only its code and parameters, so it can be shown in either language later.
 */

/** Formatting helpers handed to each text. */
export interface TextFormat {
  /** Whole euros: "1.250 €" / "€1,250". */
  money(euros: unknown): string;
  /** Kilometres with one decimal below 10: "3,2 km" / "3.2 km". */
  km(km: unknown): string;
  num(n: unknown): string;
  /** Label of an option value of a catalogue question, e.g. ('community.meals', 'weekly') → "wöchentlich". */
  option(questionId: string, value: unknown): string;
}

export type ReasonParams = Readonly<Record<string, string | number>>;

/** One reason as the end of a sentence "passt, weil …" / "Achtung: …". */
export type ReasonText = (p: ReasonParams, f: TextFormat) => string;

/** "1 Stunde" / "2 Stunden": the one form for exactly one. */
export const plural = (n: unknown, one: string, many: string): string => (n === 1 ? one : many);

/** The two sentences of a mirrored preference, under `<code>.same` and `<code>.different`. */
export const mirroredTexts = <C extends string>(code: C, same: ReasonText, different: ReasonText) =>
  ({ [`${code}.same`]: same, [`${code}.different`]: different }) as Record<`${C}.same` | `${C}.different`, ReasonText>;
