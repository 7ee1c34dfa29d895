/**
 * German UI strings (the default). Every text the widget shows lives here or in `en.ts`; the
 * questionnaire's own texts come localized from the catalogue. `en.ts` must have the same shape
 * (it is typed as `Messages`), so a missing translation is a type error.
 */
import type { MatchListing } from '../../worker/matching/types';

type Stage = MatchListing['stage'];
type LegalForm = MatchListing['legalForm'];
type ListingKind = MatchListing['kind'];

export const de = {
  /** BCP 47 tag used for number, currency and list formatting. */
  intlLocale: 'de-DE',

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
  },

  steps: {
    progress: (n: number, total: number) => `Schritt ${n} von ${total}`,
    back: 'Zurück',
    next: 'Weiter',
    finish: 'Vorschläge anzeigen',
    nav: 'Fragebogen-Navigation',
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

  results: {
    title: 'Ihre Vorschläge',
    searching: 'Passende Angebote werden gesucht …',
    found: (shown: number, total: number) =>
      total === 1
        ? 'Ein passendes Angebot gefunden.'
        : shown < total
          ? `${total} passende Angebote gefunden. Hier sehen Sie die ${shown} besten.`
          : `${total} passende Angebote gefunden.`,
    sorted: 'Sortiert danach, wie gut es in beide Richtungen passt: zu Ihnen und Sie zum Projekt.',
    emptyTitle: 'Noch nichts Passendes dabei',
    emptyText:
      'Zurzeit passt kein Angebot zu Ihren Angaben. Versuchen Sie einen größeren Umkreis oder weniger Ausschlusskriterien – oder schauen Sie später wieder vorbei: Es kommen laufend neue Projekte dazu.',
    edit: 'Antworten ändern',
    startOver: 'Neu beginnen',
    failed: 'Die Vorschläge konnten nicht geladen werden.',
    answersKept: 'Ihre Antworten bleiben erhalten.',
  },

  card: {
    scoreBand: (score: number): string =>
      score >= 80 ? 'passt sehr gut' : score >= 60 ? 'passt gut' : score >= 40 ? 'passt teilweise' : 'passt eher wenig',
    outOf: 'von 100 Punkten',
    kind: { project: 'Wohnprojekt', property: 'Gebäude oder Grundstück' } satisfies Record<ListingKind, string>,
    distance: (km: string) => `${km} km entfernt`,
    cost: 'Monatliche Kosten',
    costRange: (min: string, max: string) => `${min} – ${max}`,
    costFrom: (min: string) => `ab ${min}`,
    costUpTo: (max: string) => `bis ${max}`,
    costUnknown: 'auf Anfrage',
    equity: 'Eigenkapital / Anteile',
    equityNone: 'keins nötig',
    stage: 'Stand',
    legalForm: 'Rechtsform',
    freePlaces: 'Freie Plätze',
    barrierFree: 'Barrierefrei',
    yes: 'ja',
    reasons: 'Passt, weil …',
    watchOuts: 'Beachten',
  },

  stage: {
    forming: 'Gruppe in Gründung',
    planning: 'in Planung',
    building: 'im Bau',
    occupied: 'bewohnt',
  } satisfies Record<Stage, string>,

  legalForm: {
    cooperative: 'Genossenschaft',
    syndicate: 'Mietshäuser Syndikat',
    ownership: 'Eigentum',
    rental: 'Miete',
    foundation: 'Stiftung',
    other: 'andere Form',
  } satisfies Record<LegalForm, string>,

  errors: {
    unavailableTitle: 'Die Suche ist hier gerade nicht verfügbar',
    missingKey: 'Dem Einbettungscode fehlt der Schlüssel (data-key bzw. key="pk_…").',
    unknownKey: 'Der Schlüssel dieses Einbettungscodes ist unbekannt. Bitte prüfen Sie den Code.',
    keyRevoked: 'Diese Suche wurde vom Anbieter abgeschaltet.',
    originNotAllowed: 'Diese Suche ist für diese Website nicht freigeschaltet.',
    network: 'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    timeout: 'Der Server antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.',
    rateLimited: 'Gerade kommen sehr viele Anfragen an. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
    server: 'Auf unserer Seite ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
    retry: 'Erneut versuchen',
    forOperators: 'Für Betreiber der Website',
    technical: (code: string, requestId: string | undefined) => `Fehlercode: ${code}${requestId ? ` · Anfrage-ID: ${requestId}` : ''}`,
  },
};

export type Messages = typeof de;
