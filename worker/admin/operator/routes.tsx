/**
 * Platform operations at /admin/operator, for the addresses in OPERATOR_EMAILS only (everyone else
 * gets 404): every organization with its state, a district search over the postcode table, creating
 * a municipality or district with its region and inviting its first owner, suspending and restoring
 * an organization, and the operator log. Each action writes its audit entry in the same batch.
 */
import { and, desc, eq, like } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { invitationMail } from '../../auth/mails';
import { database } from '../../db/client';
import { auditLog, invitations, organizations, postcodes, users, type Organization } from '../../db/schema';
import { mailerFor } from '../../mail/mailer';
import { inviteAudit, MAX_REASON, newMunicipality, OPERATOR_ACTION, ownerInvitation, restoreAudit, suspendAudit, type NewInvitationRow, type Operator } from '../../operator/organizations';
import { publicOrigin } from '../../settings';
import { readForm, requireOperator, type AdminContext, type AdminEnv } from '../context';
import { formatDateTime } from '../../i18n';
import { parseRegion } from '../region/routes';
import { type FormErrors } from '../ui/form';
import { Page, render } from '../ui/layout';
import { RecordTable } from '../ui/table';
import { type CreateRaw, overview, organizationOf, detail } from './pages';

export const operatorPages = new Hono<AdminEnv>();
operatorPages.use('/admin/operator', requireOperator());
operatorPages.use('/admin/operator/*', requireOperator());

const operatorOf = (c: AdminContext): Operator => ({ userId: c.var.signedIn!.user.id, email: c.var.signedIn!.user.email });
const str = (v: unknown) => (typeof v === 'string' ? v : '');

operatorPages.get('/admin/operator', (c) => overview(c));

const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
const nameSchema = z.string().trim().min(2).max(120);
const websiteSchema = z.union([z.literal(''), z.url({ protocol: /^https$/ }).max(300)]);

/** Sends the invitation mail in the invitee's language (their account's, else the operator's). */
async function sendInvitation(c: AdminContext, org: Pick<Organization, 'name'>, invitation: NewInvitationRow) {
  const db = database(c.env.DB);
  const known = await db.select({ locale: users.locale }).from(users).where(eq(users.email, invitation.email)).get();
  const link = `${publicOrigin(c.env, c.req.url)}/admin/invitations/${invitation.id}`;
  await mailerFor(c.env).send(invitationMail(invitation.email, org.name, c.var.signedIn!.user.email, 'owner', link, known?.locale ?? c.get('locale')));
}

operatorPages.post('/admin/operator/municipalities', async (c) => {
  const t = c.get('t');
  const body = await readForm(c);
  const raw: CreateRaw = { name: str(body.name), website: str(body.website).trim(), districts: str(body.districts), postcodes: str(body.postcodes), owner: str(body.owner) };
  const errors: FormErrors = {};
  const name = nameSchema.safeParse(raw.name);
  if (!name.success) errors.name = raw.name.trim() ? (raw.name.trim().length < 2 ? t.errors.tooShort(2) : t.errors.tooLong(120)) : t.errors.required;
  if (!websiteSchema.safeParse(raw.website).success) errors.website = t.errors.url;
  const db = database(c.env.DB);
  const region = await parseRegion(db, raw, t);
  if (!region.ok) Object.assign(errors, region.errors);
  const owner = emailSchema.safeParse(raw.owner);
  if (!owner.success) errors.owner = raw.owner.trim() ? t.errors.email : t.errors.required;
  if (!name.success || !owner.success || !region.ok || Object.keys(errors).length) return overview(c, { raw, errors });
  const rows = newMunicipality({ name: name.data, website: raw.website || null, districtKeys: region.districtKeys, postcodes: region.postcodes, ownerEmail: owner.data }, operatorOf(c), Date.now());
  await db.batch([db.insert(organizations).values(rows.organization), db.insert(invitations).values(rows.invitation), db.insert(auditLog).values(rows.audit)]);
  // The organization stands even if the mail fails: the owner also finds the invitation after signing in.
  try {
    await sendInvitation(c, rows.organization, rows.invitation);
  } catch (err) {
    console.error(JSON.stringify({ requestId: c.get('requestId'), mailError: String(err) }));
  }
  return c.redirect(`/admin/operator?${new URLSearchParams({ notice: 'created', org: rows.organization.name, email: rows.invitation.email })}`, 303);
});

operatorPages.get('/admin/operator/organizations/:id', async (c) => detail(c, await organizationOf(c, c.req.param('id'))));

