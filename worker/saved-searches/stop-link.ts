/**
 * One-click stop links for the mails of saved searches (the alerts, worker/saved-searches/alerts.ts,
 * and "notify now" of a property, worker/properties/notify.ts). The manage token of a saved search
 * is stored hashed, so a mail cannot carry it again; instead the link names the search and carries
 * an HMAC of its id under the auth secret: `/saved-searches/stop/{id}.{hmac}`. Only this Worker can
 * make one, and it reaches exactly one search. The same link is the mail's `List-Unsubscribe`
 * (RFC 8058 one-click: a mail client POSTs `List-Unsubscribe=One-Click` to it).
 */
import { authSecret } from '../settings';
import type { Env } from '../env';

const b64url = (buf: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(buf))).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const enc = new TextEncoder();

async function sign(env: Env, savedSearchId: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', enc.encode(authSecret(env)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  // Own prefix: a signature made for another purpose (CSRF tokens) never verifies here.
  return b64url(await crypto.subtle.sign('HMAC', key, enc.encode(`saved-search-stop:${savedSearchId}`)));
}

/** The path segment `{id}.{hmac}`. */
export async function stopToken(env: Env, savedSearchId: string): Promise<string> {
  return `${savedSearchId}.${await sign(env, savedSearchId)}`;
}

/**
 * The stop link of a saved search, absolute.
 * @example
 * await stopUrl(env, 'https://bring-together.de', 'ss_1'); // 'https://bring-together.de/saved-searches/stop/ss_1.Qm9v…'
 */
export async function stopUrl(env: Env, origin: string, savedSearchId: string): Promise<string> {
  return `${origin}/saved-searches/stop/${await stopToken(env, savedSearchId)}`;
}

/** The body a mail client POSTs for a one-click unsubscribe (RFC 8058). */
export const ONE_CLICK_BODY = 'List-Unsubscribe=One-Click';

/**
 * The headers that let a mail client offer "unsubscribe" and do it with one POST (RFC 2369, RFC 8058).
 * @example
 * unsubscribeHeaders(url); // { 'List-Unsubscribe': '<https://…/saved-searches/stop/…>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
 */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': ONE_CLICK_BODY };
}

/**
 * The saved search id a stop token names, or undefined when it is malformed or not ours.
 * @example
 * await verifyStopToken(env, 'f3c1….Qm9v…'); // 'f3c1…'
 */
export async function verifyStopToken(env: Env, token: string): Promise<string | undefined> {
  const m = /^([\w-]{1,64})\.([\w-]{43})$/.exec(token);
  if (!m) return undefined;
  const expected = await sign(env, m[1]!);
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ m[2]!.charCodeAt(i);
  return diff === 0 ? m[1] : undefined;
}
