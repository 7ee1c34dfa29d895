/**
 * `/admin/operator/outbox`: mail that could not be delivered (failed for good, or still retrying
 * after an error), for the operators only. A failed mail can be sent again, once: it goes back to
 * the queue as pending, and the audit log says who did it.
 * @example
 * admin.route('/', operatorOutbox);
 */
import { and, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { Hono } from 'hono';
import { auditInsert } from '../../audit/log';
import { database } from '../../db/client';
import { outbox } from '../../db/schema';
import { formatDateTime } from '../../i18n';
import { OPERATOR_ACTION } from '../../operator/organizations';
import { enqueue } from '../../outbox/outbox';
import { notFound, readForm, requireOperator, type AdminEnv } from '../context';
import { Page, PostButton, render } from '../ui/layout';
import { RecordTable } from '../ui/table';

/** Audit entries about the platform itself (not one organization's) carry this organization id. */
const PLATFORM = 'platform';

export const operatorOutbox = new Hono<AdminEnv>();
operatorOutbox.use('/admin/operator/outbox', requireOperator());
operatorOutbox.use('/admin/operator/outbox/*', requireOperator());

operatorOutbox.get('/admin/operator/outbox', async (c) => {
  const t = c.get('t');
  const O = t.operator.outbox;
  const rows = await database(c.env.DB)
    .select({ id: outbox.id, kind: outbox.kind, to: outbox.to, subject: outbox.subject, state: outbox.state, attempts: outbox.attempts, lastError: outbox.lastError, createdAt: outbox.createdAt })
    .from(outbox)
    .where(or(eq(outbox.state, 'failed'), and(inArray(outbox.state, ['pending', 'sending']), isNotNull(outbox.lastError))))
    .orderBy(desc(outbox.createdAt))
    .limit(200)
    .all();
  return render(
    c,
    <Page c={c} title={O.title} section="operator" notice={c.req.query('notice') === 'resent' ? O.resent : undefined}>
      <p>
        <a href="/admin/operator">{t.common.back}</a>
      </p>
      <p>{O.intro}</p>
      <RecordTable
        caption={O.title}
        empty={O.none}
        columns={[O.col.created, O.col.to, O.col.subject, O.col.state, O.col.error, O.col.action]}
        rows={rows}
        row={(r) => (
          <tr>
            <td>{formatDateTime(r.createdAt, c.get('locale'))}</td>
            <td>{r.to}</td>
            <td>{r.subject}</td>
            <td>{`${O.states[r.state] ?? r.state} (${O.attempts(r.attempts)})`}</td>
            <td>{r.lastError ?? ''}</td>
            <td>
              {r.state === 'failed' ? (
                <PostButton c={c} action={`/admin/operator/outbox/${r.id}/resend`}>{O.resend(r.to)}</PostButton>
              ) : null}
            </td>
          </tr>
        )}
      />
    </Page>,
  );
});

operatorOutbox.post('/admin/operator/outbox/:id/resend', async (c) => {
  await readForm(c);
  const db = database(c.env.DB);
  const id = c.req.param('id');
  const now = Date.now();
  const [updated] = await db.batch([
    db.update(outbox).set({ state: 'pending', nextAt: now, claimedAt: null }).where(and(eq(outbox.id, id), eq(outbox.state, 'failed'))).returning({ id: outbox.id, kind: outbox.kind }),
  ]);
  if (!updated.length) throw notFound();
  await auditInsert(db, { organizationId: PLATFORM, actorId: c.var.signedIn!.user.id, action: `${OPERATOR_ACTION}mail_resent`, entity: 'outbox', entityId: id, detail: { operator: c.var.signedIn!.user.email, kind: updated[0]!.kind } }, now);
  await enqueue(c.env, [id]);
  return c.redirect('/admin/operator/outbox?notice=resent', 303);
});
