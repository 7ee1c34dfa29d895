import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { ContactRequestCreatedSchema, ContactRequestSchema, CONSENT_TEXT_VERSION, IdempotencyKeyHeaders, NO_SECURITY_SCHEME, problemResponse } from '../api/schemas';
import { sharedAnswers, householdSummary, SENSITIVE_QUESTIONS } from '../contact/summary';
import { hashToken, newToken } from '../contact/token';
import { database } from '../db/client';
import { contactRequests, listings, organizations } from '../db/schema';
import { resolveEmbed } from '../embeds/access';
import { idempotent, requireIdempotencyKey } from '../http/idempotency';
import { createApi } from '../http/openapi';
import { ProblemError } from '../errors';
import { rateLimit } from '../http/rate-limit';
import { inEmbedScope } from '../listings/scope';
import { resolveSeeker } from '../listings/seeker-context';
import { enqueue, outboxInsertIf } from '../outbox/outbox';
import { replyAddress, newReplyToken } from '../conversation/address';
import { teamOf } from '../conversation/thread';
import { toLocale } from '../i18n';
import { newRequestMail, seekerConfirmationMail } from '../contact/mails';
import { requireSettings } from '../http/settings';
import { CORE_NEEDS, publicOrigin } from '../settings';
import { scoreListing } from '../matching/engine';
import { localizeReasons } from '../matching/reasons';
import { ALGORITHM_VERSION } from '../matching/types';
import type { Answers } from '../questionnaire/types';
import { requireHuman } from '../turnstile/guard';

const route = createRoute({
  method: 'post',
  path: '/v1/contact-requests',
  operationId: 'createContactRequest',
  security: NO_SECURITY_SCHEME,
  tags: ['Widget'],
  summary: 'A seeker contacts a project',
  description:
    'Requires an `Idempotency-Key` header and a Turnstile token. The score and reasons are computed again on the server and ' +
    'stored with the request, with the consent record; a manage link goes to the seeker by email.',
  request: { headers: IdempotencyKeyHeaders, body: { content: { 'application/json': { schema: ContactRequestSchema } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: ContactRequestCreatedSchema } }, description: 'Stored and sent to the project.' },
    400: problemResponse('Invalid input; `errors` names each field.'),
    403: problemResponse('Key revoked, origin not allowed, or Turnstile check failed.'),
    404: problemResponse('Unknown key or listing not visible through this embed.'),
    409: problemResponse('A request with this Idempotency-Key is still running; retry shortly.'),
    422: problemResponse('This Idempotency-Key was used with another request.'),
    429: problemResponse('Rate limited.'),
    503: problemResponse('Turnstile could not be reached; try again.'),
  },
});

const api = createApi();
api.use(
  '/v1/contact-requests',
  requireSettings([...CORE_NEEDS, 'turnstile']),
  rateLimit('contact'),
  requireIdempotencyKey(),
  idempotent('contact-requests'),
);

