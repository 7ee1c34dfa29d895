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
    titleGroup: 'Buildings and plots for your group',
    searching: 'Looking for suitable offers …',
    found: (shown, total) =>
      total === 1
        ? 'Found one suitable offer.'
        : shown < total
          ? `Found ${total} suitable offers. Here are the best ${shown}.`
          : `Found ${total} suitable offers.`,
    foundGroup: (shown, total) =>
      total === 1
        ? 'Found one suitable building or plot.'
        : shown < total
          ? `Found ${total} suitable buildings and plots. Here are the best ${shown}.`
          : `Found ${total} suitable buildings and plots.`,
    sorted: 'Sorted by how well it fits both ways: the project to you, and you to the project.',
    sortedGroup: 'Sorted by how well it fits both ways: the offer to your group, and your group to the offer.',
    sortLabel: 'Sort by',
    sort: { fit: 'Fit', distance: 'Distance', cost: 'Monthly cost' },
    sortedBy: { fit: 'Sorted by fit.', distance: 'Sorted by distance, nearest first.', cost: 'Sorted by monthly cost, lowest first.' },
    alternativesTitle: 'The closest offers',
    alternativesText: 'These offers miss one point you marked as a dealbreaker – they may still be worth a look.',
    emptyTitle: 'Nothing suitable yet',
    emptyText:
      'No offer matches your answers at the moment. Try a larger radius or fewer dealbreakers – or come back later: new projects are added all the time.',
    edit: 'Change answers',
    startOver: 'Start over',
    failed: 'The suggestions could not be loaded.',
    answersKept: 'Your answers are kept.',
  },

  notify: {
    title: 'Notify me when something suitable appears',
    text: 'We store your answers and email address and write to you when a new offer suits you. First you get an email with a confirmation link – unconfirmed searches are deleted after 7 days.',
    email: 'Your email address',
    consent: 'Yes, email me about new suitable offers. I can unsubscribe at any time with the link in every email.',
    submit: 'Set up notification',
    sending: 'Saving …',
    sentTitle: 'Almost done: please confirm your email address',
    sent: (email) => `We have sent an email to ${email}. We will only notify you once you confirm the link in it.`,
    failed: 'The notification could not be set up.',
  },

  detail: {
    back: 'Back to the suggestions',
    loading: 'Loading details …',
    failed: 'The details could not be loaded.',
    photos: 'Photos',
    about: 'About this offer',
    facts: 'At a glance',
    settlement: 'Setting',
    units: 'Homes',
    unitsFree: (free, total) => `${free} of ${total} free`,
    livingSpace: 'Living space',
    sqm: (n) => `${n} m²`,
    sqmRange: (min, max) => `${min} – ${max} m²`,
    plot: 'Plot',
    children: 'Children welcome',
    pets: 'Pets possible',
    no: 'no',
    website: 'Website of the offer',
    fitTitle: 'How it fits – both ways',
    fitIntro: 'Question by question: your answer next to the offer’s, with your weight and theirs.',
    seekerFit: 'Fit for you',
    projectFit: 'Fit for the project',
    projectFitGroup: 'Fit for the offer',
    seekerSide: 'What you are looking for',
    seekerSideGroup: 'What your group is looking for',
    projectSide: 'What the project is looking for',
    projectSideGroup: 'What the offer requires',
    yourAnswer: 'Your answer',
    projectAnswer: 'The project’s answer',
    projectAnswerGroup: 'The offer’s answer',
    importance: (label) => `Weight: ${label}`,
    notAnswered: 'not stated',
    fit: (v) => (v === null ? 'not compared' : v >= 0.8 ? 'fits' : v >= 0.5 ? 'fits partly' : v > 0 ? 'hardly fits' : 'does not fit'),
    notCompared: (n) => (n === 1 ? 'One more question not compared' : `${n} more questions not compared`),
    noMatch: 'This offer does not meet all of your dealbreakers.',
    contact: 'Contact the project',
    contactGroup: 'Contact the provider',
    details: 'View details',
  },

  contact: {
    title: (listing) => `Request to “${listing}”`,
    intro: 'Introduce yourself briefly. The project will reply by email.',
    introGroup: 'Introduce your group briefly. The provider will reply by email.',
    name: 'Your name',
    email: 'Your email address',
    emailHint: 'We send the confirmation there, with a link to see and erase your data and to withdraw the request.',
    message: 'Your message',
    messageHint: 'Who you are, what attracts you, when you would like to meet.',
    previewTitle: 'What the project will see',
    previewTitleGroup: 'What the provider will see',
    previewIntro: 'Exactly these details are sent. Your current postcode is never passed on.',
    household: 'Household',
    group: 'Group',
    adults: (n) => (n === 1 ? '1 adult' : `${n} adults`),
    children: (n) => (n === 1 ? '1 child' : `${n} children`),
    households: (n) => `${n} households`,
    ages: 'Age groups',
    pets: 'Pets',
    score: 'Fit',
    scoreValue: (score, band) => `${score} out of 100 (${band})`,
    answers: (n) => `Your answers (${n})`,
    needsHidden: 'Your answers about barrier-free living and support are not sent.',
    needsShared: 'Your answers about barrier-free living and support are sent.',
    consentTitle: 'Your consent',
    consentContact: (listing) =>
      `I agree that bring-together passes my name, email address, message and the details shown above to “${listing}” so that they can reply. I can withdraw this consent at any time with the link in the confirmation email.`,
    consentNeeds:
      'I explicitly agree that my answers about barrier-free living and support needs are passed on too. This is health data; without this tick it stays with me. (optional)',
    turnstile: 'Please briefly confirm that you are human.',
    turnstileFailed: 'The spam check did not work. Please confirm again.',
    submit: 'Send request',
    sending: 'Sending …',
    cancel: 'Back to the offer',
    failed: 'The request could not be sent.',
    draftKept: 'What you entered is kept.',
    sentTitle: 'Your request has been sent',
    sent: (listing) => `“${listing}” has received your request with your fit and the reasons, and will reply by email.`,
    sentMail: (email) =>
      `We have sent a confirmation to ${email}. It contains a link to see, export and erase your data and to withdraw the request.`,
    sentMailFailed: 'The confirmation email could not be sent just now. Your request has arrived all the same.',
    backToResults: 'See more suggestions',
    problems: {
      required: 'Please fill in this field.',
      email: 'Please enter a valid email address, for example name@example.com.',
      consent: 'Without this consent we cannot continue.',
      tooLong: 'This text is too long.',
    },
    listingGone: 'This offer is no longer available here.',
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
    failed: 'Does not fit because …',
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
