/**
 * Does a vacant property fit a forming group as a whole? Pure (no I/O): the group's households
 * and places it still seeks against the property's units, its pooled equity against the price,
 * its households' budgets against the monthly cost, the legal forms it considers against how the
 * property is offered, and the kind of place, settlement and timeline it looks for.
 *
 * Rules (each dimension a fit in [0, 1] with a weight; the score is the weighted mean, 0–100):
 * - **Units** (weight 3): capacity = free units, else all units. Fewer units than the households
 *   the group has already found is never a fit (`fits: false`, watch-out `units.too_few`); room for
 *   the found but not for every household sought fits 0.7–1; room for all fits fully while the
 *   group fills at least 60 % of it (the municipality's default readiness share), less when the
 *   group would fill only a small part of a big house (`units.many`).
 * - **Price** (weight 3): the pooled equity band against the price, the engine's `equityFit`.
 * - **Monthly cost** (weight 2, only when the property states one): per household, against the
 *   lowest and the highest budget band of the group's households, half each.
 * - **Kind of place** (weight 2): a plot has no living space; a farmstead is a building with much
 *   land (FARMSTEAD_MIN_LAND_SQM, FARMSTEAD_LAND_PER_LIVING_SPACE). Listings keep no kind of place
 *   of their own, so it is read from the facts they do keep.
 * - **Legal form** (weight 1): whether a group organised in a form it considers can take the
 *   property on as offered (PROPERTY_FORM_TAKERS); `other` (e.g. a municipality's concept-based
 *   allocation) leaves it open.
 * - **Settlement, timeline, unit types** (weight 1 each).
 * What the group has not stated counts as neutral (0.5), never as a fit; what it does not care
 * about (no settlement, kind or legal form chosen) and what the property does not ask (no price,
 * no monthly cost) is left out.
 */
import type { InitiativeHouseholds, InitiativeSeeking } from '../db/json';
import { BUDGET_CEILING } from '../demand/building';
import { costFit, EQUITY_BANDS, equityFit, HOME_FORMS, NEUTRAL, STAGE_TIMELINE, TIMELINES } from '../matching/scales';
import type { MatchListing, Reason } from '../matching/types';
import type { Answers } from '../questionnaire/types';

/** Land that makes a building a farmstead ("Hof"): a garden is smaller, a farm's yard and fields larger. */
export const FARMSTEAD_MIN_LAND_SQM = 2_000;
/**
 * …and many times its living space: a farm's land dwarfs its house, while a school's yard or a
 * rectory's garden is a few times the building (the demo's farmsteads have 8–9×, its school 4×).
 */
export const FARMSTEAD_LAND_PER_LIVING_SPACE = 7;

/** Share of a property's units a group should fill (as the default readiness criterion). */
const FILL_SHARE = 0.6;

/**
 * Legal forms a group may be organised in that can take on a property offered in a form: one for
 * sale is bought (co-op, syndicate GmbH, owners); one kept by a foundation is leased (Erbbaurecht)
 * by a co-op, a syndicate or renters; one for rent is rented by renters or a co-op.
 */
export const PROPERTY_FORM_TAKERS: Readonly<Record<string, readonly string[]>> = {
  ownership: ['cooperative', 'syndicate', 'ownership'],
  foundation: ['foundation', 'cooperative', 'syndicate', 'rental'],
  rental: ['rental', 'cooperative'],
  cooperative: ['cooperative'],
  syndicate: ['syndicate'],
};

/** The facts of a property listing the fit reads. */
export type PropertyForFit = Pick<
  MatchListing,
  'id' | 'settlement' | 'stage' | 'legalForm' | 'freePlaces' | 'freeUnits' | 'monthlyCostMinCents' | 'equityRequiredCents' | 'profile'
> & { unitsTotal: number; livingSpaceMinSqm: number | null; livingSpaceMaxSqm: number | null; plotSqm: number | null };

/** What the fit reads of an initiative. */
export interface InitiativeForPropertyFit {
  households: Pick<InitiativeHouseholds, 'households' | 'equityBand' | 'budgetMinBand' | 'budgetMaxBand'>;
  /** Households it still seeks. */
  openPlaces: number;
  seeking: Pick<InitiativeSeeking, 'propertyKinds' | 'settlements' | 'timeline' | 'legalForms'>;
  /** Its side of the questionnaire; `home.forms` says which unit types it plans. */
  profile: Answers;
}

export interface PropertyFit {
  score: number;
  /** False when the property cannot house the households the group already has. */
  fits: boolean;
  reasons: Reason[];
  watchOuts: Reason[];
}

