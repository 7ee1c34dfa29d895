/**
 * The public writes (contact request, saved search), in the chunks of the forms that send them
 * rather than on `ApiClient` (which comes before the first question). Each needs an
 * `idempotencyKey`: one per attempt, reused on retry, so nothing is ever stored twice.
 */
import { ApiError, isObject, type ApiClient, type RequestOptions } from './client';
import type { ContactRequestBody, ContactRequestCreated, SavedSearchBody } from './shapes';

export async function sendContactRequest(client: ApiClient, request: ContactRequestBody, opts: RequestOptions): Promise<ContactRequestCreated> {
  const body = await client.request('/v1/contact-requests', { method: 'POST', body: JSON.stringify(request) }, opts);
  if (!isObject(body) || typeof body.id !== 'string') throw new ApiError('invalid', 'Unexpected contact response.');
  return body as unknown as ContactRequestCreated;
}

/** Double opt-in: the API answers 202 and mails a confirmation link. */
export async function sendSavedSearch(client: ApiClient, request: SavedSearchBody, opts: RequestOptions): Promise<void> {
  await client.request('/v1/saved-searches', { method: 'POST', body: JSON.stringify(request) }, opts);
}
