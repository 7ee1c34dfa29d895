/**
 * Texts of the entry chunk: the intro, the questionnaire, validation, errors, and what a later
 * screen's failure says (what the search itself says comes with it: `results.ts`). German first, English second;
 * the English object is typed by the German one, so a missing or extra key fails `tsc`.
 */
import type { Texts } from './index';
import { unavailableTexts } from './unavailable';

const de = {
  loading: 'Wird geladen …',

  intro: {
    title: 'Gemeinschaftlich wohnen: Welches Projekt passt zu Ihnen?',
    lead: (steps: number) =>
      `Beantworten Sie einige Fragen in ${steps} kurzen Schritten. Danach sehen Sie Wohnprojekte, Gebäude und Grundstücke, die zu Ihnen passen – mit den Gründen, warum sie passen, und mit dem, was Sie beachten sollten.`,
    facts: 'Dauer etwa 5 Minuten · kein Konto nötig · kostenlos',
    privacyTitle: 'Was mit Ihren Angaben geschieht',
    privacySession: 'Ihre Antworten bleiben nur in diesem Browser-Tab gespeichert, bis Sie ihn schließen oder neu beginnen.',
    privacyMatching: 'Um passende Angebote zu finden, werden Ihre Antworten an bring-together übermittelt. Sie werden nicht mit Ihrer Person gespeichert.',
    privacyStats: (org: string) =>
      `Für die Wohnraumplanung zählt ${org} anonym mit, wer in die Region ziehen möchte: Herkunftslandkreis (nie Ihre Postleitzahl), Haushaltsgröße, Altersgruppen, Spannen für Budget und Eigenkapital, Wünsche und Zeitrahmen. Ohne IP-Adresse, ohne Cookies, ohne Freitext.`,
    optOut: 'Meine Antworten nicht für die anonyme Statistik verwenden',
    privacyLink: 'Datenschutzerklärung',
    newWindow: '(öffnet in neuem Fenster)',
    start: 'Fragebogen starten',
    resumeNote: 'Sie haben schon angefangen – Ihre bisherigen Antworten sind noch da.',
    resume: 'Fragebogen fortsetzen',
    browse: 'Alle ansehen',
    groups: 'Mitstreiter finden / Gruppe gründen',
  },

  steps: {
    progress: (n: number, total: number) => `Schritt ${n} von ${total}`,
    back: 'Zurück',
    next: 'Weiter',
    finish: 'Vorschläge anzeigen',
  },

  question: {
    required: 'Pflichtangabe',
    yes: 'Ja',
    no: 'Nein',
    clear: 'Antwort entfernen',
    importanceLegend: 'Wie wichtig ist Ihnen das?',
    dealbreakerNote: 'Angebote, die hier nicht passen, werden nicht vorgeschlagen.',
    errorPrefix: 'Fehler:',
  },

  validation: {
    summaryTitle: 'Bitte prüfen Sie Ihre Angaben',
    required: 'Bitte beantworten Sie diese Frage.',
    integer: 'Bitte geben Sie eine ganze Zahl ein, zum Beispiel 2.',
    range: (min: string, max: string) => `Bitte geben Sie eine Zahl von ${min} bis ${max} ein.`,
    postcode: 'Eine Postleitzahl hat fünf Ziffern, zum Beispiel 02763.',
    unknownPostcode: 'Diese Postleitzahl kennen wir nicht. Bitte prüfen Sie sie.',
    server: 'Diese Angabe wurde nicht angenommen. Bitte prüfen Sie sie.',
  },

  search: {
    answersKept: 'Ihre Antworten bleiben erhalten.',
    startOver: 'Neu beginnen',
  },

  errors: {
    ...unavailableTexts.de,
    missingKey: 'Dem Einbettungscode fehlt der Schlüssel (data-key bzw. key="pk_…").',
    unknownKey: 'Der Schlüssel dieses Einbettungscodes ist unbekannt. Bitte prüfen Sie den Code.',
    keyRevoked: 'Diese Suche wurde vom Anbieter abgeschaltet.',
    originNotAllowed: 'Diese Suche ist für diese Website nicht freigeschaltet.',
    timeout: 'Der Server antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.',
    rateLimited: 'Gerade kommen sehr viele Anfragen an. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
    server: 'Auf unserer Seite ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
    listingGone: 'Dieses Angebot ist hier nicht mehr verfügbar.',
    partFailed: 'Dieser Teil der Suche konnte nicht geladen werden.',
  },
};

export type CoreTexts = typeof de;

export const coreTexts: Texts<CoreTexts> = {
  de,
  en: {
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
      ...unavailableTexts.en,
      missingKey: 'The embed code has no key (data-key or key="pk_…").',
      unknownKey: 'The key of this embed code is unknown. Please check the code.',
      keyRevoked: 'This search has been switched off by its provider.',
      originNotAllowed: 'This search is not enabled for this website.',
      timeout: 'The server is not responding right now. Please try again in a moment.',
      rateLimited: 'A lot of requests are coming in right now. Please wait a moment, then try again.',
      server: 'Something went wrong on our side. Please try again later.',
      listingGone: 'This offer is no longer available here.',
      partFailed: 'This part of the search could not be loaded.',
    },
  },
};
