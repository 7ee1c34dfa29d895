/**
 * Texts of the results chunk: what the search says while it asks for matches or a listing, the
 * result list, its cards, and the listing facts the detail view shows as well.
 */
import type { ListingSummary } from '../api/shapes';
import type { Texts } from './index';

type Stage = ListingSummary['stage'];
type LegalForm = ListingSummary['legalForm'];
type ListingKind = ListingSummary['kind'];

const de = {
  search: {
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
    emptyTitle: 'Noch nichts Passendes dabei',
    alternativesTitle: 'Das kommt am nächsten',
    failed: 'Die Vorschläge konnten nicht geladen werden.',
  },

  listing: {
    loading: 'Details werden geladen …',
    failed: 'Die Details konnten nicht geladen werden.',
  },

  results: {
    title: 'Ihre Vorschläge',
    titleGroup: 'Gebäude und Grundstücke für Ihre Gruppe',
    sorted: 'Sortiert danach, wie gut es in beide Richtungen passt: zu Ihnen und Sie zum Projekt.',
    sortedGroup: 'Sortiert danach, wie gut es in beide Richtungen passt: zu Ihrer Gruppe und Ihre Gruppe zum Angebot.',
    sortLabel: 'Sortieren nach',
    sort: { fit: 'Passung', distance: 'Entfernung', cost: 'Monatlichen Kosten' },
    sortedBy: { fit: 'Sortiert nach Passung.', distance: 'Sortiert nach Entfernung, die nächsten zuerst.', cost: 'Sortiert nach monatlichen Kosten, die günstigsten zuerst.' },
    alternativesText: 'Diese Angebote passen in einem Punkt nicht, der Ihnen als Ausschlusskriterium wichtig ist – vielleicht lohnt sich trotzdem ein Blick.',
    emptyText:
      'Zurzeit passt kein Angebot zu Ihren Angaben. Versuchen Sie einen größeren Umkreis oder weniger Ausschlusskriterien – oder schauen Sie später wieder vorbei: Es kommen laufend neue Projekte dazu.',
    edit: 'Antworten ändern',
    browse: 'Alle ansehen',
    groups: 'Mitstreiter finden / Gruppe gründen',
    notifyOffer: 'Bei neuen passenden Angeboten benachrichtigen',
    notifyOfferGroup: 'Bei neuen passenden Gebäuden und Grundstücken benachrichtigen',
    notifyOfferText: 'Nichts Passendes dabei? Wir schreiben Ihnen, sobald ein neues Projekt zu Ihren Antworten passt – höchstens eine E-Mail am Tag.',
    notifyOfferTextGroup: 'Nichts Passendes dabei? Wir schreiben Ihnen, sobald ein neues Gebäude oder Grundstück zu Ihrer Gruppe passt – höchstens eine E-Mail am Tag.',
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
    details: 'Details ansehen',
    fitsMe: 'Passt das zu mir?',
    page: 'Projektseite',
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
};

export type ResultsTexts = typeof de;

export const resultsTexts: Texts<ResultsTexts> = {
  de,
  en: {
    search: {
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
      emptyTitle: 'Nothing suitable yet',
      alternativesTitle: 'The closest offers',
      failed: 'The suggestions could not be loaded.',
    },

    listing: {
      loading: 'Loading details …',
      failed: 'The details could not be loaded.',
    },

    results: {
      title: 'Your suggestions',
      titleGroup: 'Buildings and plots for your group',
      sorted: 'Sorted by how well it fits both ways: the project to you, and you to the project.',
      sortedGroup: 'Sorted by how well it fits both ways: the offer to your group, and your group to the offer.',
      sortLabel: 'Sort by',
      sort: { fit: 'Fit', distance: 'Distance', cost: 'Monthly cost' },
      sortedBy: { fit: 'Sorted by fit.', distance: 'Sorted by distance, nearest first.', cost: 'Sorted by monthly cost, lowest first.' },
      alternativesText: 'These offers miss one point you marked as a dealbreaker – they may still be worth a look.',
      emptyText:
        'No offer matches your answers at the moment. Try a larger radius or fewer dealbreakers – or come back later: new projects are added all the time.',
      edit: 'Change answers',
      browse: 'Browse all',
      groups: 'Find fellow residents / start a group',
      notifyOffer: 'Notify me of new matching projects',
      notifyOfferGroup: 'Notify me of new matching buildings and plots',
      notifyOfferText: 'Nothing quite right? We will write to you as soon as a new project fits your answers – at most one email a day.',
      notifyOfferTextGroup: 'Nothing quite right? We will write to you as soon as a new building or plot fits your group – at most one email a day.',
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
      details: 'View details',
      fitsMe: 'Does this fit me?',
      page: 'Listing page',
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
  },
};