export type PlaceKind = 'building' | 'farmstead' | 'plot';

/** The kinds of place a property is, from its facts: null when it states neither living space nor land. */
export function placeKindsOf(p: Pick<PropertyForFit, 'livingSpaceMinSqm' | 'livingSpaceMaxSqm' | 'plotSqm'>): PlaceKind[] | null {
  const living = Math.max(p.livingSpaceMinSqm ?? 0, p.livingSpaceMaxSqm ?? 0);
  const land = p.plotSqm ?? 0;
  if (living <= 0) return land > 0 ? ['plot'] : null;
  return land >= FARMSTEAD_MIN_LAND_SQM && land >= FARMSTEAD_LAND_PER_LIVING_SPACE * living ? ['farmstead', 'building'] : ['building'];
}

interface Dimension {
  weight: number;
  fit: number;
  reason?: Reason;
  watchOut?: Reason;
}

const euros = (cents: number) => Math.round(cents / 100);
const r = (questionId: string, code: string, params?: Reason['params']): Reason => (params ? { questionId, code, params } : { questionId, code });

function units(p: PropertyForFit, g: InitiativeForPropertyFit): Dimension | null {
  const capacity = p.freePlaces > 0 ? p.freePlaces : p.unitsTotal;
  if (capacity <= 0) return null;
  const found = g.households.households;
  const sought = found + Math.max(0, g.openPlaces);
  const params = { units: capacity, households: found };
  if (capacity < found) return { weight: 3, fit: 0, watchOut: r('group.units', 'units.too_few', params) };
  if (capacity < sought) return { weight: 3, fit: 0.7 + (0.3 * (capacity - found)) / (sought - found), watchOut: r('group.units', 'units.fewer_than_sought', { units: capacity, households: sought }) };
  const filled = sought / capacity;
  if (filled >= FILL_SHARE) return { weight: 3, fit: 1, reason: r('group.units', 'units.fit', { units: capacity, households: sought }) };
  return { weight: 3, fit: 0.5 + (0.5 * filled) / FILL_SHARE, watchOut: r('group.units', 'units.many', { units: capacity, households: sought }) };
}

function price(p: PropertyForFit, g: InitiativeForPropertyFit): Dimension | null {
  if (p.equityRequiredCents <= 0) return null;
  const band = (EQUITY_BANDS as readonly string[]).indexOf(g.households.equityBand);
  if (band < 0) return { weight: 3, fit: NEUTRAL };
  const fit = equityFit(p.equityRequiredCents, band);
  const params = { amount: euros(p.equityRequiredCents) };
  if (fit === 1) return { weight: 3, fit, reason: r('money.equity', 'price.within_equity', params) };
  return { weight: 3, fit, watchOut: r('money.equity', fit >= 0.75 ? 'price.near_equity' : 'price.over_equity', params) };
}

function cost(p: PropertyForFit, g: InitiativeForPropertyFit): Dimension | null {
  const c = p.monthlyCostMinCents;
  if (c === null || c <= 0) return null;
  const ceiling = (band: string) => (band === 'unknown' ? undefined : BUDGET_CEILING[band]);
  const high = ceiling(g.households.budgetMaxBand) ?? ceiling(g.households.budgetMinBand);
  const low = ceiling(g.households.budgetMinBand) ?? high;
  if (low === undefined || high === undefined) return { weight: 2, fit: NEUTRAL };
  const lowFit = costFit(c, low);
  const highFit = costFit(c, Math.max(low, high));
  const fit = (lowFit + highFit) / 2;
  // The text names a budget; a band without a top ("1,500 € and more") names its floor.
  const shown = (cents: number) => euros(Number.isFinite(cents) ? cents : 150_000);
  if (lowFit === 1) return { weight: 2, fit, reason: r('money.maxMonthlyCost', 'cost.within_budget', { cost: euros(c), budget: shown(low) }) };
  if (highFit === 1) return { weight: 2, fit, watchOut: r('money.maxMonthlyCost', 'cost.some_households', { cost: euros(c), budget: shown(low) }) };
  return { weight: 2, fit, watchOut: r('money.maxMonthlyCost', 'cost.over_budget', { cost: euros(c), budget: shown(Math.max(low, high)) }) };
}

