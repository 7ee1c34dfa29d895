/**
 * "Find fellow residents / start a group" without DOM: the two forms (joining the pool, starting an
 * initiative) as the seeker types them, their checks, the request bodies they become, and the API's
 * refusals mapped back onto their fields. Loaded with the groups chunk only.
 *
 * The initiative's side of the questionnaire (`profile`) is the founder's own answers to the
 * questions of the catalogue's community step (meals, hours, decisions, age mix, ecology, car-free
 * living, shared economy), with their importance: those questions are asked of both sides in the
 * same words, the founder has just answered them for their household, and a forming group has
 * no other voice yet. The form shows them, so nothing goes out unseen.
 */
import type { ApiError } from '../api/client';
import type { Attempt } from '../api/attempt';
import type { Answers, Catalogue, InitiativeRequest, Locale, PoolEntryRequest } from '../api/shapes';
import { isEmail } from './contact';
import type { FormStatus } from './forms';

/**
 * The version of the consent texts in `locales/groups.ts`, sent with both forms. Typed by the
 * server's literal: when the server's version changes, `tsc` fails here until the texts (and this)
 * are brought up to date.
 */
export const GROUPS_TEXT_VERSION: PoolEntryRequest['consent']['textVersion'] = 'groups-2026-12';

/** Length limits of the API (worker/api/groups.ts), checked before sending. */
export const POOL_TEXT_MAX = 500;
export const INITIATIVE_TEXT_MAX = 2000;
const NAME_MAX = 120;
const EMAIL_MAX = 254;
const AREA_MAX = 120;

type Seeking = NonNullable<InitiativeRequest['seeking']>;
type Households = InitiativeRequest['households'];
export type PropertyKind = NonNullable<Seeking['propertyKinds']>[number];
export type Settlement = NonNullable<Seeking['settlements']>[number];
export type Timeline = NonNullable<Seeking['timeline']>;
export type SoughtLegalForm = NonNullable<Seeking['legalForms']>[number];
export type AgeBand = NonNullable<Households['ageBands']>[number];
export type EquityBand = NonNullable<Households['equityBand']>;
export type BudgetBand = NonNullable<Households['budgetMinBand']>;

export const PROPERTY_KINDS: readonly PropertyKind[] = ['building', 'farmstead', 'plot'];
export const SETTLEMENTS: readonly Settlement[] = ['village', 'small_town', 'town'];
export const TIMELINES: readonly Timeline[] = ['now', 'lt1y', '1to3y', 'flexible', 'unknown'];
export const LEGAL_FORMS: readonly SoughtLegalForm[] = ['cooperative', 'syndicate', 'ownership', 'rental', 'foundation'];
export const AGE_BANDS: readonly AgeBand[] = ['u30', '30-44', '45-64', '65+'];
export const EQUITY_BANDS: readonly EquityBand[] = ['none', 'lt10k', '10k-50k', '50k-150k', 'gt150k', 'unknown'];
export const BUDGET_BANDS: readonly BudgetBand[] = ['<500', '500-799', '800-1099', '1100-1499', '1500+', 'unknown'];

/** The catalogue step whose answers become the initiative's profile. */
export const PROFILE_STEP = 'community';

/** `server`: the API refused a value the form's own checks let through. */
export type GroupProblem = 'required' | 'email' | 'consent' | 'tooLong' | 'tooShort' | 'number' | 'adults' | 'budgetOrder' | 'server' | 'turnstile';

export interface PoolDraft {
  name: string;
  email: string;
  text: string;
  consent: boolean;
}
export type PoolField = keyof PoolDraft;

export interface InitiativeDraft {
  name: string;
  text: string;
  propertyKinds: string[];
  settlements: string[];
  timeline: string;
  legalForms: string[];
  area: string;
  /** Numbers stay text until sent, so a typo is shown, not lost. */
  households: string;
  adults: string;
  children: string;
  ageBands: string[];
  equityBand: string;
  budgetMinBand: string;
  budgetMaxBand: string;
  openPlaces: string;
  founderName: string;
  founderEmail: string;
  consent: boolean;
}
export type InitiativeField = keyof InitiativeDraft;

/** One of the two forms: what was typed, how far sending got, the problems by field. */
export interface GroupForm<D, F extends string> {
  draft: D;
  status: FormStatus;
  problems: Map<F | 'turnstile', GroupProblem>;
  error?: ApiError;
  /** The last body sent and its key: a retry of the same body reuses it, so nothing is stored twice. */
  attempt?: Attempt;
}

export const freshPoolDraft = (): PoolDraft => ({ name: '', email: '', text: '', consent: false });

const pickValue = (answers: Answers, id: string) => answers[id]?.value;
const strings = (v: unknown, allowed: readonly string[]): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && allowed.includes(x)) : []);
const oneOf = (v: unknown, allowed: readonly string[], fallback: string): string => (typeof v === 'string' && allowed.includes(v) ? v : fallback);
const count = (v: unknown): string => (typeof v === 'number' && Number.isInteger(v) ? String(v) : '');

