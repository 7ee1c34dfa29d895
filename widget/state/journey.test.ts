import { describe, expect, it } from 'vitest';
import { catalogueV1 } from '../../worker/questionnaire/v1';
import type { Catalogue, FitResponse, Match, MatchesResponse } from '../api/shapes';
import { freshJourney, toSession, type Journey } from './journey';
import { firstInvalidStep, listingTitle, resultFor, serverProblems, valueOf } from './journey-search';
import { restoreJourney } from './resume';
import { emptyProgress, type Progress } from './questionnaire';
import type { Session } from './session';

const catalogue: Catalogue = catalogueV1;
const stepOneDone: Progress = { ...emptyProgress(), values: { 'who.seekerType': 'household' }, texts: { 'who.adults': '2', 'who.children': '0' } };
const session = (s: Partial<Session>): Session => ({ v: 1, catalogueVersion: 'v1', view: 'intro', step: 0, progress: emptyProgress(), statsOptOut: false, ...s });

const match = (id: string, title: string): Match => ({
  listing: {
    id,
    kind: 'project',
    title,
    summary: '',
    place: 'Zittau',
    postcode: '02763',
    stage: 'planning',
    legalForm: 'cooperative',
    monthlyCostMinCents: null,
    monthlyCostMaxCents: null,
    equityRequiredCents: 0,
    freePlaces: 1,
    barrierFree: false,
    photo: null,
  },
  score: 80,
  seekerFit: 80,
  projectFit: 80,
  distanceKm: 3,
  reasons: [],
  watchOuts: [],
});
const withResults = (response: Partial<MatchesResponse>): Journey => ({
  ...freshJourney(),
  screen: 'results',
  results: { status: 'ready', value: { algorithm: 'bt-match/1', catalogueVersion: 'v1', total: 0, matches: [], ...response } },
});

describe('a fresh journey', () => {
  it('starts at the intro with nothing entered, and every call is a new value', () => {
    const a = freshJourney();
    const b = freshJourney();
    a.progress.values['who.pets'] = 'dog';
    a.contact.draft.name = 'Ada';
    a.notify.problems.set('email', 'required');
    expect(b).toMatchObject({ screen: 'intro', step: 0, statsOptOut: false, sortKey: 'fit', progress: emptyProgress() });
    expect(b.contact.draft.name).toBe('');
    expect(b.notify.problems.size).toBe(0);
    expect(b.results).toBeUndefined();
  });
});

describe('what a reload keeps', () => {
  it('keeps nothing at a fresh intro, and the listing (not the form) from the contact screen', () => {
    expect(toSession(freshJourney(), 'v1')).toBeUndefined();
    expect(toSession({ ...freshJourney(), statsOptOut: true }, 'v1')).toMatchObject({ view: 'intro', statsOptOut: true });
    const contact: Journey = { ...freshJourney(), screen: 'contact', progress: stepOneDone, listingId: 'l1', submission: { body: '{}', idempotencyKey: 'bt_1' } };
    expect(toSession(contact, 'v1')).toEqual({
      v: 1,
      catalogueVersion: 'v1',
      view: 'detail',
      step: 0,
      detail: 'l1',
      progress: stepOneDone,
      statsOptOut: false,
      submission: { body: '{}', idempotencyKey: 'bt_1' },
    });
    expect(toSession({ ...contact, screen: 'results' }, 'v1')).not.toHaveProperty('detail');
  });

  it('comes back to the intro (answers kept) after a reload while browsing or in the groups', () => {
    for (const screen of ['browse', 'groups'] as const) {
      const saved = toSession({ ...freshJourney(), screen, progress: stepOneDone }, catalogue.version);
      expect(saved).toMatchObject({ view: 'intro', progress: stepOneDone });
      expect(restoreJourney(catalogue, saved).journey).toMatchObject({ screen: 'intro', progress: stepOneDone });
    }
  });

  it('comes back at the same step, with the answers, after a round trip', () => {
    const at: Journey = { ...freshJourney(), screen: 'step', step: 2, progress: stepOneDone };
    const { journey, search } = restoreJourney(catalogue, toSession(at, catalogue.version));
    expect(search).toBe(false);
    expect(journey).toMatchObject({ screen: 'step', step: 2, progress: stepOneDone });
  });

  it('asks for the matches again (and reopens the listing) after a reload on results or detail', () => {
    expect(restoreJourney(catalogue, session({ view: 'detail', detail: 'l1', progress: stepOneDone }))).toMatchObject({ search: true, detail: 'l1' });
    const results = restoreJourney(catalogue, session({ view: 'results', detail: 'l1' }));
    expect(results).toMatchObject({ search: true, journey: { screen: 'intro' } });
  });

  it('clamps a step that no longer exists and forgets a session of another catalogue version', () => {
    expect(restoreJourney(catalogue, session({ view: 'step', step: 9 })).journey.step).toBe(4);
    expect(restoreJourney(catalogue, session({ view: 'step', step: -3 })).journey.step).toBe(0);
    const other = restoreJourney(catalogue, session({ catalogueVersion: 'v0', view: 'step', progress: stepOneDone }));
    expect(other).toEqual({ journey: freshJourney(), search: false });
  });
});

