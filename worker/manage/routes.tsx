/**
 * `/manage/{token}`: the seeker's manage link as server-rendered pages (German and English,
 * no JavaScript needed). Reading never changes anything (mail scanners follow links); every change
 * is a POST form that must come from this page: same-origin per Sec-Fetch-Site / Origin, and a
 * hidden field derived from the token.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { rateLimit } from '../http/rate-limit';
import { isSameOriginPost } from '../http/same-origin';
import { securityHeaders } from '../http/security-headers';
import { notifyWithdrawal } from '../seekers/notify';
import { ManagePage, MessagePage, render, STYLESHEET, STYLESHEET_PATH } from './pages';
import { deleteSearch, eraseSeeker, exportDocument, loadSeeker, withdrawNeedsConsent, withdrawRequest, WITHDRAWABLE, type SeekerData } from '../seekers/store';
import { formMessageId, loadConversation, MESSAGE_MAX, postMessage } from '../conversation/thread';
import { decideVisit, recordOutcome, VisitOutcomeSchema } from '../conversation/visits';
import { firstOperator, publicOrigin } from '../settings';
import { messages, type Locale } from '../i18n';
import { requestLocale } from '../http/locale';
import { actorsOf } from '../groups/seeker-data';
import { blockParty, decideInterest, INTEREST_MESSAGE_MAX, REPORT_NOTE_MAX, reportParty, sendInterest, withdrawInterest } from '../groups/interests';
import { REPORT_REASONS } from '../db/schema';
import { inviteCofounder, removeMembers } from '../groups/initiatives';
import { deletePoolEntries, renewPoolEntry } from '../groups/pool';
import { actorLive, initiativeLive, partyRefOf } from '../groups/parties';
import { matchesFor, type GroupMatches } from '../groups/matches';
import { declarePropertyInterest, propertiesForInitiative, updateReadinessFields, withdrawPropertyInterest, type PropertyForGroup } from '../groups/properties';
import type { SeekerGroups } from '../groups/seeker-data';
import { CofounderRequestSchema, ReadinessFieldsSchema } from '../api/groups';
import { enqueue } from '../outbox/outbox';
import { hashToken } from '../contact/token';

type Ctx = Context<AppEnv>;

/** Hidden form field: proves the form was rendered for this token (defence in depth next to the origin check). */
export async function csrfFor(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`bt-manage-csrf:${token}`));
  return btoa(String.fromCharCode(...new Uint8Array(digest))).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}


const html = (c: Ctx, status: 200 | 400 | 403 | 404, body: string) => c.html(body, status);

const notFound = (c: Ctx, locale: Locale) => {
  const t = messages(locale).manage;
  return html(c, 404, render(MessagePage({ locale, title: t.notFoundTitle, text: t.notFoundText })));
};


async function readForm(c: Ctx): Promise<Record<string, string>> {
  try {
    const body = await c.req.parseBody();
    return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/**
 * Runs a form action: unknown token → 404 page, foreign form → 403 page, else the action, whose
 * result is a redirect back to the page (POST/redirect/GET) or a page of its own.
 */
function action(run: (c: Ctx, ctx: { token: string; data: SeekerData; form: Record<string, string>; locale: Locale }) => Promise<Response>) {
  return async (c: Ctx) => {
    const token = c.req.param('token') ?? '';
    const form = await readForm(c);
    const db = database(c.env.DB);
    const data = await loadSeeker(db, token);
    const locale = requestLocale(c, { lang: form.lang, fallback: data?.locale });
    if (!data) return notFound(c, locale);
    if (!isSameOriginPost(c.req.raw) || form.csrf !== (await csrfFor(token))) {
      const t = messages(locale).manage;
      return html(c, 403, render(MessagePage({ locale, title: t.forbiddenTitle, text: t.forbiddenText })));
    }
    return run(c, { token, data, form, locale });
  };
}

const back = (c: Ctx, token: string, locale: Locale, done: string) => c.redirect(`/manage/${token}?lang=${locale}&done=${done}`, 303);

/** A membership whose member may speak for the initiative: confirmed, and the initiative open. */
const mayActFor = (m: SeekerGroups['initiatives'][number]) => m.member.confirmedAt !== null && initiativeLive(m.initiative);

export const managePages = new Hono<AppEnv>();

// Before the middleware below on purpose: a stylesheet needs no rate limit; it sets its own headers.
managePages.get(STYLESHEET_PATH, (c) =>
  c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' }),
);

managePages.use('/manage/*', securityHeaders({ referrer: 'same-origin', private: true }), rateLimit('manage'));
managePages.use(
  '/manage/*',
  // The body was not read, so its `lang` is unknown: the title in both languages, the status as the text.
  bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.html(render(MessagePage({ locale: 'de', title: `${messages('de').manage.tooLarge} / ${messages('en').manage.tooLarge}`, text: '413' })), 413) }),
);

