/**
 * The Worker's Hono app: composes the domain sub-apps and the cross-cutting behaviour every
 * response shares (request id, problem+json errors, 404 vs 405).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { ExtractSchema } from 'hono/types';
import { admin } from './admin/app';
import { PUBLISHABLE_KEY_DESCRIPTION } from './api/schemas';
import type { AppEnv } from './env';
import { apiReference } from './docs/reference';
import { publicCors } from './http/cors';
import { jsonBodyLimit, requestId, requireJson } from './http/middleware';
import { problem } from './http/problem';
import { ProblemError } from './errors';
import { notConfigured, requireSettings } from './http/settings';
import { isDevelopment, SettingMissingError } from './settings';
import { manageApi } from './manage/api';
import { managePages } from './manage/routes';
import { guidePages } from './pages/guide/routes';
import { listingPages } from './pages/listing/routes';
import { contactRequestsApi } from './routes/contact-requests';
import { devMailbox } from './routes/dev-mailbox';
import { browseApi } from './routes/browse';
import { groupActionsApi } from './routes/group-actions';
import { groupPages } from './routes/group-pages';
import { groupsApi } from './routes/groups';
import { embedConfig } from './routes/embeds';
import { health } from './routes/health';
import { listingsApi } from './routes/listings';
import { matches } from './routes/matches';
import { savedSearchesApi } from './routes/saved-searches';
import { stopPages } from './routes/saved-search-stop';

/**
 * The repository has no LICENSE and package.json is `private`: the code is not offered under an
 * open licence, so the document says "proprietary" (`LicenseRef-` is SPDX's form for a licence
 * without an SPDX id). Change both here and in package.json when the project picks a licence.
 * (Typed apart: the generator's config type is OpenAPI 3.0's, whose licence has no `identifier`.)
 */
