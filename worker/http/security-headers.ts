/**
 * Strict security headers for server-rendered HTML (manage pages, hosted admin, dashboard): the one
 * middleware every surface uses, with per-surface options.
 * The CSP allows no inline script at all: pages work without JavaScript, and any enhancement is
 * a same-origin file. Non-HTML responses get the headers that matter for them too (nosniff,
 * referrer policy), so a JSON download is never sniffed into HTML.
 *
 * A route may set a stricter-or-equal CSP of its own (the admin's embed preview does, to let the
 * widget call its API); it is kept. Still no inline script anywhere.
 * @example
 * app.use('/admin/*', securityHeaders({ referrer: 'same-origin', cache: 'no-store' }));
 * app.use('/manage/*', securityHeaders({ referrer: 'same-origin', private: true }));
 */
import type { MiddlewareHandler } from 'hono';

export interface SecurityHeaderOptions {
  /** Extra CSP sources for styles (e.g. a `'sha256-…'` hash); `'self'` is always allowed. */
  styleSrc?: string[];
  /** Extra CSP sources for scripts (same-origin files only by default; never `'unsafe-inline'`). */
  scriptSrc?: string[];
  /** Referrer-Policy; pages whose URL carries a secret use `no-referrer`. */
  referrer?: 'no-referrer' | 'strict-origin-when-cross-origin' | 'same-origin';
  /** Cache-Control for responses that set none (the admin: `no-store`). */
  cache?: string;
  /** A page for one person (its URL is a secret): never stored, never indexed. */
  private?: boolean;
}

export function contentSecurityPolicy(opts: SecurityHeaderOptions = {}): string {
  return [
    "default-src 'none'",
    `script-src ${["'self'", ...(opts.scriptSrc ?? [])].join(' ')}`,
    `style-src ${["'self'", ...(opts.styleSrc ?? [])].join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    // No connect-src: no page of ours fetches (it falls back to default-src 'none'); the admin's
    // embed preview sets its own CSP that adds connect-src 'self' for the widget.
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()';
export const HSTS = 'max-age=63072000; includeSubDomains';

/** The headers for one HTML response; exported so tests and other sub-apps can compare. */
export function htmlSecurityHeaders(opts: SecurityHeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(opts),
    'Strict-Transport-Security': HSTS,
    'Referrer-Policy': opts.referrer ?? 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

const PRIVATE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' };

export const securityHeaders = (opts: SecurityHeaderOptions = {}): MiddlewareHandler => {
  const html = htmlSecurityHeaders(opts);
  const always = { ...(opts.private ? PRIVATE : {}), ...(opts.cache && !opts.private ? { 'Cache-Control': opts.cache } : {}) };
  return async (c, next) => {
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    const own = /^text\/html/i.test(type)
      ? html
      : { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': html['Referrer-Policy']!, 'Strict-Transport-Security': HSTS };
    const apply = (res: Response) => {
      for (const [name, value] of Object.entries(own)) if (name !== 'Content-Security-Policy' || !res.headers.has(name)) res.headers.set(name, value);
      for (const [name, value] of Object.entries(always)) if (name === 'X-Robots-Tag' || !res.headers.has(name)) res.headers.set(name, value);
    };
    try {
      apply(c.res);
    } catch {
      // Immutable headers (e.g. a response from fetch): copy once, then set.
      c.res = new Response(c.res.body, c.res);
      apply(c.res);
    }
  };
};
