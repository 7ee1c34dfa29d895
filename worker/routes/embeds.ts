import { createRoute, z } from '@hono/zod-openapi';
import { CONSENT_TEXT_VERSION, EmbedConfigSchema, NO_SECURITY_SCHEME, problemResponse, PublishableKeySchema } from '../api/schemas';
import { database } from '../db/client';
import { resolveEmbed } from '../embeds/access';
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

/** `GET /v1/embeds/{key}/config`: what the widget needs to render, in one answer. */
export const embedConfig = createApi().openapi(route, async (c) => {
  const { key } = c.req.valid('param');
  const { embed, organization } = await resolveEmbed(database(c.env.DB), key, c.req.header('origin'), {
    write: false,
    selfOrigin: new URL(c.req.url).origin,
  });
  const origin = new URL(c.req.url).origin;
  c.header('Cache-Control', 'private, max-age=60');
  return c.json(
    {
      embed: {
        key: embed.publishableKey,
        name: embed.name,
        organization: { name: organization.name, kind: organization.kind },
        scope: embed.scope,
        theme: embed.theme,
        defaultLocale: embed.defaultLocale,
        privacyUrl: `${origin}/privacy.html`,
        turnstileSitekey: c.env.TURNSTILE_SITEKEY ?? '',
        consentTextVersion: CONSENT_TEXT_VERSION,
      },
      questionnaire: catalogueV1,
    },
    200,
  );
});
