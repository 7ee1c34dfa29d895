/**
 * The groups behind a manage token (tag `Groups`): a household in the pool or a member of an
 * initiative sees who fits, sends and answers interests, blocks and reports, withdraws, renews and
 * (founders) invites co-founders. The token names one party; names and emails of the other side
 * appear only in an interest both accepted.
 */
import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import {
  BlockRequestSchema, CofounderRequestSchema, DecisionRequestSchema, GroupMatchesResponseSchema, GroupPropertiesQuerySchema, GroupPropertiesResponseSchema,
  GroupSelfSchema, GroupTokenParam, InterestParam, InterestRequestSchema, InterestViewSchema, PropertyInterestParam, PropertyInterestRequestSchema,
  PropertyInterestSchema, ReadinessFieldsSchema, ReportRequestSchema,
} from '../api/groups';
import { IdempotencyKeyHeaders, NO_SECURITY_SCHEME, problemResponse } from '../api/schemas';
import { hashToken } from '../contact/token';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { ProblemError } from '../errors';
import { LEGAL_FORMS } from '../db/schema';
import { inviteCofounder, removeMembers } from '../groups/initiatives';
import { blockParty, decideInterest, interestsOf, MAX_REPORTS_PER_DAY, reportParty, sendInterest, withdrawInterest, type InterestView } from '../groups/interests';
import { matchesFor } from '../groups/matches';
import { declarePropertyInterest, propertiesForInitiative, updateReadinessFields, withdrawPropertyInterest, type PropertyForGroup } from '../groups/properties';
import { readinessItemText } from '../groups/readiness-text';
import type { Initiative, InitiativePropertyInterest } from '../db/schema';
import { listingUrl } from '../listings/public-path';
import { actorForToken, actorLive, initiativeView, poolView, type Actor } from '../groups/parties';
import { deletePoolEntries, renewPoolEntry } from '../groups/pool';
import { LOCALES, type Locale } from '../i18n';
import { idempotent, requireIdempotencyKey } from '../http/idempotency';
import { createApi } from '../http/openapi';
import { rateLimit } from '../http/rate-limit';
import { requireSettings } from '../http/settings';
import { localizeReasons, reasonViewFor } from '../matching/reasons';
import { enqueue } from '../outbox/outbox';
import { CORE_NEEDS, firstOperator, publicOrigin } from '../settings';
import { requireHuman } from '../turnstile/guard';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
export const interestOut = (i: InterestView) => ({
  id: i.id, direction: i.direction, state: i.state, message: i.message, createdAt: iso(i.createdAt)!, decidedAt: iso(i.decidedAt), with: i.otherRef, other: i.other, contacts: i.contacts,
});

const unknownToken = () => new ProblemError(404, 'unknown_token', 'This link is unknown, expired or already erased.', [{ field: 'token', message: 'Unknown token.' }]);

async function actorOf(c: Context<AppEnv>): Promise<Actor> {
  const actor = await actorForToken(database(c.env.DB), c.req.param('token') ?? '');
  if (!actor) throw unknownToken();
  return actor;
}

const base = { security: NO_SECURITY_SCHEME, tags: ['Groups'] };
const common = { 400: problemResponse('Invalid input; `errors` names each field.'), 404: problemResponse('Unknown token (or party).'), 429: problemResponse('Rate limited.') };
const ok = <S extends z.ZodType>(schema: S, description: string) => ({ 200: { content: { 'application/json': { schema } }, description } });
const json = <S extends z.ZodType>(schema: S) => ({ body: { content: { 'application/json': { schema } }, required: true } });
type PostConfig = Omit<RouteConfig, 'method' | 'path'> & { path: string };
const post = <P extends string, R extends PostConfig & { path: P }>(config: R) =>
  createRoute({ ...config, method: 'post' as const, ...base, responses: { ...common, ...config.responses } });

