import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, readiness, type ReadinessGroup } from './readiness';

const group = (over: Partial<ReadinessGroup> = {}): ReadinessGroup => ({
  households: 3, legalForm: 'cooperative', financingPlan: 'KfW 134, Direktkredite', contactPerson: 'Anna Beispiel', customMet: [], ...over,
});

describe('readiness', () => {
  it('is ready when every default item holds: 3 households are 60 % of 5 units', () => {
    const r = readiness(DEFAULT_CRITERIA, { unitsTotal: 5 }, group());
    expect(r.items.map((i) => [i.id, i.met])).toEqual([['households', true], ['unitsShare', true], ['legalForm', true], ['financingPlan', true], ['contactPerson', true]]);
    expect(r).toMatchObject({ met: 5, total: 5, ready: true });
  });

  it('asks for households against the units, rounding up', () => {
    const r = readiness(DEFAULT_CRITERIA, { unitsTotal: 8 }, group({ households: 4 }));
    expect(r.items[1]).toEqual({ id: 'unitsShare', met: false, have: 4, need: 5, units: 8 });
    expect(r.ready).toBe(false);
  });

  it('treats blank statements as missing and drops items the municipality does not require', () => {
    const r = readiness(DEFAULT_CRITERIA, { unitsTotal: 0 }, group({ financingPlan: '  ', contactPerson: null }));
    expect(r.items.map((i) => [i.id, i.met])).toEqual([['households', true], ['legalForm', true], ['financingPlan', false], ['contactPerson', false]]);
    const lenient = readiness({ ...DEFAULT_CRITERIA, requireFinancingPlan: false, requireContactPerson: false }, { unitsTotal: 0 }, group({ financingPlan: null, contactPerson: null }));
    expect(lenient).toMatchObject({ total: 2, ready: true });
  });

  it('lists the municipality\'s own criteria, met only when the group ticked them', () => {
    const criteria = { ...DEFAULT_CRITERIA, custom: [{ id: 'concept', label: { de: 'Nutzungskonzept eingereicht' } }, { id: 'visit', label: { de: 'Besichtigung erfolgt' } }] };
    const r = readiness(criteria, { unitsTotal: 3 }, group({ customMet: ['visit', 'unknown'] }));
    expect(r.items.slice(-2).map((i) => i.met)).toEqual([false, true]);
    expect(r).toMatchObject({ met: 6, total: 7, ready: false });
  });
});
