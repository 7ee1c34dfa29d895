/**
 * A typed client of the public API, for municipal IT and anyone integrating bring-together: Hono's
 * `hc` over the Worker's own route types (`PublicApi` in worker/app.ts). Paths, path parameters,
 * headers, bodies and answers are checked by tsc against the same zod schemas the Worker validates
 * with and /v1/openapi.json is generated from; nothing is generated or kept in sync by hand. It runs
 * wherever `fetch` does (Node 20+, browsers, Workers) and pulls in only `hono/client` at run time.
 *
 * Paths follow the API: `api.v1.embeds[':key'].config.$get(…)` is `GET /v1/embeds/{key}/config`,
 * `api.v1['contact-requests'].$post(…)` is `POST /v1/contact-requests`. `parseResponse` returns the
 * typed body of a 2xx answer and throws a `DetailedError` otherwise, whose `detail.data` is the
 * problem+json body (`problemOf` reads it).
 *
 * Outside a browser, send the `Origin` of a page on the embed's allow-list (`headers` below): the
 * Worker refuses writes without one, as a browser always sends it.
 *
 * @example
 * import { createPublicClient, parseResponse } from './worker/client';
 *
 * const api = createPublicClient('https://bring-together.de', { headers: { origin: 'https://www.oberland.de' } });
 * const key = 'pk_demo_goerlitz';
 * const { embed, questionnaire } = await parseResponse(api.v1.embeds[':key'].config.$get({ param: { key } }));
 * const answers = { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 0 } } as const;
 * const { matches } = await parseResponse(api.v1.matches.$post({ json: { key, answers } }));
 * const created = await parseResponse(
 *   api.v1['contact-requests'].$post({
 *     header: { 'idempotency-key': crypto.randomUUID() },
 *     json: {
 *       key, listingId: matches[0]!.listing.id, answers, name: 'Erika Muster', email: 'erika@example.org',
 *       message: 'Wir würden Sie gern kennenlernen.',
 *       consent: { contact: true, textVersion: embed.consentTextVersion as 'contact-2026-11' },
 *       turnstileToken, // from the Turnstile widget with embed.turnstileSitekey
 *     },
 *   }),
 * );
 */
import { DetailedError, hc, parseResponse, type ClientRequestOptions, type InferRequestType, type InferResponseType } from 'hono/client';
import type { PublicApi } from './app';
import type { Problem } from './api/schemas';

/**
 * @param baseUrl the deployment's origin (its PUBLIC_ORIGIN), e.g. `https://bring-together.de` or `http://localhost:8787`
 * @param options `headers` sent with every call (e.g. `origin`), and `fetch` to use another fetch (tests, proxies)
 * @example
 * const api = createPublicClient('http://localhost:8787');
 * const health = await parseResponse(api.v1.health.$get());
 */
export function createPublicClient(baseUrl: string, options?: ClientRequestOptions) {
  return hc<PublicApi>(baseUrl, options);
}

export type PublicClient = ReturnType<typeof createPublicClient>;

/**
 * The problem+json body of a failed call, or undefined for any other error.
 * @example
 * try { await parseResponse(api.v1.matches.$post({ json })); } catch (err) { console.log(problemOf(err)?.errors); }
 */
export function problemOf(err: unknown): Problem | undefined {
  if (!(err instanceof DetailedError)) return undefined;
  const data = (err.detail as { data?: unknown } | undefined)?.data;
  return data && typeof data === 'object' && 'status' in data ? (data as Problem) : undefined;
}

export { DetailedError, parseResponse };
export type { InferRequestType, InferResponseType };
export type {
  ContactRequestCreated,
  ContactRequestInput,
  EmbedConfig,
  FitRequest,
  FitResponse,
  MatchesRequest,
  MatchesResponse,
  Problem,
  SavedSearchInput,
} from './api/schemas';