const selfRoute = createRoute({
  method: 'get', path: '/v1/groups/{token}', operationId: 'getGroupSelf', summary: 'The party behind the token: its card or initiative, and its interests', ...base,
  request: { params: GroupTokenParam }, responses: { ...ok(GroupSelfSchema, 'The party and its interests, newest first.'), ...common },
});

const matchesRoute = createRoute({
  method: 'get', path: '/v1/groups/{token}/matches', operationId: 'listGroupMatches', ...base,
  summary: 'Who fits: for a household, initiatives and pool members; for an initiative, pool members',
  request: {
    params: GroupTokenParam,
    query: z.object({ locale: z.enum(LOCALES).default('de'), limit: z.coerce.number().int().min(1).max(50).default(20) }),
  },
  responses: { ...ok(GroupMatchesResponseSchema, 'Best first, with reasons and watch-outs.'), ...common, 409: problemResponse('Not confirmed yet, or expired.') },
});

const interestRoute = post({
  path: '/v1/groups/{token}/interests', operationId: 'sendInterest', summary: 'Send an interest with a short message (the other side is told by mail)',
  description: 'Requires an `Idempotency-Key` header and a Turnstile token. Reveals nothing: names and emails appear only once the other side accepts.',
  request: { params: GroupTokenParam, headers: IdempotencyKeyHeaders, ...json(InterestRequestSchema) },
  responses: {
    201: { content: { 'application/json': { schema: InterestViewSchema } }, description: 'Sent.' },
    403: problemResponse('Turnstile check failed.'),
    409: problemResponse('Not confirmed, already sent, or the other side has already sent one (answer that).'),
    422: problemResponse('This Idempotency-Key was used with another request.'),
  },
});

const decideRoute = post({
  path: '/v1/groups/{token}/interests/{id}/decision', operationId: 'decideInterest', summary: 'Accept or decline an interest received; on acceptance both sides see each other\'s contact',
  request: { params: InterestParam, ...json(DecisionRequestSchema) },
  responses: { ...ok(InterestViewSchema, 'Decided.'), 409: problemResponse('Already decided or withdrawn.') },
});

const withdrawInterestRoute = post({
  path: '/v1/groups/{token}/interests/{id}/withdraw', operationId: 'withdrawInterest', summary: 'Withdraw an interest (either side): nothing is revealed any more',
  request: { params: InterestParam },
  responses: { ...ok(z.object({ id: z.string(), state: z.literal('withdrawn') }), 'Withdrawn.'), 409: problemResponse('Already closed.') },
});

const blockRoute = post({
  path: '/v1/groups/{token}/blocks', operationId: 'blockParty', summary: 'Block a household or initiative: both are hidden from each other',
  request: { params: GroupTokenParam, ...json(BlockRequestSchema) },
  responses: { ...ok(z.object({ blocked: z.literal(true) }), 'Blocked.') },
});

const reportRoute = post({
  path: '/v1/groups/{token}/reports', operationId: 'reportParty', summary: 'Report a household or initiative to the municipality (and block it)',
  request: { params: GroupTokenParam, ...json(ReportRequestSchema) },
  responses: { 201: { content: { 'application/json': { schema: z.object({ id: z.string(), blocked: z.literal(true) }) } }, description: 'Reported.' } },
});

const withdrawRoute = post({
  path: '/v1/groups/{token}/withdraw', operationId: 'leaveGroups', summary: 'Leave at once: a pool entry is deleted, a member leaves the initiative',
  request: { params: GroupTokenParam },
  responses: { ...ok(z.object({ left: z.enum(['pool', 'initiative']) }), 'Gone; the token stops working.') },
});

const renewRoute = post({
  path: '/v1/groups/{token}/renew', operationId: 'renewPoolEntry', summary: 'Renew a pool entry for 90 days',
  request: { params: GroupTokenParam },
  responses: { ...ok(z.object({ expiresAt: z.string() }), 'Renewed.'), 409: problemResponse('Not a confirmed pool entry.') },
});