/**
 * A new initiative's form, filled in from the founder's answers where the questionnaire asked the
 * same: their household (or group) size and ages, timeline, kind of place, legal forms, equity.
 * @example
 * initiativeDraftFrom({ 'who.adults': { value: 2 }, 'where.timeline': { value: '1to3y' } }); // { households: '1', adults: '2', timeline: '1to3y', … }
 */
export function initiativeDraftFrom(answers: Answers): InitiativeDraft {
  const group = pickValue(answers, 'who.seekerType') === 'group';
  return {
    name: '',
    text: '',
    propertyKinds: [],
    settlements: strings(pickValue(answers, 'where.settlement'), SETTLEMENTS),
    timeline: oneOf(pickValue(answers, 'where.timeline'), TIMELINES, 'unknown'),
    legalForms: strings(pickValue(answers, 'money.legalForms'), LEGAL_FORMS),
    area: '',
    households: group ? count(pickValue(answers, 'who.households')) : '1',
    adults: count(pickValue(answers, 'who.adults')),
    children: count(pickValue(answers, 'who.children')) || '0',
    ageBands: strings(pickValue(answers, 'who.ageBands'), AGE_BANDS),
    equityBand: oneOf(pickValue(answers, 'money.equity'), EQUITY_BANDS, 'unknown'),
    budgetMinBand: 'unknown',
    budgetMaxBand: 'unknown',
    openPlaces: '',
    founderName: '',
    founderEmail: '',
    consent: false,
  };
}

/** Answers without the health-related ones: neither a pool card nor an initiative ever keeps them. */
export function withoutSensitive(catalogue: Catalogue, answers: Answers): Answers {
  const sensitive = new Set(catalogue.questions.filter((q) => q.sensitive === true).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !sensitive.has(id)));
}

/** The initiative's profile: the founder's answers on the community step (see the module comment). */
export function initiativeProfile(catalogue: Catalogue, answers: Answers): Answers {
  const ids = new Set(catalogue.questions.filter((q) => q.step === PROFILE_STEP && q.side === 'both' && q.sensitive !== true).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => ids.has(id)));
}

const text = (problems: Map<string, GroupProblem>, field: string, value: string, max: number, min = 1): void => {
  const v = value.trim();
  if (!v) problems.set(field, 'required');
  else if (v.length < min) problems.set(field, 'tooShort');
  else if (v.length > max) problems.set(field, 'tooLong');
};

const email = (problems: Map<string, GroupProblem>, field: string, value: string): void => {
  const v = value.trim();
  if (!v) problems.set(field, 'required');
  else if (!isEmail(v) || v.length > EMAIL_MAX) problems.set(field, 'email');
};

