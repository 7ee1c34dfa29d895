/**
 * German reason texts, the end of a sentence "passt, weil …" / "Achtung: …", one per reason code
 * of the matching engine (worker/matching/explain.ts); worker/matching/reasons.ts formats them.
 */
import { mirroredTexts, plural, type ReasonText } from '../reason-format';

/** Mirrored preferences share two sentence shapes; only the title and question differ. */
const mirrored = <C extends string>(code: C, questionId: string, title: string) =>
  mirroredTexts(
    code,
    (p, f) => `${title}: ${f.option(questionId, p.value)} – wie Sie es sich wünschen`,
    (p, f) => `${title} im Projekt: ${f.option(questionId, p.value)}, Ihr Wunsch: ${f.option(questionId, p.wanted)}`,
  );

/** The same facts from the project's side, for its team's inbox ("die suchende Person" for "Sie"). */
const mirroredForTeam = <C extends string>(code: C, questionId: string, title: string) =>
  mirroredTexts(
    code,
    (p, f) => `${title}: ${f.option(questionId, p.value)} – wie es sich die suchende Person wünscht`,
    (p, f) => `${title} bei Ihnen: ${f.option(questionId, p.value)}, Wunsch der suchenden Person: ${f.option(questionId, p.wanted)}`,
  );

/** The same facts between two households (the pool), for the one reading: the other one is no project. */
const mirroredForPeer = <C extends string>(code: C, questionId: string, title: string) =>
  mirroredTexts(
    code,
    (p, f) => `${title}: ${f.option(questionId, p.value)} – wie Sie es sich wünschen`,
    (p, f) => `${title} beim anderen Haushalt: ${f.option(questionId, p.value)}, Ihr Wunsch: ${f.option(questionId, p.wanted)}`,
  );

