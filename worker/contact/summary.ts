/**
 * What a project sees of a seeker: a household summary and the answers the seeker agreed to share.
 * Health-related needs are shared only with their own, separate consent.
 */
import type { HouseholdSummary } from '../db/json';
import type { Answers } from '../questionnaire/types';
import { catalogueV1 } from '../questionnaire/v1';
import { householdType } from '../demand/bands';

/** Answers that reveal health or care needs (Art. 9 GDPR): the catalogue's `sensitive` questions. */
export const SENSITIVE_QUESTIONS: readonly string[] = catalogueV1.questions.filter((q) => q.sensitive).map((q) => q.id);

export type { HouseholdSummary } from '../db/json';

const num = (a: Answers, id: string) => (typeof a[id]?.value === 'number' ? (a[id]?.value as number) : null);

export function householdSummary(answers: Answers): HouseholdSummary {
  const ages = answers['who.ageBands']?.value;
  const pets = answers['who.pets']?.value;
  return {
    seekerType: answers['who.seekerType']?.value === 'group' ? 'group' : 'household',
    householdType: householdType(answers),
    adults: num(answers, 'who.adults'),
    children: num(answers, 'who.children'),
    households: num(answers, 'who.households'),
    ageBands: Array.isArray(ages) ? ages : [],
    pets: typeof pets === 'string' ? pets : null,
  };
}

/** The answers shared with the project; never the seeker's current postcode. */
export function sharedAnswers(answers: Answers, shareNeeds: boolean): Answers {
  const hidden = new Set<string>(['who.originPostcode', ...(shareNeeds ? [] : SENSITIVE_QUESTIONS)]);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !hidden.has(id)));
}
