/**
 * Initiatives of an organization (`/admin/initiatives`): a provider (or a municipality) starts a
 * forming group in its own name — open at once, shown to the seekers of a region it is approved in
 * (a municipality: its own) — and the member who starts it becomes its founder with a manage link
 * by mail, where the group finds households from the pool, answers interests and declares interest
 * in buildings like any initiative (worker/manage). The list shows the organization's initiatives
 * with their state. Owners and editors start them, viewers read. Audited in the same batch.
 *
 *   GET  /admin/initiatives   the list and, for editors, the form
 *   POST /admin/initiatives   start one (422 naming the field on bad input)
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { InitiativeHouseholdsSchema, InitiativeSeekingSchema, SOUGHT_PLACES } from '../../api/groups';
import { auditInsert } from '../../audit/log';
import { database } from '../../db/client';
import { initiatives, organizations, regionApprovals, type Initiative } from '../../db/schema';
import { createInitiative } from '../../groups/initiatives';
import { messages } from '../../i18n';
import { TIMELINES } from '../../matching/scales';
import { enqueue } from '../../outbox/outbox';
import { publicOrigin } from '../../settings';
import { hasRole, readForm, requireMember, requireRole, type AdminContext, type AdminEnv } from '../context';
import { CheckboxGroup, ErrorSummary, Select, TextArea, TextField, type FormErrors } from '../ui/form';
import { Csrf, Page, render } from '../ui/layout';

export const initiativePages = new Hono<AdminEnv>();
initiativePages.use('/admin/initiatives', requireMember());

const texts = (c: AdminContext) => messages(c.get('locale')).groups.admin;

/** The regions an initiative of this organization may be shown in: a municipality's own, a provider's approved ones. */
async function regionsFor(c: AdminContext): Promise<{ id: string; name: string }[]> {
  const org = c.get('member').org;
  if (org.kind === 'municipality') return [{ id: org.id, name: org.name }];
  return database(c.env.DB)
    .select({ id: organizations.id, name: organizations.name })
    .from(regionApprovals)
    .innerJoin(organizations, eq(organizations.id, regionApprovals.municipalityId))
    .where(and(eq(regionApprovals.providerId, org.id), eq(regionApprovals.state, 'approved')))
    .orderBy(organizations.name)
    .all();
}

type Raw = Record<'name' | 'text' | 'region' | 'timeline' | 'households' | 'adults' | 'children' | 'openPlaces', string> & { kinds: string[] };
const emptyRaw = (): Raw => ({ name: '', text: '', region: '', timeline: 'flexible', households: '', adults: '', children: '0', openPlaces: '', kinds: [] });

function rawFrom(body: Record<string, string | File | (string | File)[]>): Raw {
  const one = (k: string) => {
    const v = body[k];
    return typeof v === 'string' ? v : '';
  };
  const many = (k: string) => {
    const v = body[k];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  };
  return { name: one('name'), text: one('text'), region: one('region'), timeline: one('timeline'), households: one('households'), adults: one('adults'), children: one('children'), openPlaces: one('openPlaces'), kinds: many('kinds') };
}

const count = (max: number, min = 0) => z.string().trim().regex(/^\d{1,3}$/).transform(Number).pipe(z.number().int().min(min).max(max));

/** The form against the same schemas as `POST /v1/initiatives`; errors by field. */
function parse(raw: Raw, regions: { id: string }[], t: ReturnType<typeof texts>) {
  const errors: FormErrors = {};
  const name = z.string().trim().min(3).max(120).safeParse(raw.name);
  if (!name.success) errors.name = t.errors.name;
  const text = z.string().trim().min(1).max(2000).safeParse(raw.text);
  if (!text.success) errors.text = t.errors.text;
  if (!regions.some((r) => r.id === raw.region)) errors.region = t.errors.region;
  const seeking = InitiativeSeekingSchema.safeParse({ propertyKinds: raw.kinds, timeline: raw.timeline });
  if (!seeking.success) errors[seeking.error.issues[0]?.path[0] === 'timeline' ? 'timeline' : 'kinds'] = t.errors.seeking;
  const numbers = { households: count(60, 1).safeParse(raw.households), adults: count(200, 1).safeParse(raw.adults), children: count(200).safeParse(raw.children), openPlaces: count(60).safeParse(raw.openPlaces) };
  for (const [k, r] of Object.entries(numbers)) if (!r.success) errors[k] = t.errors.number;
  let households: z.infer<typeof InitiativeHouseholdsSchema> | undefined;
  if (numbers.households.success && numbers.adults.success && numbers.children.success) {
    const h = InitiativeHouseholdsSchema.safeParse({ households: numbers.households.data, adults: numbers.adults.data, children: numbers.children.data });
    if (h.success) households = h.data;
    else errors.adults = t.errors.adults;
  }
  if (Object.keys(errors).length || !name.success || !text.success || !seeking.success || !households || !numbers.openPlaces.success) return { ok: false as const, errors };
  return { ok: true as const, data: { name: name.data, text: text.data, region: raw.region, seeking: seeking.data, households, openPlaces: numbers.openPlaces.data } };
}

