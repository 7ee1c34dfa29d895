/**
 * Between two households nobody is "the project": every reason and watch-out the pair fit can give
 * has its own sentence for a household reading about another (the `peer` view), in both languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HouseholdCard } from '../db/json';
import { messages } from '../i18n';
import { localizeReasons, reasonViewFor } from '../matching/reasons';
import { answersArbitrary, seekerArbitrary } from '../matching/test-support';
import { cardOf, householdFit, initiativeFit, type InitiativeForFit } from './fit';

const householdArbitrary: fc.Arbitrary<HouseholdCard> = seekerArbitrary.map((a) => cardOf({ ...a, 'who.seekerType': { value: 'household' } }));
const PEER_CODES = new Set(Object.keys(messages('de').reasons.peerTexts));

describe('reasons between two households', () => {
  it('come only from codes with a peer sentence, and no sentence speaks of a project', () => {
    let explained = 0;
    fc.assert(
      fc.property(householdArbitrary, householdArbitrary, (a, b) => {
        const fit = householdFit(a, b);
        if (!fit) return;
        const all = [...fit.reasons, ...fit.watchOuts];
        explained += all.length;
        for (const r of all) expect(PEER_CODES, r.code).toContain(r.code);
        for (const locale of ['de', 'en'] as const) {
          for (const r of localizeReasons(all, locale, reasonViewFor('pool', 'pool'))) {
            expect(r.text).not.toMatch(/projekt|project/i);
            expect(r.text).not.toMatch(/undefined|NaN|\[object/);
          }
        }
      }),
      { numRuns: 300 },
    );
    // Not vacuous: the pairs did give reasons.
    expect(explained).toBeGreaterThan(100);
  }, 30_000);

  it('an initiative is explained only by what it stated or offers, never by the frame (no "99 free places")', () => {
    const initiativeArbitrary: fc.Arbitrary<InitiativeForFit> = fc
      .tuple(answersArbitrary('project'), fc.array(householdArbitrary, { maxLength: 3 }), fc.subarray(['cooperative', 'syndicate', 'rental']), fc.subarray(['village', 'small_town', 'town']))
      .map(([profile, members, legalForms, settlements]) => ({ id: 'ini', profile, members, legalForms, seeking: { settlements, timeline: 'unknown' } }));
    let explained = 0;
    fc.assert(
      fc.property(householdArbitrary, initiativeArbitrary, (card, initiative) => {
        const fit = initiativeFit(card, initiative);
        if (!fit) return;
        explained += fit.reasons.length;
        const said = new Set([...Object.keys(initiative.profile), 'where.timeline', 'where.settlement', 'money.legalForms']);
        for (const r of fit.reasons) expect(said, r.code).toContain(r.questionId);
        for (const r of fit.watchOuts) expect(r.code).not.toMatch(/^size\./);
      }),
      { numRuns: 300 },
    );
    expect(explained).toBeGreaterThan(100);
  }, 30_000);

  it('reads as the other household where the seeker would read the project', () => {
    const a = cardOf({ 'who.adults': { value: 2 }, 'community.hours': { value: 4, importance: 2 }, 'needs.atmosphere': { value: 'quiet', importance: 2 } });
    const b = cardOf({ 'who.adults': { value: 1 }, 'community.hours': { value: 2, importance: 1 }, 'needs.atmosphere': { value: 'lively', importance: 1 } });
    const fit = householdFit(a, b)!;
    const texts = localizeReasons([...fit.reasons, ...fit.watchOuts], 'de', 'peer').map((r) => r.text);
    expect(texts).toContain('Der andere Haushalt möchte 2 Stunden im Monat mitarbeiten, Sie 4');
    expect(texts).toContain('Atmosphäre beim anderen Haushalt: lebendig, Ihr Wunsch: ruhig');
    const en = localizeReasons([...fit.reasons, ...fit.watchOuts], 'en', 'peer').map((r) => r.text);
    expect(en).toContain('Atmosphere for the other household: lively; you would like: quiet');
  });
});
