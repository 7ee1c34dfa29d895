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
    titleGroup: 'Gebäude und Grundstücke für Ihre Gruppe',
    searching: 'Passende Angebote werden gesucht …',
    found: (shown: number, total: number) =>
      total === 1
        ? 'Ein passendes Angebot gefunden.'
        : shown < total
          ? `${total} passende Angebote gefunden. Hier sehen Sie die ${shown} besten.`
          : `${total} passende Angebote gefunden.`,
    foundGroup: (shown: number, total: number) =>
      total === 1
        ? 'Ein passendes Gebäude oder Grundstück gefunden.'
        : shown < total
          ? `${total} passende Gebäude und Grundstücke gefunden. Hier sehen Sie die ${shown} besten.`
          : `${total} passende Gebäude und Grundstücke gefunden.`,
    sorted: 'Sortiert danach, wie gut es in beide Richtungen passt: zu Ihnen und Sie zum Projekt.',
    sortedGroup: 'Sortiert danach, wie gut es in beide Richtungen passt: zu Ihrer Gruppe und Ihre Gruppe zum Angebot.',
    sortLabel: 'Sortieren nach',
    sort: { fit: 'Passung', distance: 'Entfernung', cost: 'Monatlichen Kosten' },
    sortedBy: { fit: 'Sortiert nach Passung.', distance: 'Sortiert nach Entfernung, die nächsten zuerst.', cost: 'Sortiert nach monatlichen Kosten, die günstigsten zuerst.' },
    alternativesTitle: 'Das kommt am nächsten',
    alternativesText: 'Diese Angebote passen in einem Punkt nicht, der Ihnen als Ausschlusskriterium wichtig ist – vielleicht lohnt sich trotzdem ein Blick.',
    emptyTitle: 'Noch nichts Passendes dabei',
    emptyText:
      'Zurzeit passt kein Angebot zu Ihren Angaben. Versuchen Sie einen größeren Umkreis oder weniger Ausschlusskriterien – oder schauen Sie später wieder vorbei: Es kommen laufend neue Projekte dazu.',
    edit: 'Antworten ändern',
    startOver: 'Neu beginnen',
    failed: 'Die Vorschläge konnten nicht geladen werden.',
    answersKept: 'Ihre Antworten bleiben erhalten.',
  },

  notify: {
    title: 'Benachrichtigen, sobald etwas Passendes erscheint',
    text: 'Wir speichern Ihre Antworten und E-Mail-Adresse und schreiben Ihnen, sobald ein neues Angebot passt. Zuerst kommt eine E-Mail mit Bestätigungslink – ohne Bestätigung löschen wir die Suche nach 7 Tagen.',
    email: 'Ihre E-Mail-Adresse',
    consent: 'Ja, informieren Sie mich per E-Mail über neue passende Angebote. Ich kann mich jederzeit über den Link in jeder E-Mail abmelden.',
    submit: 'Benachrichtigung einrichten',
    sending: 'Wird gespeichert …',
    sentTitle: 'Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse',
    sent: (email: string) => `Wir haben eine E-Mail an ${email} geschickt. Erst wenn Sie den Link darin bestätigen, benachrichtigen wir Sie.`,
    failed: 'Die Benachrichtigung konnte nicht eingerichtet werden.',
  },

  detail: {
    back: 'Zurück zu den Vorschlägen',
    loading: 'Details werden geladen …',
    failed: 'Die Details konnten nicht geladen werden.',
    photos: 'Fotos',
    about: 'Über das Angebot',
    facts: 'Auf einen Blick',
    settlement: 'Lage',
    units: 'Wohneinheiten',
    unitsFree: (free: string, total: string) => `${free} von ${total} frei`,
    livingSpace: 'Wohnfläche',
    sqm: (n: string) => `${n} m²`,
    sqmRange: (min: string, max: string) => `${min} – ${max} m²`,
    plot: 'Grundstück',
    children: 'Kinder willkommen',
    pets: 'Haustiere möglich',
    no: 'nein',
    website: 'Website des Angebots',
    fitTitle: 'Wie es passt – in beide Richtungen',
    fitIntro: 'Frage für Frage: Ihre Antwort neben der des Angebots, mit Ihrer und seiner Gewichtung.',
    seekerFit: 'Passung für Sie',
    projectFit: 'Passung für das Projekt',
    projectFitGroup: 'Passung für das Angebot',
    seekerSide: 'Was Sie sich wünschen',
    seekerSideGroup: 'Was Ihre Gruppe sich wünscht',
    projectSide: 'Was das Projekt sucht',
    projectSideGroup: 'Was das Angebot voraussetzt',
    yourAnswer: 'Ihre Antwort',
    projectAnswer: 'Angabe des Projekts',
    projectAnswerGroup: 'Angabe des Angebots',
    importance: (label: string) => `Gewichtung: ${label}`,
    notAnswered: 'keine Angabe',
    fit: (v: number | null): string =>
      v === null ? 'nicht verglichen' : v >= 0.8 ? 'passt' : v >= 0.5 ? 'passt teilweise' : v > 0 ? 'passt kaum' : 'passt nicht',
    notCompared: (n: number) => (n === 1 ? 'Eine weitere Frage ohne Vergleich' : `${n} weitere Fragen ohne Vergleich`),
    noMatch: 'Dieses Angebot erfüllt nicht alle Ihre Ausschlusskriterien.',
    contact: 'Projekt kontaktieren',
    contactGroup: 'Anbieter kontaktieren',
    details: 'Details ansehen',
  },

  contact: {
    title: (listing: string) => `Anfrage an „${listing}“`,
    intro: 'Stellen Sie sich kurz vor. Das Projekt antwortet Ihnen per E-Mail.',
    introGroup: 'Stellen Sie Ihre Gruppe kurz vor. Der Anbieter antwortet Ihnen per E-Mail.',
    name: 'Ihr Name',
    email: 'Ihre E-Mail-Adresse',
    emailHint: 'Dorthin schicken wir die Bestätigung mit einem Link, über den Sie Ihre Daten einsehen, löschen und die Anfrage zurückziehen können.',
    message: 'Ihre Nachricht',
    messageHint: 'Wer Sie sind, was Sie reizt, wann Sie sich kennenlernen möchten.',
    previewTitle: 'Das sieht das Projekt',
    previewTitleGroup: 'Das sieht der Anbieter',
    previewIntro: 'Genau diese Angaben werden übermittelt. Ihre jetzige Postleitzahl wird nie weitergegeben.',
    household: 'Haushalt',
    group: 'Gruppe',
    adults: (n: number) => (n === 1 ? '1 Erwachsene·r' : `${n} Erwachsene`),
    children: (n: number) => (n === 1 ? '1 Kind' : `${n} Kinder`),
    households: (n: number) => `${n} Haushalte`,
    ages: 'Altersgruppen',
    pets: 'Haustiere',
    score: 'Passung',
    scoreValue: (score: number, band: string) => `${score} von 100 (${band})`,
    answers: (n: number) => `Ihre Antworten (${n})`,
    needsHidden: 'Ihre Angaben zu Barrierefreiheit und Unterstützung werden nicht übermittelt.',
    needsShared: 'Ihre Angaben zu Barrierefreiheit und Unterstützung werden übermittelt.',
    consentTitle: 'Ihre Einwilligung',
    consentContact: (listing: string) =>
      `Ich willige ein, dass bring-together meinen Namen, meine E-Mail-Adresse, meine Nachricht und die oben gezeigten Angaben an „${listing}“ übermittelt, damit man mir antworten kann. Ich kann die Einwilligung jederzeit über den Link in der Bestätigungs-E-Mail widerrufen.`,
    consentNeeds:
      'Ich willige ausdrücklich ein, dass auch meine Angaben zu Barrierefreiheit und Unterstützungsbedarf übermittelt werden. Das sind Gesundheitsdaten; ohne dieses Häkchen bleiben sie bei mir. (freiwillig)',
    turnstile: 'Bitte bestätigen Sie kurz, dass Sie ein Mensch sind.',
    turnstileFailed: 'Die Prüfung gegen Spam hat nicht geklappt. Bitte bestätigen Sie erneut.',
    submit: 'Anfrage senden',
    sending: 'Wird gesendet …',
    cancel: 'Zurück zum Angebot',
    failed: 'Die Anfrage konnte nicht gesendet werden.',
    draftKept: 'Ihre Eingaben bleiben erhalten.',
    sentTitle: 'Ihre Anfrage ist verschickt',
    sent: (listing: string) => `„${listing}“ hat Ihre Anfrage mit Ihrer Passung und den Gründen erhalten und meldet sich per E-Mail bei Ihnen.`,
    sentMail: (email: string) =>
      `Wir haben Ihnen eine Bestätigung an ${email} geschickt. Darin steht ein Link, über den Sie Ihre Daten einsehen, exportieren und löschen und die Anfrage zurückziehen können.`,
    sentMailFailed: 'Die Bestätigungs-E-Mail konnte gerade nicht verschickt werden. Ihre Anfrage ist trotzdem angekommen.',
    backToResults: 'Weitere Vorschläge ansehen',
    problems: {
      required: 'Bitte füllen Sie dieses Feld aus.',
      email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
      consent: 'Ohne diese Einwilligung können wir nicht fortfahren.',
      tooLong: 'Dieser Text ist zu lang.',
    },
    listingGone: 'Dieses Angebot ist hier nicht mehr verfügbar.',
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
    failed: 'Passt nicht, weil …',
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