managePages.get('/manage/:token', async (c) => {
  const token = c.req.param('token');
  const data = await loadSeeker(database(c.env.DB), token);
  const locale = requestLocale(c, { fallback: data?.locale });
  if (!data) return notFound(c, locale);
  const done = c.req.query('done');
  const known = done && (done in messages(locale).manage.done || done in messages(locale).groups.done) ? done : undefined;
  // The buildings that fit each initiative the seeker may act for (a confirmed member of an open one).
  const groupProperties = new Map<string, PropertyForGroup[]>();
  for (const m of data.groups.initiatives.filter(mayActFor)) groupProperties.set(m.initiative.id, await propertiesForInitiative(c.env.DB, m.initiative, { limit: 10 }));
  // Who fits each party that others can find (a founder speaks for the initiative only once confirmed).
  const now = Date.now();
  const groupMatches = new Map<string, GroupMatches | null>();
  for (const actor of actorsOf(data.groups)) {
    groupMatches.set(`${actor.kind}:${actor.id}`, actorLive(actor, now) ? await matchesFor(database(c.env.DB), actor, now, MATCHES_SHOWN) : null);
  }
  return html(c, 200, render(ManagePage({ locale, token, csrf: await csrfFor(token), data, done: known, groupProperties, groupMatches })));
});

managePages.get('/manage/:token/export', async (c) => {
  const data = await loadSeeker(database(c.env.DB), c.req.param('token'));
  if (!data) return notFound(c, requestLocale(c));
  const now = Date.now();
  return c.body(JSON.stringify(exportDocument(data, now), null, 2), 200, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="bring-together-export-${new Date(now).toISOString().slice(0, 10)}.json"`,
  });
});

managePages.post(
  '/manage/:token/withdraw',
  action(async (c, { token, data, form, locale }) => {
    const result = await withdrawRequest(database(c.env.DB), data, form.requestId ?? '', Date.now());
    if (!result.ok) return back(c, token, locale, 'not_withdrawable');
    await notifyWithdrawal(c.env, result.request, result.contact, c.get('requestId'));
    return back(c, token, locale, 'withdrawn');
  }),
);

managePages.post(
  '/manage/:token/message',
  action(async (c, { token, data, form, locale }) => {
    const request = data.requests.find((r) => r.id === form.requestId);
    if (!request || !(WITHDRAWABLE as readonly string[]).includes(request.status)) return back(c, token, locale, 'not_withdrawable');
    const body = (form.body ?? '').trim();
    if (!body || body.length > MESSAGE_MAX) return back(c, token, locale, 'message_empty');
    const db = database(c.env.DB);
    const conversation = (await loadConversation(db, request.id))!;
    // The form's own id: sent twice (a double click, a retry after a lost answer), it is stored once.
    const id = formMessageId(request.id, form.messageId);
    await postMessage(db, c.env, conversation, { ...(id ? { id } : {}), author: 'seeker', authorName: request.name, body, via: 'web' }, { origin: publicOrigin(c.env, c.req.url) });
    return c.redirect(`/manage/${token}?lang=${locale}&done=message#conversation-${request.id}`, 303);
  }),
);

managePages.post(
  '/manage/:token/visit',
  action(async (c, { token, data, form, locale }) => {
    const request = data.requests.find((r) => r.id === form.requestId);
    if (!request || (form.decision !== 'accept' && form.decision !== 'decline')) return back(c, token, locale, 'visit_closed');
    const db = database(c.env.DB);
    const ok = await decideVisit(db, c.env, (await loadConversation(db, request.id))!, form.visitId ?? '', form.decision === 'accept', { origin: publicOrigin(c.env, c.req.url) });
    return c.redirect(`/manage/${token}?lang=${locale}&done=${ok ? `visit_${form.decision === 'accept' ? 'accepted' : 'declined'}` : 'visit_closed'}#conversation-${request.id}`, 303);
  }),
);

