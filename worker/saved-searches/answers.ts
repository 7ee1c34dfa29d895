/**
 * What a saved search keeps of the answers: what matching needs. Never the current postcode (the
 * origin is demand statistics, not a filter); health-related answers only with their own consent.
 */
import { SENSITIVE_QUESTIONS } from '../contact/summary';
import type { Answers } from '../questionnaire/types';

/**
 * @example
 * searchAnswers(answers, false); // without who.originPostcode, needs.barrierFree, needs.support
 */
export function searchAnswers(answers: Answers, storeNeeds: boolean): Answers {
  const dropped = new Set<string>(['who.originPostcode', ...(storeNeeds ? [] : SENSITIVE_QUESTIONS)]);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !dropped.has(id)));
}