function kind(p: PropertyForFit, g: InitiativeForPropertyFit): Dimension | null {
  const wanted = g.seeking.propertyKinds;
  if (wanted.length === 0) return null;
  const kinds = placeKindsOf(p);
  if (!kinds) return { weight: 2, fit: NEUTRAL };
  const hit = wanted.find((k) => (kinds as string[]).includes(k));
  if (hit) return { weight: 2, fit: 1, reason: r('group.placeKind', 'place_kind.match', { kind: hit }) };
  return { weight: 2, fit: 0, watchOut: r('group.placeKind', 'place_kind.mismatch', { kind: kinds[0]! }) };
}

function legalForm(p: PropertyForFit, g: InitiativeForPropertyFit): Dimension | null {
  const takers = PROPERTY_FORM_TAKERS[p.legalForm];
  if (!takers || g.seeking.legalForms.length === 0) return null;
  const hit = g.seeking.legalForms.find((f) => takers.includes(f));
  if (hit) return { weight: 1, fit: 1, reason: r('money.legalForms', 'property_form.fits', { offered: p.legalForm, legalForm: hit }) };
  return { weight: 1, fit: 0, watchOut: r('money.legalForms', 'property_form.mismatch', { offered: p.legalForm, legalForm: g.seeking.legalForms[0]! }) };
}

function settlement(p: PropertyForFit, g: InitiativeForPropertyFit): Dimension | null {
  if (g.seeking.settlements.length === 0) return null;
  const params = { settlement: p.settlement };
  return g.seeking.settlements.includes(p.settlement)
    ? { weight: 1, fit: 1, reason: r('where.settlement', 'settlement.match', params) }
    : { weight: 1, fit: 0, watchOut: r('where.settlement', 'settlement.mismatch', params) };
}

function timeline(p: PropertyForFit, g: InitiativeForPropertyFit): Dimension | null {
  const wanted = (TIMELINES as readonly string[]).indexOf(g.seeking.timeline);
  if (wanted < 0) return null;
  const stated = p.profile['where.timeline']?.value;
  const own = typeof stated === 'string' ? (TIMELINES as readonly string[]).indexOf(stated) : -1;
  const offered = own >= 0 ? own : STAGE_TIMELINE[p.stage];
  const flexible = TIMELINES.indexOf('flexible');
  if (wanted === flexible || offered === flexible) return { weight: 1, fit: 1 };
  const params = { timeline: TIMELINES[offered]!, wanted: TIMELINES[wanted]! };
  if (offered === wanted) return { weight: 1, fit: 1, reason: r('where.timeline', 'timeline.match', params) };
  return { weight: 1, fit: Math.max(0, 1 - Math.abs(offered - wanted) / 2), watchOut: r('where.timeline', 'timeline.mismatch', params) };
}

function forms(p: PropertyForFit, g: InitiativeForPropertyFit): Dimension | null {
  const planned = g.profile['home.forms']?.value;
  const offered = HOME_FORMS.filter((f) => (p.freeUnits[f] ?? 0) > 0);
  if (!Array.isArray(planned) || planned.length === 0 || offered.length === 0) return null;
  const hit = offered.find((f) => planned.includes(f));
  return hit
    ? { weight: 1, fit: 1, reason: r('home.forms', 'forms.match', { form: hit }) }
    : { weight: 1, fit: 0, watchOut: r('home.forms', 'forms.mismatch', { form: offered[0]! }) };
}

/** In order of how much they decide; reasons and watch-outs are listed in this order. */
const DIMENSIONS = [units, price, cost, kind, legalForm, settlement, timeline, forms];

/** At most this many reasons and watch-outs per property. */
export const MAX_REASONS = 3;

/**
 * @example
 * const fit = propertyFit(listing, { households: initiative.households, openPlaces: 2, seeking: initiative.seeking, profile: initiative.profile });
 * fit.score; // 0–100
 * fit.watchOuts; // e.g. [{ questionId: 'money.equity', code: 'price.near_equity', params: { amount: 145000 } }]
 */
export function propertyFit(property: PropertyForFit, group: InitiativeForPropertyFit): PropertyFit {
  let sum = 0;
  let weights = 0;
  const reasons: Reason[] = [];
  const watchOuts: Reason[] = [];
  let fits = true;
  for (const dimension of DIMENSIONS) {
    const d = dimension(property, group);
    if (!d) continue;
    sum += d.weight * d.fit;
    weights += d.weight;
    if (d.reason && reasons.length < MAX_REASONS) reasons.push(d.reason);
    if (d.watchOut && watchOuts.length < MAX_REASONS) watchOuts.push(d.watchOut);
    if (d.watchOut?.code === 'units.too_few') fits = false;
  }
  return { score: weights === 0 ? Math.round(100 * NEUTRAL) : Math.round((100 * sum) / weights), fits, reasons, watchOuts };
}
