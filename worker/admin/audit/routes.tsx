/** The audit log of the organization, visible to owners. */
import { desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { database } from '../../db/client';
import { auditLog, users } from '../../db/schema';
import { requireMember, requireRole, type AdminEnv } from '../context';
import { formatDateTime } from '../../i18n';
import { Page, render } from '../ui/layout';
import { RecordTable } from '../ui/table';

export const auditPages = new Hono<AdminEnv>();
auditPages.use('/admin/audit', requireMember());

auditPages.get('/admin/audit', async (c) => {
  requireRole(c, 'owner');
  const t = c.get('t');
  const rows = await database(c.env.DB)
    .select({ a: auditLog, email: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.organizationId, c.get('member').org.id))
    .orderBy(desc(auditLog.createdAt))
    .limit(300)
    .all();
  return render(
    c,
    <Page c={c} title={t.audit.title} section="audit">
      <p>{t.audit.intro}</p>
      <RecordTable
        caption={t.audit.title}
        empty={t.audit.empty}
        columns={[t.audit.when, t.audit.who, t.audit.what, t.audit.entity]}
        rows={rows}
        row={({ a, email }) => (
          <tr>
            <td>{formatDateTime(a.createdAt, c.get('locale'))}</td>
            <td>{email ?? t.audit.system}</td>
            <td>
              <code>{a.action}</code>
              {a.detail ? <span class="detail"> {JSON.stringify(a.detail)}</span> : null}
            </td>
            <td>
              {a.entity}
              {a.entity === 'listing' ? (
                <>
                  {' '}
                  <a href={`/admin/listings/${a.entityId}`}>{a.entityId.slice(0, 8)}</a>
                </>
              ) : a.entity === 'contact_request' && a.entityId !== '*' ? (
                <>
                  {' '}
                  <a href={`/admin/inbox/${a.entityId}`}>{a.entityId.slice(0, 8)}</a>
                </>
              ) : null}
            </td>
          </tr>
        )}
      />
    </Page>,
  );
});
