/** English UI strings; same shape as `de.ts` (the type checker enforces it). */
import type { Messages } from './de';

export const en: Messages = {
  intlLocale: 'en-GB',

  loading: 'Loading …',

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
  },

  steps: {
    progress: (n, total) => `Step ${n} of ${total}`,
    back: 'Back',
    next: 'Next',
    finish: 'Show suggestions',
    nav: 'Questionnaire navigation',
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

  results: {
    title: 'Your suggestions',
    searching: 'Looking for suitable offers …',
    found: (shown, total) =>
      total === 1
        ? 'Found one suitable offer.'
        : shown < total
          ? `Found ${total} suitable offers. Here are the best ${shown}.`
          : `Found ${total} suitable offers.`,
    sorted: 'Sorted by how well it fits both ways: the project to you, and you to the project.',
    emptyTitle: 'Nothing suitable yet',
    emptyText:
      'No offer matches your answers at the moment. Try a larger radius or fewer dealbreakers – or come back later: new projects are added all the time.',
    edit: 'Change answers',
    startOver: 'Start over',
    failed: 'The suggestions could not be loaded.',
    answersKept: 'Your answers are kept.',
  },

  card: {
    scoreBand: (score) =>
      score >= 80 ? 'very good fit' : score >= 60 ? 'good fit' : score >= 40 ? 'partial fit' : 'weak fit',
    outOf: 'out of 100 points',
    kind: { project: 'Housing project', property: 'Building or plot' },
    distance: (km) => `${km} km away`,
    cost: 'Monthly cost',
    costRange: (min, max) => `${min} – ${max}`,
    costFrom: (min) => `from ${min}`,
    costUpTo: (max) => `up to ${max}`,
    costUnknown: 'on request',
    equity: 'Equity / shares',
    equityNone: 'none needed',
    stage: 'Stage',
    legalForm: 'Legal form',
    freePlaces: 'Free places',
    barrierFree: 'Barrier-free',
    yes: 'yes',
    reasons: 'A good fit because …',
    watchOuts: 'Keep in mind',
  },

  stage: {
    forming: 'group forming',
    planning: 'planning',
    building: 'under construction',
    occupied: 'lived in',
  },

  legalForm: {
    cooperative: 'cooperative',
    syndicate: 'Mietshäuser Syndikat',
    ownership: 'ownership',
    rental: 'rental',
    foundation: 'foundation',
    other: 'other',
  },

  errors: {
    unavailableTitle: 'The search is not available here right now',
    missingKey: 'The embed code has no key (data-key or key="pk_…").',
    unknownKey: 'The key of this embed code is unknown. Please check the code.',
    keyRevoked: 'This search has been switched off by its provider.',
    originNotAllowed: 'This search is not enabled for this website.',
    network: 'No connection to the server. Please check your internet connection and try again.',
    timeout: 'The server is not responding right now. Please try again in a moment.',
    rateLimited: 'A lot of requests are coming in right now. Please wait a moment, then try again.',
    server: 'Something went wrong on our side. Please try again later.',
    retry: 'Try again',
    forOperators: 'For the website operator',
    technical: (code, requestId) => `Error code: ${code}${requestId ? ` · request id: ${requestId}` : ''}`,
  },
};
