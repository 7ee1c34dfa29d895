import type { Catalogue, LocalizedText, Question, QuestionOption } from './types';

/**
 * Questionnaire catalogue v1: five steps, seeker wording and the project's mirror wording.
 * Changing a question's meaning needs a new version; listings keep the version they answered.
 *
 * @example
 * import { catalogueV1 } from './v1';
 * catalogueV1.questions.filter((q) => q.step === 'who');
 */
const t = (de: string, en: string): LocalizedText => ({ de, en });
const opt = (value: string, de: string, en: string): QuestionOption => ({ value, label: t(de, en) });

const questions: Question[] = [
  // 1 — Who
  {
    id: 'who.seekerType', step: 'who', kind: 'single', side: 'seeker', weighted: false, required: true,
    label: t('Wer sucht?', 'Who is looking?'),
    options: [
      opt('household', 'Ein Haushalt (allein, als Paar oder Familie) sucht einen Platz in einem Projekt', 'One household (single, couple or family) looking for a place in a project'),
      opt('group', 'Eine Gruppe mehrerer Haushalte sucht ein Gebäude oder Grundstück', 'A group of several households looking for a building or plot'),
    ],
  },
  {
    id: 'who.households', step: 'who', kind: 'count', side: 'seeker', weighted: false, onlyFor: 'group', min: 2, max: 30,
    label: t('Wie viele Haushalte gehören zur Gruppe?', 'How many households are in the group?'),
  },
  {
    id: 'who.adults', step: 'who', kind: 'count', side: 'seeker', weighted: false, required: true, min: 1, max: 60,
    label: t('Wie viele Erwachsene?', 'How many adults?'),
  },
  {
    id: 'who.children', step: 'who', kind: 'count', side: 'seeker', weighted: false, required: true, min: 0, max: 40,
    label: t('Wie viele Kinder?', 'How many children?'),
  },
  {
    id: 'who.ageBands', step: 'who', kind: 'multi', side: 'both', weighted: true,
    label: t('Altersgruppen der Erwachsenen', 'Age groups of the adults'),
    projectLabel: t('Welche Altersgruppen suchen Sie?', 'Which age groups are you looking for?'),
    options: [opt('u30', 'unter 30', 'under 30'), opt('30-44', '30–44', '30–44'), opt('45-64', '45–64', '45–64'), opt('65+', '65 und älter', '65 and over')],
  },
  {
    id: 'who.pets', step: 'who', kind: 'single', side: 'both', weighted: true,
    label: t('Haustiere', 'Pets'),
    projectLabel: t('Welche Haustiere sind möglich?', 'Which pets are possible?'),
    options: [opt('none', 'keine', 'none'), opt('small', 'Kleintiere oder Katze', 'small animals or a cat'), opt('dog', 'Hund', 'dog')],
  },
  {
    id: 'who.originPostcode', step: 'who', kind: 'postcode', side: 'seeker', weighted: false,
    label: t('Postleitzahl Ihres jetzigen Wohnorts', 'Postcode where you live now'),
    hint: t('Nur der Landkreis wird anonym gezählt, nie die Postleitzahl selbst.', 'Only the district is counted anonymously, never the postcode itself.'),
  },
  {
    id: 'who.householdType', step: 'who', kind: 'multi', side: 'project', weighted: true,
    projectLabel: t('Welche Haushalte suchen Sie?', 'Which households are you looking for?'),
    options: [opt('single', 'Alleinstehende', 'singles'), opt('couple', 'Paare', 'couples'), opt('family', 'Familien mit Kindern', 'families with children'), opt('senior', 'Ältere Menschen', 'older people'), opt('group', 'Gruppen', 'groups')],
  },

  // 2 — Where and when
  {
    id: 'where.postcode', step: 'where', kind: 'postcode', side: 'seeker', weighted: false,
    label: t('Wo möchten Sie wohnen? (Postleitzahl)', 'Where would you like to live? (postcode)'),
    hint: t('Leer lassen für „überall in der Region“.', 'Leave empty for "anywhere in the region".'),
  },
  {
    id: 'where.radiusKm', step: 'where', kind: 'single', side: 'seeker', weighted: false,
    label: t('Umkreis', 'Radius'),
    options: [opt('10', '10 km', '10 km'), opt('25', '25 km', '25 km'), opt('50', '50 km', '50 km'), opt('100', '100 km', '100 km')],
  },
  {
    id: 'where.settlement', step: 'where', kind: 'multi', side: 'both', weighted: true,
    label: t('Welche Umgebung?', 'What kind of place?'),
    projectLabel: t('Lage des Projekts', 'Where the project is'),
    options: [opt('village', 'Dorf', 'village'), opt('small_town', 'Kleinstadt', 'small town'), opt('town', 'Stadt', 'town or city')],
  },
  {
    id: 'where.timeline', step: 'where', kind: 'single', side: 'both', weighted: true,
    label: t('Wann möchten Sie einziehen?', 'When would you like to move in?'),
    projectLabel: t('Wann ist ein Einzug möglich?', 'When can people move in?'),
    options: [opt('now', 'sofort', 'now'), opt('lt1y', 'innerhalb eines Jahres', 'within a year'), opt('1to3y', 'in 1–3 Jahren', 'in 1–3 years'), opt('flexible', 'flexibel', 'flexible')],
  },

  // 3 — Home and money
  {
    id: 'home.forms', step: 'home', kind: 'multi', side: 'both', weighted: true,
    label: t('Welche Wohnform?', 'What kind of home?'),
    projectLabel: t('Welche Wohnformen bieten Sie?', 'Which kinds of home do you offer?'),
    options: [opt('own_flat', 'eigene Wohnung im Projekt', 'own flat in a project'), opt('cluster_flat', 'Clusterwohnung', 'cluster flat'), opt('shared_flat', 'Wohngemeinschaft', 'shared flat'), opt('house', 'eigenes Haus', 'own house')],
  },
  {
    id: 'money.legalForms', step: 'home', kind: 'multi', side: 'seeker', weighted: true,
    label: t('Welche Rechts- und Eigentumsformen kommen in Frage?', 'Which legal and ownership models would suit you?'),
    options: [opt('cooperative', 'Genossenschaft', 'cooperative'), opt('syndicate', 'Mietshäuser Syndikat', 'Mietshäuser Syndikat'), opt('ownership', 'Eigentum', 'ownership'), opt('rental', 'Miete', 'rental'), opt('foundation', 'Stiftung', 'foundation')],
  },
  {
    id: 'money.maxMonthlyCost', step: 'home', kind: 'money', side: 'seeker', weighted: true, min: 0, max: 10000,
    unit: t('€ im Monat', '€ a month'),
    label: t('Höchstens monatliche Wohnkosten (warm)', 'Maximum monthly housing cost (incl. heating)'),
  },
  {
    id: 'money.equity', step: 'home', kind: 'single', side: 'seeker', weighted: false,
    label: t('Verfügbares Eigenkapital bzw. Genossenschaftsanteile', 'Equity or co-op shares available'),
    options: [opt('none', 'keins', 'none'), opt('lt10k', 'bis 10.000 €', 'up to €10,000'), opt('10k-50k', '10.000–50.000 €', '€10,000–50,000'), opt('50k-150k', '50.000–150.000 €', '€50,000–150,000'), opt('gt150k', 'über 150.000 €', 'over €150,000')],
  },
  {
    id: 'money.wbs', step: 'home', kind: 'boolean', side: 'both', weighted: true,
    label: t('Haben Sie Anspruch auf einen Wohnberechtigungsschein (WBS)?', 'Are you eligible for subsidised housing (WBS)?'),
    projectLabel: t('Gibt es geförderte Wohnungen (WBS)?', 'Are there subsidised flats (WBS)?'),
  },

  // 4 — Community
  {
    id: 'community.meals', step: 'community', kind: 'single', side: 'both', weighted: true,
    label: t('Gemeinsame Mahlzeiten', 'Shared meals'),
    projectLabel: t('Wie oft wird gemeinsam gegessen?', 'How often do you eat together?'),
    options: [opt('none', 'keine', 'none'), opt('occasional', 'gelegentlich', 'occasionally'), opt('weekly', 'wöchentlich', 'weekly'), opt('daily', 'täglich', 'daily')],
  },
  {
    id: 'community.hours', step: 'community', kind: 'count', side: 'both', weighted: true, min: 0, max: 80,
    unit: t('Stunden im Monat', 'hours a month'),
    label: t('Wie viele Stunden im Monat möchten Sie sich einbringen?', 'How many hours a month would you like to contribute?'),
    projectLabel: t('Wie viele Stunden Mitarbeit im Monat erwarten Sie?', 'How many hours of participation a month do you expect?'),
  },
  {
    id: 'community.decisions', step: 'community', kind: 'single', side: 'both', weighted: true,
    label: t('Wie sollen Entscheidungen fallen?', 'How should decisions be made?'),
    projectLabel: t('Wie entscheiden Sie?', 'How do you decide?'),
    options: [opt('consensus', 'im Konsens', 'by consensus'), opt('sociocracy', 'soziokratisch', 'by sociocracy'), opt('majority', 'mit Mehrheit', 'by majority'), opt('any', 'egal', 'no preference')],
  },
  {
    id: 'community.ageMix', step: 'community', kind: 'single', side: 'both', weighted: true,
    label: t('Altersmischung', 'Age mix'),
    projectLabel: t('Altersmischung im Projekt', 'Age mix in the project'),
    options: [opt('multigen', 'mehrere Generationen', 'several generations'), opt('similar', 'ähnliches Alter', 'similar age'), opt('any', 'egal', 'no preference')],
  },
  {
    id: 'community.ecology', step: 'community', kind: 'single', side: 'both', weighted: true,
    label: t('Wie wichtig ist ökologisches Leben?', 'How important is ecological living?'),
    projectLabel: t('Wie ökologisch lebt das Projekt?', 'How ecological is the project?'),
    options: [opt('low', 'wenig', 'a little'), opt('medium', 'mittel', 'moderately'), opt('high', 'sehr', 'very')],
  },
  {
    id: 'community.carFree', step: 'community', kind: 'single', side: 'both', weighted: true,
    label: t('Autofrei leben?', 'Car-free living?'),
    projectLabel: t('Ist das Projekt autofrei?', 'Is the project car-free?'),
    options: [opt('yes', 'ja', 'yes'), opt('open', 'offen', 'open to it'), opt('no', 'nein', 'no')],
  },
  {
    id: 'community.sharedEconomy', step: 'community', kind: 'single', side: 'both', weighted: true,
    label: t('Gemeinsame Ökonomie (Dinge teilen, gemeinsame Kasse)?', 'Shared economy (sharing things, common funds)?'),
    projectLabel: t('Gibt es gemeinsame Ökonomie?', 'Is there a shared economy?'),
    options: [opt('yes', 'ja', 'yes'), opt('open', 'offen', 'open to it'), opt('no', 'nein', 'no')],
  },

  // 5 — Needs and habits
  {
    id: 'needs.barrierFree', step: 'needs', kind: 'boolean', side: 'both', weighted: true, sensitive: true,
    label: t('Brauchen Sie eine barrierefreie Wohnung?', 'Do you need a barrier-free home?'),
    projectLabel: t('Gibt es barrierefreie Wohnungen?', 'Are there barrier-free homes?'),
  },
  {
    id: 'needs.support', step: 'needs', kind: 'single', side: 'both', weighted: true, sensitive: true,
    label: t('Nachbarschaftliche Unterstützung', 'Support among neighbours'),
    projectLabel: t('Nachbarschaftliche Unterstützung im Projekt', 'Support among neighbours in the project'),
    options: [opt('offer', 'ich biete Unterstützung an', 'I offer support'), opt('need', 'ich brauche Unterstützung', 'I need support'), opt('both', 'beides', 'both'), opt('none', 'keine', 'none')],
  },
  {
    id: 'needs.atmosphere', step: 'needs', kind: 'single', side: 'both', weighted: true,
    label: t('Lieber ruhig oder lebendig?', 'Quiet or lively?'),
    projectLabel: t('Wie ist die Atmosphäre?', 'What is the atmosphere like?'),
    options: [opt('quiet', 'ruhig', 'quiet'), opt('balanced', 'ausgewogen', 'balanced'), opt('lively', 'lebendig', 'lively')],
  },
  {
    id: 'needs.guests', step: 'needs', kind: 'single', side: 'both', weighted: true,
    label: t('Wie oft haben Sie Gäste?', 'How often do you have guests?'),
    projectLabel: t('Wie oft sind Gäste da?', 'How often are there guests?'),
    options: [opt('rarely', 'selten', 'rarely'), opt('sometimes', 'manchmal', 'sometimes'), opt('often', 'oft', 'often')],
  },
  {
    id: 'needs.tidiness', step: 'needs', kind: 'single', side: 'both', weighted: true,
    label: t('Ordnung in Gemeinschaftsräumen', 'Tidiness of shared spaces'),
    projectLabel: t('Ordnung in Gemeinschaftsräumen', 'Tidiness of shared spaces'),
    options: [opt('relaxed', 'entspannt', 'relaxed'), opt('medium', 'mittel', 'medium'), opt('tidy', 'sehr ordentlich', 'very tidy')],
  },
];

