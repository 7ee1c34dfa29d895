/**
 * The manage link as JSON API (`/v1/manage/{token}`), for clients that want it without the pages:
 * read/export, withdraw a request, erase everything. Same store and rules as the pages.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { NO_SECURITY_SCHEME, problemResponse } from '../api/schemas';
import { CONTACT_STATUSES } from '../db/schema';
import { database } from '../db/client';
import { createApi } from '../http/openapi';
import { ProblemError } from '../errors';
import { rateLimit } from '../http/rate-limit';
import { notifyWithdrawal } from '../seekers/notify';
import { eraseSeeker, exportDocument, loadSeeker, withdrawRequest } from '../seekers/store';

const TokenParam = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'A manage token is 43 letters, digits, - or _.')
    .openapi({
      param: { name: 'token', in: 'path' },
      description: "The seeker's manage token, the last segment of the manage link in their confirmation email (`/manage/{token}`). Whoever holds the link may read, withdraw and erase: keep it like a password.",
      example: 'q8Vt3o3yq2QdE1fS3nqG8o8bW3d0kqvJ2xQfZt0m1aA',
    }),
});

const ConsentRecordSchema = z
  .object({
    textVersion: z.string().optional(),
    contactAt: z.number().optional(),
    shareNeedsAt: z.number().nullable().optional(),
    withdrawnAt: z.number().optional(),
    shareNeedsWithdrawnAt: z.number().optional(),
  })
  .openapi('ConsentRecord');

export const ManageExportSchema = z
  .object({
    format: z.literal('bring-together-export/1'),
    exportedAt: z.string(),
    email: z.string(),
    contactRequests: z.array(
      z.object({
        id: z.string(),
        listing: z.object({ id: z.string(), title: z.string(), place: z.string() }),
        organization: z.string(),
        name: z.string(),
        email: z.string(),
        message: z.string(),
        status: z.enum(CONTACT_STATUSES),
        score: z.number().int(),
        algorithmVersion: z.string(),
        snapshot: z.record(z.string(), z.unknown()),
        consent: ConsentRecordSchema,
        originDistrictKey: z.string().nullable().openapi({ description: 'District key (Kreisschlüssel) of the home postcode the seeker gave, as stored with the request; null when none was given.' }),
        createdAt: z.string(),
        updatedAt: z.string(),
        messages: z.array(z.object({ author: z.enum(['seeker', 'member']), authorName: z.string(), body: z.string(), via: z.enum(['web', 'email']), createdAt: z.string() })),
        visits: z.array(
          z.object({
            id: z.string(), kind: z.enum(['visit', 'trial']), startsOn: z.string(), endsOn: z.string().nullable(), place: z.string(), notes: z.string().nullable(),
            state: z.enum(['proposed', 'accepted', 'declined', 'cancelled']), seekerOutcome: z.enum(['fits', 'does_not_fit']).nullable(), createdAt: z.string(),
          }),
        ),
      }),
    ),
    savedSearches: z.array(
      z.object({
        id: z.string(),
        embed: z.string().nullable(),
        email: z.string(),
        answers: z.record(z.string(), z.unknown()),
        confirmedAt: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    groups: z.object({
      poolEntries: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'Pool cards with name, email, consent, dates and their interests.' }),
      initiatives: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'Memberships in initiatives with the initiative profile, its readiness fields (legal form, financing plan, contact person, concept), its interests and its declared interests in properties (with shortlist consent).' }),
    }),
    notes: z.object({ demandRecords: z.string() }),
  })
  .openapi('ManageExport');

export const WithdrawRequestSchema = z
  .object({ requestId: z.string().min(1).max(64) })
  .strict()
  .openapi('ManageWithdraw', { example: { requestId: '0b9f6c2e-6a53-4f7e-9d49-3f1a2c7d8e10' } });
export const EraseRequestSchema = z
  .object({ confirm: z.literal(true, 'Set confirm to true to erase everything.') })
  .strict()
  .openapi('ManageErase', { example: { confirm: true } });

const unknownToken = () => new ProblemError(404, 'unknown_token', 'This manage link is unknown, expired or already erased.', [{ field: 'token', message: 'Unknown token.' }]);

const readRoute = createRoute({
  method: 'get',
  path: '/v1/manage/{token}',
  operationId: 'exportSeekerData',
  security: NO_SECURITY_SCHEME,
  tags: ['Seeker data'],
  summary: "Everything stored for the manage link's email address (JSON export)",
  request: { params: TokenParam },
  responses: {
    200: { content: { 'application/json': { schema: ManageExportSchema } }, description: 'Contact requests, consents and saved searches.' },
    400: problemResponse('Malformed token.'),
    404: problemResponse('Unknown or erased token.'),
    429: problemResponse('Rate limited.'),
  },
});

const withdrawRoute = createRoute({
  method: 'post',
  path: '/v1/manage/{token}/withdraw',
  operationId: 'withdrawContactRequest',
  security: NO_SECURITY_SCHEME,
  tags: ['Seeker data'],
  summary: 'Withdraw one contact request (the project is informed by email)',
  request: { params: TokenParam, body: { content: { 'application/json': { schema: WithdrawRequestSchema } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ id: z.string(), status: z.literal('withdrawn') }) } }, description: 'Withdrawn.' },
    400: problemResponse('Invalid input.'),
    404: problemResponse('Unknown token or request.'),
    409: problemResponse('The request is already closed.'),
    429: problemResponse('Rate limited.'),
  },
});

const eraseRoute = createRoute({
  method: 'post',
  path: '/v1/manage/{token}/erase',
  operationId: 'eraseSeekerData',
  security: NO_SECURITY_SCHEME,
  tags: ['Seeker data'],
  summary: 'Erase all contact requests, saved searches, pool entries and initiative memberships of the email address',
  description: 'Anonymous demand records are not personal data and stay. The token stops working.',
  request: { params: TokenParam, body: { content: { 'application/json': { schema: EraseRequestSchema } }, required: true } },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ erased: z.object({ contactRequests: z.number().int(), savedSearches: z.number().int(), poolEntries: z.number().int(), initiativeMemberships: z.number().int() }) }) } },
      description: 'Erased.',
    },
    400: problemResponse('Invalid input.'),
    404: problemResponse('Unknown or erased token.'),
    429: problemResponse('Rate limited.'),
  },
});

const api = createApi();
api.use('/v1/manage/*', rateLimit('manage'), async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
});

/** The three routes chained: the value carries their types (worker/client.ts). */
export const manageApi = api
  .openapi(readRoute, async (c) => {
    const data = await loadSeeker(database(c.env.DB), c.req.valid('param').token);
    if (!data) throw unknownToken();
    return c.json(exportDocument(data, Date.now()), 200);
  })
  .openapi(withdrawRoute, async (c) => {
    const db = database(c.env.DB);
    const data = await loadSeeker(db, c.req.valid('param').token);
    if (!data) throw unknownToken();
    const { requestId } = c.req.valid('json');
    const result = await withdrawRequest(db, data, requestId, Date.now());
    if (!result.ok) {
      if (result.reason === 'not_found') throw new ProblemError(404, 'unknown_request', 'No such request under this link.', [{ field: 'requestId', message: 'Unknown request.' }]);
      throw new ProblemError(409, 'request_closed', 'This request is already closed and cannot be withdrawn.', [{ field: 'requestId', message: 'Already closed.' }]);
    }
    await notifyWithdrawal(c.env, result.request, result.contact, c.get('requestId'));
    return c.json({ id: result.request.id, status: 'withdrawn' as const }, 200);
  })
  .openapi(eraseRoute, async (c) => {
    const db = database(c.env.DB);
    const data = await loadSeeker(db, c.req.valid('param').token);
    if (!data) throw unknownToken();
    const erased = await eraseSeeker(db, data);
    for (const open of erased.openRequests) await notifyWithdrawal(c.env, open.request, open.contact, c.get('requestId'));
    return c.json({ erased: { contactRequests: erased.contactRequests, savedSearches: erased.savedSearches, poolEntries: erased.poolEntries, initiativeMemberships: erased.initiativeMemberships } }, 200);
  });
