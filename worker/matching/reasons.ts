/**
 * Reason texts for the widget and the provider inbox: one function, so both say the same thing.
 * The sentences live in the catalogue (worker/i18n/{de,en}/reasons.ts); this module fills in their
 * parameters: numbers grouped by hand (worker/i18n/format.ts), option labels from the questionnaire.
 */
import { formatMoney, formatNumber, LOCALES, messages, type Locale, type Messages, type ReasonText, type TextFormat } from '../i18n';
import { catalogueV1 } from '../questionnaire/v1';
import type { LocalizedReason, Reason } from './types';

export type ReasonCode = keyof Messages['reasons']['texts'];
export const REASON_CODES = Object.keys(messages('de').reasons.texts) as ReasonCode[];

/** Each code's sentence in every locale, from one of the locales' reason tables. */
const byLocale = (codes: readonly string[], table: (l: Locale) => Record<string, ReasonText>) =>
  Object.fromEntries(codes.map((code) => [code, Object.fromEntries(LOCALES.map((l) => [l, table(l)[code]]))]));

/** Every reason code's sentence in every locale. */
export const REASON_TEXTS = byLocale(REASON_CODES, (l) => messages(l).reasons.texts) as Record<ReasonCode, Record<Locale, ReasonText>>;

const optionLabels = new Map<string, Map<string, Record<Locale, string>>>(
  catalogueV1.questions.map((q) => [q.id, new Map((q.options ?? []).map((o) => [o.value, o.label]))]),
);

const toNumber = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

function textFormat(locale: Locale): TextFormat {
  const values = messages(locale).reasons.values;
  return {
    // Reason sentences keep the plain space before "€" they were first stored and shown with.
    money: (v) => formatMoney(toNumber(v) * 100, locale, ' '),
    km: (v) => {
      const km = toNumber(v);
      return `${formatNumber(km, locale, km < 10 ? 1 : 0)} km`;
    },
    num: (v) => formatNumber(toNumber(v), locale),
    option: (questionId, value) => {
      const key = String(value);
      return values[questionId]?.[key] ?? optionLabels.get(questionId)?.get(key)?.[locale] ?? key;
    },
  };
}

const formats = Object.fromEntries(LOCALES.map((l) => [l, textFormat(l)])) as Record<Locale, TextFormat>;

/**
 * Whose view a sentence takes: the seeker's (widget, mails to seekers), the project team's (inbox,
 * and an initiative reading about a household), or a household's reading about another household
 * (`peer`: "the other household" where the seeker's say "the project"; other codes as the seeker's).
 */
export type ReasonView = 'seeker' | 'team' | 'peer';

const PEER_TEXTS = byLocale(Object.keys(messages('de').reasons.peerTexts), (l) => messages(l).reasons.peerTexts) as Partial<Record<ReasonCode, Record<Locale, ReasonText>>>;

const TEAM_TEXTS = byLocale(REASON_CODES, (l) => messages(l).reasons.teamTexts) as Record<ReasonCode, Record<Locale, ReasonText>>;

const VIEWS = { seeker: REASON_TEXTS, team: TEAM_TEXTS, peer: { ...REASON_TEXTS, ...PEER_TEXTS } } as const;

/**
 * The sentence for one reason; an unknown code falls back to the question's label, so an older or
 * newer stored reason still shows something sensible.
 * @example
 * reasonText({ questionId: 'money.maxMonthlyCost', code: 'cost.within_budget', params: { cost: 650, budget: 900 } }, 'de');
 * // "Monatliche Kosten ab 650 € liegen in Ihrem Budget von 900 €"
 */
export function reasonText(reason: Reason, locale: Locale, view: ReasonView = 'seeker'): string {
  const text = (VIEWS[view] as Partial<Record<string, Record<Locale, ReasonText>>>)[reason.code];
  if (text) return text[locale](reason.params ?? {}, formats[locale]);
  const question = catalogueV1.questions.find((q) => q.id === reason.questionId);
  return (question?.label ?? question?.projectLabel)?.[locale] ?? reason.code;
}

/** Reasons with their text in one locale, as sent to the widget and stored with contact requests. */
export function localizeReasons(reasons: readonly Reason[], locale: Locale, view: ReasonView = 'seeker'): LocalizedReason[] {
  return reasons.map((r) => ({ ...r, text: reasonText(r, locale, view) }));
}

/**
 * The view of a group match's reasons for its reader: a household reading about another household
 * `peer`, an initiative reading about a household `team` (its reasons are the household's view of
 * the initiative), a household reading about an initiative `seeker` (the initiative as the project).
 * @example
 * localizeReasons(fit.reasons, 'de', reasonViewFor('pool', 'pool')); // "… beim anderen Haushalt …"
 */
export const reasonViewFor = (reader: 'pool' | 'initiative', other: 'pool' | 'initiative'): ReasonView =>
  reader === 'initiative' ? 'team' : other === 'pool' ? 'peer' : 'seeker';