const cofounderRoute = post({
  path: '/v1/groups/{token}/cofounders', operationId: 'inviteCofounder', summary: 'Invite a co-founder by mail (their own link)',
  description: 'Requires an `Idempotency-Key` header. Only confirmed members of an open initiative may invite.',
  request: { params: GroupTokenParam, headers: IdempotencyKeyHeaders, ...json(CofounderRequestSchema) },
  responses: { 202: { content: { 'application/json': { schema: z.object({ status: z.literal('invitation_sent') }) } }, description: 'Invited.' }, 409: problemResponse('Not a confirmed member, or no room left.') },
});

const propertiesRoute = createRoute({
  method: 'get', path: '/v1/groups/{token}/properties', operationId: 'listGroupProperties', ...base,
  summary: 'For a founder or co-founder: the vacant buildings and plots of the region that fit the initiative, each with its readiness',
  description: 'Best first, with reasons and watch-outs; properties the initiative declared interest in are always listed. Paused, archived and curated-away properties never appear.',
  request: { params: GroupTokenParam, query: GroupPropertiesQuerySchema },
  responses: {
    ...ok(GroupPropertiesResponseSchema, 'The properties and the initiative\'s readiness fields.'), ...common,
    403: problemResponse('Not a member of an initiative (a pool entry\'s token).'), 409: problemResponse('The initiative or membership is not confirmed, or the initiative is closed.'),
  },
});

const propertyInterestRoute = post({
  path: '/v1/groups/{token}/properties/{listingId}/interest', operationId: 'declarePropertyInterest',
  summary: 'Declare (or update) the initiative\'s interest in a property, with or without consent to be shown on its shortlist',
  description: 'Requires an `Idempotency-Key` header. Only founders and co-founders of an open initiative. Without `shortlistConsent` the municipality only counts the group.',
  request: { params: PropertyInterestParam, headers: IdempotencyKeyHeaders, ...json(PropertyInterestRequestSchema) },
  responses: {
    ...ok(PropertyInterestSchema, 'Declared.'),
    403: problemResponse('Not a member of an initiative.'),
    409: problemResponse('Not confirmed, or the initiative is closed.'),
    422: problemResponse('This Idempotency-Key was used with another request.'),
  },
});

const propertyWithdrawRoute = post({
  path: '/v1/groups/{token}/properties/{listingId}/withdraw', operationId: 'withdrawPropertyInterest',
  summary: 'Withdraw the initiative\'s interest in a property (and its shortlist consent); withdrawing again changes nothing',
  request: { params: PropertyInterestParam },
  responses: { ...ok(PropertyInterestSchema, 'Withdrawn.'), 403: problemResponse('Not a member of an initiative.') },
});

const readinessRoute = post({
  path: '/v1/groups/{token}/readiness', operationId: 'updateGroupReadiness',
  summary: 'Replace what the initiative states for the municipalities\' checklists: legal form, financing plan, contact person, concept',
  description: 'Only founders and co-founders of an open initiative. All four fields at once; null or blank text means not stated.',
  request: { params: GroupTokenParam, ...json(ReadinessFieldsSchema) },
  responses: { ...ok(ReadinessFieldsSchema, 'Saved.'), 403: problemResponse('Not a member of an initiative.'), 409: problemResponse('Not confirmed, or the initiative is closed.') },
});

/** Idempotency scoped to the party's token (its hash): two seekers' keys never meet. */
const perToken = (route: string): MiddlewareHandler<AppEnv> => async (c, next) => {
  const token = c.req.param('token') ?? '';
  return idempotent(`${route}:${(await hashToken(token)).slice(0, 16)}`)(c, next);
};

const conflict = (code: string, message: string, field = 'token') => new ProblemError(409, code, message, [{ field, message }]);