async function own(c: AdminContext): Promise<(Initiative & { founders: number })[]> {
  const db = database(c.env.DB);
  const rows = await db
    .select({ initiative: initiatives, founders: sql<number>`(SELECT count(*) FROM initiative_members m WHERE m.initiative_id = initiatives.id AND m.confirmed_at IS NOT NULL)` })
    .from(initiatives)
    .where(eq(initiatives.ownerOrganizationId, c.get('member').org.id))
    .orderBy(desc(initiatives.createdAt))
    .all();
  return rows.map((r) => ({ ...r.initiative, founders: r.founders }));
}

async function page(c: AdminContext, raw: Raw, errors: FormErrors = {}, status: 200 | 422 = 200) {
  const t = texts(c);
  const at = c.get('t');
  const regions = await regionsFor(c);
  const list = await own(c);
  const canEdit = hasRole(c.get('member').role, 'editor');
  const names = new Map(regions.map((r) => [r.id, r.name]));
  return render(
    c,
    <Page c={c} title={t.title} section="initiatives" notice={c.req.query('notice') === 'created' ? t.created : undefined}>
      <p>{t.intro}</p>
      {list.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.region}</th>
                <th scope="col">{t.columns.state}</th>
                <th scope="col" class="num">{t.columns.households}</th>
                <th scope="col" class="num">{t.columns.openPlaces}</th>
                <th scope="col" class="num">{t.columns.founders}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((i) => (
                <tr data-initiative={i.id}>
                  <th scope="row">{i.name}</th>
                  <td>{names.get(i.regionOrganizationId) ?? i.regionOrganizationId}</td>
                  <td>{t.states[i.state] ?? i.state}</td>
                  <td class="num">{i.households.households}</td>
                  <td class="num">{i.openPlaces}</td>
                  <td class="num">{i.founders}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!canEdit ? (
        <p class="hint">{t.readOnly}</p>
      ) : regions.length === 0 ? (
        <p class="hint">{t.noRegion}</p>
      ) : (
        <form method="post" action="/admin/initiatives" novalidate>
          <h2>{t.formTitle}</h2>
          <p class="hint">{t.formIntro}</p>
          <Csrf c={c} />
          <ErrorSummary errors={errors} t={at} />
          <TextField t={at} name="name" label={t.field.name} value={raw.name} error={errors.name} required maxlength={120} autocomplete="off" />
          <TextArea t={at} name="text" label={t.field.text} hint={t.field.textHint} value={raw.text} error={errors.text} required rows={4} maxlength={2000} />
          <Select t={at} name="region" label={t.field.region} value={raw.region || regions[0]!.id} options={regions.map((r) => ({ value: r.id, label: r.name }))} error={errors.region} required />
          <CheckboxGroup name="kinds" legend={t.field.kinds} options={SOUGHT_PLACES.map((k) => ({ value: k, label: t.kinds[k] ?? k }))} values={raw.kinds} error={errors.kinds} />
          <Select t={at} name="timeline" label={t.field.timeline} value={raw.timeline} options={TIMELINES.map((k) => ({ value: k, label: t.timelines[k] ?? k }))} error={errors.timeline} required />
          <TextField t={at} name="households" label={t.field.households} value={raw.households} error={errors.households} required inputmode="numeric" maxlength={3} />
          <TextField t={at} name="adults" label={t.field.adults} value={raw.adults} error={errors.adults} required inputmode="numeric" maxlength={3} />
          <TextField t={at} name="children" label={t.field.children} value={raw.children} error={errors.children} required inputmode="numeric" maxlength={3} />
          <TextField t={at} name="openPlaces" label={t.field.openPlaces} value={raw.openPlaces} error={errors.openPlaces} required inputmode="numeric" maxlength={3} />
          <button type="submit">{t.start}</button>
        </form>
      )}
    </Page>,
    status,
  );
}

initiativePages.get('/admin/initiatives', (c) => page(c, emptyRaw()));

initiativePages.post('/admin/initiatives', async (c) => {
  requireRole(c, 'editor');
  const t = texts(c);
  const raw = rawFrom(await readForm(c));
  const parsed = parse(raw, await regionsFor(c), t);
  if (!parsed.ok) return page(c, raw, parsed.errors, 422);
  const member = c.get('member');
  const db = database(c.env.DB);
  const now = Date.now();
  const id = crypto.randomUUID();
  const { initiative, mailIds } = await createInitiative(
    db,
    {
      regionOrganizationId: parsed.data.region, embedId: null, name: parsed.data.name, text: parsed.data.text, profile: {}, seeking: parsed.data.seeking,
      households: parsed.data.households, openPlaces: parsed.data.openPlaces, locale: member.user.locale, idempotencyKey: null, requestHash: null,
      owner: { kind: 'organization', organizationId: member.org.id, founder: { name: member.user.name || member.user.email, email: member.user.email } },
      also: [auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: 'initiative.created', entity: 'initiative', entityId: id, detail: { name: parsed.data.name, region: parsed.data.region } }, now)],
    },
    publicOrigin(c.env, c.req.url),
    now,
    id,
  );
  if (!initiative) throw new Error('initiative vanished after insert');
  await enqueue(c.env, mailIds);
  return c.redirect('/admin/initiatives?notice=created', 303);
});
