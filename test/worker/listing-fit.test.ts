import { beforeEach, describe, expect, it } from 'vitest';
import type { FitResponse, MatchesResponse } from '../../worker/api/schemas';
import { household, insertFixtures, KEY, postJson } from './fixtures';

beforeEach(insertFixtures);

const needsBarrierFree = { ...household, 'needs.barrierFree': { value: true, importance: 3 }, 'community.meals': { value: 'weekly', importance: 2 } };

describe('POST /v1/listings/{id}/fit', () => {
  it('returns the whole listing, its match and the fit question by question', async () => {
    const res = await postJson('/v1/listings/lst_oybin/fit', { key: KEY, answers: needsBarrierFree, locale: 'de' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as FitResponse;
    expect(body.listing).toMatchObject({ id: 'lst_oybin', title: 'Haus in Oybin', description: 'Beschreibung.', barrierFree: true });
    expect(body.match?.score).toBeGreaterThan(0);
    const barrierFree = body.dimensions.find((d) => d.questionId === 'needs.barrierFree');
    expect(barrierFree).toMatchObject({ seekerAnswer: 'ja', projectAnswer: 'ja', seekerImportance: 3, fit: 1 });
    const meals = body.dimensions.find((d) => d.questionId === 'community.meals');
    expect(meals).toMatchObject({ seekerAnswer: 'wöchentlich', projectAnswer: null, seekerImportance: 2, fit: 0.5 });
  });

  it('has no match for a listing that fails a dealbreaker, but still explains it', async () => {
    const body = (await (await postJson('/v1/listings/lst_zittau/fit', { key: KEY, answers: needsBarrierFree, locale: 'en' })).json()) as FitResponse;
    expect(body.match).toBeNull();
    expect(body.dimensions.find((d) => d.questionId === 'needs.barrierFree')).toMatchObject({ seekerAnswer: 'yes', projectAnswer: 'no', fit: 0 });
  });

  it('is 404 for listings not published or outside the embed scope', async () => {
    for (const id of ['lst_draft', 'lst_dresden', 'nope']) {
      expect((await postJson(`/v1/listings/${id}/fit`, { key: KEY, answers: household })).status).toBe(404);
    }
  });
});

describe('nearest partial matches for an empty result', () => {
  it('offers up to three alternatives, each saying which filters it fails', async () => {
    const res = await postJson('/v1/matches', {
      key: KEY,
      answers: { ...needsBarrierFree, 'money.maxMonthlyCost': { value: 300, importance: 3 } },
      statsOptOut: true,
    });
    const body = (await res.json()) as MatchesResponse;
    expect(body.matches).toEqual([]);
    expect(body.alternatives?.length).toBeGreaterThan(0);
    expect(body.alternatives!.length).toBeLessThanOrEqual(3);
    const [best] = body.alternatives!;
    // Oybin is barrier-free, so it fails only the budget and comes first.
    expect(best?.listing.id).toBe('lst_oybin');
    expect(best?.failed.map((f) => f.questionId)).toEqual(['money.maxMonthlyCost']);
    expect(best?.failed[0]?.text).toMatch(/Ausschlusskriterium nicht erfüllt/);
    const withResults = (await (await postJson('/v1/matches', { key: KEY, answers: household, statsOptOut: true })).json()) as MatchesResponse;
    expect(withResults.alternatives).toBeUndefined();
  });
});
