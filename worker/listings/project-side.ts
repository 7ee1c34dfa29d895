/**
 * The project's side of the questionnaire in words, step by step, for its public page: the
 * questions it answers in its profile, each in the catalogue's own labels and option texts (the
 * same words as the widget's detail view, worker/listings/fit-dimensions.ts) with how much it
 * matters to the project.
 */
import type { Listing } from '../db/schema';
import type { Locale } from '../i18n';
import { catalogueV1 } from '../questionnaire/v1';
import { answerText } from './fit-dimensions';

export interface ProjectAnswer {
  questionId: string;
  label: string;
  answer: string;
  /** How much it matters to the project, in the catalogue's words; null for facts. */
  importance: string | null;
}

export interface ProjectStep {
  step: string;
  title: string;
  answers: ProjectAnswer[];
}

/**
 * @example
 * projectSide(listing, 'de'); // [{ step: 'community', title: 'Gemeinschaft', answers: [{ label: 'Gemeinsame Mahlzeiten', answer: 'wöchentlich', importance: 'wichtig' }] }]
 */
export function projectSide(listing: Pick<Listing, 'profile'>, locale: Locale): ProjectStep[] {
  const catalogue = catalogueV1;
  return catalogue.steps
    .map((step) => ({
      step: step.id,
      title: step.title[locale],
      answers: catalogue.questions.flatMap((q): ProjectAnswer[] => {
        if (q.step !== step.id || q.side === 'seeker') return [];
        const given = listing.profile[q.id];
        const answer = answerText(q, given, locale);
        if (answer === null || !given) return [];
        const importance = q.weighted ? catalogue.importance[given.importance ?? 1][locale] : null;
        return [{ questionId: q.id, label: (q.label ?? q.projectLabel)![locale], answer, importance }];
      }),
    }))
    .filter((s) => s.answers.length > 0);
}
