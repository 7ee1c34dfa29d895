/**
 * A failed request in words for the seeker (the problem's `code` first, then its kind). Only the
 * search, the later screens and the configuration's failure screen need it, so it loads with them.
 */
import type { ApiError } from '../api/client';
import type { Locale } from '../locales';
import type { CoreTexts } from '../locales/core';
import { errorTexts } from '../locales/errors';

/** What the seeker is told about a failed request: by the problem's `code` first, then by its kind. */
export function errorText(host: { readonly t: CoreTexts; readonly locale: Locale }, error: ApiError): string {
  const t = errorTexts[host.locale];
  switch (error.code) {
    case 'missing_key':
      return t.missingKey;
    case 'unknown_key':
      return t.unknownKey;
    case 'key_revoked':
      return t.keyRevoked;
    case 'origin_not_allowed':
      return t.originNotAllowed;
    case 'listing_not_found':
      return t.listingGone;
  }
  if (error.kind === 'network') return host.t.errors.network;
  if (error.kind === 'timeout') return t.timeout;
  if (error.status === 429) return t.rateLimited;
  return t.server;
}
