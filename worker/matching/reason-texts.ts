/**
 * Every reason text in both languages, in one table: German first, written as the end of a sentence
 * "passt, weil …" / "Achtung: …". Parameters are raw values (euros, km, option values); the
 * formatter turns them into locale text, so a stored reason can be shown in either language.
 */
import type { Locale } from '../questionnaire/types';

/** Formatting helpers handed to each text (implemented per locale in reasons.ts). */
export interface TextFormat {
  /** Whole euros: "1.250 €" / "€1,250". */
  money(euros: unknown): string;
  /** Kilometres with one decimal below 10: "3,2 km" / "3.2 km". */
  km(km: unknown): string;
  num(n: unknown): string;
  /** Label of an option value of a catalogue question, e.g. ('community.meals', 'weekly') → "wöchentlich". */
  option(questionId: string, value: unknown): string;
}

export type ReasonParams = Readonly<Record<string, string | number>>;
type Text = (p: ReasonParams, f: TextFormat) => string;

/** Option labels that read badly inside a sentence when taken from the catalogue as they are. */
export const VALUE_TEXTS: Readonly<Record<string, Readonly<Record<string, Record<Locale, string>>>>> = {
  'who.householdType': {
    single: { de: 'Alleinstehende', en: 'single people' },
    couple: { de: 'Paare', en: 'couples' },
    family: { de: 'Familien', en: 'families' },
    senior: { de: 'ältere Menschen', en: 'older people' },
    group: { de: 'Gruppen', en: 'groups' },
  },
  'money.legalForms': {
    other: { de: 'sonstige', en: 'other' },
  },
  'community.ecology': {
    low: { de: 'gering', en: 'low' },
    medium: { de: 'mittel', en: 'medium' },
    high: { de: 'hoch', en: 'high' },
  },
  'needs.support': {
    offer: { de: 'Unterstützung wird angeboten', en: 'support is offered' },
    need: { de: 'Unterstützung wird gebraucht', en: 'support is needed' },
    both: { de: 'gegenseitige Unterstützung', en: 'mutual support' },
    none: { de: 'keine', en: 'none' },
  },
};

const plural = (n: unknown, one: string, many: string) => (n === 1 ? one : many);

/** Mirrored preferences share two sentence shapes; only the title and question differ. */
function sameAndDifferent(questionId: string, title: Record<Locale, string>): { same: Record<Locale, Text>; different: Record<Locale, Text> } {
  return {
    same: {
      de: (p, f) => `${title.de}: ${f.option(questionId, p.value)} – wie Sie es sich wünschen`,
      en: (p, f) => `${title.en}: ${f.option(questionId, p.value)} – just as you wish`,
    },
    different: {
      de: (p, f) => `${title.de} im Projekt: ${f.option(questionId, p.value)}, Ihr Wunsch: ${f.option(questionId, p.wanted)}`,
      en: (p, f) => `${title.en} in the project: ${f.option(questionId, p.value)}; you would like: ${f.option(questionId, p.wanted)}`,
    },
  };
}

const meals = sameAndDifferent('community.meals', { de: 'Gemeinsame Mahlzeiten', en: 'Shared meals' });
const decisions = sameAndDifferent('community.decisions', { de: 'Entscheidungen', en: 'Decisions' });
const ageMix = sameAndDifferent('community.ageMix', { de: 'Altersmischung', en: 'Age mix' });
const ecology = sameAndDifferent('community.ecology', { de: 'Stellenwert ökologischen Lebens', en: 'Importance of ecological living' });
const carFree = sameAndDifferent('community.carFree', { de: 'Autofrei leben', en: 'Car-free living' });
const sharedEconomy = sameAndDifferent('community.sharedEconomy', { de: 'Gemeinsame Ökonomie', en: 'Shared economy' });
const atmosphere = sameAndDifferent('needs.atmosphere', { de: 'Atmosphäre', en: 'Atmosphere' });
const guests = sameAndDifferent('needs.guests', { de: 'Gäste', en: 'Guests' });
const tidiness = sameAndDifferent('needs.tidiness', { de: 'Ordnung in Gemeinschaftsräumen', en: 'Tidiness of shared spaces' });

