/**
 * The contact inbox: requests for the organization's listings with filters, the detail with the
 * seeker's message, household summary, both fits and the reasons (rendered in the viewer's
 * language), the status pipeline, internal notes, replies by email and a CSV export.
 */
import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { database } from '../../db/client';
import { CONTACT_STATUSES, contactNotes, contactRequests, listings } from '../../db/schema';
import type { BatchItem } from 'drizzle-orm/batch';
import { publicOrigin } from '../../settings';
import { formMessageId, loadConversation, MESSAGE_MAX, postMessage } from '../../conversation/thread';
import { proposeVisit, recordOutcome, VisitOutcomeSchema, VisitProposalSchema } from '../../conversation/visits';
import { type VisitForm } from './visits';
import { auditInsert } from '../../audit/log';
import { hasRole, requireMember, requireRole, type AdminContext, type AdminEnv } from '../context';
import { formatDateTime } from '../../i18n';
import { Select, TextField, type FormErrors } from '../ui/form';
import { Page, render } from '../ui/layout';
import { RecordTable } from '../ui/table';
import { csvResponse, csvRows } from '../../http/csv';
import { canMove, type ContactStatus, moveRequest } from './pipeline';
import { detailPage, ownRequest } from './detail';

export const inboxPages = new Hono<AdminEnv>();
inboxPages.use('/admin/inbox', requireMember());
inboxPages.use('/admin/inbox/*', requireMember());

interface Filters {
  status: string;
  listing: string;
  q: string;
}

function filtersOf(c: AdminContext): Filters {
  const status = c.req.query('status') ?? '';
  return {
    status: (CONTACT_STATUSES as readonly string[]).includes(status) ? status : '',
    listing: c.req.query('listing') ?? '',
    q: (c.req.query('q') ?? '').trim().slice(0, 100),
  };
}