managePages.post(
  '/manage/:token/visit-outcome',
  action(async (c, { token, data, form, locale }) => {
    const request = data.requests.find((r) => r.id === form.requestId);
    const outcome = VisitOutcomeSchema.safeParse(form.outcome);
    const ok = !!request && outcome.success && (await recordOutcome(database(c.env.DB), request.id, form.visitId ?? '', 'seeker', outcome.data));
    return c.redirect(`/manage/${token}?lang=${locale}&done=${ok ? 'outcome' : 'visit_closed'}${request ? `#conversation-${request.id}` : ''}`, 303);
  }),
);

managePages.post(
  '/manage/:token/withdraw-needs',
  action(async (c, { token, data, form, locale }) => {
    const ok = await withdrawNeedsConsent(database(c.env.DB), data, form.requestId ?? '', Date.now());
    return back(c, token, locale, ok ? 'needs' : 'not_withdrawable');
  }),
);

managePages.post(
  '/manage/:token/delete-search',
  action(async (c, { token, data, form, locale }) => {
    const ok = await deleteSearch(database(c.env.DB), data, form.searchId ?? '');
    return back(c, token, locale, ok ? 'search' : 'not_withdrawable');
  }),
);

// The groups (worker/groups): the pool card, initiatives and interests under the page's address.
managePages.post(
  '/manage/:token/pool-withdraw',
  action(async (c, { token, data, form, locale }) => {
    const entry = data.groups.pool.find((p) => p.entry.id === form.entryId);
    const ok = !!entry && (await deletePoolEntries(database(c.env.DB), [entry.entry.id])) > 0;
    return back(c, token, locale, ok ? 'pool_withdrawn' : 'group_failed');
  }),
);

managePages.post(
  '/manage/:token/pool-renew',
  action(async (c, { token, data, form, locale }) => {
    const entry = data.groups.pool.find((p) => p.entry.id === form.entryId);
    const ok = !!entry && (await renewPoolEntry(database(c.env.DB), entry.entry.id, Date.now())) !== null;
    return back(c, token, locale, ok ? 'pool_renewed' : 'group_failed');
  }),
);

managePages.post(
  '/manage/:token/leave',
  action(async (c, { token, data, form, locale }) => {
    const membership = data.groups.initiatives.find((m) => m.member.id === form.memberId);
    const ok = !!membership && (await removeMembers(database(c.env.DB), [membership.member.id])) > 0;
    return back(c, token, locale, ok ? 'left' : 'group_failed');
  }),
);

managePages.post(
  '/manage/:token/interest',
  action(async (c, { token, data, form, locale }) => {
    const actor = actorFor(data, form.party);
    const db = database(c.env.DB);
    const now = Date.now();
    if (!actor) return back(c, token, locale, 'group_failed');
    if (form.decision === 'withdraw') return back(c, token, locale, (await withdrawInterest(db, actor, form.interestId ?? '', now)) ? 'interest_withdrawn' : 'group_failed');
    if (form.decision !== 'accept' && form.decision !== 'decline') return back(c, token, locale, 'group_failed');
    const result = await decideInterest(db, actor, form.interestId ?? '', form.decision === 'accept', publicOrigin(c.env, c.req.url), now);
    if (!result.ok) return back(c, token, locale, 'group_failed');
    await enqueue(c.env, result.mailIds);
    return back(c, token, locale, form.decision === 'accept' ? 'interest_accepted' : 'interest_declined');
  }),
);

/** The page's own pool card or initiative a groups form acts for (`party`: `pool:{id}`, `initiative:{id}`). */
const actorFor = (data: SeekerData, party: string | undefined) => actorsOf(data.groups).find((a) => `${a.kind}:${a.id}` === party);

/** A form's id (rendered into the page): the idempotency key of what the form creates. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** How many fitting parties the manage page offers per pool card or initiative. */
const MATCHES_SHOWN = 10;

managePages.post(
  '/manage/:token/send-interest',
  action(async (c, { token, data, form, locale }) => {
    const actor = actorFor(data, form.party);
    const to = partyRefOf(form.to ?? '');
    if (!actor || !to || !form.formId || !UUID.test(form.formId)) return back(c, token, locale, 'group_failed');
    const message = (form.message ?? '').trim();
    if (message.length === 0 || message.length > INTEREST_MESSAGE_MAX) return back(c, token, locale, 'interest_empty');
    // The form's id is the idempotency key: the same form sent twice is one interest (no second mail).
    const requestHash = await hashToken(`${form.to}\n${message}`);
    const result = await sendInterest(database(c.env.DB), actor, to, message, { key: `manage-${form.formId}`, requestHash }, publicOrigin(c.env, c.req.url), Date.now());
    if (!result.ok) return back(c, token, locale, 'group_failed');
    await enqueue(c.env, result.mailIds);
    return back(c, token, locale, 'interest_sent');
  }),
);

managePages.post(
  '/manage/:token/cofounder',
  action(async (c, { token, data, form, locale }) => {
    const membership = data.groups.initiatives.find((m) => m.member.id === form.memberId);
    if (!membership || !mayActFor(membership) || !form.formId || !UUID.test(form.formId)) return back(c, token, locale, 'group_failed');
    const invitee = CofounderRequestSchema.safeParse({ name: form.name ?? '', email: (form.email ?? '').trim(), locale });
    if (!invitee.success) return back(c, token, locale, 'cofounder_invalid');
    const invited = await inviteCofounder(database(c.env.DB), membership.initiative, invitee.data, publicOrigin(c.env, c.req.url), Date.now(), `cof-${form.formId}`);
    if (typeof invited === 'string') return back(c, token, locale, 'cofounder_refused');
    if (invited.mailId) await enqueue(c.env, [invited.mailId]);
    return back(c, token, locale, 'cofounder_invited');
  }),
);

managePages.post(
  '/manage/:token/block',
  action(async (c, { token, data, form, locale }) => {
    const actor = actorFor(data, form.party);
    const to = partyRefOf(form.to ?? '');
    const ok = !!actor && !!to && (await blockParty(database(c.env.DB), actor, to, Date.now()));
    return back(c, token, locale, ok ? 'blocked' : 'group_failed');
  }),
);

managePages.post(
  '/manage/:token/report',
  action(async (c, { token, data, form, locale }) => {
    const actor = actorFor(data, form.party);
    const to = partyRefOf(form.to ?? '');
    const reason = REPORT_REASONS.find((r) => r === form.reason);
    const note = (form.note ?? '').trim();
    if (!actor || !to || !reason || note.length > REPORT_NOTE_MAX) return back(c, token, locale, 'group_failed');
    const report = await reportParty(database(c.env.DB), actor, to, { reason, note: note || null, replyTo: firstOperator(c.env), reportsUrl: `${publicOrigin(c.env, c.req.url)}/admin/reports` }, Date.now());
    if (report === 'too_many') return back(c, token, locale, 'reports_limited');
    if (report === 'unknown_party') return back(c, token, locale, 'group_failed');
    await enqueue(c.env, report.mailIds);
    return back(c, token, locale, 'reported');
  }),
);

managePages.post(
  '/manage/:token/property-interest',
  action(async (c, { token, data, form, locale }) => {
    const membership = data.groups.initiatives.find((m) => m.member.id === form.memberId);
    const listingId = form.listingId ?? '';
    if (!membership) return back(c, token, locale, 'group_failed');
    const now = Date.now();
    if (form.decision === 'withdraw') {
      const gone = await withdrawPropertyInterest(c.env.DB, membership.initiative.id, listingId, now);
      return back(c, token, locale, gone ? 'property_withdrawn' : 'group_failed');
    }
    if (form.decision !== 'declare' || !mayActFor(membership)) return back(c, token, locale, 'group_failed');
    // The municipality's own criteria are checkboxes named custom_<id>.
    const customMet = Object.keys(form).filter((k) => k.startsWith('custom_') && form[k] === 'yes').map((k) => k.slice('custom_'.length));
    const result = await declarePropertyInterest(c.env.DB, membership.initiative, listingId, { shortlistConsent: form.shortlistConsent === 'yes', customMet }, now);
    return back(c, token, locale, result.ok ? 'property_declared' : 'group_failed');
  }),
);

managePages.post(
  '/manage/:token/readiness',
  action(async (c, { token, data, form, locale }) => {
    const membership = data.groups.initiatives.find((m) => m.member.id === form.memberId);
    if (!membership || !mayActFor(membership)) return back(c, token, locale, 'group_failed');
    const text = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v);
    const parsed = ReadinessFieldsSchema.safeParse({
      legalForm: form.legalForm ? form.legalForm : null, financingPlan: text(form.financingPlan), contactPerson: text(form.contactPerson), concept: text(form.concept),
    });
    if (!parsed.success) return back(c, token, locale, 'readiness_invalid');
    await updateReadinessFields(c.env.DB, membership.initiative.id, parsed.data, Date.now());
    return back(c, token, locale, 'readiness_saved');
  }),
);

managePages.post(
  '/manage/:token/erase',
  action(async (c, { token, data, form, locale }) => {
    if (form.confirm !== 'yes') return back(c, token, locale, 'confirm_missing');
    const erased = await eraseSeeker(database(c.env.DB), data);
    for (const open of erased.openRequests) await notifyWithdrawal(c.env, open.request, open.contact, c.get('requestId'));
    const t = messages(locale).manage;
    return html(c, 200, render(MessagePage({ locale, title: t.erasedTitle, text: t.erasedText(erased.contactRequests, erased.savedSearches) })));
  }),
);
