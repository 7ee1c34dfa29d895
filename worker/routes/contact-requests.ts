import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { ContactRequestCreatedSchema, ContactRequestSchema, CONSENT_TEXT_VERSION, problemResponse } from '../api/schemas';
import { sharedAnswers, householdSummary, SENSITIVE_QUESTIONS } from '../contact/summary';
import { hashToken, newToken } from '../contact/token';
import { database } from '../db/client';
import { contactRequests, listings } from '../db/schema';
import { resolveEmbed } from '../embeds/access';
import { idempotent, requireIdempotencyKey } from '../http/idempotency';
import { createApi } from '../http/openapi';
import { ProblemError } from '../http/problem';
import { rateLimit } from '../http/rate-limit';
import { inEmbedScope } from '../listings/scope';
import { resolveSeeker } from '../listings/seeker-context';
import { mailerFor } from '../mail/mailer';
import { scoreListing } from '../matching/engine';
import { localizeReasons } from '../matching/reasons';
import { ALGORITHM_VERSION } from '../matching/types';
import type { Answers } from '../questionnaire/types';
import { requireHuman } from '../turnstile/guard';

const route = createRoute({
  method: 'post',
  path: '/v1/contact-requests',
  tags: ['Widget'],
  summary: 'A seeker contacts a project',
  description:
    'Requires an `Idempotency-Key` header and a Turnstile token. The score and reasons are computed again on the server and ' +
    'stored with the request, with the consent record; a manage link goes to the seeker by email.',
  request: { body: { content: { 'application/json': { schema: ContactRequestSchema } }, required: true } },
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

/** `POST /v1/contact-requests` */
export const contactRequestsApi = createApi();
contactRequestsApi.use('/v1/contact-requests', rateLimit('contact'), requireIdempotencyKey(), idempotent('contact-requests'));

contactRequestsApi.openapi(route, async (c) => {
  const input = c.req.valid('json');
  const idempotencyKey = c.req.header('idempotency-key')!;
  const db = database(c.env.DB);
  const access = await resolveEmbed(db, input.key, c.req.header('origin'), { write: true });

  await requireHuman(c, input.turnstileToken);

  const listing = await db.select().from(listings).where(and(eq(listings.id, input.listingId), inEmbedScope(access))).get();
  if (!listing) throw new ProblemError(404, 'listing_not_found', 'This listing is not available here.', [{ field: 'listingId', message: 'Unknown listing.' }]);

  const answers = input.answers as Answers;
  // Never trust a score from the client: compute it again, as the seeker saw it.
  const { ctx } = await resolveSeeker(db, answers);
  const match = scoreListing(answers, listing, ctx);
  const shareNeeds = input.consent.shareNeeds;
  const visible = (r: { questionId: string }) => shareNeeds || !(SENSITIVE_QUESTIONS as readonly string[]).includes(r.questionId);
  const now = Date.now();
  const token = newToken();
  const id = crypto.randomUUID();

  await db
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
      manageTokenHash: await hashToken(token),
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: contactRequests.idempotencyKey });

  // A concurrent retry with the same key may have won the insert: answer with that request.
  const stored = await db.select().from(contactRequests).where(eq(contactRequests.idempotencyKey, idempotencyKey)).get();
  if (!stored) throw new Error('contact request vanished after insert');
  let confirmationEmail: 'sent' | 'failed' = 'sent';
  if (stored.id === id) {
    const origin = new URL(c.req.url).origin;
    const reasons = localizeReasons(match?.reasons ?? [], input.locale).map((r) => `- ${r.text}`).join('\n');
    const de = input.locale === 'de';
    try {
      const mailer = mailerFor(c.env);
      await mailer.send({
        to: input.email,
        subject: de ? `Ihre Anfrage an „${listing.title}“` : `Your request to "${listing.title}"`,
        text: de
          ? `Hallo ${input.name},\n\nIhre Anfrage an „${listing.title}“ ist angekommen (Passung ${stored.score} von 100).\n${reasons}\n\nÜber diesen Link sehen, exportieren oder löschen Sie Ihre Daten und ziehen die Anfrage zurück:\n${origin}/manage/${token}\n`
          : `Hello ${input.name},\n\nyour request to "${listing.title}" has arrived (fit ${stored.score} of 100).\n${reasons}\n\nThis link lets you see, export or erase your data and withdraw the request:\n${origin}/manage/${token}\n`,
      });
      if (listing.contactEmail) {
        await mailer.send({
          to: listing.contactEmail,
          subject: `Neue Anfrage: ${listing.title} (Passung ${stored.score})`,
          text: `${input.name} möchte Ihr Projekt „${listing.title}“ kennenlernen. Die Anfrage mit Begründung steht im Posteingang von bring-together.`,
        });
      }
    } catch (err) {
      // The request is stored either way; the seeker sees that the email did not go out.
      console.error(JSON.stringify({ requestId: c.get('requestId'), mailError: String(err) }));
      confirmationEmail = 'failed';
    }
  }
  return c.json({ id: stored.id, status: 'new' as const, score: stored.score, algorithm: ALGORITHM_VERSION, confirmationEmail }, 201);
});
