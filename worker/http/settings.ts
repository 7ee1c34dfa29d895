/**
 * Fails closed on a deployment that lacks a secret: the routes that need it answer 503
 * problem+json naming each missing setting (`errors[].field`), before any work is done.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { CORE_NEEDS, missingSettings, type MissingSetting, type SettingNeed } from '../settings';
import { ProblemError } from '../errors';

export function notConfigured(missing: MissingSetting[]): ProblemError {
  return new ProblemError(
    503,
    'not_configured',
    `This service is not configured yet: ${missing.map((m) => `${m.name} is ${m.problem}`).join('; ')}.`,
    missing.map((m) => ({ field: m.name, message: `Setting ${m.problem}.`, code: 'setting_missing' })),
  );
}

/**
 * @example
 * app.use('/admin/*', requireSettings());                      // auth, mail, origin
 * api.use('/v1/contact-requests', requireSettings([...CORE_NEEDS, 'turnstile']));
 */
export const requireSettings =
  (needs: readonly SettingNeed[] = CORE_NEEDS, opts: { reads?: boolean } = {}): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const write = c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS';
    if (write || opts.reads) {
      const missing = missingSettings(c.env, needs);
      if (missing.length) throw notConfigured(missing);
    }
    await next();
  };