const SEND_FAILURES: Record<string, () => ProblemError> = {
  not_live: () => conflict('not_live', 'Confirm (or renew) your entry first.'),
  unknown_party: () => new ProblemError(404, 'unknown_party', 'No such household or initiative here.', [{ field: 'to', message: 'Unknown or not visible.' }]),
  self: () => new ProblemError(400, 'self', 'You cannot send an interest to yourself.', [{ field: 'to', message: 'That is you.' }]),
  not_between_initiatives: () => new ProblemError(400, 'not_between_initiatives', 'Initiatives send interests to households.', [{ field: 'to.kind', message: 'Choose a household.' }]),
  reverse_pending: () => conflict('reverse_pending', 'They already sent you an interest; accept it instead.', 'to'),
  already_sent: () => conflict('already_sent', 'You already sent an interest there.', 'to'),
};

/** A founder or co-founder of an open initiative (the only ones who speak for it to a municipality). */
async function founderOf(c: Context<AppEnv>, live = true) {
  const actor = await actorOf(c);
  if (actor.kind !== 'initiative') throw new ProblemError(403, 'not_a_member', 'Only founders and co-founders of an initiative can do this.', [{ field: 'token', message: 'Not an initiative member\'s link.' }]);
  if (live && !actorLive(actor, Date.now())) throw conflict('not_live', 'Confirm the initiative (or your membership) first; a closed initiative has no properties.');
  return actor;
}

export const propertyInterestOut = (i: InitiativePropertyInterest) => ({
  listingId: i.listingId, declaredAt: iso(i.declaredAt)!, shortlistConsent: i.shortlistConsentAt !== null, shortlistConsentAt: iso(i.shortlistConsentAt),
  customMet: i.customMet, withdrawnAt: iso(i.withdrawnAt), takenOnAt: iso(i.takenOnAt),
});

const readinessFieldsOut = (i: Initiative) => ({ legalForm: i.legalForm as (typeof LEGAL_FORMS)[number] | null, financingPlan: i.financingPlan, contactPerson: i.contactPerson, concept: i.concept });

function groupPropertyOut(p: PropertyForGroup, locale: Locale, origin: string) {
  const l = p.property;
  return {
    property: {
      id: l.id, title: l.title, summary: l.summary, place: l.place, postcode: l.postcode, settlement: l.settlement, legalForm: l.legalForm, unitsTotal: l.unitsTotal,
      freePlaces: l.freePlaces, equityRequiredCents: l.equityRequiredCents, monthlyCostMinCents: l.monthlyCostMinCents, monthlyCostMaxCents: l.monthlyCostMaxCents,
      plotSqm: l.plotSqm, url: listingUrl(l, origin, locale),
    },
    score: p.fit.score, fits: p.fit.fits, reasons: localizeReasons(p.fit.reasons, locale), watchOuts: localizeReasons(p.fit.watchOuts, locale),
    readiness: {
      met: p.readiness.met, total: p.readiness.total, ready: p.readiness.ready,
      items: p.readiness.items.map((i) => ({ id: i.id, met: i.met, text: readinessItemText(i, locale), ...(i.id === 'custom' ? { criterionId: i.criterion.id } : {}) })),
    },
    interest: p.interest ? propertyInterestOut(p.interest) : null,
    otherInitiatives: p.otherInitiatives,
  };
}

const api = createApi();
api.use('/v1/groups/*', requireSettings(), rateLimit('groups'), async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
});
api.use('/v1/groups/:token/interests', requireSettings([...CORE_NEEDS, 'turnstile']), requireIdempotencyKey(), perToken('group-interests'));
api.use('/v1/groups/:token/cofounders', requireIdempotencyKey(), perToken('group-cofounders'));
api.use('/v1/groups/:token/properties/:listingId/interest', requireIdempotencyKey(), perToken('group-property-interest'));

