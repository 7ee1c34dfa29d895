/**
 * Platform operations at /admin/operator, for the addresses in OPERATOR_EMAILS only (everyone else
 * gets 404): every organization with its state, a district search over the postcode table, creating
 * a municipality or district with its region and inviting its first owner, suspending and restoring
 * an organization, and the operator log. Each action writes its audit entry in the same batch.
 */
import { and, asc, desc, eq, like, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { invitationMail } from '../../auth/mails';
import { database } from '../../db/client';
import { auditLog, invitations, members, organizations, postcodes, users, type Organization } from '../../db/schema';
import { mailerFor } from '../../mail/mailer';
import { inviteAudit, MAX_REASON, newMunicipality, OPERATOR_ACTION, ownerInvitation, restoreAudit, suspendAudit, type NewInvitationRow, type Operator } from '../../operator/organizations';
import { publicOrigin } from '../../settings';
import { notFound, readForm, requireOperator, type AdminContext, type AdminEnv } from '../context';
import { formatDate, formatDateTime } from '../../i18n';
import { parseRegion } from '../region/routes';
import { ErrorSummary, TextArea, TextField, type FormErrors } from '../ui/form';
import { Csrf, Page, render } from '../ui/layout';

export const operatorPages = new Hono<AdminEnv>();
operatorPages.use('/admin/operator', requireOperator());
operatorPages.use('/admin/operator/*', requireOperator());

const operatorOf = (c: AdminContext): Operator => ({ userId: c.var.signedIn!.user.id, email: c.var.signedIn!.user.email });
const str = (v: unknown) => (typeof v === 'string' ? v : '');

interface CreateRaw {
  name: string;
  website: string;
  districts: string;
  postcodes: string;
  owner: string;
}
const emptyCreate: CreateRaw = { name: '', website: '', districts: '', postcodes: '', owner: '' };

async function districtSearch(c: AdminContext, q: string) {
  const term = q.trim().slice(0, 60);
  if (!term) return [];
  const db = database(c.env.DB);
  const byKey = /^\d{1,5}$/.test(term);
  return db
    .select({ key: postcodes.districtKey, name: postcodes.districtName, state: postcodes.state, n: sql<number>`count(*)` })
    .from(postcodes)
    .where(byKey ? like(postcodes.districtKey, `${term}%`) : sql`${postcodes.districtName} LIKE ${`%${term.replace(/[%_\\]/g, (m) => `\\${m}`)}%`} ESCAPE '\\'`)
    .groupBy(postcodes.districtKey)
    .orderBy(asc(postcodes.districtName))
    .limit(30)
    .all();
}

async function overview(c: AdminContext, create: { raw: CreateRaw; errors: FormErrors } = { raw: emptyCreate, errors: {} }) {
  const t = c.get('t');
  const O = t.operator;
  const locale = c.get('locale');
  const q = str(c.req.query('q'));
  const found = q ? await districtSearch(c, q) : [];
  const filter = str(c.req.query('name')).trim().slice(0, 120);
  const db = database(c.env.DB);
  const orgs = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      keys: organizations.regionDistrictKeys,
      codes: organizations.regionPostcodes,
      suspendedAt: organizations.suspendedAt,
      createdAt: organizations.createdAt,
      members: sql<number>`(SELECT count(*) FROM members m WHERE m.organization_id = ${organizations.id})`,
      listings: sql<number>`(SELECT count(*) FROM listings l WHERE l.organization_id = ${organizations.id} AND l.status = 'published')`,
    })
    .from(organizations)
    .where(filter ? like(organizations.name, `%${filter.replace(/[%_]/g, '')}%`) : undefined)
    .orderBy(asc(organizations.kind), asc(organizations.name))
    .limit(500)
    .all();
  const notice = c.req.query('notice') === 'created' ? O.created(str(c.req.query('org')), str(c.req.query('email'))) : undefined;
  return render(
    c,
    <Page c={c} title={O.title} section="operator" notice={notice}>
      <ErrorSummary errors={create.errors} t={t} />
      <p>{O.intro}</p>
      <p>
        <a href="/admin/operator/audit">{O.audit}</a> · <a href="/admin/operator/outbox">{O.outbox.title}</a>
      </p>
      <section aria-labelledby="orgs-h">
        <h2 id="orgs-h">{O.organizations}</h2>
        <form method="get" action="/admin/operator" class="inline">
          <label for="f-name-filter">{O.filter}</label> <input id="f-name-filter" name="name" value={filter} maxlength={120} /> <button type="submit">{O.filterSubmit}</button>
        </form>
        {orgs.length === 0 ? (
          <p>{O.none}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{O.organizations}</caption>
              <thead>
                <tr>
                  <th scope="col">{O.col.name}</th>
                  <th scope="col">{O.col.kind}</th>
                  <th scope="col">{O.col.region}</th>
                  <th scope="col">{O.col.members}</th>
                  <th scope="col">{O.col.listings}</th>
                  <th scope="col">{O.col.state}</th>
                  <th scope="col">{O.col.created}</th>
                </tr>
              </thead>
              <tbody>
                {orgs.map((o) => (
                  <tr>
                    <th scope="row">
                      <a href={`/admin/operator/organizations/${o.id}`}>{o.name}</a>
                    </th>
                    <td>{O.kind[o.kind]}</td>
                    <td>{[...o.keys, ...o.codes].join(', ') || t.common.none}</td>
                    <td>{o.members}</td>
                    <td>{o.listings}</td>
                    <td>{o.suspendedAt ? O.suspendedState(formatDate(o.suspendedAt, locale)) : O.active}</td>
                    <td>{formatDate(o.createdAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="search-h" class="panel">
        <h2 id="search-h">{O.searchTitle}</h2>
        <form method="get" action="/admin/operator#search-h">
          <TextField t={t} name="q" label={O.search} value={q} maxlength={60} autocomplete="off" />
          <button type="submit">{O.searchSubmit}</button>
        </form>
        {q && found.length === 0 ? <p role="status">{O.searchNone(q)}</p> : null}
        {found.length ? (
          <div class="table-wrap" role="status">
            <table>
              <caption class="visually-hidden">{O.searchTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{O.searchCol.name}</th>
                  <th scope="col">{O.searchCol.key}</th>
                  <th scope="col">{O.searchCol.state}</th>
                  <th scope="col">{O.searchCol.postcodes}</th>
                </tr>
              </thead>
              <tbody>
                {found.map((d) => (
                  <tr>
                    <th scope="row">{d.name}</th>
                    <td>
                      <code>{d.key}</code>
                    </td>
                    <td>{d.state}</td>
                    <td>{d.n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="create-h" class="panel">
        <h2 id="create-h">{O.createTitle}</h2>
        <p>{O.createIntro}</p>
        <form method="post" action="/admin/operator/municipalities" novalidate>
          <Csrf c={c} />
          <TextField t={t} name="name" label={O.name} hint={O.nameHint} value={create.raw.name} error={create.errors.name} required maxlength={120} />
          <TextField t={t} name="website" type="url" label={O.website} value={create.raw.website} error={create.errors.website} />
          <TextField t={t} name="districts" label={O.districts} hint={O.districtsHint} value={create.raw.districts} error={create.errors.districts} autocomplete="off" />
          <TextField t={t} name="postcodes" label={O.postcodes} hint={O.postcodesHint} value={create.raw.postcodes} error={create.errors.postcodes} autocomplete="off" />
          <TextField t={t} name="owner" type="email" label={O.owner} value={create.raw.owner} error={create.errors.owner} required autocomplete="off" />
          <button type="submit">{O.create}</button>
        </form>
      </section>
    </Page>,
    Object.keys(create.errors).length ? 422 : 200,
  );
}

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

async function organizationOf(c: AdminContext, id: string): Promise<Organization> {
  const org = await database(c.env.DB).select().from(organizations).where(eq(organizations.id, id)).get();
  if (!org) throw notFound();
  return org;
}

async function detail(c: AdminContext, org: Organization, form: { reason?: string; email?: string; errors?: FormErrors } = {}) {
  const t = c.get('t');
  const O = t.operator;
  const locale = c.get('locale');
  const db = database(c.env.DB);
  const [team, open] = await Promise.all([
    db.select({ email: users.email, role: members.role }).from(members).innerJoin(users, eq(users.id, members.userId)).where(eq(members.organizationId, org.id)).orderBy(asc(users.email)).all(),
    db.select({ email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt }).from(invitations).where(and(eq(invitations.organizationId, org.id), eq(invitations.status, 'pending'))).all(),
  ]);
  const errors = form.errors ?? {};
  const n = c.req.query('notice');
  const notice = n === 'suspended' ? O.suspended : n === 'restored' ? O.restored : n === 'invited' ? O.invited(str(c.req.query('email'))) : undefined;
  return render(
    c,
    <Page c={c} title={org.name} section="operator" notice={notice}>
      <ErrorSummary errors={errors} t={t} />
      <p>
        <a href="/admin/operator">{O.title}</a>
      </p>
      <dl class="facts">
        <dt>{O.col.kind}</dt>
        <dd>{O.kind[org.kind]}</dd>
        <dt>{O.region}</dt>
        <dd>{[...org.regionDistrictKeys, ...org.regionPostcodes].join(', ') || O.noRegion}</dd>
        <dt>{O.col.state}</dt>
        <dd>{org.suspendedAt ? `${O.suspendedState(formatDate(org.suspendedAt, locale))}: ${org.suspensionReason ?? ''}` : O.active}</dd>
        <dt>{O.col.created}</dt>
        <dd>{formatDate(org.createdAt, locale)}</dd>
      </dl>
      <section aria-labelledby="team-h">
        <h2 id="team-h">{O.detailMembers}</h2>
        {team.length ? (
          <ul>
            {team.map((m) => (
              <li>
                {m.email} ({t.common.role[m.role] ?? m.role})
              </li>
            ))}
          </ul>
        ) : (
          <p>{O.noMembers}</p>
        )}
        {open.length ? (
          <>
            <h3>{O.detailInvitations}</h3>
            <ul>
              {open.map((i) => (
                <li>
                  {i.email} ({t.common.role[i.role] ?? i.role}, {t.members.expires} {formatDate(i.expiresAt.getTime(), locale)})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="invite-h" class="panel">
        <h2 id="invite-h">{O.inviteTitle}</h2>
        <form method="post" action={`/admin/operator/organizations/${org.id}/invite`} novalidate>
          <Csrf c={c} />
          <TextField t={t} name="email" type="email" label={O.owner} value={form.email} error={errors.email} required autocomplete="off" />
          <button type="submit">{O.invite}</button>
        </form>
      </section>
      {org.suspendedAt ? (
        <section aria-labelledby="restore-h" class="panel">
          <h2 id="restore-h">{O.restoreTitle}</h2>
          <form method="post" action={`/admin/operator/organizations/${org.id}/restore`}>
            <Csrf c={c} />
            <button type="submit">{O.restore}</button>
          </form>
        </section>
      ) : (
        <section aria-labelledby="suspend-h" class="panel">
          <h2 id="suspend-h">{O.suspendTitle}</h2>
          <p>{O.suspendIntro}</p>
          <form method="post" action={`/admin/operator/organizations/${org.id}/suspend`} novalidate>
            <Csrf c={c} />
            <TextArea t={t} name="reason" label={O.reason} value={form.reason} error={errors.reason} required rows={3} maxlength={MAX_REASON} />
            <button type="submit" class="danger">
              {O.suspend}
            </button>
          </form>
        </section>
      )}
    </Page>,
    Object.keys(errors).length ? 422 : 200,
  );
}

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
      {rows.length === 0 ? (
        <p>{O.auditEmpty}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{O.audit}</caption>
            <thead>
              <tr>
                <th scope="col">{t.audit.when}</th>
                <th scope="col">{t.audit.who}</th>
                <th scope="col">{t.audit.what}</th>
                <th scope="col">{O.col.name}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
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
              })}
            </tbody>
          </table>
        </div>
      )}
    </Page>,
  );
});