export const reasons = {
  texts: {
    'size.fits': (p, f) => `${f.num(p.places)} ${plural(p.places, 'freier Platz', 'freie Plätze')} – genug für Ihren Haushalt`,
    'size.too_small': (p, f) => `Nur ${f.num(p.places)} ${plural(p.places, 'freier Platz', 'freie Plätze')} für ${f.num(p.persons)} Personen`,
    'pets.welcome': (p, f) => `Haustiere willkommen: ${f.option('who.pets', p.pets)}`,
    'household.sought': (p, f) => `Das Projekt sucht ${f.option('who.householdType', p.type)} ${p.type === 'group' ? 'wie Ihre' : 'wie Sie'}`,
    'household.not_sought': (p, f) => `Das Projekt sucht vor allem andere Haushalte als ${f.option('who.householdType', p.type)}`,
    'age.sought': (p, f) => `Das Projekt sucht Menschen Ihrer Altersgruppe (${f.option('who.ageBands', p.band)})`,
    'age.not_sought': (p, f) => `Das Projekt sucht vor allem andere Altersgruppen (z. B. ${f.option('who.ageBands', p.band)})`,
    'distance.near': (p, f) => `Nur ${f.km(p.km)} von Ihrem Wunschort entfernt`,
    'settlement.match': (p, f) => `Liegt in der gewünschten Umgebung: ${f.option('where.settlement', p.settlement)}`,
    'settlement.mismatch': (p, f) => `Liegt nicht in der gewünschten Umgebung (${f.option('where.settlement', p.settlement)})`,
    'timeline.match': (p, f) => `Einzug ${f.option('where.timeline', p.timeline)} möglich – passt zu Ihrem Zeitplan`,
    'timeline.mismatch': (p, f) => `Einzug ${f.option('where.timeline', p.timeline)} möglich, Ihr Wunsch: ${f.option('where.timeline', p.wanted)}`,
    'forms.match': (p, f) => `Bietet die gewünschte Wohnform: ${f.option('home.forms', p.form)}`,
    'forms.mismatch': (p, f) => `Bietet nicht die gewünschte Wohnform (sondern z. B. ${f.option('home.forms', p.form)})`,
    'legal_form.match': (p, f) => `Rechtsform ${f.option('money.legalForms', p.legalForm)} kommt für Sie in Frage`,
    'legal_form.mismatch': (p, f) => `Rechtsform ${f.option('money.legalForms', p.legalForm)} gehört nicht zu Ihren Wunschmodellen`,
    'cost.within_budget': (p, f) => `Monatliche Kosten ab ${f.money(p.cost)} liegen in Ihrem Budget von ${f.money(p.budget)}`,
    'cost.over_budget': (p, f) => `Monatliche Kosten ab ${f.money(p.cost)} liegen über Ihrem Budget von ${f.money(p.budget)}`,
    'equity.enough': (p, f) => `Ihr Eigenkapital reicht für den geforderten Anteil von ${f.money(p.amount)}`,
    'equity.missing': (p, f) => `Gefordert sind ${f.money(p.amount)} Eigenkapital bzw. Anteile – mehr als Sie angegeben haben`,
    'price.within_equity': (p, f) => `Der Preis von ${f.money(p.amount)} ist durch Ihr Eigenkapital gedeckt`,
    'price.over_equity': (p, f) => `Der Preis von ${f.money(p.amount)} liegt deutlich über Ihrem Eigenkapital`,
    // A vacant property and a forming group as a whole (worker/groups/property-fit.ts).
    'units.fit': (p, f) => `${f.num(p.units)} Wohneinheiten für Ihre ${f.num(p.households)} gesuchten Haushalte`,
    'units.many': (p, f) => `${f.num(p.units)} Wohneinheiten – mit Ihren ${f.num(p.households)} Haushalten müssten noch weitere dazukommen`,
    'units.fewer_than_sought': (p, f) => `Nur ${f.num(p.units)} Wohneinheiten – Sie suchen insgesamt ${f.num(p.households)} Haushalte`,
    'units.too_few': (p, f) => `Nur ${f.num(p.units)} Wohneinheiten – weniger als Ihre ${f.num(p.households)} Haushalte`,
    'price.near_equity': (p, f) => `Der Preis von ${f.money(p.amount)} liegt in der Spanne Ihres gemeinsamen Eigenkapitals – es könnte knapp werden`,
    'cost.some_households': (p, f) => `Monatliche Kosten ab ${f.money(p.cost)} liegen über dem Budget einiger Haushalte (ab ${f.money(p.budget)})`,
    'place_kind.match': (p, f) => `${f.option('group.placeKind', p.kind)} – wie Sie es suchen`,
    'place_kind.mismatch': (p, f) => `Ein ${f.option('group.placeKind', p.kind)} – nicht die Art Ort, die Sie suchen`,
    'property_form.fits': (p, f) => `Angeboten als ${f.option('money.legalForms', p.offered)} – das geht mit Ihrer Rechtsform ${f.option('money.legalForms', p.legalForm)}`,
    'property_form.mismatch': (p, f) => `Angeboten als ${f.option('money.legalForms', p.offered)} – schwer mit den Rechtsformen, die Sie erwägen (z. B. ${f.option('money.legalForms', p.legalForm)})`,
    'wbs.available': () => 'Es gibt geförderte Wohnungen für Menschen mit Wohnberechtigungsschein',
    'wbs.unavailable': () => 'Keine geförderten Wohnungen (WBS)',
    'wbs.required': () => 'Die geförderten Wohnungen setzen einen Wohnberechtigungsschein (WBS) voraus',
    'hours.fit': (p, f) => `Das Projekt erwartet ${f.num(p.expected)} ${plural(p.expected, 'Stunde', 'Stunden')} Mitarbeit im Monat, Sie möchten ${f.num(p.hours)} einbringen`,
    'project.wants_hours': (p, f) => `Das Projekt erwartet ${f.num(p.expected)} ${plural(p.expected, 'Stunde', 'Stunden')} Mitarbeit im Monat, mehr als Ihre ${f.num(p.hours)}`,
    'barrier_free.yes': () => 'Barrierefreie Wohnungen vorhanden',
    'barrier_free.no': () => 'Keine barrierefreie Wohnung',
    ...mirrored('meals', 'community.meals', 'Gemeinsame Mahlzeiten'),
    ...mirrored('decisions', 'community.decisions', 'Entscheidungen'),
    ...mirrored('age_mix', 'community.ageMix', 'Altersmischung'),
    ...mirrored('ecology', 'community.ecology', 'Stellenwert ökologischen Lebens'),
    ...mirrored('car_free', 'community.carFree', 'Autofrei leben'),
    ...mirrored('shared_economy', 'community.sharedEconomy', 'Gemeinsame Ökonomie'),
    'support.match': (p, f) => `Nachbarschaftliche Unterstützung passt zu Ihnen (im Projekt: ${f.option('needs.support', p.value)})`,
    'support.mismatch': (p, f) => `Nachbarschaftliche Unterstützung im Projekt: ${f.option('needs.support', p.value)} – passt nicht zu Ihrem Wunsch`,
    ...mirrored('atmosphere', 'needs.atmosphere', 'Atmosphäre'),
    ...mirrored('guests', 'needs.guests', 'Gäste'),
    ...mirrored('tidiness', 'needs.tidiness', 'Ordnung in Gemeinschaftsräumen'),
  } satisfies Record<string, ReasonText>,
  /** The team's view of each reason (worker/admin/inbox): the same facts, not addressed to the seeker. */
  teamTexts: {
    'size.fits': (p, f) => `Ihre ${f.num(p.places)} ${plural(p.places, 'freier Platz', 'freien Plätze')} reichen für den Haushalt`,
    'size.too_small': (p, f) => `Nur ${f.num(p.places)} ${plural(p.places, 'freier Platz', 'freie Plätze')} bei Ihnen für ${f.num(p.persons)} Personen`,
    'pets.welcome': (p, f) => `Bringt Haustiere mit, die bei Ihnen willkommen sind: ${f.option('who.pets', p.pets)}`,
    'household.sought': (p, f) => `Ein Haushalt, wie Sie ihn suchen: ${f.option('who.householdType', p.type)}`,
    'household.not_sought': (p, f) => `Sie suchen vor allem andere Haushalte als ${f.option('who.householdType', p.type)}`,
    'age.sought': (p, f) => `In der Altersgruppe, die Sie suchen (${f.option('who.ageBands', p.band)})`,
    'age.not_sought': (p, f) => `Sie suchen vor allem andere Altersgruppen (hier z. B. ${f.option('who.ageBands', p.band)})`,
    'distance.near': (p, f) => `Ihr Projekt liegt nur ${f.km(p.km)} vom Wunschort entfernt`,
    'settlement.match': (p, f) => `Sucht eine Umgebung wie Ihre: ${f.option('where.settlement', p.settlement)}`,
    'settlement.mismatch': (p, f) => `Sucht eine andere Umgebung als Ihre (${f.option('where.settlement', p.settlement)})`,
    'timeline.match': (p, f) => `Ihr Einzugstermin (${f.option('where.timeline', p.timeline)}) passt zum Zeitplan`,
    'timeline.mismatch': (p, f) => `Ihr Einzugstermin: ${f.option('where.timeline', p.timeline)}, gewünscht: ${f.option('where.timeline', p.wanted)}`,
    'forms.match': (p, f) => `Sucht die Wohnform, die Sie bieten: ${f.option('home.forms', p.form)}`,
    'forms.mismatch': (p, f) => `Sucht eine andere Wohnform als Ihre (z. B. ${f.option('home.forms', p.form)})`,
    'legal_form.match': (p, f) => `Ihre Rechtsform ${f.option('money.legalForms', p.legalForm)} kommt in Frage`,
    'legal_form.mismatch': (p, f) => `Ihre Rechtsform ${f.option('money.legalForms', p.legalForm)} gehört nicht zu den Wunschmodellen`,
    'cost.within_budget': (p, f) => `Ihre monatlichen Kosten ab ${f.money(p.cost)} liegen im Budget von ${f.money(p.budget)}`,
    'cost.over_budget': (p, f) => `Ihre monatlichen Kosten ab ${f.money(p.cost)} liegen über dem Budget von ${f.money(p.budget)}`,
    'equity.enough': (p, f) => `Das Eigenkapital reicht für Ihren geforderten Anteil von ${f.money(p.amount)}`,
    'equity.missing': (p, f) => `Sie fordern ${f.money(p.amount)} Eigenkapital bzw. Anteile – mehr als angegeben`,
    'price.within_equity': (p, f) => `Ihr Preis von ${f.money(p.amount)} ist durch das Eigenkapital gedeckt`,
    'price.over_equity': (p, f) => `Ihr Preis von ${f.money(p.amount)} liegt deutlich über dem Eigenkapital`,
    'units.fit': (p, f) => `${f.num(p.units)} Wohneinheiten bei Ihnen für die ${f.num(p.households)} Haushalte, die die Gruppe sucht`,
    'units.many': (p, f) => `${f.num(p.units)} Wohneinheiten bei Ihnen – die Gruppe sucht erst ${f.num(p.households)} Haushalte`,
    'units.fewer_than_sought': (p, f) => `Nur ${f.num(p.units)} Wohneinheiten bei Ihnen – die Gruppe sucht ${f.num(p.households)} Haushalte`,
    'units.too_few': (p, f) => `Nur ${f.num(p.units)} Wohneinheiten bei Ihnen – die Gruppe hat schon ${f.num(p.households)} Haushalte`,
    'price.near_equity': (p, f) => `Ihr Preis von ${f.money(p.amount)} liegt in der Spanne des gemeinsamen Eigenkapitals der Gruppe`,
    'cost.some_households': (p, f) => `Ihre monatlichen Kosten ab ${f.money(p.cost)} liegen über dem Budget einiger Haushalte der Gruppe (ab ${f.money(p.budget)})`,
    'place_kind.match': (p, f) => `Die Gruppe sucht einen Ort wie Ihren: ${f.option('group.placeKind', p.kind)}`,
    'place_kind.mismatch': (p, f) => `Die Gruppe sucht eine andere Art Ort als Ihren (${f.option('group.placeKind', p.kind)})`,
    'property_form.fits': (p, f) => `Ihr Angebot (${f.option('money.legalForms', p.offered)}) passt zur Rechtsform der Gruppe: ${f.option('money.legalForms', p.legalForm)}`,
    'property_form.mismatch': (p, f) => `Ihr Angebot (${f.option('money.legalForms', p.offered)}) passt schwer zu den Rechtsformen der Gruppe (z. B. ${f.option('money.legalForms', p.legalForm)})`,
    'wbs.available': () => 'Hat einen Wohnberechtigungsschein; Sie bieten geförderte Wohnungen',
    'wbs.unavailable': () => 'Sucht geförderten Wohnraum (WBS), den Sie nicht bieten',
    'wbs.required': () => 'Ihre geförderten Wohnungen setzen einen Wohnberechtigungsschein (WBS) voraus',
    'hours.fit': (p, f) => `Möchte ${f.num(p.hours)} ${plural(p.hours, 'Stunde', 'Stunden')} im Monat mitarbeiten, Sie erwarten ${f.num(p.expected)}`,
    'project.wants_hours': (p, f) => `Möchte ${f.num(p.hours)} ${plural(p.hours, 'Stunde', 'Stunden')} im Monat mitarbeiten, weniger als Ihre ${f.num(p.expected)}`,
    'barrier_free.yes': () => 'Braucht Barrierefreiheit, die Sie bieten',
    'barrier_free.no': () => 'Braucht eine barrierefreie Wohnung, die Sie nicht haben',
    ...mirroredForTeam('meals', 'community.meals', 'Gemeinsame Mahlzeiten'),
    ...mirroredForTeam('decisions', 'community.decisions', 'Entscheidungen'),
    ...mirroredForTeam('age_mix', 'community.ageMix', 'Altersmischung'),
    ...mirroredForTeam('ecology', 'community.ecology', 'Stellenwert ökologischen Lebens'),
    ...mirroredForTeam('car_free', 'community.carFree', 'Autofrei leben'),
    ...mirroredForTeam('shared_economy', 'community.sharedEconomy', 'Gemeinsame Ökonomie'),
    'support.match': (p, f) => `Nachbarschaftliche Unterstützung passt (bei Ihnen: ${f.option('needs.support', p.value)})`,
    'support.mismatch': (p, f) => `Nachbarschaftliche Unterstützung bei Ihnen: ${f.option('needs.support', p.value)} – gewünscht ist anderes`,
    ...mirroredForTeam('atmosphere', 'needs.atmosphere', 'Atmosphäre'),
    ...mirroredForTeam('guests', 'needs.guests', 'Gäste'),
    ...mirroredForTeam('tidiness', 'needs.tidiness', 'Ordnung in Gemeinschaftsräumen'),
  } satisfies Record<string, ReasonText>,
  /**
   * Between two households (worker/groups/fit.ts `householdFit`, shown to a household of the pool):
   * every reason two cards can give, with the other household where the seeker texts say "the
   * project". Other codes never arise between households (`peer-reasons.property.test.ts`).
   */
  peerTexts: {
    'timeline.match': (p, f) => `Einzug beim anderen Haushalt: ${f.option('where.timeline', p.timeline)} – passt zu Ihrem Zeitplan`,
    'timeline.mismatch': (p, f) => `Einzug beim anderen Haushalt: ${f.option('where.timeline', p.timeline)}, Ihr Wunsch: ${f.option('where.timeline', p.wanted)}`,
    'hours.fit': (p, f) => `Der andere Haushalt möchte ${f.num(p.expected)} ${plural(p.expected, 'Stunde', 'Stunden')} im Monat mitarbeiten, Sie ${f.num(p.hours)}`,
    'project.wants_hours': (p, f) => `Der andere Haushalt möchte ${f.num(p.expected)} ${plural(p.expected, 'Stunde', 'Stunden')} im Monat mitarbeiten, mehr als Ihre ${f.num(p.hours)}`,
    ...mirroredForPeer('meals', 'community.meals', 'Gemeinsame Mahlzeiten'),
    ...mirroredForPeer('decisions', 'community.decisions', 'Entscheidungen'),
    ...mirroredForPeer('age_mix', 'community.ageMix', 'Altersmischung'),
    ...mirroredForPeer('ecology', 'community.ecology', 'Stellenwert ökologischen Lebens'),
    ...mirroredForPeer('car_free', 'community.carFree', 'Autofrei leben'),
    ...mirroredForPeer('shared_economy', 'community.sharedEconomy', 'Gemeinsame Ökonomie'),
    ...mirroredForPeer('atmosphere', 'needs.atmosphere', 'Atmosphäre'),
    ...mirroredForPeer('guests', 'needs.guests', 'Gäste'),
    ...mirroredForPeer('tidiness', 'needs.tidiness', 'Ordnung in Gemeinschaftsräumen'),
  } satisfies Record<string, ReasonText>,
  /** Option labels that read badly inside a sentence when taken from the questionnaire as they are. */
  values: {
    'group.placeKind': { building: 'Gebäude', farmstead: 'Hof mit Land', plot: 'Grundstück' },
    'who.householdType': { single: 'Alleinstehende', couple: 'Paare', family: 'Familien', senior: 'ältere Menschen', group: 'Gruppen' },
    'money.legalForms': { other: 'sonstige' },
    'community.ecology': { low: 'gering', medium: 'mittel', high: 'hoch' },
    'needs.support': { offer: 'Unterstützung wird angeboten', need: 'Unterstützung wird gebraucht', both: 'gegenseitige Unterstützung', none: 'keine' },
  } as Record<string, Record<string, string>>,
};
