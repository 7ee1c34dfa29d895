/**
 * The detail view's "fit both ways, question by question": every catalogue question either side
 * answered, both answers in words, both importances and the engine's fit.
 */
import type { Listing } from '../db/schema';
import type { Breakdown } from '../matching/breakdown';
import { formatMoney, messages, type Locale } from '../i18n';
import type { Answer, Answers, Question } from '../questionnaire/types';
import { catalogueV1 } from '../questionnaire/v1';

export interface FitDimension {
  questionId: string;
  label: string;
  seekerAnswer: string | null;
  projectAnswer: string | null;
  seekerImportance: 0 | 1 | 2 | 3 | null;
  projectImportance: 0 | 1 | 2 | 3 | null;
  /** 0–1; null when neither side weighs it (nothing was compared). */
  fit: number | null;
  side: 'seeker' | 'project' | 'both';
}

const yesNo = (v: boolean, locale: Locale) => (v ? messages(locale).fit.yes : messages(locale).fit.no);

/** An answer in words, in the catalogue's own option labels. */
export function answerText(q: Question, answer: Answer | undefined, locale: Locale): string | null {
  if (answer === undefined) return null;
  const v = answer.value;
  const option = (x: string) => q.options?.find((o) => o.value === x)?.label[locale] ?? x;
  if (Array.isArray(v)) return v.map(option).join(', ');
  if (typeof v === 'boolean') return yesNo(v, locale);
  if (typeof v === 'number') return q.kind === 'money' ? formatMoney(v * 100, locale) : `${v}${q.unit ? ` ${q.unit[locale]}` : ''}`;
  return q.options ? option(v) : v;
}

/** What the listing's columns say for questions the project does not answer in its profile. */
function columnAnswer(q: Question, l: Listing, locale: Locale): string | null {
  const t = messages(locale).fit;
  switch (q.id) {
    case 'who.adults':
      return t.freePlaces(l.freePlaces);
    case 'who.children':
      return l.childrenWelcome ? t.childrenWelcome : t.notForChildren;
    case 'money.maxMonthlyCost':
      if (l.monthlyCostMinCents === null) return null;
      return l.monthlyCostMaxCents && l.monthlyCostMaxCents !== l.monthlyCostMinCents
        ? `${formatMoney(l.monthlyCostMinCents, locale)} – ${formatMoney(l.monthlyCostMaxCents, locale)}`
        : formatMoney(l.monthlyCostMinCents, locale);
    case 'money.equity':
      return l.equityRequiredCents > 0 ? formatMoney(l.equityRequiredCents, locale) : t.noEquityNeeded;
    case 'money.legalForms':
      return answerText(q, { value: [l.legalForm] }, locale);
    case 'where.settlement':
      return answerText(q, { value: [l.settlement] }, locale);
    case 'who.pets':
      return answerText(q, { value: l.petsAllowed }, locale);
    case 'needs.barrierFree':
      return yesNo(l.barrierFree, locale);
    default:
      return null;
  }
}

/** Engine slots name one question each; distance is reported on the target postcode. */
const FIT_QUESTION: Record<string, string> = { 'where.radiusKm': 'where.postcode', 'who.children': 'who.adults' };

/**
 * @example
 * fitDimensions(answers, listingRow, breakdown(answers, listingRow, ctx), 'de');
 */
export function fitDimensions(answers: Answers, listing: Listing, result: Breakdown, locale: Locale): FitDimension[] {
  const fits = new Map(result.dimensions.map((d) => [d.questionId, d]));
  const out: FitDimension[] = [];
  for (const q of catalogueV1.questions) {
    if (q.id === 'who.seekerType' || q.kind === 'postcode' && q.id === 'who.originPostcode') continue;
    const mine = q.side === 'project' ? undefined : answers[q.id];
    const theirs = q.side === 'seeker' ? undefined : listing.profile[q.id];
    const seekerAnswer = answerText(q, mine, locale);
    const projectAnswer = answerText(q, theirs, locale) ?? columnAnswer(q, listing, locale);
    if (seekerAnswer === null && projectAnswer === null) continue;
    const d = fits.get(FIT_QUESTION[q.id] ?? q.id);
    const fit = d ? (d.seekerFit ?? d.projectFit) : null;
    out.push({
      questionId: q.id,
      label: (q.label ?? q.projectLabel)![locale],
      seekerAnswer,
      projectAnswer,
      seekerImportance: q.weighted && mine ? (mine.importance ?? 1) : null,
      projectImportance: q.weighted && theirs ? (theirs.importance ?? 1) : null,
      fit: fit === null ? null : Math.round(fit * 100) / 100,
      side: q.side,
    });
  }
  return out;
}