export const catalogueV1: Catalogue = {
  version: 'v1',
  steps: [
    { id: 'who', title: t('Wer', 'Who'), intro: t('Wer möchte gemeinschaftlich wohnen?', 'Who would like to live in community?') },
    { id: 'where', title: t('Wo und wann', 'Where and when'), intro: t('Wo und ab wann möchten Sie wohnen?', 'Where and from when would you like to live?') },
    { id: 'home', title: t('Wohnen und Geld', 'Home and money'), intro: t('Welche Wohnform und welche Kosten passen zu Ihnen?', 'Which kind of home and which costs suit you?') },
    { id: 'community', title: t('Gemeinschaft', 'Community'), intro: t('Wie viel Gemeinschaft wünschen Sie sich?', 'How much community would you like?') },
    { id: 'needs', title: t('Bedürfnisse und Gewohnheiten', 'Needs and habits'), intro: t('Was brauchen Sie, wie leben Sie?', 'What do you need, how do you live?') },
  ],
  questions,
  importance: {
    0: t('egal', 'does not matter'),
    1: t('wichtig', 'important'),
    2: t('sehr wichtig', 'very important'),
    3: t('Ausschlusskriterium', 'dealbreaker'),
  },
};

export const catalogues = { v1: catalogueV1 } as const;
export type CatalogueVersion = keyof typeof catalogues;
export const CURRENT_CATALOGUE: CatalogueVersion = 'v1';
