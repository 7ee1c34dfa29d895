/**
 * Fixtures and fast-check arbitraries for the engine's tests. Answers are generated from the
 * catalogue itself, so the tests follow the catalogue when it changes. Test-only: nothing in the
 * worker imports this file.
 */
import fc from 'fast-check';
import type { Answer, AnswerValue, Answers, Importance, Question } from '../questionnaire/types';
import { catalogueV1 } from '../questionnaire/v1';
import type { MatchListing, SeekerContext } from './types';

/** A listing with sensible defaults: a small-town cooperative project with free places, empty profile. */
export function listing(overrides: Partial<MatchListing> = {}): MatchListing {
  return {
    id: 'lst_1',
    kind: 'project',
    lat: 51.0,
    lon: 14.8,
    settlement: 'small_town',
    stage: 'occupied',
    legalForm: 'cooperative',
    freePlaces: 3,
    freeUnits: {},
    monthlyCostMinCents: 65_000,
    monthlyCostMaxCents: 90_000,
    equityRequiredCents: 0,
    barrierFree: false,
    childrenWelcome: true,
    petsAllowed: 'small',
    profile: {},
    ...overrides,
  };
}

/** A couple with only the required answers, plus `extra`. */
export function seeker(extra: Answers = {}): Answers {
  return { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 0 }, ...extra };
}

export const questionsFor = (side: 'seeker' | 'project'): Question[] =>
  catalogueV1.questions.filter((q) => q.side === side || q.side === 'both');

const optionsOf = (q: Question): string[] => (q.options ?? []).map((o) => o.value);

export function valueArbitrary(q: Question): fc.Arbitrary<AnswerValue> {
  const options = optionsOf(q);
  switch (q.kind) {
    case 'count':
      return fc.integer({ min: q.min ?? 0, max: q.max ?? 100 });
    case 'money':
      // Mostly realistic budgets, sometimes anywhere in the catalogue's range.
      return fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 300, max: 2_000 }) }, fc.integer({ min: q.min ?? 0, max: q.max ?? 10_000 }));
    case 'single':
      return fc.constantFrom(...options);
    case 'multi':
      return fc.subarray(options, { minLength: 1 });
    case 'boolean':
      return fc.boolean();
    case 'postcode':
      return fc.stringMatching(/^\d{5}$/);
  }
}

/** Mostly wichtig / sehr wichtig, sometimes egal, Ausschlusskriterium or left to the default. */
export const importanceArbitrary: fc.Arbitrary<Importance | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<Importance>(1, 2) },
  { weight: 1, arbitrary: fc.constant<Importance>(0) },
  { weight: 1, arbitrary: fc.constant<Importance>(3) },
  { weight: 2, arbitrary: fc.constant(undefined) },
);

export function answerArbitrary(q: Question): fc.Arbitrary<Answer> {
  if (!q.weighted) return valueArbitrary(q).map((value) => ({ value }));
  return fc
    .tuple(valueArbitrary(q), importanceArbitrary)
    .map(([value, importance]) => (importance === undefined ? { value } : { value, importance }));
}

/** Any subset of one side's questions, each with a valid answer. */
export function answersArbitrary(side: 'seeker' | 'project'): fc.Arbitrary<Answers> {
  const model: Record<string, fc.Arbitrary<Answer>> = {};
  // Projects have no postcode questions; their location is a column.
  for (const q of questionsFor(side)) if (q.kind !== 'postcode' || side === 'seeker') model[q.id] = answerArbitrary(q);
  return fc
    .record(model, { requiredKeys: [] })
    .map((answers) => Object.fromEntries(Object.entries(answers).filter((e): e is [string, Answer] => e[1] !== undefined)));
}

/** Seekers: mostly households (who always say how many adults and children they are). */
export const seekerArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(answersArbitrary('seeker'), fc.constantFrom('household', 'household', 'household', 'group'), fc.integer({ min: 1, max: 4 }), fc.constantFrom(0, 0, 0, 1, 2, 3))
  .map(([answers, type, adults, children]) => ({
    ...answers,
    'who.seekerType': { value: type },
    'who.adults': answers['who.adults'] ?? { value: adults },
    // Realistic households: the catalogue allows 40 children, real seekers bring 0–3.
    'who.children': { value: answers['who.children'] !== undefined && type === 'group' ? answers['who.children'].value : children },
  }));

const AREA = { lat: 51.0, lon: 14.8 };

