/**
 * The English texts of the entry chunk (`core.ts` has the German ones and says why they are apart).
 */
import { loadingTexts, type CoreTexts } from './core';
import { unavailableEn } from './unavailable-en';

export const coreEn: CoreTexts = {
  loading: loadingTexts.en.loading,

  intro: {
    title: 'Living in community: which project suits you?',
    lead: (steps) =>
      `Answer a few questions in ${steps} short steps. You will then see housing projects, buildings and plots that suit you – with the reasons why they fit and what you should keep in mind.`,
    facts: 'About 5 minutes · no account needed · free of charge',
    privacyTitle: 'What happens to your answers',
    privacySession: 'Your answers are kept only in this browser tab until you close it or start over.',
    privacyMatching: 'To find suitable offers, your answers are sent to bring-together. They are not stored with your identity.',
    privacyStats: (org) =>
      `For its housing planning, ${org} counts anonymously who would like to move to the region: district of origin (never your postcode), household size, age groups, ranges of budget and equity, wishes and timeline. No IP address, no cookies, no free text.`,
    optOut: 'Do not use my answers for the anonymous statistics',
    privacyLink: 'Privacy policy',
    newWindow: '(opens in a new window)',
    start: 'Start the questionnaire',
    resumeNote: 'You have already started – your previous answers are still here.',
    resume: 'Continue the questionnaire',
    browse: 'Browse all',
    groups: 'Find fellow residents / start a group',
  },

  steps: {
    progress: (n, total) => `Step ${n} of ${total}`,
    back: 'Back',
    next: 'Next',
    finish: 'Show suggestions',
  },

  question: {
    required: 'required',
    yes: 'Yes',
    no: 'No',
    clear: 'Remove answer',
    importanceLegend: 'How important is this to you?',
    dealbreakerNote: 'Offers that do not meet this will not be suggested.',
    errorPrefix: 'Error:',
  },

  validation: {
    summaryTitle: 'Please check your answers',
    required: 'Please answer this question.',
    integer: 'Please enter a whole number, for example 2.',
    range: (min, max) => `Please enter a number from ${min} to ${max}.`,
    postcode: 'A postcode has five digits, for example 02763.',
    unknownPostcode: 'We do not know this postcode. Please check it.',
    server: 'This answer was not accepted. Please check it.',
  },

  search: {
    answersKept: 'Your answers are kept.',
    startOver: 'Start over',
  },

  errors: {
    ...unavailableEn,
    partFailed: 'This part of the search could not be loaded.',
  },
};
