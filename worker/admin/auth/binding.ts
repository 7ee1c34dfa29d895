/**
 * Login CSRF protection for magic links. Requesting a link sets a random nonce in an HttpOnly
 * cookie and puts an HMAC of it into the link's callback URL. Opening the link in the browser that
 * asked for it signs in at once; anywhere else (another device, or a victim who was sent an
 * attacker's own link) a confirmation page asks first, and only a same-origin form post continues —
 * so no third-party page can sign a visitor into someone else's account.
 */
import type { Env } from '../../env';
import { authSecret } from '../../settings';

export const SIGN_IN_COOKIE = 'bt_signin';
const enc = new TextEncoder();
const b64url = (buf: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(buf))).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

export const newNonce = () => b64url(crypto.getRandomValues(new Uint8Array(24)));

/** The binding a link carries for the browser holding `nonce`. */
export async function bindingFor(env: Env, nonce: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', enc.encode(authSecret(env)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  // Own prefix: a signature made for another purpose (CSRF tokens, stop links) never matches here.
  return b64url(await crypto.subtle.sign('HMAC', key, enc.encode(`sign-in-binding:${nonce}`))).slice(0, 32);
}

/** Where better-auth sends the browser after a verified link: our hop, which knows the binding. */
export const boundCallback = (binding: string, next: string) => `/admin/signed-in?b=${binding}&next=${encodeURIComponent(next)}`;

/**
 * Whether a verify URL was requested by the browser that sends `nonce`.
 * @example
 * await linkIsBound(env, new URL(c.req.url), getCookie(c, SIGN_IN_COOKIE));
 */
export async function linkIsBound(env: Env, verifyUrl: URL, nonce: string | undefined): Promise<boolean> {
  if (!nonce || !/^[\w-]{16,64}$/.test(nonce)) return false;
  let callback: URL;
  try {
    callback = new URL(verifyUrl.searchParams.get('callbackURL') ?? '', verifyUrl.origin);
  } catch {
    return false;
  }
  const sent = callback.pathname === '/admin/signed-in' ? (callback.searchParams.get('b') ?? '') : '';
  const expected = await bindingFor(env, nonce);
  if (sent.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= sent.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}