async function findRequests(c: AdminContext, f: Filters, limit: number) {
  const orgId = c.get('member').org.id;
  const where: SQL[] = [eq(contactRequests.organizationId, orgId)];
  if (f.status) where.push(eq(contactRequests.status, f.status as ContactStatus));
  if (f.listing) where.push(eq(contactRequests.listingId, f.listing));
  if (f.q) {
    const pattern = `%${f.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    where.push(or(sql`${contactRequests.name} LIKE ${pattern} ESCAPE '\\'`, sql`${contactRequests.email} LIKE ${pattern} ESCAPE '\\'`)!);
  }
  return database(c.env.DB)
    .select({ r: contactRequests, listingTitle: listings.title })
    .from(contactRequests)
    .innerJoin(listings, and(eq(listings.id, contactRequests.listingId), eq(listings.organizationId, orgId)))
    .where(and(...where))
    .orderBy(desc(contactRequests.createdAt))
    .limit(limit)
    .all();
}

inboxPages.get('/admin/inbox', async (c) => {
  const t = c.get('t');
  const member = c.get('member');
  const f = filtersOf(c);
  const rows = await findRequests(c, f, 200);
  const own = await database(c.env.DB).select({ id: listings.id, title: listings.title }).from(listings).where(eq(listings.organizationId, member.org.id)).orderBy(asc(listings.title)).all();
  const query = new URLSearchParams(Object.entries(f).filter(([, v]) => v)).toString();
  return render(
    c,
    <Page c={c} title={t.inbox.title} section="inbox">
      <form method="get" action="/admin/inbox" class="filters">
        <Select name="status" label={t.inbox.status} value={f.status} empty={t.inbox.all} options={CONTACT_STATUSES.map((s) => ({ value: s, label: t.inbox.statuses[s] ?? s }))} t={t} />
        <Select name="listing" label={t.inbox.listing} value={f.listing} empty={t.inbox.allListings} options={own.map((l) => ({ value: l.id, label: l.title }))} t={t} />
        <TextField name="q" type="search" label={t.inbox.search} value={f.q} t={t} />
        <button type="submit">{t.common.filter}</button> <a href="/admin/inbox">{t.common.reset}</a>
      </form>
      {hasRole(member.role, 'editor') ? (
        <p>
          <a href={`/admin/inbox/export.csv${query ? `?${query}` : ''}`} download>
            {t.inbox.exportCsv}
          </a>
        </p>
      ) : null}
      <RecordTable
        caption={t.inbox.title}
        empty={t.inbox.empty}
        columns={[t.inbox.from, t.inbox.listing, t.inbox.score, t.inbox.status, t.inbox.received]}
        rows={rows}
        row={({ r, listingTitle }) => (
          <tr>
            <th scope="row">
              <a href={`/admin/inbox/${r.id}`}>{r.name}</a>
            </th>
            <td>{listingTitle}</td>
            <td>{r.score}</td>
            <td>
              <span class={`badge request-${r.status}`}>{t.inbox.statuses[r.status]}</span>
            </td>
            <td>{formatDateTime(r.createdAt, c.get('locale'))}</td>
          </tr>
        )}
      />
    </Page>,
  );
});

inboxPages.get('/admin/inbox/export.csv', async (c) => {
  requireRole(c, 'editor');
  const t = c.get('t');
  const rows = await findRequests(c, filtersOf(c), 5000);
  const head = ['id', 'received_utc', 'listing', 'name', 'email', 'status', 'score', 'seeker_fit', 'project_fit', 'household_type', 'adults', 'children', 'message'];
  const lines = rows.map(({ r, listingTitle }) => {
    const s = r.snapshot;
    return [r.id, new Date(r.createdAt).toISOString(), listingTitle, r.name, r.email, t.inbox.statuses[r.status] ?? r.status, r.score, s.seekerFit ?? '', s.projectFit ?? '', s.household?.householdType ?? '', s.household?.adults ?? '', s.household?.children ?? '', r.message];
  });
  const member = c.get('member');
  const db = database(c.env.DB);
  await auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: 'contact_request.exported', entity: 'contact_request', entityId: '*', detail: { count: rows.length } });
  return csvResponse(csvRows([head, ...lines]), `anfragen-${new Date().toISOString().slice(0, 10)}.csv`);
});


inboxPages.get('/admin/inbox/:id', (c) => detailPage(c, c.req.param('id')));

inboxPages.post('/admin/inbox/:id/status', async (c) => {
  requireRole(c, 'editor');
  const { r } = await ownRequest(c, c.req.param('id'));
  const member = c.get('member');
  const body = await c.req.parseBody();
  const to = typeof body.status === 'string' ? body.status : '';
  if (!canMove(r.status, to)) return detailPage(c, r.id, { statusErrors: { status: c.get('t').inbox.invalidTransition } });
  await moveRequest(database(c.env.DB), { requestId: r.id, organizationId: member.org.id, actorId: member.user.id, from: r.status, to, now: Date.now() });
  return c.redirect(`/admin/inbox/${r.id}?notice=moved`, 303);
});

const textSchema = (max: number) => z.string().trim().min(1).max(max);

inboxPages.post('/admin/inbox/:id/notes', async (c) => {
  requireRole(c, 'editor');
  const t = c.get('t');
  const { r } = await ownRequest(c, c.req.param('id'));
  const member = c.get('member');
  const body = await c.req.parseBody();
  const raw = typeof body.note === 'string' ? body.note : '';
  const parsed = textSchema(2000).safeParse(raw);
  if (!parsed.success) return detailPage(c, r.id, { note: raw, noteErrors: { note: raw.trim() ? t.errors.tooLong(2000) : t.errors.required } });
  const db = database(c.env.DB);
  const now = Date.now();
  const id = crypto.randomUUID();
  await db.batch([
    db.insert(contactNotes).values({ id, organizationId: member.org.id, contactRequestId: r.id, authorId: member.user.id, authorName: member.user.name || member.user.email, text: parsed.data, createdAt: now }),
    auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: 'contact_request.note', entity: 'contact_request', entityId: r.id, detail: { noteId: id } }, now),
  ]);
  return c.redirect(`/admin/inbox/${r.id}?notice=note`, 303);
});

inboxPages.post('/admin/inbox/:id/reply', async (c) => {
  requireRole(c, 'editor');
  const t = c.get('t');
  const { r } = await ownRequest(c, c.req.param('id'));
  const member = c.get('member');
  const body = await c.req.parseBody();
  const raw = typeof body.reply === 'string' ? body.reply : '';
  const parsed = textSchema(MESSAGE_MAX).safeParse(raw);
  if (!parsed.success) return detailPage(c, r.id, { reply: raw, replyErrors: { reply: raw.trim() ? t.errors.tooLong(MESSAGE_MAX) : t.errors.required } });
  const db = database(c.env.DB);
  const conversation = (await loadConversation(db, r.id))!;
  const now = Date.now();
  const audit = (action: string, detail: Record<string, unknown>) =>
    auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action, entity: 'contact_request', entityId: r.id, detail }, now);
  // The message, its mail to the seeker and (for a new request) the start of the conversation, in one batch.
  const also: BatchItem<'sqlite'>[] = [audit('contact_request.replied', {})];
  if (r.status === 'new') {
    also.push(
      db.update(contactRequests).set({ status: 'in_conversation', updatedAt: now }).where(and(eq(contactRequests.id, r.id), eq(contactRequests.organizationId, member.org.id), eq(contactRequests.status, 'new'))),
      audit('contact_request.status', { from: 'new', to: 'in_conversation' }),
    );
  }
  // Sent twice (a double click, a retry), the form's own id stores and mails one message.
  const messageId = formMessageId(r.id, typeof body.messageId === 'string' ? body.messageId : undefined);
  await postMessage(db, c.env, conversation, { ...(messageId ? { id: messageId } : {}), author: 'member', authorId: member.user.id, authorName: member.user.name || member.user.email, body: parsed.data, via: 'web' }, { origin: publicOrigin(c.env, c.req.url), now, also });
  return c.redirect(`/admin/inbox/${r.id}?notice=replied#conversation`, 303);
});

