/**
 * The listing form: raw form values → validated listing columns and the project's questionnaire
 * answers. Every field is checked with zod; errors come back per form field, in the UI language,
 * and the raw values are kept so the form re-renders with everything the user typed.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { LEGAL_FORMS, LISTING_KINDS, postcodes, SETTLEMENTS, STAGES, type NewListing, type UnitPlaces } from '../../db/schema';
import { answersSchema } from '../../questionnaire/schema';
import type { Answers, AnswerValue, Importance, Question } from '../../questionnaire/types';
import { catalogueV1 } from '../../questionnaire/v1';
import type { AdminMessages } from '../../i18n';
import type { FormErrors } from '../ui/form';

export const UNIT_TYPES = ['own_flat', 'cluster_flat', 'shared_flat', 'house'] as const;
export const PETS = ['none', 'small', 'dog'] as const;

/**
 * Project questions whose value is a column of the listing (settlement, pets, barrier-free): the
 * form asks the fact once, and the questionnaire only its importance.
 */
export const FACT_QUESTIONS = { 'where.settlement': 'settlement', 'who.pets': 'petsAllowed', 'needs.barrierFree': 'barrierFree' } as const;

export const projectQuestions: Question[] = catalogueV1.questions.filter((q) => q.side === 'project' || q.side === 'both');

/** Raw form values as strings (multi-choice: string arrays). */
export type RawForm = Record<string, string | string[]>;

const str = (raw: RawForm, k: string): string => {
  const v = raw[k];
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
};
const list = (raw: RawForm, k: string): string[] => {
  const v = raw[k];
  return Array.isArray(v) ? v : v ? [v] : [];
};

