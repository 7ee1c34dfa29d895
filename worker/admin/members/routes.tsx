/** The team: members with roles, invitations by email (owners only), role changes and removal. */
import { and, asc, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { authFor } from '../../auth/auth';
import { database } from '../../db/client';
import { invitations, MEMBER_ROLES, members, users, type MemberRole } from '../../db/schema';
import { audit } from '../../audit/log';
import { notFound, requireMember, requireRole, type AdminContext, type AdminEnv } from '../context';
import { formatDate } from '../../i18n';
import { ErrorSummary, Select, TextField, type FormErrors } from '../ui/form';
import { Csrf, Page, PostButton, render } from '../ui/layout';

export const memberPages = new Hono<AdminEnv>();
memberPages.use('/admin/members', requireMember());
memberPages.use('/admin/members/*', requireMember());

async function teamPage(c: AdminContext, invite: { email?: string; role?: string; errors?: FormErrors } = {}, rowErrors: FormErrors = {}) {
  const t = c.get('t');
  const member = c.get('member');
  const isOwner = member.role === 'owner';
  const db = database(c.env.DB);
  const team = await db
    .select({ id: members.id, userId: members.userId, role: members.role, createdAt: members.createdAt, name: users.name, email: users.email })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, member.org.id))
    .orderBy(asc(users.email))
    .all();
  const pending = isOwner
    ? (await db.select().from(invitations).where(and(eq(invitations.organizationId, member.org.id), eq(invitations.status, 'pending'))).orderBy(desc(invitations.createdAt)).all()).filter((i) => i.expiresAt.getTime() > Date.now())
    : [];
  const roleOptions = MEMBER_ROLES.map((r) => ({ value: r, label: t.common.role[r] ?? r }));
  const n = c.req.query('notice');
  const notice = n === 'invited' ? t.members.invited(c.req.query('email') ?? '') : n === 'cancelled' ? t.members.cancelled : n === 'role' ? t.members.roleChanged : n === 'removed' ? t.members.removed : undefined;
  const errors = { ...invite.errors, ...rowErrors };
  return render(
    c,
    <Page c={c} title={t.members.title} section="members" notice={notice}>
      <ErrorSummary errors={errors} t={t} />
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t.members.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.members.email}</th>
              <th scope="col">{t.members.role}</th>
              <th scope="col">{t.members.since}</th>
              {isOwner ? <th scope="col">{t.common.actions}</th> : null}
            </tr>
          </thead>
          <tbody>
            {team.map((m) => (
              <tr>
                <th scope="row">
                  {m.name ? `${m.name} · ` : ''}
                  {m.email} {m.userId === member.user.id ? t.members.you : ''}
                </th>
                <td>{t.common.role[m.role] ?? m.role}</td>
                <td>{formatDate(m.createdAt.getTime(), c.get('locale'))}</td>
                {isOwner ? (
                  <td>
                    <form method="post" action={`/admin/members/${m.id}/role`} class="inline">
                      <Csrf c={c} />
                      <Select name="role" idName={`role-${m.id}`} label={`${t.members.changeRole}: ${m.email}`} value={m.role} options={roleOptions} error={rowErrors[`role-${m.id}`]} t={t} />
                      <button type="submit">{t.members.changeRole}</button>
                    </form>
                    <PostButton c={c} action={`/admin/members/${m.id}/remove`} inline variant="secondary">
                      {t.members.remove}
                      <span class="visually-hidden">: {m.email}</span>
                    </PostButton>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isOwner ? (
        <>
          {pending.length ? (
            <section aria-labelledby="pending-h">
              <h2 id="pending-h">{t.members.pending}</h2>
              <ul>
                {pending.map((i) => (
                  <li>
                    {i.email} · {t.common.role[i.role] ?? i.role} · {t.members.expires} {formatDate(i.expiresAt.getTime(), c.get('locale'))}{' '}
                    <PostButton c={c} action={`/admin/members/invitations/${i.id}/cancel`} inline variant="secondary">
                      {t.members.cancel}
                      <span class="visually-hidden">: {i.email}</span>
                    </PostButton>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="invite-h">
            <h2 id="invite-h">{t.members.invite}</h2>
            <form method="post" action="/admin/members/invite" novalidate>
              <Csrf c={c} />
              <TextField name="email" type="email" label={t.members.email} value={invite.email} error={invite.errors?.email} required autocomplete="off" t={t} />
              <Select name="role" label={t.members.role} value={invite.role ?? 'editor'} options={roleOptions} error={invite.errors?.role} t={t} />
              <button type="submit">{t.members.inviteSubmit}</button>
            </form>
          </section>
        </>
      ) : null}
    </Page>,
    Object.keys(errors).length ? 422 : 200,
  );
}

memberPages.get('/admin/members', (c) => teamPage(c));

const isRole = (r: unknown): r is MemberRole => typeof r === 'string' && (MEMBER_ROLES as readonly string[]).includes(r);

memberPages.post('/admin/members/invite', async (c) => {
  requireRole(c, 'owner');
  const t = c.get('t');
  const member = c.get('member');
  const body = await c.req.parseBody();
  const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
  const role = body.role;
  const errors: FormErrors = {};
  if (!email) errors.email = t.errors.required;
  else if (!z.email().max(254).safeParse(email).success) errors.email = t.errors.email;
  if (!isRole(role)) errors.role = t.errors.choose;
  if (!errors.email) {
    const existing = await database(c.env.DB)
      .select({ id: members.id })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(and(eq(members.organizationId, member.org.id), eq(users.email, email)))
      .get();
    if (existing) errors.email = t.members.alreadyMember;
  }
  if (Object.keys(errors).length || !isRole(role)) return teamPage(c, { email, role: String(role ?? ''), errors });
  const inv = await authFor(c.env, c.req.url).api.createInvitation({ body: { email, role, organizationId: member.org.id, resend: true }, headers: c.req.raw.headers });
  await audit(database(c.env.DB), { organizationId: member.org.id, actorId: member.user.id, action: 'invitation.created', entity: 'invitation', entityId: inv.id, detail: { email, role } });
  return c.redirect(`/admin/members?notice=invited&email=${encodeURIComponent(email)}`, 303);
});

memberPages.post('/admin/members/invitations/:id/cancel', async (c) => {
  requireRole(c, 'owner');
  const member = c.get('member');
  const inv = await database(c.env.DB)
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, c.req.param('id')), eq(invitations.organizationId, member.org.id)))
    .get();
  if (!inv) throw notFound();
  await authFor(c.env, c.req.url).api.cancelInvitation({ body: { invitationId: inv.id }, headers: c.req.raw.headers });
  await audit(database(c.env.DB), { organizationId: member.org.id, actorId: member.user.id, action: 'invitation.cancelled', entity: 'invitation', entityId: inv.id, detail: { email: inv.email } });
  return c.redirect('/admin/members?notice=cancelled', 303);
});

async function ownMember(c: AdminContext, id: string) {
  const row = await database(c.env.DB)
    .select({ id: members.id, userId: members.userId, role: members.role, email: users.email })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.id, id), eq(members.organizationId, c.get('member').org.id)))
    .get();
  if (!row) throw notFound();
  return row;
}

async function ownerCount(c: AdminContext): Promise<number> {
  const rows = await database(c.env.DB).select({ id: members.id }).from(members).where(and(eq(members.organizationId, c.get('member').org.id), eq(members.role, 'owner'))).all();
  return rows.length;
}

memberPages.post('/admin/members/:id/role', async (c) => {
  requireRole(c, 'owner');
  const t = c.get('t');
  const member = c.get('member');
  const target = await ownMember(c, c.req.param('id'));
  const body = await c.req.parseBody();
  const role = body.role;
  if (!isRole(role)) return teamPage(c, {}, { [`role-${target.id}`]: t.errors.choose });
  if (target.role === 'owner' && role !== 'owner' && (await ownerCount(c)) <= 1) return teamPage(c, {}, { [`role-${target.id}`]: t.members.lastOwner });
  await authFor(c.env, c.req.url).api.updateMemberRole({ body: { memberId: target.id, role, organizationId: member.org.id }, headers: c.req.raw.headers });
  await audit(database(c.env.DB), { organizationId: member.org.id, actorId: member.user.id, action: 'member.role', entity: 'member', entityId: target.id, detail: { email: target.email, from: target.role, to: role } });
  return c.redirect('/admin/members?notice=role', 303);
});

memberPages.post('/admin/members/:id/remove', async (c) => {
  requireRole(c, 'owner');
  const t = c.get('t');
  const member = c.get('member');
  const target = await ownMember(c, c.req.param('id'));
  if (target.role === 'owner' && (await ownerCount(c)) <= 1) return teamPage(c, {}, { [`role-${target.id}`]: t.members.lastOwner });
  await authFor(c.env, c.req.url).api.removeMember({ body: { memberIdOrEmail: target.id, organizationId: member.org.id }, headers: c.req.raw.headers });
  await audit(database(c.env.DB), { organizationId: member.org.id, actorId: member.user.id, action: 'member.removed', entity: 'member', entityId: target.id, detail: { email: target.email } });
  return c.redirect('/admin/members?notice=removed', 303);
});
