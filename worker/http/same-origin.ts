/** Whether a form post comes from one of our own pages (the public pages' CSRF defence, with a token). */

/**
 * Sec-Fetch-Site where the browser sends it, else the Origin header (absent Origin: not a browser
 * cross-site form post, which always carries one).
 * @example
 * if (!isSameOriginPost(c.req.raw)) return forbidden();
 */
export function isSameOriginPost(req: Request): boolean {
  const site = req.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = req.headers.get('origin');
  return origin === null || origin === new URL(req.url).origin;
}
