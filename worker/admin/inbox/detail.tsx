/** The detail of a contact request in the inbox: the message, household, both fits, the thread, visits, notes and the forms to answer. */
import { and, asc, eq } from 'drizzle-orm';
import { database } from '../../db/client';
import { contactNotes, contactRequests, listings, type ContactRequest } from '../../db/schema';
import { newFormMessageId, threadOf } from '../../conversation/thread';
import { visitsOf } from '../../conversation/visits';
import { VisitsPanel, type VisitForm } from './visits';
import { localizeReasons } from '../../matching/engine';
import { catalogueV1 } from '../../questionnaire/v1';
import { hasRole, notFound, type AdminContext } from '../context';
import { formatDateTime, type Locale } from '../../i18n';
import { ErrorSummary, Select, TextArea, type FormErrors } from '../ui/form';
import { Csrf, Page, render } from '../ui/layout';
import { NEXT } from './pipeline';

export async function ownRequest(c: AdminContext, id: string): Promise<{ r: ContactRequest; listingTitle: string; contactEmail: string | null }> {
  const orgId = c.get('member').org.id;
  const row = await database(c.env.DB)
    .select({ r: contactRequests, listingTitle: listings.title, contactEmail: listings.contactEmail })
    .from(contactRequests)
    .innerJoin(listings, eq(listings.id, contactRequests.listingId))
    .where(and(eq(contactRequests.id, id), eq(contactRequests.organizationId, orgId), eq(listings.organizationId, orgId)))
    .get();
  if (!row) throw notFound();
  return row;
}

function answerText(id: string, value: unknown, locale: Locale, t: AdminContext['var']['t']): [string, string] | null {
  const q = catalogueV1.questions.find((x) => x.id === id);
  if (!q) return null;
  const label = (q.label ?? q.projectLabel)![locale];
  const opt = (v: unknown) => q.options?.find((o) => o.value === v)?.label[locale] ?? String(v);
  const text = Array.isArray(value) ? value.map(opt).join(', ') : typeof value === 'boolean' ? (value ? t.common.yes : t.common.no) : q.options ? opt(value) : String(value);
  return [label, text];
}

const NOTICES = ['moved', 'note', 'replied', 'visit', 'outcome', 'outcome_later'] as const;

