/**
 * Texts of the entry chunk: the intro, the questionnaire, validation, errors, and what a later
 * screen's failure says (what the search itself says comes with it: `results.ts`). German here, in
 * the first chunk; English in `core-en.ts`, a chunk of its own that only an English widget fetches
 * (widget.js asks for it together with the first chunk when the page is English), typed by the
 * German object, so a missing or extra key fails `tsc`.
 */
import type { Texts } from './index';
import { unavailableDe } from './unavailable';

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
    ...unavailableDe,
    partFailed: 'Dieser Teil der Suche konnte nicht geladen werden.',
  },
};

export type CoreTexts = typeof de;

export const coreDe: CoreTexts = de;

/** What an English widget says while its texts arrive (`core-en.ts`). */
export const loadingTexts: Texts<{ loading: string }> = { de: { loading: de.loading }, en: { loading: 'Loading …' } };