export const REASON_TEXTS = {
  'size.fits': {
    de: (p, f) => `${f.num(p.places)} ${plural(p.places, 'freier Platz', 'freie Plätze')} – genug für Ihren Haushalt`,
    en: (p, f) => `${f.num(p.places)} free ${plural(p.places, 'place', 'places')} – enough for your household`,
  },
  'size.too_small': {
    de: (p, f) => `Nur ${f.num(p.places)} ${plural(p.places, 'freier Platz', 'freie Plätze')} für ${f.num(p.persons)} Personen`,
    en: (p, f) => `Only ${f.num(p.places)} free ${plural(p.places, 'place', 'places')} for ${f.num(p.persons)} people`,
  },
  'pets.welcome': {
    de: (p, f) => `Haustiere willkommen: ${f.option('who.pets', p.pets)}`,
    en: (p, f) => `Pets welcome: ${f.option('who.pets', p.pets)}`,
  },
  'household.sought': {
    de: (p, f) => `Das Projekt sucht ${f.option('who.householdType', p.type)} ${p.type === 'group' ? 'wie Ihre' : 'wie Sie'}`,
    en: (p, f) => `The project is looking for ${f.option('who.householdType', p.type)} like ${p.type === 'group' ? 'yours' : 'you'}`,
  },
  'household.not_sought': {
    de: (p, f) => `Das Projekt sucht vor allem andere Haushalte als ${f.option('who.householdType', p.type)}`,
    en: (p, f) => `The project is mainly looking for households other than ${f.option('who.householdType', p.type)}`,
  },
  'age.sought': {
    de: (p, f) => `Das Projekt sucht Menschen Ihrer Altersgruppe (${f.option('who.ageBands', p.band)})`,
    en: (p, f) => `The project is looking for people of your age group (${f.option('who.ageBands', p.band)})`,
  },
  'age.not_sought': {
    de: (p, f) => `Das Projekt sucht vor allem andere Altersgruppen (z. B. ${f.option('who.ageBands', p.band)})`,
    en: (p, f) => `The project is mainly looking for other age groups (e.g. ${f.option('who.ageBands', p.band)})`,
  },
  'distance.near': {
    de: (p, f) => `Nur ${f.km(p.km)} von Ihrem Wunschort entfernt`,
    en: (p, f) => `Only ${f.km(p.km)} from where you would like to live`,
  },
  'settlement.match': {
    de: (p, f) => `Liegt in der gewünschten Umgebung: ${f.option('where.settlement', p.settlement)}`,
    en: (p, f) => `In the kind of place you want: ${f.option('where.settlement', p.settlement)}`,
  },
  'settlement.mismatch': {
    de: (p, f) => `Liegt nicht in der gewünschten Umgebung (${f.option('where.settlement', p.settlement)})`,
    en: (p, f) => `Not the kind of place you want (${f.option('where.settlement', p.settlement)})`,
  },
  'timeline.match': {
    de: (p, f) => `Einzug ${f.option('where.timeline', p.timeline)} möglich – passt zu Ihrem Zeitplan`,
    en: (p, f) => `Move-in: ${f.option('where.timeline', p.timeline)} – fits your timeline`,
  },
  'timeline.mismatch': {
    de: (p, f) => `Einzug ${f.option('where.timeline', p.timeline)} möglich, Ihr Wunsch: ${f.option('where.timeline', p.wanted)}`,
    en: (p, f) => `Move-in: ${f.option('where.timeline', p.timeline)}; you would like: ${f.option('where.timeline', p.wanted)}`,
  },
  'forms.match': {
    de: (p, f) => `Bietet die gewünschte Wohnform: ${f.option('home.forms', p.form)}`,
    en: (p, f) => `Offers the kind of home you want: ${f.option('home.forms', p.form)}`,
  },
  'forms.mismatch': {
    de: (p, f) => `Bietet nicht die gewünschte Wohnform (sondern z. B. ${f.option('home.forms', p.form)})`,
    en: (p, f) => `Does not offer the kind of home you want (it offers e.g. ${f.option('home.forms', p.form)})`,
  },
  'legal_form.match': {
    de: (p, f) => `Rechtsform ${f.option('money.legalForms', p.legalForm)} kommt für Sie in Frage`,
    en: (p, f) => `Legal form ${f.option('money.legalForms', p.legalForm)} suits you`,
  },
  'legal_form.mismatch': {
    de: (p, f) => `Rechtsform ${f.option('money.legalForms', p.legalForm)} gehört nicht zu Ihren Wunschmodellen`,
    en: (p, f) => `Legal form ${f.option('money.legalForms', p.legalForm)} is not one you chose`,
  },
  'cost.within_budget': {
    de: (p, f) => `Monatliche Kosten ab ${f.money(p.cost)} liegen in Ihrem Budget von ${f.money(p.budget)}`,
    en: (p, f) => `Monthly costs from ${f.money(p.cost)} are within your budget of ${f.money(p.budget)}`,
  },
  'cost.over_budget': {
    de: (p, f) => `Monatliche Kosten ab ${f.money(p.cost)} liegen über Ihrem Budget von ${f.money(p.budget)}`,
    en: (p, f) => `Monthly costs from ${f.money(p.cost)} are above your budget of ${f.money(p.budget)}`,
  },
  'equity.enough': {
    de: (p, f) => `Ihr Eigenkapital reicht für den geforderten Anteil von ${f.money(p.amount)}`,
    en: (p, f) => `Your equity covers the required share of ${f.money(p.amount)}`,
  },
  'equity.missing': {
    de: (p, f) => `Gefordert sind ${f.money(p.amount)} Eigenkapital bzw. Anteile – mehr als Sie angegeben haben`,
    en: (p, f) => `${f.money(p.amount)} in equity or shares required – more than you stated`,
  },
  'price.within_equity': {
    de: (p, f) => `Der Preis von ${f.money(p.amount)} ist durch Ihr Eigenkapital gedeckt`,
    en: (p, f) => `The price of ${f.money(p.amount)} is covered by your equity`,
  },
  'price.over_equity': {
    de: (p, f) => `Der Preis von ${f.money(p.amount)} liegt deutlich über Ihrem Eigenkapital`,
    en: (p, f) => `The price of ${f.money(p.amount)} is well above your equity`,
  },
  'wbs.available': {
    de: () => 'Es gibt geförderte Wohnungen für Menschen mit Wohnberechtigungsschein',
    en: () => 'There are subsidised flats for people with a housing entitlement certificate (WBS)',
  },
  'wbs.unavailable': {
    de: () => 'Keine geförderten Wohnungen (WBS)',
    en: () => 'No subsidised (WBS) flats',
  },
  'wbs.required': {
    de: () => 'Die geförderten Wohnungen setzen einen Wohnberechtigungsschein (WBS) voraus',
    en: () => 'The subsidised flats require a housing entitlement certificate (WBS)',
  },
  'hours.fit': {
    de: (p, f) => `Das Projekt erwartet ${f.num(p.expected)} ${plural(p.expected, 'Stunde', 'Stunden')} Mitarbeit im Monat, Sie möchten ${f.num(p.hours)} einbringen`,
    en: (p, f) => `The project expects ${f.num(p.expected)} ${plural(p.expected, 'hour', 'hours')} of participation a month; you would like to give ${f.num(p.hours)}`,
  },
  'project.wants_hours': {
    de: (p, f) => `Das Projekt erwartet ${f.num(p.expected)} ${plural(p.expected, 'Stunde', 'Stunden')} Mitarbeit im Monat, mehr als Ihre ${f.num(p.hours)}`,
    en: (p, f) => `The project expects ${f.num(p.expected)} ${plural(p.expected, 'hour', 'hours')} of participation a month, more than your ${f.num(p.hours)}`,
  },
  'barrier_free.yes': {
    de: () => 'Barrierefreie Wohnungen vorhanden',
    en: () => 'Barrier-free homes available',
  },
  'barrier_free.no': {
    de: () => 'Keine barrierefreie Wohnung',
    en: () => 'No barrier-free home',
  },
  'meals.same': meals.same,
  'meals.different': meals.different,
  'decisions.same': decisions.same,
  'decisions.different': decisions.different,
  'age_mix.same': ageMix.same,
  'age_mix.different': ageMix.different,
  'ecology.same': ecology.same,
  'ecology.different': ecology.different,
  'car_free.same': carFree.same,
  'car_free.different': carFree.different,
  'shared_economy.same': sharedEconomy.same,
  'shared_economy.different': sharedEconomy.different,
  'support.match': {
    de: (p, f) => `Nachbarschaftliche Unterstützung passt zu Ihnen (im Projekt: ${f.option('needs.support', p.value)})`,
    en: (p, f) => `Support among neighbours suits you (in the project: ${f.option('needs.support', p.value)})`,
  },
  'support.mismatch': {
    de: (p, f) => `Nachbarschaftliche Unterstützung im Projekt: ${f.option('needs.support', p.value)} – passt nicht zu Ihrem Wunsch`,
    en: (p, f) => `Support among neighbours in the project: ${f.option('needs.support', p.value)} – not what you are looking for`,
  },
  'atmosphere.same': atmosphere.same,
  'atmosphere.different': atmosphere.different,
  'guests.same': guests.same,
  'guests.different': guests.different,
  'tidiness.same': tidiness.same,
  'tidiness.different': tidiness.different,
} satisfies Record<string, Record<Locale, Text>>;

export type ReasonCode = keyof typeof REASON_TEXTS;
export const REASON_CODES = Object.keys(REASON_TEXTS) as ReasonCode[];