/** Everything of a listing but its kind and profile; built once (building arbitraries is not free). */
const listingColumns = fc.record({
  id: fc.stringMatching(/^lst_[a-z0-9]{1,6}$/),
  lat: fc.double({ min: AREA.lat - 0.3, max: AREA.lat + 0.3, noNaN: true }),
  lon: fc.double({ min: AREA.lon - 0.45, max: AREA.lon + 0.45, noNaN: true }),
  settlement: fc.constantFrom('village', 'small_town', 'town'),
  stage: fc.constantFrom('forming', 'planning', 'building', 'occupied'),
  legalForm: fc.constantFrom('cooperative', 'syndicate', 'ownership', 'rental', 'foundation', 'other'),
  freePlaces: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 12, arbitrary: fc.integer({ min: 1, max: 6 }) }),
  freeUnits: fc.record(
    { own_flat: fc.integer({ min: 0, max: 3 }), cluster_flat: fc.integer({ min: 0, max: 3 }), shared_flat: fc.integer({ min: 0, max: 3 }), house: fc.integer({ min: 0, max: 1 }) },
    { requiredKeys: [] },
  ),
  monthlyCostMinCents: fc.option(fc.integer({ min: 20_000, max: 250_000 }), { freq: 8 }),
  monthlyCostMaxCents: fc.constant(null),
  equityRequiredCents: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, fc.integer({ min: 0, max: 6_000_000 }), fc.integer({ min: 0, max: 60_000_000 })),
  barrierFree: fc.boolean(),
  childrenWelcome: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, fc.constant(false)),
  petsAllowed: fc.constantFrom('none', 'small', 'dog', 'dog', 'dog', 'dog'),
});

const projectAnswers = answersArbitrary('project');

function listingModel(kind: fc.Arbitrary<MatchListing['kind']>, profile: fc.Arbitrary<Answers>): fc.Arbitrary<MatchListing> {
  return fc.tuple(listingColumns, kind, profile).map(([columns, k, p]) => ({ ...columns, kind: k, profile: p }));
}

/**
 * A listing meant for this seeker: usually of the kind the seeker looks for, and with each mirrored
 * answer copied from the seeker's (importance apart) now and then — so that a useful share of the
 * generated pairs pass the hard filters and agree on something.
 */
export function listingFor(answers: Answers): fc.Arbitrary<MatchListing> {
  const wanted = answers['who.seekerType']?.value === 'group' ? 'property' : 'project';
  const other = wanted === 'project' ? 'property' : 'project';
  const mirrored = questionsFor('project').filter((q) => q.side === 'both' && answers[q.id] !== undefined);
  const copies = fc.record(Object.fromEntries(mirrored.map((q) => [q.id, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>);
  const profile = fc.tuple(projectAnswers, copies, importanceArbitrary).map(([own, copy, importance]) => {
    const merged: Answers = { ...own };
    for (const q of mirrored) {
      const value = answers[q.id]?.value;
      if (copy[q.id] && value !== undefined) merged[q.id] = importance === undefined ? { value } : { value, importance };
    }
    return merged;
  });
  return listingModel(fc.oneof({ weight: 9, arbitrary: fc.constant(wanted) }, fc.constant(other)), profile);
}

export const contextArbitrary: fc.Arbitrary<SeekerContext> = fc.option(
  fc.record({
    lat: fc.double({ min: AREA.lat - 0.2, max: AREA.lat + 0.2, noNaN: true }),
    lon: fc.double({ min: AREA.lon - 0.3, max: AREA.lon + 0.3, noNaN: true }),
    radiusKm: fc.constantFrom(10, 25, 50, 100, 100, 100),
  }),
  { freq: 2 },
).map((target) => (target ? { target } : {}));

/** One seeker, one listing meant for them, and a search area. */
export const scenarioArbitrary = seekerArbitrary.chain((answers) =>
  fc.record({ answers: fc.constant(answers), listing: listingFor(answers), ctx: contextArbitrary }),
);

/** One seeker, several listings (distinct ids), and a search area. */
export const marketArbitrary = (maxLength = 25) =>
  seekerArbitrary.chain((answers) =>
    fc.record({
      answers: fc.constant(answers),
      listings: fc.uniqueArray(listingFor(answers), { minLength: 1, maxLength, selector: (l) => l.id }),
      ctx: contextArbitrary,
    }),
  );
