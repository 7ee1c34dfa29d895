/** The sample seeker the listing preview is scored for (described in the locale files). */
import type { Answers } from '../../questionnaire/types';

export const SAMPLE_SEEKER: Answers = {
  'who.seekerType': { value: 'household' },
  'who.adults': { value: 2 },
  'who.children': { value: 0 },
  'who.ageBands': { value: ['30-44'], importance: 1 },
  'where.settlement': { value: ['village', 'small_town'], importance: 1 },
  'money.maxMonthlyCost': { value: 1000, importance: 2 },
  'money.equity': { value: '10k-50k' },
  'community.meals': { value: 'weekly', importance: 1 },
};
