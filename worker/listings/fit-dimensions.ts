/**
 * The detail view's "fit both ways, question by question": every catalogue question either side
 * answered, both answers in words, both importances and the engine's fit.
 */
import type { Listing } from '../db/schema';
import type { Breakdown } from '../matching/breakdown';
import type { Answer, Answers, Locale, Question } from '../questionnaire/types';
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

const YES_NO = { de: ['ja', 'nein'], en: ['yes', 'no'] } as const;

function euros(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);
}

/** An answer in words, in the catalogue's own option labels. */
export function answerText(q: Question, answer: Answer | undefined, locale: Locale): string | null {
  if (answer === undefined) return null;
  const v = answer.value;
  const option = (x: string) => q.options?.find((o) => o.value === x)?.label[locale] ?? x;
  if (Array.isArray(v)) return v.map(option).join(', ');
  if (typeof v === 'boolean') return YES_NO[locale][v ? 0 : 1];
  if (typeof v === 'number') return q.kind === 'money' ? euros(v * 100, locale) : `${v}${q.unit ? ` ${q.unit[locale]}` : ''}`;
  return q.options ? option(v) : v;
}

/** What the listing's columns say for questions the project does not answer in its profile. */
function columnAnswer(q: Question, l: Listing, locale: Locale): string | null {
  const de = locale === 'de';
  switch (q.id) {
    case 'who.adults':
      return de ? `${l.freePlaces} freie Plätze` : `${l.freePlaces} free places`;
    case 'who.children':
      return l.childrenWelcome ? (de ? 'Kinder willkommen' : 'children welcome') : de ? 'nicht für Kinder' : 'not for children';
    case 'money.maxMonthlyCost':
      if (l.monthlyCostMinCents === null) return null;
      return l.monthlyCostMaxCents && l.monthlyCostMaxCents !== l.monthlyCostMinCents
        ? `${euros(l.monthlyCostMinCents, locale)} – ${euros(l.monthlyCostMaxCents, locale)}`
        : euros(l.monthlyCostMinCents, locale);
    case 'money.equity':
      return l.equityRequiredCents > 0 ? euros(l.equityRequiredCents, locale) : de ? 'keins nötig' : 'none needed';
    case 'money.legalForms':
      return answerText(q, { value: [l.legalForm] }, locale);
    case 'where.settlement':
      return answerText(q, { value: [l.settlement] }, locale);
    case 'who.pets':
      return answerText(q, { value: l.petsAllowed }, locale);
    case 'needs.barrierFree':
      return YES_NO[locale][l.barrierFree ? 0 : 1];
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