/** The routes chained: the value carries their types (worker/client.ts). */
export const groupActionsApi = api
  .openapi(selfRoute, async (c) => {
    const actor = await actorOf(c);
    const interests = (await interestsOf(database(c.env.DB), actor)).map(interestOut);
    const now = Date.now();
    return c.json(
      {
        party: { kind: actor.kind, id: actor.id },
        live: actorLive(actor, now),
        pool: actor.kind === 'pool' ? { ...poolView(actor.entry), confirmedAt: iso(actor.entry.confirmedAt), expiresAt: iso(actor.entry.expiresAt)! } : null,
        initiative: actor.kind === 'initiative' ? { ...initiativeView(actor.initiative), state: actor.initiative.state, role: actor.member.role } : null,
        interests,
      },
      200,
    );
  })
  .openapi(matchesRoute, async (c) => {
    const actor = await actorOf(c);
    const { locale, limit } = c.req.valid('query');
    const now = Date.now();
    if (!actorLive(actor, now)) throw conflict('not_live', 'Confirm (or renew) your entry first.');
    const found = await matchesFor(database(c.env.DB), actor, now, limit);
    // Each sentence from the reader's side: "the other household", or the initiative's own view of a household.
    const fit = (f: { score: number; reasons: Parameters<typeof localizeReasons>[0]; watchOuts: Parameters<typeof localizeReasons>[0] }, other: 'pool' | 'initiative') => ({
      score: f.score, reasons: localizeReasons(f.reasons, locale, reasonViewFor(actor.kind, other)), watchOuts: localizeReasons(f.watchOuts, locale, reasonViewFor(actor.kind, other)),
    });
    return c.json(
      {
        initiatives: found.initiatives.map((r) => ({ initiative: r.party, ...fit(r.fit, 'initiative') })),
        pool: found.pool.map((r) => ({ household: r.party, ...fit(r.fit, 'pool') })),
        poolSize: found.poolSize,
      },
      200,
    );
  })
  .openapi(interestRoute, async (c) => {
    const actor = await actorOf(c);
    const input = c.req.valid('json');
    await requireHuman(c, input.turnstileToken);
    const { key, requestHash } = c.get('idempotency')!;
    const db = database(c.env.DB);
    const result = await sendInterest(db, actor, input.to, input.message, { key, requestHash }, publicOrigin(c.env, c.req.url), Date.now());
    if (!result.ok) throw SEND_FAILURES[result.reason]!();
    await enqueue(c.env, result.mailIds);
    const view = (await interestsOf(db, actor)).find((i) => i.id === result.interest.id)!;
    return c.json(interestOut(view), 201);
  })
  .openapi(decideRoute, async (c) => {
    const actor = await actorOf(c);
    const { id } = c.req.valid('param');
    const db = database(c.env.DB);
    const result = await decideInterest(db, actor, id, c.req.valid('json').decision === 'accept', publicOrigin(c.env, c.req.url), Date.now());
    if (!result.ok) {
      if (result.reason === 'not_found') throw new ProblemError(404, 'unknown_interest', 'No such interest for you.', [{ field: 'id', message: 'Unknown interest.' }]);
      throw conflict('interest_closed', 'This interest is already decided or withdrawn.', 'id');
    }
    await enqueue(c.env, result.mailIds);
    const view = (await interestsOf(db, actor)).find((i) => i.id === id)!;
    return c.json(interestOut(view), 200);
  })
  .openapi(withdrawInterestRoute, async (c) => {
    const actor = await actorOf(c);
    const { id } = c.req.valid('param');
    if (!(await withdrawInterest(database(c.env.DB), actor, id, Date.now()))) throw conflict('interest_closed', 'No open interest with this id.', 'id');
    return c.json({ id, state: 'withdrawn' as const }, 200);
  })
  .openapi(blockRoute, async (c) => {
    const actor = await actorOf(c);
    const { party } = c.req.valid('json');
    if (!(await blockParty(database(c.env.DB), actor, party, Date.now()))) throw SEND_FAILURES.unknown_party!();
    return c.json({ blocked: true as const }, 200);
  })
  .openapi(reportRoute, async (c) => {
    const actor = await actorOf(c);
    const { party, reason, note } = c.req.valid('json');
    const report = await reportParty(database(c.env.DB), actor, party, { reason, note: note ?? null, replyTo: firstOperator(c.env), reportsUrl: `${publicOrigin(c.env, c.req.url)}/admin/reports` }, Date.now());
    if (report === 'unknown_party') throw SEND_FAILURES.unknown_party!();
    if (report === 'too_many') throw new ProblemError(429, 'too_many_reports', `At most ${MAX_REPORTS_PER_DAY} reports a day; block instead.`, [{ field: 'party', message: 'Too many reports today.' }]);
    await enqueue(c.env, report.mailIds);
    return c.json({ id: report.id, blocked: true as const }, 201);
  })
  .openapi(withdrawRoute, async (c) => {
    const actor = await actorOf(c);
    const db = database(c.env.DB);
    if (actor.kind === 'pool') await deletePoolEntries(db, [actor.id]);
    else await removeMembers(db, [actor.member.id]);
    return c.json({ left: actor.kind }, 200);
  })
  .openapi(renewRoute, async (c) => {
    const actor = await actorOf(c);
    const expiresAt = actor.kind === 'pool' ? await renewPoolEntry(database(c.env.DB), actor.id, Date.now()) : null;
    if (expiresAt === null) throw conflict('not_renewable', 'Only a confirmed pool entry can be renewed.');
    return c.json({ expiresAt: iso(expiresAt)! }, 200);
  })
  .openapi(cofounderRoute, async (c) => {
    const actor = await actorOf(c);
    if (actor.kind !== 'initiative' || !actorLive(actor, Date.now())) throw conflict('not_a_member', 'Only confirmed members of an open initiative can invite.');
    const invited = await inviteCofounder(database(c.env.DB), actor.initiative, c.req.valid('json'), publicOrigin(c.env, c.req.url), Date.now());
    if (invited === 'no_room') throw conflict('no_room', 'This initiative has no room for another founder.');
    if (invited === 'already_member') throw conflict('already_member', 'This address is already a founder or invited.', 'email');
    await enqueue(c.env, invited.mailId ? [invited.mailId] : []);
    return c.json({ status: 'invitation_sent' as const }, 202);
  })
  .openapi(propertiesRoute, async (c) => {
    const actor = await founderOf(c);
    const { locale, limit } = c.req.valid('query');
    const found = await propertiesForInitiative(c.env.DB, actor.initiative, { limit });
    const origin = publicOrigin(c.env, c.req.url);
    return c.json({ properties: found.map((p) => groupPropertyOut(p, locale, origin)), readinessFields: readinessFieldsOut(actor.initiative) }, 200);
  })
  .openapi(propertyInterestRoute, async (c) => {
    const actor = await founderOf(c);
    const { listingId } = c.req.valid('param');
    const result = await declarePropertyInterest(c.env.DB, actor.initiative, listingId, c.req.valid('json'), Date.now());
    if (!result.ok) {
      if (result.reason === 'unknown_property') throw new ProblemError(404, 'unknown_property', 'No such property is offered in the initiative\'s region.', [{ field: 'listingId', message: 'Unknown, not offered, or not in the region.' }]);
      throw new ProblemError(400, 'unknown_criterion', 'The property has no criterion with this id.', [{ field: 'customMet', message: `Unknown criterion ${result.id}.` }]);
    }
    return c.json(propertyInterestOut(result.interest), 200);
  })
  .openapi(propertyWithdrawRoute, async (c) => {
    // Withdrawing must work whatever became of the initiative or the property since.
    const actor = await founderOf(c, false);
    const { listingId } = c.req.valid('param');
    const interest = await withdrawPropertyInterest(c.env.DB, actor.initiative.id, listingId, Date.now());
    if (!interest) throw new ProblemError(404, 'unknown_interest', 'The initiative has not declared interest in this property.', [{ field: 'listingId', message: 'No interest declared.' }]);
    return c.json(propertyInterestOut(interest), 200);
  })
  .openapi(readinessRoute, async (c) => {
    const actor = await founderOf(c);
    const saved = await updateReadinessFields(c.env.DB, actor.initiative.id, c.req.valid('json'), Date.now());
    return c.json(readinessFieldsOut(saved), 200);
  });
