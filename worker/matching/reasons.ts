/**
 * Reason texts for the widget and the provider inbox: one function, so both say the same thing.
 * Numbers are formatted by hand (not Intl) so output is identical in every runtime.
 */
import type { Locale } from '../questionnaire/types';
import { catalogueV1 } from '../questionnaire/v1';
import { REASON_TEXTS, VALUE_TEXTS, type TextFormat } from './reason-texts';
import type { LocalizedReason, Reason } from './types';

const optionLabels = new Map<string, Map<string, { de: string; en: string }>>(
  catalogueV1.questions.map((q) => [q.id, new Map((q.options ?? []).map((o) => [o.value, o.label]))]),
);

/** Digits grouped by thousands, e.g. 1250.5 → "1.250,5" (de) / "1,250.5" (en). */
function formatNumber(n: number, locale: Locale, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const group = locale === 'de' ? '.' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (fraction ? (locale === 'de' ? ',' : '.') + fraction : '');
}

const toNumber = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

function textFormat(locale: Locale): TextFormat {
  return {
    money: (v) => (locale === 'de' ? `${formatNumber(toNumber(v), 'de')} €` : `€${formatNumber(toNumber(v), 'en')}`),
    km: (v) => {
      const km = toNumber(v);
      return `${formatNumber(km, locale, km < 10 ? 1 : 0)} km`;
    },
    num: (v) => formatNumber(toNumber(v), locale),
    option: (questionId, value) => {
      const key = String(value);
      return VALUE_TEXTS[questionId]?.[key]?.[locale] ?? optionLabels.get(questionId)?.get(key)?.[locale] ?? key;
    },
  };
}

const formats: Record<Locale, TextFormat> = { de: textFormat('de'), en: textFormat('en') };

/**
 * The sentence for one reason; an unknown code falls back to the question's label, so an older or
 * newer stored reason still shows something sensible.
 * @example
 * reasonText({ questionId: 'money.maxMonthlyCost', code: 'cost.within_budget', params: { cost: 650, budget: 900 } }, 'de');
 * // "Monatliche Kosten ab 650 € liegen in Ihrem Budget von 900 €"
 */
export function reasonText(reason: Reason, locale: Locale): string {
  const texts = (REASON_TEXTS as Record<string, Record<Locale, (p: NonNullable<Reason['params']>, f: TextFormat) => string>>)[reason.code];
  if (texts) return texts[locale](reason.params ?? {}, formats[locale]);
  const question = catalogueV1.questions.find((q) => q.id === reason.questionId);
  return (question?.label ?? question?.projectLabel)?.[locale] ?? reason.code;
}

/** Reasons with their text in one locale, as sent to the widget and stored with contact requests. */
export function localizeReasons(reasons: readonly Reason[], locale: Locale): LocalizedReason[] {
  return reasons.map((r) => ({ ...r, text: reasonText(r, locale) }));
}
