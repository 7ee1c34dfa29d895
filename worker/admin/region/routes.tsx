/**
 * The municipality's region: district keys and postcodes, both checked against the `postcodes`
 * table. It decides what every region embed shows (worker/listings/scope.ts). Municipalities only
 * (provider organizations get 404); owners change it, editors and viewers read it.
 */
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { database, type Database } from '../../db/client';
import { listings, organizations, postcodes, type Organization } from '../../db/schema';
import { auditInsert } from '../../audit/log';
import { hasRole, notFound, requireMember, requireRole, type AdminContext, type AdminEnv } from '../context';
import type { AdminMessages } from '../../i18n';
import { inRegion } from '../embeds/routes';
import { ErrorSummary, TextField, type FormErrors } from '../ui/form';
import { Csrf, Page, render } from '../ui/layout';

export const regionPages = new Hono<AdminEnv>();
regionPages.use('/admin/region', requireMember());

export const MAX_REGION_ENTRIES = 50;

/** The member's organization as a municipality (its region included), or 404 for a provider. */
export async function ownMunicipality(c: AdminContext): Promise<Organization> {
  const member = c.get('member');
  if (member.org.kind !== 'municipality') throw notFound();
  const org = await database(c.env.DB).select().from(organizations).where(eq(organizations.id, member.org.id)).get();
  if (!org) throw notFound();
  return org;
}

const split = (v: unknown) => (typeof v === 'string' ? v.split(/[\s,;]+/).filter(Boolean) : []);

/**
 * District keys and postcodes → the stored lists, each entry known to the postcodes table.
 * @example
 * const r = await parseRegion(db, { districts: '14626', postcodes: '01067' }, t);
 */
export async function parseRegion(db: Database, body: { districts?: unknown; postcodes?: unknown }, t: AdminMessages): Promise<{ ok: true; districtKeys: string[]; postcodes: string[] } | { ok: false; errors: FormErrors }> {
  const errors: FormErrors = {};
  const R = t.region;
  const keys = [...new Set(split(body.districts))];
  const codes = [...new Set(split(body.postcodes))];
  if (keys.length > MAX_REGION_ENTRIES) errors.districts = R.tooMany(MAX_REGION_ENTRIES);
  else if (keys.some((k) => !/^\d{5}$/.test(k))) errors.districts = R.badDistrict(keys.find((k) => !/^\d{5}$/.test(k))!.slice(0, 20));
  else if (keys.length) {
    const known = new Set((await db.selectDistinct({ k: postcodes.districtKey }).from(postcodes).where(inArray(postcodes.districtKey, keys)).all()).map((r) => r.k));
    const unknown = keys.find((k) => !known.has(k));
    if (unknown) errors.districts = R.unknownDistrict(unknown);
  }
  if (codes.length > MAX_REGION_ENTRIES) errors.postcodes = R.tooMany(MAX_REGION_ENTRIES);
  else if (codes.some((k) => !/^\d{5}$/.test(k))) errors.postcodes = R.badPostcode(codes.find((k) => !/^\d{5}$/.test(k))!.slice(0, 20));
  else if (codes.length) {
    const known = new Set((await db.select({ p: postcodes.postcode }).from(postcodes).where(inArray(postcodes.postcode, codes)).all()).map((r) => r.p));
    const unknown = codes.find((k) => !known.has(k));
    if (unknown) errors.postcodes = R.unknownPostcode(unknown);
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, districtKeys: keys, postcodes: codes };
}

async function regionPage(c: AdminContext, org: Organization, raw: { districts: string; postcodes: string }, errors: FormErrors = {}) {
  const t = c.get('t');
  const canEdit = hasRole(c.get('member').role, 'owner');
  const db = database(c.env.DB);
  const names = org.regionDistrictKeys.length
    ? await db.selectDistinct({ key: postcodes.districtKey, name: postcodes.districtName }).from(postcodes).where(inArray(postcodes.districtKey, org.regionDistrictKeys)).orderBy(asc(postcodes.districtName)).all()
    : [];
  const hasRegion = org.regionDistrictKeys.length > 0 || org.regionPostcodes.length > 0;
  const published = hasRegion ? ((await db.select({ n: count() }).from(listings).where(and(eq(listings.status, 'published'), inRegion(org))).get())?.n ?? 0) : 0;
  return render(
    c,
    <Page c={c} title={t.region.title} section="region" notice={c.req.query('notice') === 'saved' ? t.region.saved : undefined}>
      <p>{t.region.intro}</p>
      <section class="panel" aria-labelledby="current-h">
        <h2 id="current-h">{t.region.current}</h2>
        {hasRegion ? (
          <>
            <ul>
              {names.map((n) => (
                <li>
                  {n.name} ({n.key})
                </li>
              ))}
              {org.regionPostcodes.length ? <li>{org.regionPostcodes.join(', ')}</li> : null}
            </ul>
            <p>{t.region.listingCount(published)}</p>
          </>
        ) : (
          <p>{t.region.none}</p>
        )}
      </section>
      <form method="post" action="/admin/region" novalidate>
        <Csrf c={c} />
        <ErrorSummary errors={errors} t={t} />
        {canEdit ? null : <p class="hint">{t.region.readOnly}</p>}
        <fieldset disabled={!canEdit}>
          <legend class="visually-hidden">{t.region.title}</legend>
          <TextField t={t} name="districts" label={t.region.districts} hint={t.region.districtsHint} value={raw.districts} error={errors.districts} autocomplete="off" />
          <TextField t={t} name="postcodes" label={t.region.postcodes} hint={t.region.postcodesHint} value={raw.postcodes} error={errors.postcodes} autocomplete="off" />
          {canEdit ? <button type="submit">{t.common.save}</button> : null}
        </fieldset>
      </form>
    </Page>,
    Object.keys(errors).length ? 400 : 200,
  );
}

regionPages.get('/admin/region', async (c) => {
  const org = await ownMunicipality(c);
  return regionPage(c, org, { districts: org.regionDistrictKeys.join(' '), postcodes: org.regionPostcodes.join(' ') });
});

regionPages.post('/admin/region', async (c) => {
  const org = await ownMunicipality(c);
  requireRole(c, 'owner');
  const member = c.get('member');
  const body = await c.req.parseBody();
  const db = database(c.env.DB);
  const parsed = await parseRegion(db, body, c.get('t'));
  const raw = { districts: typeof body.districts === 'string' ? body.districts : '', postcodes: typeof body.postcodes === 'string' ? body.postcodes : '' };
  if (!parsed.ok) return regionPage(c, org, raw, parsed.errors);
  const now = Date.now();
  await db.batch([
    db.update(organizations).set({ regionDistrictKeys: parsed.districtKeys, regionPostcodes: parsed.postcodes }).where(eq(organizations.id, org.id)),
    auditInsert(
      db,
      { organizationId: org.id, actorId: member.user.id, action: 'region.updated', entity: 'organization', entityId: org.id, detail: { from: { districtKeys: org.regionDistrictKeys, postcodes: org.regionPostcodes }, to: { districtKeys: parsed.districtKeys, postcodes: parsed.postcodes } } },
      now,
    ),
  ]);
  return c.redirect('/admin/region?notice=saved', 303);
});
