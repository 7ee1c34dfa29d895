/**
 * Strict security headers for server-rendered HTML (manage pages, hosted admin, dashboard).
 * The CSP allows no inline script at all: pages work without JavaScript, and any enhancement is
 * a same-origin file. Non-HTML responses get the headers that matter for them too (nosniff,
 * referrer policy), so a JSON download is never sniffed into HTML.
 *
 * @example
 * app.use('/admin/*', securityHeaders());
 * app.use('/manage/*', securityHeaders({ referrer: 'no-referrer' }));
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';

export interface SecurityHeaderOptions {
  /** Extra CSP sources for styles (e.g. a `'sha256-…'` hash); `'self'` is always allowed. */
  styleSrc?: string[];
  /** Extra CSP sources for scripts (same-origin files only by default; never `'unsafe-inline'`). */
  scriptSrc?: string[];
  /** Referrer-Policy; pages whose URL carries a secret use `no-referrer`. */
  referrer?: 'no-referrer' | 'strict-origin-when-cross-origin' | 'same-origin';
}

export function contentSecurityPolicy(opts: SecurityHeaderOptions = {}): string {
  return [
    "default-src 'none'",
    `script-src ${["'self'", ...(opts.scriptSrc ?? [])].join(' ')}`,
    `style-src ${["'self'", ...(opts.styleSrc ?? [])].join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
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

export const securityHeaders = (opts: SecurityHeaderOptions = {}): MiddlewareHandler<AppEnv> => {
  const html = htmlSecurityHeaders(opts);
  return async (c, next) => {
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    const headers = /^text\/html/i.test(type)
      ? html
      : { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': html['Referrer-Policy']!, 'Strict-Transport-Security': HSTS };
    let res = c.res;
    try {
      for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
    } catch {
      // Immutable headers (e.g. a response from fetch): copy once, then set.
      res = new Response(res.body, res);
      for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
      c.res = res;
    }
  };
};
