/**
 * The municipality's local advice offices (`/admin/advice`): list, add, edit, remove. They show on
 * the guide pages reached from the municipality's embeds and in the embeds' config. Municipalities
 * only (provider organizations get 404, like the region); owners and editors write, viewers read.
 * Every change is audited in the same batch as the change.
 */
import { and, count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { auditInsert } from '../../audit/log';
import { database } from '../../db/client';
import { adviceOffices, type AdviceOffice } from '../../db/schema';
import { adviceOfficesOf, MAX_ADVICE_OFFICES } from '../../guide/advice';
import { guideOverviewHref } from '../../guide/links';
import { messages } from '../../i18n';
import { hasRole, notFound, readForm, requireMember, requireRole, type AdminContext, type AdminEnv } from '../context';
import { ownMunicipality } from '../region/routes';
import type { FormErrors } from '../ui/form';
import { Page, render } from '../ui/layout';
import { emptyAdviceRaw, parseAdviceForm, rawFromBody, rawFromOffice, type RawAdviceForm } from './form';
import { OfficeForm, OfficeTable } from './views';

export const advicePages = new Hono<AdminEnv>();
advicePages.use('/admin/advice', requireMember());
advicePages.use('/admin/advice/*', requireMember());

const texts = (c: AdminContext) => messages(c.get('locale')).guide.admin;
const NOTICES = ['created', 'updated', 'deleted'] as const;
const statusOf = (errors: FormErrors) => (Object.keys(errors).length ? 400 : 200);

/** An office of the member's municipality, or 404 (another tenant's id looks like a missing one). */
async function ownOffice(c: AdminContext, id: string): Promise<AdviceOffice> {
  const org = await ownMunicipality(c);
  const row = await database(c.env.DB).select().from(adviceOffices).where(and(eq(adviceOffices.id, id), eq(adviceOffices.organizationId, org.id))).get();
  if (!row) throw notFound();
  return row;
}

advicePages.get('/admin/advice', async (c) => {
  const org = await ownMunicipality(c);
  const t = texts(c);
  const canEdit = hasRole(c.get('member').role, 'editor');
  const offices = await adviceOfficesOf(database(c.env.DB), org.id);
  const n = c.req.query('notice') as (typeof NOTICES)[number];
  return render(
    c,
    <Page c={c} title={t.title} section="advice" notice={NOTICES.includes(n) ? t[n] : undefined}>
      <p>{t.intro}</p>
      <p>
        <a href={guideOverviewHref({ locale: c.get('locale') })}>{t.guideHint}</a>
      </p>
      {canEdit ? (
        <p>
          <a class="button" href="/admin/advice/new">
            {t.add}
          </a>
        </p>
      ) : (
        <p class="hint">{t.readOnly}</p>
      )}
      {offices.length ? <OfficeTable c={c} offices={offices} canEdit={canEdit} /> : <p>{t.empty}</p>}
    </Page>,
  );
});

function formPage(c: AdminContext, title: string, raw: RawAdviceForm, action: string, errors: FormErrors = {}) {
  const t = texts(c);
  return render(
    c,
    <Page c={c} title={title} section="advice">
      <OfficeForm c={c} raw={raw} errors={errors} action={action} />
      <p>
        <a href="/admin/advice">{t.back}</a>
      </p>
    </Page>,
    statusOf(errors),
  );
}

advicePages.get('/admin/advice/new', async (c) => {
  await ownMunicipality(c);
  requireRole(c, 'editor');
  return formPage(c, texts(c).createTitle, emptyAdviceRaw(), '/admin/advice');
});

advicePages.post('/admin/advice', async (c) => {
  const org = await ownMunicipality(c);
  requireRole(c, 'editor');
  const t = texts(c);
  const db = database(c.env.DB);
  const raw = rawFromBody(await readForm(c));
  const parsed = parseAdviceForm(raw, t);
  if (!parsed.ok) return formPage(c, t.createTitle, raw, '/admin/advice', parsed.errors);
  const existing = (await db.select({ n: count() }).from(adviceOffices).where(eq(adviceOffices.organizationId, org.id)).get())?.n ?? 0;
  if (existing >= MAX_ADVICE_OFFICES) return formPage(c, t.createTitle, raw, '/admin/advice', { name: t.errors.tooMany(MAX_ADVICE_OFFICES) });
  const now = Date.now();
  const id = `adv_${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await db.batch([
    db.insert(adviceOffices).values({ id, organizationId: org.id, ...parsed.data, createdAt: now, updatedAt: now }),
    auditInsert(db, { organizationId: org.id, actorId: c.get('member').user.id, action: 'advice_office.created', entity: 'advice_office', entityId: id, detail: { name: parsed.data.name } }, now),
  ]);
  return c.redirect('/admin/advice?notice=created', 303);
});

advicePages.get('/admin/advice/:id', async (c) => {
  const office = await ownOffice(c, c.req.param('id'));
  requireRole(c, 'editor');
  return formPage(c, texts(c).editTitle(office.name), rawFromOffice(office), `/admin/advice/${office.id}`);
});

advicePages.post('/admin/advice/:id', async (c) => {
  const office = await ownOffice(c, c.req.param('id'));
  requireRole(c, 'editor');
  const t = texts(c);
  const raw = rawFromBody(await readForm(c));
  const parsed = parseAdviceForm(raw, t);
  if (!parsed.ok) return formPage(c, t.editTitle(office.name), raw, `/admin/advice/${office.id}`, parsed.errors);
  const db = database(c.env.DB);
  const changed = (Object.keys(parsed.data) as (keyof typeof parsed.data)[]).filter((k) => parsed.data[k] !== office[k]);
  const now = Date.now();
  await db.batch([
    db.update(adviceOffices).set({ ...parsed.data, updatedAt: now }).where(and(eq(adviceOffices.id, office.id), eq(adviceOffices.organizationId, office.organizationId))),
    auditInsert(db, { organizationId: office.organizationId, actorId: c.get('member').user.id, action: 'advice_office.updated', entity: 'advice_office', entityId: office.id, detail: { fields: changed } }, now),
  ]);
  return c.redirect('/admin/advice?notice=updated', 303);
});

advicePages.post('/admin/advice/:id/delete', async (c) => {
  const office = await ownOffice(c, c.req.param('id'));
  requireRole(c, 'editor');
  const db = database(c.env.DB);
  const now = Date.now();
  await db.batch([
    db.delete(adviceOffices).where(and(eq(adviceOffices.id, office.id), eq(adviceOffices.organizationId, office.organizationId))),
    auditInsert(db, { organizationId: office.organizationId, actorId: c.get('member').user.id, action: 'advice_office.deleted', entity: 'advice_office', entityId: office.id, detail: { name: office.name } }, now),
  ]);
  return c.redirect('/admin/advice?notice=deleted', 303);
});
