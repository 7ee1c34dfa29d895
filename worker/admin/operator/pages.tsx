/** The operator's pages: every organization with the district search and the create form, and one organization's detail. */
import { and, asc, eq, like, sql } from 'drizzle-orm';
import { database } from '../../db/client';
import { invitations, members, organizations, postcodes, users, type Organization } from '../../db/schema';
import { MAX_REASON } from '../../operator/organizations';
import { notFound, type AdminContext } from '../context';
import { formatDate } from '../../i18n';
import { ErrorSummary, TextArea, TextField, type FormErrors } from '../ui/form';
import { Csrf, Page, PostButton, render } from '../ui/layout';
import { RecordTable } from '../ui/table';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export interface CreateRaw {
  name: string;
  website: string;
  districts: string;
  postcodes: string;
  owner: string;
}
export const emptyCreate: CreateRaw = { name: '', website: '', districts: '', postcodes: '', owner: '' };

export async function districtSearch(c: AdminContext, q: string) {
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

export async function overview(c: AdminContext, create: { raw: CreateRaw; errors: FormErrors } = { raw: emptyCreate, errors: {} }) {
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
        <RecordTable
          caption={O.organizations}
          empty={O.none}
          columns={[O.col.name, O.col.kind, O.col.region, O.col.members, O.col.listings, O.col.state, O.col.created]}
          rows={orgs}
          row={(o) => (
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
          )}
        />
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


export async function organizationOf(c: AdminContext, id: string): Promise<Organization> {
  const org = await database(c.env.DB).select().from(organizations).where(eq(organizations.id, id)).get();
  if (!org) throw notFound();
  return org;
}

export async function detail(c: AdminContext, org: Organization, form: { reason?: string; email?: string; errors?: FormErrors } = {}) {
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
          <PostButton c={c} action={`/admin/operator/organizations/${org.id}/restore`}>{O.restore}</PostButton>
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

