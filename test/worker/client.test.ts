/**
 * The typed client (worker/client.ts) against the real Worker: `SELF.fetch` is its fetch, so each
 * call goes through the app's routing, middleware and validation, and its answer is parsed into
 * the types tsc checked the call against.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONSENT_TEXT_VERSION } from '../../worker/api/schemas';
import { createPublicClient, DetailedError, parseResponse, problemOf } from '../../worker/client';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { household, insertFixtures, KEY, nextIp, ORIGIN } from './fixtures';

beforeEach(insertFixtures);

// As a municipality's server would call it: with the Origin of its page (on the embed's allow-list);
// a fresh client address per call keeps the tests out of each other's rate-limit buckets.
const api = createPublicClient('https://api.test', {
  fetch: ((input: RequestInfo | URL, init?: RequestInit) => SELF.fetch(input, init)) as typeof fetch,
  headers: () => ({ origin: ORIGIN, 'cf-connecting-ip': nextIp() }),
});

describe('typed client', () => {
  it('reads the health, the embed configuration and ranked matches', async () => {
    expect(await parseResponse(api.v1.health.$get())).toEqual({ status: 'ok', database: 'ok' });

    const config = await parseResponse(api.v1.embeds[':key'].config.$get({ param: { key: KEY } }));
    expect(config.embed).toMatchObject({ key: KEY, scope: 'region', organization: { name: 'Testgemeinde' } });
    expect(config.questionnaire.steps.map((s) => s.id)).toEqual(['who', 'where', 'home', 'community', 'needs']);

    const found = await parseResponse(api.v1.matches.$post({ json: { key: KEY, answers: household } }));
    expect(found.algorithm).toBe('bt-match/1');
    expect(found.matches.map((m) => m.listing.id).sort()).toEqual(['lst_oybin', 'lst_zittau']);

    const fit = await parseResponse(api.v1.listings[':id'].fit.$post({ param: { id: 'lst_oybin' }, json: { key: KEY, answers: household } }));
    expect(fit.listing.id).toBe('lst_oybin');
    expect(fit.dimensions.length).toBeGreaterThan(0);
  });

  it('sends a contact request with its Idempotency-Key, and a retry gets the same request', async () => {
    const send = () =>
      api.v1['contact-requests'].$post({
        header: { 'idempotency-key': 'client-contact-0001' },
        json: {
          key: KEY,
          listingId: 'lst_oybin',
          answers: household,
          name: 'Erika Muster',
          email: 'erika@example.org',
          message: 'Wir würden Sie gern kennenlernen.',
          consent: { contact: true, textVersion: CONSENT_TEXT_VERSION },
          turnstileToken: DUMMY_TOKEN,
        },
      });
    const res = await send();
    expect(res.status).toBe(201);
    const created = await parseResponse(Promise.resolve(res));
    expect(created).toMatchObject({ status: 'new', algorithm: 'bt-match/1', confirmationEmail: 'sent' });
    expect(await parseResponse(send())).toEqual(created);
    const stored = await env.DB.prepare('SELECT id, listing_id FROM contact_requests').all<{ id: string; listing_id: string }>();
    expect(stored.results).toEqual([{ id: created.id, listing_id: 'lst_oybin' }]);
  });

  it('throws on a refused call with the problem+json body', async () => {
    const err = await parseResponse(api.v1.embeds[':key'].config.$get({ param: { key: 'pk_unknown_key' } })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DetailedError);
    expect(problemOf(err)).toMatchObject({ status: 404, code: 'unknown_key', errors: [{ field: 'key' }] });

    const invalid = await parseResponse(api.v1.matches.$post({ json: { key: KEY, answers: { ...household, 'who.adults': { value: 0 } } } })).catch((e: unknown) => e);
    expect(problemOf(invalid)).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(problemOf(new Error('network down'))).toBeUndefined();
  });
});
