/**
 * `POST /v1/matches` and `POST /v1/listings/{id}/fit`, with the search's chunk (not on the client
 * of the entry): neither is asked before the last question is answered.
 */
import { ApiError, isObject, type ApiClient, type RequestOptions } from './client';
import type { FitRequest, FitResponse, MatchesRequest, MatchesResponse } from './shapes';

/**
 * @example
 * const found = await findMatches(host.client, { key, answers, locale: 'de' }, { signal, idempotencyKey });
 */
export async function findMatches(client: ApiClient, request: MatchesRequest, opts: RequestOptions = {}): Promise<MatchesResponse> {
  const body = await client.request('/v1/matches', { method: 'POST', body: JSON.stringify(request) }, opts);
  if (!isObject(body) || typeof body.total !== 'number' || !Array.isArray(body.matches)) throw new ApiError('invalid', 'Unexpected matches response.');
  return body as unknown as MatchesResponse;
}

/** The whole listing and how it fits, question by question, both ways. Not a write. */
export async function listingFit(client: ApiClient, listingId: string, request: FitRequest, opts: RequestOptions = {}): Promise<FitResponse> {
  const body = await client.request(`/v1/listings/${encodeURIComponent(listingId)}/fit`, { method: 'POST', body: JSON.stringify(request) }, opts);
  if (!isObject(body) || !isObject(body.listing) || !Array.isArray(body.dimensions)) throw new ApiError('invalid', 'Unexpected fit response.');
  return body as unknown as FitResponse;
}
