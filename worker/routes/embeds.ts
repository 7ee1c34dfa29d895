import { createRoute, z } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';
import { CONSENT_TEXT_VERSION, EmbedConfigSchema, NO_SECURITY_SCHEME, problemResponse, PublishableKeySchema } from '../api/schemas';
import { database } from '../db/client';
import { embeds, organizations } from '../db/schema';
import { countLoad } from '../demand/reach';
import { checkEmbedAccess } from '../embeds/access';
import { publicTheme } from '../embeds/theme';
import { adviceOfficesOfEmbedQuery, publicAdviceOffice } from '../guide/advice';
import { d1Session, readDb } from '../http/d1-session';
import { rateLimitKey } from '../http/rate-limit';
import { createApi } from '../http/openapi';
import { catalogueV1 } from '../questionnaire/v1';

const route = createRoute({
  method: 'get',
  path: '/v1/embeds/{key}/config',
  operationId: 'getEmbedConfig',
  security: NO_SECURITY_SCHEME,
  tags: ['Widget'],
  summary: 'Embed configuration and questionnaire in one request',
  description: 'The only request the widget makes before showing the first question.',
  request: { params: z.object({ key: PublishableKeySchema }) },
  responses: {
    200: { content: { 'application/json': { schema: EmbedConfigSchema } }, description: 'Theme, scope and the questionnaire catalogue.' },
    400: problemResponse('Malformed key.'),
    403: problemResponse('Key revoked or origin not allowed.'),
    404: problemResponse('Unknown key.'),
  },
});

const api = createApi();
api.use('/v1/embeds/:key/config', d1Session());

/** `GET /v1/embeds/{key}/config`: what the widget needs to render, in one answer. */
export const embedConfig = api.openapi(route, async (c) => {
  const { key } = c.req.valid('param');
  const db = database(readDb(c));
  // One round trip: the embed, its organization and the organization's advice offices (apart, not
  // joined: a joined row in a batch loses duplicate column names).
  const [embedRows, organizationRows, offices] = await db.batch([
    db.select().from(embeds).where(eq(embeds.publishableKey, key)),
    db.select().from(organizations).where(eq(organizations.id, sql`(SELECT organization_id FROM embeds WHERE publishable_key = ${key})`)),
    adviceOfficesOfEmbedQuery(db, key),
  ]);
  const row = embedRows[0] && organizationRows[0] ? { embed: embedRows[0], organization: organizationRows[0] } : null;
  const { embed, organization, preview } = checkEmbedAccess(row, c.req.header('origin'), {
    write: false,
    selfOrigin: new URL(c.req.url).origin,
  });
  // The site's reach on the dashboard: one load counted (not the admin's preview), at most as often
  // as the public limiter allows per client, after the answer; a failed count never fails the widget.
  if (!preview) {
    const count = (async () => {
      const { success } = await c.env.RATE_LIMIT_PUBLIC.limit({ key: rateLimitKey('embed-load', key, c.req.header('cf-connecting-ip')) });
      if (success) await countLoad(db, embed.id, Date.now());
    })().catch((e: unknown) => console.warn('embed load not counted', e));
    try {
      c.executionCtx.waitUntil(count);
    } catch {
      await count; // no execution context (app.request in tests)
    }
  }
  const origin = new URL(c.req.url).origin;
  const adviceOffices = organization.kind === 'municipality' ? offices.map(publicAdviceOffice) : [];
  c.header('Cache-Control', 'private, max-age=60');
  return c.json(
    {
      embed: {
        key: embed.publishableKey,
        name: embed.name,
        organization: { name: organization.name, kind: organization.kind },
        scope: embed.scope,
        theme: publicTheme(embed.theme),
        defaultLocale: embed.defaultLocale,
        privacyUrl: `${origin}/privacy.html`,
        turnstileSitekey: c.env.TURNSTILE_SITEKEY ?? '',
        consentTextVersion: CONSENT_TEXT_VERSION,
      },
      adviceOffices,
      questionnaire: catalogueV1,
    },
    200,
  );
});