/** Form body → raw values (keeps every field the listing form knows). */
export function rawFromBody(body: Record<string, string | File | (string | File)[]>): RawForm {
  const out: RawForm = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** A stored listing → raw form values (for the edit form). */
export function rawFromListing(l: NewListing): RawForm {
  const euros = (c: number | null | undefined) => (c === null || c === undefined ? '' : String(Math.round(c / 100)));
  const raw: RawForm = {
    kind: l.kind,
    title: l.title,
    summary: l.summary,
    description: l.description,
    postcode: l.postcode,
    settlement: l.settlement,
    stage: l.stage,
    legalForm: l.legalForm,
    unitsTotal: String(l.unitsTotal ?? 0),
    costMin: euros(l.monthlyCostMinCents),
    costMax: euros(l.monthlyCostMaxCents),
    equity: euros(l.equityRequiredCents ?? 0),
    spaceMin: l.livingSpaceMinSqm?.toString() ?? '',
    spaceMax: l.livingSpaceMaxSqm?.toString() ?? '',
    plot: l.plotSqm?.toString() ?? '',
    barrierFree: l.barrierFree ? '1' : '',
    childrenWelcome: l.childrenWelcome === false ? '' : '1',
    petsAllowed: l.petsAllowed ?? 'small',
    contactEmail: l.contactEmail ?? '',
    website: l.website ?? '',
  };
  for (const u of UNIT_TYPES) raw[`free.${u}`] = String(l.freeUnits?.[u] ?? 0);
  for (const q of projectQuestions) {
    const a = (l.profile ?? {})[q.id];
    if (!a) continue;
    raw[`imp.${q.id}`] = String(a.importance ?? 1);
    if (q.id in FACT_QUESTIONS) continue;
    const v = a.value;
    raw[`q.${q.id}`] = Array.isArray(v) ? v : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
  }
  return raw;
}

/** The form for a new listing. */
export function emptyRaw(): RawForm {
  const raw: RawForm = { kind: 'project', settlement: 'village', stage: 'forming', legalForm: 'cooperative', unitsTotal: '0', equity: '0', childrenWelcome: '1', petsAllowed: 'small' };
  for (const u of UNIT_TYPES) raw[`free.${u}`] = '0';
  for (const q of projectQuestions) if (q.weighted) raw[`imp.${q.id}`] = '1';
  return raw;
}

export type ListingFields = Omit<NewListing, 'id' | 'organizationId' | 'status' | 'photos' | 'confirmedAt' | 'createdAt' | 'updatedAt'>;

export type ParseResult = { ok: true; data: ListingFields } | { ok: false; errors: FormErrors };

/**
 * Validates the raw form. Looks the postcode up in the postcodes table (place, district, coordinates).
 * @example
 * const r = await parseListingForm(db, raw, t); if (!r.ok) renderForm(raw, r.errors);
 */
export async function parseListingForm(db: Database, raw: RawForm, t: AdminMessages): Promise<ParseResult> {
  const errors: FormErrors = {};
  const E = t.errors;
  const text = (k: string, min: number, max: number, required: boolean) => {
    const v = str(raw, k);
    if (!v) {
      if (required) errors[k] = E.required;
      return v;
    }
    const r = z.string().min(min).max(max).safeParse(v);
    if (!r.success) errors[k] = v.length < min ? E.tooShort(min) : E.tooLong(max);
    return v;
  };
  const choice = <T extends string>(k: string, options: readonly T[]): T => {
    const r = z.enum(options as unknown as [T, ...T[]]).safeParse(str(raw, k));
    if (!r.success) errors[k] = E.choose;
    return (r.success ? r.data : options[0]) as T;
  };
  const int = (k: string, min: number, max: number, required: boolean): number | null => {
    const v = str(raw, k).replace(/[.\s]/g, '');
    if (!v) {
      if (required) errors[k] = E.required;
      return null;
    }
    const r = z.coerce.number().int().min(min).max(max).safeParse(/^-?\d+$/.test(v) ? v : 'x');
    if (!r.success) {
      errors[k] = !/^-?\d+$/.test(v) ? E.number : Number(v) < min ? E.min(min) : E.max(max);
      return null;
    }
    return r.data;
  };

  const kind = choice('kind', LISTING_KINDS);
  const title = text('title', 3, 120, true);
  const summary = text('summary', 10, 280, true);
  const description = text('description', 0, 8000, false);
  const settlement = choice('settlement', SETTLEMENTS);
  const stage = choice('stage', STAGES);
  const legalForm = choice('legalForm', LEGAL_FORMS);
  const unitsTotal = int('unitsTotal', 0, 1000, true) ?? 0;
  const freeUnits: UnitPlaces = {};
  let freePlaces = 0;
  for (const u of UNIT_TYPES) {
    const n = int(`free.${u}`, 0, 500, false) ?? 0;
    if (n > 0) freeUnits[u] = n;
    freePlaces += n;
  }
  if (unitsTotal > 0 && freePlaces > unitsTotal && !errors.unitsTotal) errors['free.own_flat'] = E.freePlaces;
  const costMin = int('costMin', 0, 20_000, false);
  const costMax = int('costMax', 0, 20_000, false);
  if (costMin !== null && costMax !== null && costMax < costMin) errors.costMax = E.costRange;
  const equity = int('equity', 0, 10_000_000, false) ?? 0;
  const spaceMin = int('spaceMin', 1, 10_000, false);
  const spaceMax = int('spaceMax', 1, 10_000, false);
  if (spaceMin !== null && spaceMax !== null && spaceMax < spaceMin) errors.spaceMax = E.sizeRange;
  const plot = int('plot', 1, 10_000_000, false);
  const barrierFree = str(raw, 'barrierFree') === '1';
  const childrenWelcome = str(raw, 'childrenWelcome') === '1';
  const petsAllowed = choice('petsAllowed', PETS);

  const contactEmail = str(raw, 'contactEmail').toLowerCase();
  if (contactEmail && !z.email().max(254).safeParse(contactEmail).success) errors.contactEmail = E.email;
  const website = str(raw, 'website');
  if (website && !z.url({ protocol: /^https$/ }).max(300).safeParse(website).success) errors.website = E.url;

  // Postcode → place, district, coordinates.
  const postcode = str(raw, 'postcode');
  let place: { place: string; districtKey: string; lat: number; lon: number } | undefined;
  if (!postcode) errors.postcode = E.required;
  else if (!/^\d{5}$/.test(postcode)) errors.postcode = E.postcode;
  else {
    place = await db.select({ place: postcodes.place, districtKey: postcodes.districtKey, lat: postcodes.lat, lon: postcodes.lon }).from(postcodes).where(eq(postcodes.postcode, postcode)).get();
    if (!place) errors.postcode = E.postcodeUnknown;
  }

  // The project's side of the questionnaire.
  const profile: Answers = {};
  for (const q of projectQuestions) {
    const impRaw = str(raw, `imp.${q.id}`);
    const importance = (/^[0-3]$/.test(impRaw) ? Number(impRaw) : 1) as Importance;
    if (q.id in FACT_QUESTIONS) {
      const fact: AnswerValue = q.id === 'where.settlement' ? [settlement] : q.id === 'who.pets' ? petsAllowed : barrierFree;
      profile[q.id] = { value: fact, importance };
      continue;
    }
    let value: AnswerValue | undefined;
    if (q.kind === 'multi') {
      const v = list(raw, `q.${q.id}`);
      value = v.length ? v : undefined;
    } else if (q.kind === 'boolean') {
      const v = str(raw, `q.${q.id}`);
      value = v === 'yes' ? true : v === 'no' ? false : undefined;
    } else if (q.kind === 'count' || q.kind === 'money') {
      const v = str(raw, `q.${q.id}`);
      if (v) value = /^\d+$/.test(v) ? Number(v) : (v as unknown as number); // invalid numbers fail below
    } else {
      const v = str(raw, `q.${q.id}`);
      value = v || undefined;
    }
    if (value === undefined) {
      if (importance === 3) errors[`q.${q.id}`] = E.importanceWithoutValue;
      continue;
    }
    profile[q.id] = q.weighted ? { value, importance } : { value };
  }
  const checked = answersSchema(catalogueV1, 'project').safeParse(profile);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const id = String(issue.path[0]);
      const q = projectQuestions.find((x) => x.id === id);
      const field = issue.path[1] === 'importance' ? `imp.${id}` : `q.${id}`;
      if (errors[field]) continue;
      if (q?.kind === 'count' || q?.kind === 'money') errors[field] = issue.code === 'too_small' ? E.min(q.min ?? 0) : issue.code === 'too_big' ? E.max(q.max ?? 0) : E.number;
      else errors[field] = E.choose;
    }
  }

  if (Object.keys(errors).length || !place) return { ok: false, errors };
  return {
    ok: true,
    data: {
      kind,
      title,
      summary,
      description,
      postcode,
      place: place.place,
      districtKey: place.districtKey,
      lat: place.lat,
      lon: place.lon,
      settlement,
      stage,
      legalForm,
      unitsTotal,
      freePlaces,
      freeUnits,
      monthlyCostMinCents: costMin === null ? null : costMin * 100,
      monthlyCostMaxCents: costMax === null ? null : costMax * 100,
      equityRequiredCents: equity * 100,
      livingSpaceMinSqm: spaceMin,
      livingSpaceMaxSqm: spaceMax,
      plotSqm: plot,
      barrierFree,
      childrenWelcome,
      petsAllowed,
      catalogueVersion: catalogueV1.version,
      profile,
      contactEmail: contactEmail || null,
      website: website || null,
    },
  };
}

/** Form field order, for the error summary (follows the form from top to bottom). */
export function orderErrors(errors: FormErrors): FormErrors {
  const order = [
    'kind', 'title', 'summary', 'description', 'postcode', 'settlement', 'stage', 'legalForm', 'unitsTotal',
    ...UNIT_TYPES.map((u) => `free.${u}`), 'costMin', 'costMax', 'equity', 'spaceMin', 'spaceMax', 'plot', 'petsAllowed', 'contactEmail', 'website',
    ...projectQuestions.flatMap((q) => [`q.${q.id}`, `imp.${q.id}`]),
  ];
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}