export async function detailPage(
  c: AdminContext,
  id: string,
  forms: { noteErrors?: FormErrors; note?: string; replyErrors?: FormErrors; reply?: string; statusErrors?: FormErrors; visit?: VisitForm; visitErrors?: FormErrors } = {},
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { r, listingTitle } = await ownRequest(c, id);
  const canEdit = hasRole(c.get('member').role, 'editor');
  const s = r.snapshot;
  const notes = await database(c.env.DB)
    .select()
    .from(contactNotes)
    .where(and(eq(contactNotes.organizationId, r.organizationId), eq(contactNotes.contactRequestId, r.id)))
    .orderBy(asc(contactNotes.createdAt))
    .all();
  const thread = await threadOf(database(c.env.DB), r.id);
  const visitList = await visitsOf(database(c.env.DB), r.id);
  const hh = s.household;
  const n = c.req.query('notice');
  const notice =
    n === 'moved' ? t.inbox.moved(t.inbox.statuses[r.status] ?? r.status)
    : n === 'note' ? t.inbox.noteAdded
    : n === 'replied' ? t.inbox.replied
    : n === 'visit' ? t.inbox.visits.proposed
    : n === 'outcome' ? t.inbox.visits.outcomeSaved
    : n === 'outcome_later' ? t.inbox.visits.outcomeLater
    : undefined;
  const next = NEXT[r.status];
  const errors = { ...forms.statusErrors, ...forms.noteErrors, ...forms.replyErrors, ...forms.visitErrors };
  const answers = Object.entries(s.answers ?? {})
    .map(([qid, a]) => answerText(qid, a.value, locale, t))
    .filter((x): x is [string, string] => x !== null);
  return render(
    c,
    <Page c={c} title={`${r.name} → ${listingTitle}`} section="inbox" notice={NOTICES.includes(n as never) ? notice : undefined}>
      <ErrorSummary errors={errors} t={t} />
      <p>
        <a href="/admin/inbox">{t.common.back}</a> · {t.inbox.received}: {formatDateTime(r.createdAt, locale)} · {r.email}
      </p>
      <section aria-labelledby="msg-h" class="panel" id="conversation">
        <h2 id="msg-h">{t.inbox.message}</h2>
        <p class="hint">{t.inbox.conversationHint}</p>
        <ol class="thread">
          <li class="from-seeker">
            <p class="meta">
              {r.name} · {formatDateTime(r.createdAt, locale)}
            </p>
            <p class="message">{r.message}</p>
          </li>
          {thread.map((m) => (
            <li class={m.author === 'seeker' ? 'from-seeker' : 'from-team'}>
              <p class="meta">
                {m.authorName} · {formatDateTime(m.createdAt, locale)}
                {m.via === 'email' ? ` · ${t.inbox.viaEmail}` : ''}
              </p>
              <p class="message">{m.body}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="fit-h" class="panel">
        <h2 id="fit-h">
          {t.inbox.score}: {r.score} / 100
        </h2>
        <p>{t.inbox.fitBoth(s.seekerFit ?? 0, s.projectFit ?? 0)}</p>
        <h3>{t.inbox.reasonsSeeker}</h3>
        <ul class="reasons">
          {localizeReasons(s.reasons ?? [], locale, 'team').map((x) => (
            <li>{x.text}</li>
          ))}
        </ul>
        {(s.watchOuts ?? []).length ? (
          <>
            <h3>{t.inbox.watchOuts}</h3>
            <ul class="watch-outs">
              {localizeReasons(s.watchOuts ?? [], locale, 'team').map((x) => (
                <li>{x.text}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p class="hint">
          {t.inbox.algorithm}: {r.algorithmVersion}
        </p>
      </section>
      {hh ? (
        <section aria-labelledby="hh-h" class="panel">
          <h2 id="hh-h">{t.inbox.household}</h2>
          <dl>
            <dt>{t.inbox.hh.seekerType}</dt>
            <dd>{hh.seekerType === 'group' ? t.inbox.hh.group : t.inbox.hh.household}</dd>
            {hh.adults !== null ? (
              <>
                <dt>{t.inbox.hh.adults}</dt>
                <dd>{hh.adults}</dd>
              </>
            ) : null}
            {hh.children !== null ? (
              <>
                <dt>{t.inbox.hh.children}</dt>
                <dd>{hh.children}</dd>
              </>
            ) : null}
            {hh.households !== null ? (
              <>
                <dt>{t.inbox.hh.households}</dt>
                <dd>{hh.households}</dd>
              </>
            ) : null}
          </dl>
          {answers.length ? (
            <>
              <h3>{t.inbox.sharedAnswers}</h3>
              <dl>
                {answers.map(([label, text]) => (
                  <>
                    <dt>{label}</dt>
                    <dd>{text}</dd>
                  </>
                ))}
              </dl>
            </>
          ) : null}
        </section>
      ) : null}
      <VisitsPanel c={c} requestId={r.id} visits={visitList} canEdit={canEdit} values={forms.visit} errors={forms.visitErrors} />
      <section aria-labelledby="pipe-h" class="panel">
        <h2 id="pipe-h">{t.inbox.pipeline}</h2>
        <p>
          <span class={`badge request-${r.status}`}>{t.inbox.statuses[r.status]}</span>
        </p>
        {canEdit && next.length ? (
          <form method="post" action={`/admin/inbox/${r.id}/status`} novalidate>
            <Csrf c={c} />
            <Select name="status" label={t.inbox.move} value={next[0]} options={next.map((x) => ({ value: x, label: t.inbox.statuses[x] ?? x }))} error={forms.statusErrors?.status} t={t} />
            <button type="submit">{t.inbox.move}</button>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="notes-h" class="panel">
        <h2 id="notes-h">{t.inbox.notes}</h2>
        <p class="hint">{t.inbox.notesHint}</p>
        {notes.length ? (
          <ul class="notes">
            {notes.map((x) => (
              <li>
                <p class="meta">
                  {x.authorName} · {formatDateTime(x.createdAt, locale)}
                </p>
                <p class="message">{x.text}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.inbox.noNotes}</p>
        )}
        {canEdit ? (
          <form method="post" action={`/admin/inbox/${r.id}/notes`} novalidate>
            <Csrf c={c} />
            <TextArea name="note" label={t.inbox.noteText} value={forms.note} error={forms.noteErrors?.note} rows={3} maxlength={2000} required t={t} />
            <button type="submit">{t.inbox.addNote}</button>
          </form>
        ) : null}
      </section>
      {canEdit ? (
        <section aria-labelledby="reply-h" class="panel">
          <h2 id="reply-h">{t.inbox.reply}</h2>
          <form method="post" action={`/admin/inbox/${r.id}/reply`} novalidate>
            <Csrf c={c} />
            <input type="hidden" name="messageId" value={newFormMessageId()} />
            <TextArea name="reply" label={t.inbox.replyText} value={forms.reply} error={forms.replyErrors?.reply} rows={6} maxlength={5000} required t={t} />
            <button type="submit">{t.inbox.replySend}</button>
          </form>
        </section>
      ) : null}
    </Page>,
    Object.keys(errors).length ? 422 : 200,
  );
}
