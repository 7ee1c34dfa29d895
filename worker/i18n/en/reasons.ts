/** English reason texts; typed by the German catalogue, so every reason code has its sentence. */
import { mirroredTexts, plural, type ReasonText } from '../reason-format';
import type { reasons as de } from '../de/reasons';

/** Mirrored preferences share two sentence shapes; only the title and question differ. */
const mirrored = <C extends string>(code: C, questionId: string, title: string) =>
  mirroredTexts(
    code,
    (p, f) => `${title}: ${f.option(questionId, p.value)} – just as you wish`,
    (p, f) => `${title} in the project: ${f.option(questionId, p.value)}; you would like: ${f.option(questionId, p.wanted)}`,
  );

export const reasons: typeof de = {
  texts: {
    'size.fits': (p, f) => `${f.num(p.places)} free ${plural(p.places, 'place', 'places')} – enough for your household`,
    'size.too_small': (p, f) => `Only ${f.num(p.places)} free ${plural(p.places, 'place', 'places')} for ${f.num(p.persons)} people`,
    'pets.welcome': (p, f) => `Pets welcome: ${f.option('who.pets', p.pets)}`,
    'household.sought': (p, f) => `The project is looking for ${f.option('who.householdType', p.type)} like ${p.type === 'group' ? 'yours' : 'you'}`,
    'household.not_sought': (p, f) => `The project is mainly looking for households other than ${f.option('who.householdType', p.type)}`,
    'age.sought': (p, f) => `The project is looking for people of your age group (${f.option('who.ageBands', p.band)})`,
    'age.not_sought': (p, f) => `The project is mainly looking for other age groups (e.g. ${f.option('who.ageBands', p.band)})`,
    'distance.near': (p, f) => `Only ${f.km(p.km)} from where you would like to live`,
    'settlement.match': (p, f) => `In the kind of place you want: ${f.option('where.settlement', p.settlement)}`,
    'settlement.mismatch': (p, f) => `Not the kind of place you want (${f.option('where.settlement', p.settlement)})`,
    'timeline.match': (p, f) => `Move-in: ${f.option('where.timeline', p.timeline)} – fits your timeline`,
    'timeline.mismatch': (p, f) => `Move-in: ${f.option('where.timeline', p.timeline)}; you would like: ${f.option('where.timeline', p.wanted)}`,
    'forms.match': (p, f) => `Offers the kind of home you want: ${f.option('home.forms', p.form)}`,
    'forms.mismatch': (p, f) => `Does not offer the kind of home you want (it offers e.g. ${f.option('home.forms', p.form)})`,
    'legal_form.match': (p, f) => `Legal form ${f.option('money.legalForms', p.legalForm)} suits you`,
    'legal_form.mismatch': (p, f) => `Legal form ${f.option('money.legalForms', p.legalForm)} is not one you chose`,
    'cost.within_budget': (p, f) => `Monthly costs from ${f.money(p.cost)} are within your budget of ${f.money(p.budget)}`,
    'cost.over_budget': (p, f) => `Monthly costs from ${f.money(p.cost)} are above your budget of ${f.money(p.budget)}`,
    'equity.enough': (p, f) => `Your equity covers the required share of ${f.money(p.amount)}`,
    'equity.missing': (p, f) => `${f.money(p.amount)} in equity or shares required – more than you stated`,
    'price.within_equity': (p, f) => `The price of ${f.money(p.amount)} is covered by your equity`,
    'price.over_equity': (p, f) => `The price of ${f.money(p.amount)} is well above your equity`,
    'wbs.available': () => 'There are subsidised flats for people with a housing entitlement certificate (WBS)',
    'wbs.unavailable': () => 'No subsidised (WBS) flats',
    'wbs.required': () => 'The subsidised flats require a housing entitlement certificate (WBS)',
    'hours.fit': (p, f) => `The project expects ${f.num(p.expected)} ${plural(p.expected, 'hour', 'hours')} of participation a month; you would like to give ${f.num(p.hours)}`,
    'project.wants_hours': (p, f) => `The project expects ${f.num(p.expected)} ${plural(p.expected, 'hour', 'hours')} of participation a month, more than your ${f.num(p.hours)}`,
    'barrier_free.yes': () => 'Barrier-free homes available',
    'barrier_free.no': () => 'No barrier-free home',
    ...mirrored('meals', 'community.meals', 'Shared meals'),
    ...mirrored('decisions', 'community.decisions', 'Decisions'),
    ...mirrored('age_mix', 'community.ageMix', 'Age mix'),
    ...mirrored('ecology', 'community.ecology', 'Importance of ecological living'),
    ...mirrored('car_free', 'community.carFree', 'Car-free living'),
    ...mirrored('shared_economy', 'community.sharedEconomy', 'Shared economy'),
    'support.match': (p, f) => `Support among neighbours suits you (in the project: ${f.option('needs.support', p.value)})`,
    'support.mismatch': (p, f) => `Support among neighbours in the project: ${f.option('needs.support', p.value)} – not what you are looking for`,
    ...mirrored('atmosphere', 'needs.atmosphere', 'Atmosphere'),
    ...mirrored('guests', 'needs.guests', 'Guests'),
    ...mirrored('tidiness', 'needs.tidiness', 'Tidiness of shared spaces'),
  },
  values: {
    'who.householdType': { single: 'single people', couple: 'couples', family: 'families', senior: 'older people', group: 'groups' },
    'money.legalForms': { other: 'other' },
    'community.ecology': { low: 'low', medium: 'medium', high: 'high' },
    'needs.support': { offer: 'support is offered', need: 'support is needed', both: 'mutual support', none: 'none' },
  },
};
