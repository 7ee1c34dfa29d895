/**
 * The groups' requests ("Find fellow residents / start a group"): the initiatives that fit the
 * seeker's answers, joining the pool and starting an initiative (both double opt-in). Lives with
 * the groups chunk (not in the entry's client), so the bytes before the first question stay as
 * they were.
 */
import { ApiError, type ApiClient, type RequestOptions } from './client';
import type { InitiativeMatchesResponse, InitiativeRequest, PoolEntryRequest } from './shapes';

export type InitiativeMatch = InitiativeMatchesResponse['matches'][number];
export type InitiativeProfile = InitiativeMatch['initiative'];
export type InitiativeMatchesBody = { key: string; answers: PoolEntryRequest['answers']; locale: PoolEntryRequest['locale']; limit?: number };

/**
 * `POST /v1/initiatives/matches`: a read (nothing is stored), best first.
 * @example
 * const { matches } = await initiativeMatches(host.client, { key: 'pk_demo_goerlitz', answers, locale: 'de' }, { signal });
 */
export async function initiativeMatches(client: ApiClient, body: InitiativeMatchesBody, opts: RequestOptions = {}): Promise<InitiativeMatchesResponse> {
  const answer = (await client.request('/v1/initiatives/matches', { method: 'POST', body: JSON.stringify(body) }, opts)) as Partial<InitiativeMatchesResponse> | null;
  if (!answer || !Array.isArray(answer.matches)) throw new ApiError('invalid', 'Unexpected initiatives response.');
  return answer as InitiativeMatchesResponse;
}

/** `POST /v1/pool-entries` (202, a confirmation mail goes out). Needs an `idempotencyKey`. */
export async function joinPool(client: ApiClient, body: PoolEntryRequest, opts: RequestOptions): Promise<void> {
  await client.request('/v1/pool-entries', { method: 'POST', body: JSON.stringify(body) }, opts);
}

/** `POST /v1/initiatives` (202, the founder confirms by mail). Needs an `idempotencyKey`. */
export async function startInitiative(client: ApiClient, body: InitiativeRequest, opts: RequestOptions): Promise<void> {
  await client.request('/v1/initiatives', { method: 'POST', body: JSON.stringify(body) }, opts);
}