operatorPages.post('/admin/operator/organizations/:id/suspend', async (c) => {
  const org = await organizationOf(c, c.req.param('id'));
  const body = await readForm(c);
  const raw = str(body.reason);
  const reason = z.string().trim().min(1).max(MAX_REASON).safeParse(raw);
  if (!reason.success) return detail(c, org, { reason: raw, errors: { reason: raw.trim() ? c.get('t').errors.tooLong(MAX_REASON) : c.get('t').operator.errors.reason } });
  const now = Date.now();
  const db = database(c.env.DB);
  await db.batch([
    db.update(organizations).set({ suspendedAt: now, suspensionReason: reason.data }).where(eq(organizations.id, org.id)),
    db.insert(auditLog).values(suspendAudit(org.id, reason.data, operatorOf(c), now)),
  ]);
  return c.redirect(`/admin/operator/organizations/${org.id}?notice=suspended`, 303);
});

operatorPages.post('/admin/operator/organizations/:id/restore', async (c) => {
  const org = await organizationOf(c, c.req.param('id'));
  const now = Date.now();
  const db = database(c.env.DB);
  await db.batch([
    db.update(organizations).set({ suspendedAt: null, suspensionReason: null }).where(eq(organizations.id, org.id)),
    db.insert(auditLog).values(restoreAudit(org.id, operatorOf(c), now)),
  ]);
  return c.redirect(`/admin/operator/organizations/${org.id}?notice=restored`, 303);
});

operatorPages.post('/admin/operator/organizations/:id/invite', async (c) => {
  const org = await organizationOf(c, c.req.param('id'));
  const body = await readForm(c);
  const raw = str(body.email);
  const email = emailSchema.safeParse(raw);
  if (!email.success) return detail(c, org, { email: raw, errors: { email: raw.trim() ? c.get('t').errors.email : c.get('t').errors.required } });
  const now = Date.now();
  const invitation = ownerInvitation(org.id, email.data, operatorOf(c), now);
  const db = database(c.env.DB);
  await db.batch([
    // As better-auth does on a re-invite: an older open invitation of the address is cancelled.
    db.update(invitations).set({ status: 'canceled' }).where(and(eq(invitations.organizationId, org.id), eq(invitations.email, invitation.email), eq(invitations.status, 'pending'))),
    db.insert(invitations).values(invitation),
    db.insert(auditLog).values(inviteAudit(org.id, invitation.email, operatorOf(c), now)),
  ]);
  try {
    await sendInvitation(c, org, invitation);
  } catch (err) {
    console.error(JSON.stringify({ requestId: c.get('requestId'), mailError: String(err) }));
  }
  return c.redirect(`/admin/operator/organizations/${org.id}?${new URLSearchParams({ notice: 'invited', email: invitation.email })}`, 303);
});

operatorPages.get('/admin/operator/audit', async (c) => {
  const t = c.get('t');
  const O = t.operator;
  const rows = await database(c.env.DB)
    .select({ action: auditLog.action, detail: auditLog.detail, createdAt: auditLog.createdAt, organizationId: auditLog.organizationId, org: organizations.name })
    .from(auditLog)
    .leftJoin(organizations, eq(organizations.id, auditLog.organizationId))
    .where(like(auditLog.action, `${OPERATOR_ACTION}%`))
    .orderBy(desc(auditLog.createdAt))
    .limit(500)
    .all();
  return render(
    c,
    <Page c={c} title={O.audit} section="operator">
      <p>{O.auditIntro}</p>
      <RecordTable
        caption={O.audit}
        empty={O.auditEmpty}
        columns={[t.audit.when, t.audit.who, t.audit.what, O.col.name]}
        rows={rows}
        row={(r) => {
          const d = (r.detail ?? {}) as Record<string, unknown>;
          const what = O.actions[r.action.slice(OPERATOR_ACTION.length)] ?? r.action;
          return (
            <tr>
              <td>{formatDateTime(r.createdAt, c.get('locale'))}</td>
              <td>{String(d.operator ?? t.audit.system)}</td>
              <td>
                {what}
                {typeof d.email === 'string' ? `: ${d.email}` : ''}
                {typeof d.reason === 'string' ? `: ${d.reason}` : ''}
              </td>
              <td>
                <a href={`/admin/operator/organizations/${r.organizationId}`}>{r.org ?? r.organizationId}</a>
              </td>
            </tr>
          );
        }}
      />
    </Page>,
  );
});