/** `POST /v1/contact-requests`; the value `.openapi()` returns carries the route's types (worker/client.ts). */
export const contactRequestsApi = api.openapi(route, async (c) => {
  const input = c.req.valid('json');
  const { key: idempotencyKey, requestHash } = c.get('idempotency')!;
  const db = database(c.env.DB);
  const access = await resolveEmbed(db, input.key, c.req.header('origin'), { write: true });

  await requireHuman(c, input.turnstileToken);

  const row = await db
    .select({ listing: listings, org: { name: organizations.name, locale: organizations.locale } })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(and(eq(listings.id, input.listingId), inEmbedScope(access)))
    .get();
  if (!row) throw new ProblemError(404, 'listing_not_found', 'This listing is not available here.', [{ field: 'listingId', message: 'Unknown listing.' }]);
  const { listing } = row;

  const answers = input.answers as Answers;
  // Never trust a score from the client: compute it again, as the seeker saw it.
  const { ctx, originDistrictKey } = await resolveSeeker(db, answers);
  const match = scoreListing(answers, listing, ctx);
  const shareNeeds = input.consent.shareNeeds;
  const visible = (r: { questionId: string }) => shareNeeds || !SENSITIVE_QUESTIONS.includes(r.questionId);
  const now = Date.now();
  const token = newToken();
  const id = crypto.randomUUID();

  const replyToken = newReplyToken();
  const insert = db
    .insert(contactRequests)
    .values({
      id,
      listingId: listing.id,
      organizationId: listing.organizationId,
      embedId: access.embed.id,
      name: input.name,
      email: input.email,
      message: input.message,
      snapshot: {
        household: householdSummary(answers),
        answers: sharedAnswers(answers, shareNeeds),
        seekerFit: match?.seekerFit ?? 0,
        projectFit: match?.projectFit ?? 0,
        reasons: (match?.reasons ?? []).filter(visible),
        watchOuts: (match?.watchOuts ?? []).filter(visible),
        locale: input.locale,
      },
      algorithmVersion: ALGORITHM_VERSION,
      score: match?.score ?? 0,
      consent: { textVersion: CONSENT_TEXT_VERSION, contactAt: now, shareNeedsAt: shareNeeds ? now : null },
      idempotencyKey,
      requestHash,
      manageTokenHash: await hashToken(token),
      replyToken,
      // Not shown to the team: only the municipality's "moved in from outside" figure reads it.
      originDistrictKey,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: [contactRequests.embedId, contactRequests.idempotencyKey] });

  // The mails go into the outbox in the same batch, and only if this insert won (a concurrent
  // retry with the same key stores and mails nothing): no request without its mails, none twice.
  const origin = publicOrigin(c.env, c.req.url);
  const replyTo = replyAddress(c.env, replyToken);
  const cause = { table: 'contact_requests', id };
  const inserted = eq(contactRequests.id, id);
  const confirmation = seekerConfirmationMail({
    to: input.email,
    locale: input.locale,
    name: input.name,
    listingTitle: listing.title,
    score: match?.score ?? 0,
    reasons: localizeReasons(match?.reasons ?? [], input.locale).map((r) => r.text),
    manageUrl: `${origin}/manage/${token}`,
  });
  const mails = [outboxInsertIf(db, { ...confirmation, ...(replyTo ? { replyTo } : {}), kind: 'contact.confirmation', locale: input.locale }, cause, now, contactRequests, inserted)];
  const team = await teamOf(db, { organizationId: listing.organizationId, contactEmail: listing.contactEmail, organizationLocale: toLocale(row.org.locale) });
  for (const member of team) {
    const mail = newRequestMail({
      to: member.email,
      locale: member.locale,
      seekerName: input.name,
      // Without a reply address, an answer by email goes to the seeker directly (as before the thread).
      replyTo: replyTo ?? input.email,
      listingTitle: listing.title,
      score: match?.score ?? 0,
      inboxUrl: `${origin}/admin/inbox/${id}`,
    });
    mails.push(outboxInsertIf(db, { ...mail, kind: 'contact.new-request', locale: member.locale }, cause, now, contactRequests, inserted));
  }
  await db.batch([insert, ...mails.map((m) => m.query)]);
  await enqueue(c.env, mails.map((m) => m.id));

  // A concurrent retry with the same key may have won the insert: answer with that request. The
  // same key with another body (e.g. reused after the idempotency record's retention) is refused,
  // never answered with someone else's request.
  const stored = await db
    .select()
    .from(contactRequests)
    .where(and(eq(contactRequests.embedId, access.embed.id), eq(contactRequests.idempotencyKey, idempotencyKey)))
    .get();
  if (!stored) throw new Error('contact request vanished after insert');
  if (stored.id !== id && stored.requestHash !== requestHash) {
    throw new ProblemError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request.', [
      { field: 'idempotency-key', message: 'Reused with another request.' },
    ]);
  }
  // Written with the request and delivered by the mail queue (retried there until it goes out).
  const confirmationEmail = 'sent' as const;
  return c.json({ id: stored.id, status: 'new' as const, score: stored.score, algorithm: ALGORITHM_VERSION, confirmationEmail }, 201);
});
