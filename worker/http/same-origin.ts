/**
 * Whether a form post comes from one of our own pages: the one CSRF origin check of every form
 * (the hosted admin, the manage pages, the stop link), beside each form's own token.
 */

/**
 * The Origin header when the browser sends a real one; else (no Origin, or `null` — sent after a
 * no-referrer policy or from a sandbox) Sec-Fetch-Site; a post with neither is refused: every
 * browser sends at least one of them.
 * @example
 * if (!isSameOriginPost(c.req.raw)) throw new AdminError(403, 'csrf');
 */
export function isSameOriginPost(req: Request): boolean {
  const origin = req.headers.get('origin');
  if (origin && origin !== 'null') return origin === new URL(req.url).origin;
  return req.headers.get('sec-fetch-site') === 'same-origin';
}
