/**
 * `GET /v1/embeds/{key}/listings` for "Browse all". Lives with the browse chunk (not in the
 * client of the entry), so the bytes before the first question stay as they were.
 */
import { ApiError, type ApiClient, type RequestOptions } from './client';
import type { BrowseResponse } from './shapes';

/**
 * @example
 * const page = await browseListings(host.client, 'pk_demo_goerlitz', browseQuery(filters, 1, 'de'), { signal });
 */
export async function browseListings(client: ApiClient, key: string, query: string, opts: RequestOptions = {}): Promise<BrowseResponse> {
  const body = (await client.request(`/v1/embeds/${encodeURIComponent(key)}/listings${query}`, { method: 'GET' }, opts)) as Partial<BrowseResponse> | null;
  if (!body || typeof body.total !== 'number' || typeof body.page !== 'number' || !Array.isArray(body.listings)) {
    throw new ApiError('invalid', 'Unexpected browse response.');
  }
  return body as BrowseResponse;
}
