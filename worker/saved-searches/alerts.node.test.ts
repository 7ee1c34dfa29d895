/** Which listing changes queue the saved-search alerts, and the UTC day an alert counts for. */
import { describe, expect, it } from 'vitest';
import { alertDay, alertReason } from './alerts';

const published = {
  status: 'published' as const, freePlaces: 2, monthlyCostMinCents: 60_000, monthlyCostMaxCents: 90_000, equityRequiredCents: 0,
  profile: { 'community.meals': { value: 'weekly', importance: 2 as const } },
};

describe('alertReason', () => {
  it('queues publishing (from a draft or a pause), and nothing that leaves a listing unpublished', () => {
    expect(alertReason({ ...published, status: 'draft' }, { status: 'published' })).toBe('published');
    expect(alertReason({ ...published, status: 'paused' }, { status: 'published' })).toBe('published');
    expect(alertReason(published, { status: 'paused' })).toBeUndefined();
    expect(alertReason({ ...published, status: 'draft' }, { freePlaces: 0, monthlyCostMinCents: 1 })).toBeUndefined();
  });

  it('queues free places back from none, another cost or equity, another profile; not fewer or more places otherwise', () => {
    expect(alertReason({ ...published, freePlaces: 0 }, { freePlaces: 1 })).toBe('free_places');
    expect(alertReason(published, { freePlaces: 3 })).toBeUndefined();
    expect(alertReason(published, { freePlaces: 0 })).toBeUndefined();
    expect(alertReason(published, { monthlyCostMinCents: 55_000 })).toBe('cost');
    expect(alertReason(published, { monthlyCostMaxCents: null })).toBe('cost');
    expect(alertReason(published, { equityRequiredCents: 500_000 })).toBe('cost');
    expect(alertReason(published, { profile: { 'community.meals': { value: 'daily', importance: 2 } } })).toBe('profile');
    expect(alertReason(published, { ...published })).toBeUndefined();
  });
});

describe('alertDay', () => {
  it('is the UTC calendar day', () => {
    expect(alertDay(Date.UTC(2026, 4, 3, 23, 59))).toBe('2026-05-03');
    expect(alertDay(Date.UTC(2026, 4, 4, 0, 0))).toBe('2026-05-04');
  });
});
