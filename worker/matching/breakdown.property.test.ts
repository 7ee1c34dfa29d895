import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakdown, planCache, relaxedScore } from './breakdown';
import { prepareListings } from './prepared';
import { marketArbitrary } from './test-support';

/** Generous: the suite may share a loaded CI machine. */
const TIMEOUT_MS = 30_000;

describe('breakdown on listings prepared with others (the partial matches of an empty result)', () => {
  it('gives what the listing prepared alone gives: failed filters, relaxed score, fits and reasons', { timeout: TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(marketArbitrary(8), ({ answers, listings, ctx }) => {
        const prepared = prepareListings(listings);
        // One plan cache over the market, as partialMatchesAmong shares it between listings.
        const shared = planCache();
        listings.forEach((listing, index) => {
          const alone = breakdown(answers, listing, ctx);
          expect(breakdown(answers, listing, ctx, shared, { prepared, index })).toEqual(alone);
          expect(relaxedScore(answers, listing, ctx, shared, { prepared, index })).toEqual(relaxedScore(answers, listing, ctx, planCache()));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('leaves the listing it relaxes unchanged', { timeout: TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(marketArbitrary(4), ({ answers, listings, ctx }) => {
        const before = structuredClone(listings);
        const prepared = prepareListings(listings);
        listings.forEach((listing, index) => breakdown(answers, listing, ctx, planCache(), { prepared, index }));
        expect(listings).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