const LICENSE = { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' };

export const OPENAPI_INFO = {
  title: 'bring-together API',
  version: '0.1.0',
  description:
    'Public API of the bring-together widget: embed configuration, questionnaire and explained matching, contact requests ' +
    'and saved searches, and the seeker\'s manage link as JSON.\n\n' +
    `Publishable key: ${PUBLISHABLE_KEY_DESCRIPTION} OpenAPI's security schemes can only name a header, a query ` +
    'parameter or a cookie, so no scheme is declared: each operation says `security: []` and the key is a typed path ' +
    'parameter or body field. The manage routes take the token of the seeker\'s manage link in the path instead.\n\n' +
    'Errors are `application/problem+json` (RFC 9457) with `code`, `requestId` and, for bad input, `errors[].field` ' +
    'naming each invalid field. Writes take an `Idempotency-Key` header (required for contact requests and saved searches).\n\n' +
    'A typed TypeScript client of this API is `worker/client.ts` in the repository (README.md, "For municipal IT").',
  license: LICENSE,
};

/** The document's frame around the generated paths and schemas: /v1/openapi.json and /docs serve the same. */
export const OPENAPI_CONFIG = {
  openapi: '3.1.0',
  info: OPENAPI_INFO,
  servers: [
    {
      url: 'https://{host}',
      description: 'A deployment: its PUBLIC_ORIGIN (docs/deploy.md)',
      variables: { host: { default: 'bring-together.de', description: 'The host of the deployment\'s PUBLIC_ORIGIN.' } },
    },
    { url: 'http://localhost:8787', description: 'Local development (`npm start`)' },
  ],
  tags: [
    { name: 'Widget', description: 'What the embeddable widget calls; every operation names the embed by its publishable key.' },
    { name: 'Seeker data', description: "The seeker's manage link as JSON: export, withdraw a contact request, erase everything." },
    { name: 'Groups', description: 'Find fellow residents, start a group: the pool of households, forming initiatives, people-to-people matches and mutual interests (contacts only after both said yes).' },
    { name: 'System', description: 'Health of the deployment.' },
  ],
} satisfies Parameters<OpenAPIHono['getOpenAPI31Document']>[0];

/**
 * The public JSON API as one Hono type, for the typed client `hc` (worker/client.ts). Each route
 * group's exported value is the one `.openapi()` returned, so it carries its routes' paths, inputs
 * and answers; all are mounted at `/` below, so their paths are the app's. Add a new public route
 * group here too.
 */
export type PublicApi = OpenAPIHono<
  AppEnv,
  ExtractSchema<typeof health> &
    ExtractSchema<typeof embedConfig> &
    ExtractSchema<typeof browseApi> &
    ExtractSchema<typeof matches> &
    ExtractSchema<typeof listingsApi> &
    ExtractSchema<typeof contactRequestsApi> &
    ExtractSchema<typeof savedSearchesApi> &
    ExtractSchema<typeof manageApi> &
    ExtractSchema<typeof groupsApi> &
    ExtractSchema<typeof groupActionsApi>
>;

/** Paths as Hono registers them (`/v1/embeds/:key/config`) to regexes, to tell 405 from 404. */
const pathPattern = (path: string) => new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+').replace(/\*/g, '.*')}$`);

/**
 * @example
 * const app = createApp();
 * export default { fetch: app.fetch };
 */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>();
  app.use('*', requestId());
  app.use('/v1/*', publicCors(), jsonBodyLimit(64 * 1024), requireJson());
  // Fail closed: without its secrets a deployment takes no writes (503 naming what is missing).
  for (const path of ['/v1/matches', '/v1/manage/*', '/manage/*', '/saved-searches/*']) app.use(path, requireSettings());

  app.route('/', health);
  app.route('/', embedConfig);
  app.route('/', browseApi);
  app.route('/', matches);
  app.route('/', listingsApi);
  app.route('/', contactRequestsApi);
  app.route('/', savedSearchesApi);
  app.route('/', groupsApi);
  app.route('/', groupActionsApi);
  app.route('/', groupPages);
  app.route('/', stopPages);
  app.route('/', devMailbox);
  app.route('/', admin);
  app.route('/', manageApi);
  app.route('/', managePages);
  app.route('/', listingPages);
  app.route('/', guidePages);

  app.doc31('/v1/openapi.json', OPENAPI_CONFIG);
  app.get('/docs', (c) => c.html(apiReference(app.getOpenAPI31Document(OPENAPI_CONFIG))));

  const handled = () =>
    app.routes.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, pattern: pathPattern(r.path) }));
  let routes: ReturnType<typeof handled> | undefined;

  app.notFound((c) => {
    routes ??= handled();
    const path = new URL(c.req.url).pathname;
    const allowed = [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
    if (allowed.length) {
      return problem(c, 405, 'method_not_allowed', `${c.req.method} is not allowed here; use ${allowed.join(', ')}.`, undefined, {
        Allow: allowed.join(', '),
      });
    }
    return problem(c, 404, 'not_found', `Nothing is at ${path}.`);
  });

  app.onError((err, c) => {
    if (err instanceof ProblemError) return problem(c, err.status, err.code, err.message, err.errors, err.headers);
    if (err instanceof SettingMissingError) {
      const p = notConfigured(err.missing);
      return problem(c, p.status, p.code, p.message, p.errors);
    }
    if (err instanceof HTTPException && err.status < 500) {
      // Hono's JSON validator throws 400 on a body that is not JSON at all.
      const malformed = /json/i.test(err.message);
      return problem(c, err.status as 400, malformed ? 'malformed_json' : 'bad_request', malformed ? 'The request body is not valid JSON.' : err.message,
        malformed ? [{ field: '(body)', message: 'Malformed JSON.' }] : undefined);
    }
    console.error(JSON.stringify({ requestId: c.get('requestId'), error: String(err), stack: err instanceof Error ? err.stack : undefined }));
    // Only a local `.dev.vars` shows what failed; a deployed Worker never sends a stack trace.
    const detail = c.env && isDevelopment(c.env) && err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : 'Something went wrong on our side.';
    return problem(c, 500, 'internal_error', detail);
  });

  return app;
}
