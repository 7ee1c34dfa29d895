/**
 * The configuration request, the only one before the first question. widget.js starts it at once
 * for the element it mounts (and for those already on the page), in parallel with fetching the
 * widget's code, and leaves the pending answer on the element; the element takes it when it asks
 * for its configuration (`ApiClient.config`), so the seeker waits for the slower of the two, not
 * for both in turn. Both sides build the request here, so they ask for the same URL the same way.
 */

/** What every API request accepts and how it is sent (cross-origin, never with cookies). */
export const ACCEPT = 'application/json, application/problem+json';
export const FETCH_INIT = { credentials: 'omit', mode: 'cors' } as const satisfies RequestInit;

/** `api` attribute, else `origin` (where widget.js came from); never a trailing slash. */
export const baseFrom = (attribute: string | null | undefined, origin: string): string => (attribute?.trim() || origin).replace(/\/+$/, '');

export const configPath = (key: string): string => `/v1/embeds/${encodeURIComponent(key)}/config`;

interface StartedConfig {
  url: string;
  response: Promise<Response>;
}

/** The element as widget.js leaves it: with the configuration request already under way. */
type WithStartedConfig = Element & { btStartedConfig?: StartedConfig };

/** Starts the configuration request of `el` (API `base` without a trailing slash). */
export function startConfig(el: Element, base: string, key: string): void {
  const url = `${base}${configPath(key)}`;
  const response = fetch(url, { ...FETCH_INIT, headers: { Accept: ACCEPT } });
  // A failure is reported when the element takes the answer; until then it is not unhandled.
  response.catch(() => undefined);
  (el as WithStartedConfig).btStartedConfig = { url, response };
}

/** The answer widget.js asked for, if it asked for this very URL; taken once (a retry asks anew). */
export function takeStartedConfig(el: Element, url: string): Promise<Response> | undefined {
  const started = (el as WithStartedConfig).btStartedConfig;
  delete (el as WithStartedConfig).btStartedConfig;
  return started?.url === url ? started.response : undefined;
}