describe('before asking for matches', () => {
  it('names the first incomplete step with its problems', () => {
    const missing = firstInvalidStep(catalogue, emptyProgress());
    expect(missing?.index).toBe(0);
    expect([...(missing?.problems.keys() ?? [])]).toEqual(['who.seekerType', 'who.adults', 'who.children']);
    const wrongLater: Progress = { ...stepOneDone, texts: { ...stepOneDone.texts, 'where.postcode': '123' } };
    expect(firstInvalidStep(catalogue, wrongLater)).toEqual({ index: 1, problems: new Map([['where.postcode', { code: 'postcode' }]]) });
    expect(firstInvalidStep(catalogue, stepOneDone)).toBeUndefined();
  });

  it('puts the API field errors on the first step they belong to', () => {
    const onStep = serverProblems(catalogue, stepOneDone, [
      { field: 'answers.where.postcode.value', message: 'Unknown postcode.' },
      { field: 'answers.community.hours.value', message: 'Too many.' },
      { field: 'answers.where.postcode', message: 'second error on the same question', code: 'x' },
    ]);
    expect(onStep).toEqual({ index: 1, problems: new Map([['where.postcode', { code: 'unknownPostcode' }]]) });
    expect(serverProblems(catalogue, stepOneDone, [{ field: 'answers.community.hours.value', message: 'Too many.' }])).toEqual({
      index: 3,
      problems: new Map([['community.hours', { code: 'server', message: 'Too many.' }]]),
    });
    expect(serverProblems(catalogue, stepOneDone, [{ field: 'locale', message: 'Invalid.' }])).toBeUndefined();
  });
});

describe('the open listing', () => {
  it('is found among the matches and the near misses', () => {
    const journey = withResults({ total: 1, matches: [match('a', 'Hof A')], alternatives: [{ ...match('b', 'Hof B'), failed: [] }] });
    expect(resultFor(journey, 'a')?.listing.title).toBe('Hof A');
    expect(resultFor(journey, 'b')?.listing.title).toBe('Hof B');
    expect(resultFor(journey, 'c')).toBeUndefined();
    expect(resultFor({ ...journey, results: { status: 'loading' } }, 'a')).toBeUndefined();
  });

  it('takes its title from the detail once loaded, else from its card', () => {
    const journey: Journey = { ...withResults({ total: 1, matches: [match('a', 'Hof A')] }), listingId: 'a' };
    expect(listingTitle(journey)).toBe('Hof A');
    const fit = { listing: { ...match('a', 'Hof A, renoviert').listing }, match: null, dimensions: [] } as unknown as FitResponse;
    expect(listingTitle({ ...journey, detail: { status: 'ready', value: fit } })).toBe('Hof A, renoviert');
    expect(listingTitle({ ...journey, listingId: 'gone' })).toBe('');
    expect(valueOf(journey.detail)).toBeUndefined();
  });
});
