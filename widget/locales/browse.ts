/**
 * Texts of the browse chunk ("Browse all": filters, list, paging) and of the map it draws (the map
 * chunk gets them from the browse view). Kinds, stages, legal forms and the card's words come from
 * the results catalogue, which the cards share.
 */
import type { Texts } from './index';

const de = {
  title: 'Alle Angebote',
  lead: (org: string) => `Alle Wohnprojekte, Gebäude und Grundstücke, die ${org} hier zeigt – ohne Fragebogen. Ob eines zu Ihnen passt, sagt Ihnen „Passt das zu mir?“.`,
  back: 'Zurück',
  filters: 'Angebote filtern',
  any: 'alle',
  kind: 'Art',
  place: 'Ort oder Postleitzahl',
  placeHint: 'Zum Beispiel Zittau oder 027.',
  maxMonthlyCost: 'Monatliche Kosten höchstens (Euro)',
  minFreePlaces: 'Freie Plätze mindestens',
  barrierFree: 'Nur barrierefreie Angebote',
  sortLabel: 'Sortieren nach',
  sort: { newest: 'Neueste zuerst', cost: 'Monatliche Kosten, günstigste zuerst', freePlaces: 'Freie Plätze, meiste zuerst', place: 'Ort, A bis Z' },
  apply: 'Angebote anzeigen',
  reset: 'Filter zurücksetzen',
  numberProblem: 'Bitte geben Sie eine ganze Zahl ab 0 ein, zum Beispiel 800.',
  count: (n: number) => (n === 0 ? 'Kein Angebot gefunden.' : n === 1 ? 'Ein Angebot gefunden.' : `${n} Angebote gefunden.`),
  shown: (shown: number, total: number) => `${shown} von ${total} werden angezeigt.`,
  more: 'Weitere Angebote anzeigen',
  loading: 'Angebote werden geladen …',
  failed: 'Die Angebote konnten nicht geladen werden.',
  emptyText: 'Mit diesen Filtern gibt es zurzeit kein Angebot. Versuchen Sie es mit weniger Filtern.',
  listTitle: 'Liste der Angebote',
  map: {
    title: 'Karte',
    label: (places: number) => `Karte mit ${places === 1 ? 'einem Ort' : `${places} Orten`}`,
    marker: (place: string, titles: string) => `${place}: ${titles}`,
    caption: 'Ungefähre Lage nach Postleitzahl, ohne Kartendienst. Die Liste darunter nennt dieselben Angebote. Eine Markierung führt zu ihren Angeboten in der Liste.',
    loading: 'Karte wird geladen …',
    picked: (place: string, n: number) => (n === 1 ? `${place}: ein Angebot, in der Liste.` : `${place}: ${n} Angebote, das erste in der Liste.`),
  },
};

export type BrowseTexts = typeof de;

export const browseTexts: Texts<BrowseTexts> = {
  de,
  en: {
    title: 'All offers',
    lead: (org) => `Every housing project, building and plot ${org} shows here – no questionnaire needed. "Does this fit me?" tells you whether one suits you.`,
    back: 'Back',
    filters: 'Filter offers',
    any: 'all',
    kind: 'Type',
    place: 'Place or postcode',
    placeHint: 'For example Zittau or 027.',
    maxMonthlyCost: 'Monthly cost at most (euros)',
    minFreePlaces: 'Free places at least',
    barrierFree: 'Barrier-free offers only',
    sortLabel: 'Sort by',
    sort: { newest: 'Newest first', cost: 'Monthly cost, lowest first', freePlaces: 'Free places, most first', place: 'Place, A to Z' },
    apply: 'Show offers',
    reset: 'Reset filters',
    numberProblem: 'Please enter a whole number from 0, for example 800.',
    count: (n) => (n === 0 ? 'No offer found.' : n === 1 ? 'One offer found.' : `${n} offers found.`),
    shown: (shown, total) => `Showing ${shown} of ${total}.`,
    more: 'Show more offers',
    loading: 'Loading offers …',
    failed: 'The offers could not be loaded.',
    emptyText: 'No offer matches these filters at the moment. Try fewer filters.',
    listTitle: 'List of offers',
    map: {
      title: 'Map',
      label: (places) => `Map with ${places === 1 ? 'one place' : `${places} places`}`,
      marker: (place, titles) => `${place}: ${titles}`,
      caption: 'Approximate location by postcode, without a map service. The list below names the same offers. A marker leads to its offers in the list.',
      loading: 'Loading map …',
      picked: (place, n) => (n === 1 ? `${place}: one offer, in the list.` : `${place}: ${n} offers, the first one in the list.`),
    },
  },
};