inboxPages.post('/admin/inbox/:id/visits', async (c) => {
  requireRole(c, 'editor');
  const t = c.get('t');
  const { r } = await ownRequest(c, c.req.param('id'));
  const member = c.get('member');
  const body = await c.req.parseBody();
  const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const values: VisitForm = { kind: str('kind'), startsOn: str('startsOn'), endsOn: str('endsOn'), place: str('place'), notes: str('visitNotes') };
  const parsed = VisitProposalSchema.safeParse(values);
  if (!parsed.success) {
    const visitErrors: FormErrors = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'kind');
      const key = field === 'notes' ? 'visitNotes' : field;
      visitErrors[key] ??= field === 'startsOn' ? t.inbox.visits.dateError : field === 'endsOn' ? t.inbox.visits.endError : field === 'place' ? (values.place?.trim() ? t.errors.tooLong(200) : t.errors.required) : field === 'notes' ? t.errors.tooLong(1000) : t.errors.required;
    }
    return detailPage(c, r.id, { visit: values, visitErrors });
  }
  const db = database(c.env.DB);
  const now = Date.now();
  const audit = auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: 'contact_request.visit_proposed', entity: 'contact_request', entityId: r.id, detail: { kind: parsed.data.kind, from: r.status } }, now);
  await proposeVisit(db, c.env, (await loadConversation(db, r.id))!, parsed.data, { userId: member.user.id }, { origin: publicOrigin(c.env, c.req.url), now, also: [audit] });
  return c.redirect(`/admin/inbox/${r.id}?notice=visit#visits`, 303);
});

inboxPages.post('/admin/inbox/:id/visits/:visitId/outcome', async (c) => {
  requireRole(c, 'editor');
  const { r } = await ownRequest(c, c.req.param('id'));
  const body = await c.req.parseBody();
  const outcome = VisitOutcomeSchema.safeParse(body.outcome);
  if (!outcome.success) return c.redirect(`/admin/inbox/${r.id}?notice=outcome_later#visits`, 303);
  const saved = await recordOutcome(database(c.env.DB), r.id, c.req.param('visitId'), 'team', outcome.data);
  return c.redirect(`/admin/inbox/${r.id}?notice=${saved ? 'outcome' : 'outcome_later'}#visits`, 303);
});
