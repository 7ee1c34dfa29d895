/** The answers as the API takes them; only the later screens send them, so this loads with them. */
import type { Answers, Catalogue } from '../api/shapes';
import { answerValue, DEFAULT_IMPORTANCE, isVisible, type Progress } from './questionnaire';

/** `answers` for `POST /v1/matches`: visible, valid answers in catalogue order (a stable body). */
export function requestAnswers(catalogue: Catalogue, progress: Progress): Answers {
  const answers: Answers = {};
  for (const q of catalogue.questions) {
    if (!isVisible(q, progress)) continue;
    const value = answerValue(q, progress);
    if (value === undefined) continue;
    answers[q.id] = q.weighted ? { value, importance: progress.importance[q.id] ?? DEFAULT_IMPORTANCE } : { value };
  }
  return answers;
}