/** A whole number from `min` to `max`, else undefined. */
export function wholeNumber(raw: string, min: number, max: number): number | undefined {
  const v = raw.trim();
  if (!/^\d{1,4}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
}

export function validatePool(d: PoolDraft): Map<PoolField, GroupProblem> {
  const problems = new Map<PoolField, GroupProblem>();
  text(problems as Map<string, GroupProblem>, 'name', d.name, NAME_MAX);
  email(problems as Map<string, GroupProblem>, 'email', d.email);
  text(problems as Map<string, GroupProblem>, 'text', d.text, POOL_TEXT_MAX);
  if (!d.consent) problems.set('consent', 'consent');
  return problems;
}

/** The limits of the API's initiative schema: 1–60 households, at least one adult each, 0–60 open places. */
export function validateInitiative(d: InitiativeDraft): Map<InitiativeField, GroupProblem> {
  const problems = new Map<InitiativeField, GroupProblem>();
  const p = problems as Map<string, GroupProblem>;
  text(p, 'name', d.name, NAME_MAX, 3);
  text(p, 'text', d.text, INITIATIVE_TEXT_MAX);
  if (d.area.trim().length > AREA_MAX) problems.set('area', 'tooLong');
  const households = wholeNumber(d.households, 1, 60);
  const adults = wholeNumber(d.adults, 1, 200);
  if (households === undefined) problems.set('households', d.households.trim() ? 'number' : 'required');
  if (adults === undefined) problems.set('adults', d.adults.trim() ? 'number' : 'required');
  else if (households !== undefined && adults < households) problems.set('adults', 'adults');
  if (wholeNumber(d.children, 0, 200) === undefined) problems.set('children', d.children.trim() ? 'number' : 'required');
  if (wholeNumber(d.openPlaces, 0, 60) === undefined) problems.set('openPlaces', d.openPlaces.trim() ? 'number' : 'required');
  const min = BUDGET_BANDS.indexOf(d.budgetMinBand as BudgetBand);
  const max = BUDGET_BANDS.indexOf(d.budgetMaxBand as BudgetBand);
  if (d.budgetMinBand !== 'unknown' && d.budgetMaxBand !== 'unknown' && max < min) problems.set('budgetMaxBand', 'budgetOrder');
  text(p, 'founderName', d.founderName, NAME_MAX);
  email(p, 'founderEmail', d.founderEmail);
  if (!d.consent) problems.set('consent', 'consent');
  return problems;
}

export interface BodyContext {
  key: string;
  catalogue: Catalogue;
  /** The seeker's answers as `POST /v1/matches` gets them (`requestAnswers`). */
  answers: Answers;
  locale: Locale;
  turnstileToken: string;
}

/** `POST /v1/pool-entries`: the card is made on the server from the answers (bands only). */
export function poolBody(d: PoolDraft, c: BodyContext): PoolEntryRequest {
  return {
    key: c.key,
    answers: withoutSensitive(c.catalogue, c.answers) as PoolEntryRequest['answers'],
    locale: c.locale,
    name: d.name.trim(),
    email: d.email.trim(),
    text: d.text.trim(),
    consent: { pool: true, textVersion: GROUPS_TEXT_VERSION },
    turnstileToken: c.turnstileToken,
  };
}

/** `POST /v1/initiatives`, from a draft that passed `validateInitiative`. */
export function initiativeBody(d: InitiativeDraft, c: BodyContext): InitiativeRequest {
  const only = <T extends string>(values: string[], allowed: readonly T[]): T[] => allowed.filter((v) => values.includes(v));
  const area = d.area.trim();
  return {
    key: c.key,
    locale: c.locale,
    name: d.name.trim(),
    text: d.text.trim(),
    profile: initiativeProfile(c.catalogue, c.answers) as InitiativeRequest['profile'],
    seeking: {
      propertyKinds: only(d.propertyKinds, PROPERTY_KINDS),
      settlements: only(d.settlements, SETTLEMENTS),
      timeline: oneOf(d.timeline, TIMELINES, 'unknown') as Timeline,
      legalForms: only(d.legalForms, LEGAL_FORMS),
      area: area || null,
    },
    households: {
      households: Number(d.households.trim()),
      adults: Number(d.adults.trim()),
      children: Number(d.children.trim()),
      ageBands: only(d.ageBands, AGE_BANDS),
      equityBand: oneOf(d.equityBand, EQUITY_BANDS, 'unknown') as EquityBand,
      budgetMinBand: oneOf(d.budgetMinBand, BUDGET_BANDS, 'unknown') as BudgetBand,
      budgetMaxBand: oneOf(d.budgetMaxBand, BUDGET_BANDS, 'unknown') as BudgetBand,
    },
    openPlaces: Number(d.openPlaces.trim()),
    founder: { name: d.founderName.trim(), email: d.founderEmail.trim(), answers: withoutSensitive(c.catalogue, c.answers) as InitiativeRequest['founder']['answers'] },
    consent: { listed: true, textVersion: GROUPS_TEXT_VERSION },
    turnstileToken: c.turnstileToken,
  };
}

/** API field paths (`households.adults`, `founder.email`, `consent.pool`, …) → the form's fields. */
const FIELD_OF: Record<string, string> = {
  'founder.name': 'founderName',
  'founder.email': 'founderEmail',
  turnstileToken: 'turnstile',
};

export function groupFieldOf(apiField: string, fields: readonly string[]): string | undefined {
  if (FIELD_OF[apiField]) return FIELD_OF[apiField];
  if (apiField.startsWith('consent')) return 'consent';
  const last = apiField.replace(/^(households|seeking)\./, '');
  return fields.includes(last) ? last : undefined;
}

/**
 * The API's refusal as problems at the form's fields (a 400 or 403 naming fields, or a refused spam
 * check); undefined when the failure is not about what was typed.
 */
export function groupProblemsOf<F extends string>(error: Pick<ApiError, 'code' | 'status' | 'fieldErrors'>, fields: readonly F[]): Map<F | 'turnstile', GroupProblem> | undefined {
  const problems = new Map<F | 'turnstile', GroupProblem>();
  for (const fe of error.fieldErrors) {
    const field = groupFieldOf(fe.field, fields) as F | 'turnstile' | undefined;
    if (!field || problems.has(field)) continue;
    problems.set(field, field === 'turnstile' ? 'turnstile' : field === 'consent' ? 'consent' : /email/i.test(field) ? 'email' : 'server');
  }
  if (error.code === 'turnstile_failed') problems.set('turnstile', 'turnstile');
  return (error.status === 400 || error.status === 403) && problems.size ? problems : undefined;
}

export const POOL_FIELDS: readonly PoolField[] = ['name', 'email', 'text', 'consent'];
export const INITIATIVE_FIELDS: readonly InitiativeField[] = [
  'name', 'text', 'propertyKinds', 'settlements', 'timeline', 'legalForms', 'area', 'households', 'adults', 'children', 'ageBands',
  'equityBand', 'budgetMinBand', 'budgetMaxBand', 'openPlaces', 'founderName', 'founderEmail', 'consent',
];
