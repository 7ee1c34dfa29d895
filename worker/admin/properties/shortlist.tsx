/**
 * The municipality's side of a vacant property and the groups that want it:
 *
 *   GET/POST /admin/properties/{id}/criteria              readiness criteria (editors and owners)
 *   GET      /admin/properties/{id}/shortlist             printable shortlist of the consenting groups
 *   GET      /admin/properties/{id}/shortlist.csv         the same as CSV
 *   POST     /admin/properties/{id}/shortlist/{initiative}/take-on   "takes the building on" (editors and owners)
 *
 * Who may: members of the organization that owns the property, and of a municipality whose widget
 * shows it (its region holds it and it approved the provider, worker/properties/demand.ts
 * `regionsOf`, as "demand for this building" counts). Anyone else gets 404, as for any other
 * tenant's id. Every write is audited in the batch of the change.
 */
import { and, eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { auditInsert, auditInsertIf } from '../../audit/log';
import { database } from '../../db/client';
import { initiativePropertyInterests, listings, type Listing } from '../../db/schema';
import { shownCount } from '../../demand/cell-key';
import { buildingTakenOnEvent } from '../../demand/outcome-events';
import { formatShown } from '../../demand/suppress';
import { readiness, type ReadinessCriteria, type ReadinessItem } from '../../groups/readiness';
import { loadCriteria, loadShortlist, saveCriteriaStatement, type Shortlist, type ShortlistEntry, takeOnStatement } from '../../groups/shortlist';
import { csvResponse, csvRows } from '../../http/csv';
import { Document, documentHtml } from '../../http/document';
import { formatDate, type Locale, messages } from '../../i18n';
import { regionsOf } from '../../properties/demand';
import { hasRole, notFound, readForm, requireRole, type AdminContext, type AdminEnv } from '../context';
import { Csrf, Page, render } from '../ui/layout';
import { criteriaPage, parseCriteria, rawFromBody, rawOf } from './criteria-form';


const texts = (c: AdminContext) => messages(c.get('locale')).properties;

/**
 * A property the member may see the shortlist of: its own organization's, or one its municipality's
 * widget shows. 404 otherwise (also for projects: they have no shortlist).
 */
export async function propertyFor(c: AdminContext, id: string): Promise<Listing> {
  const listing = await database(c.env.DB).select().from(listings).where(eq(listings.id, id)).get();
  if (!listing || listing.kind !== 'property') throw notFound();
  const org = c.get('member').org;
  if (listing.organizationId === org.id) return listing;
  if (org.kind === 'municipality' && listing.status === 'published' && (await regionsOf(c.env.DB, listing)).some((r) => r.id === org.id)) return listing;
  throw notFound();
}

/** Where the member comes from and goes back to: the listing page for its owner, the fact sheet for a municipality. */
const backHref = (c: AdminContext, listing: Listing) =>
  listing.organizationId === c.get('member').org.id ? `/admin/listings/${listing.id}` : `/admin/dashboard/buildings/${encodeURIComponent(listing.id)}?lang=${c.get('locale')}`;

// ── what the lists say

/** One checklist item in words. */
export function itemText(item: ReadinessItem, locale: Locale): string {
  const t = messages(locale).properties.readiness.items;
  switch (item.id) {
    case 'households':
      return t.households(item.need);
    case 'unitsShare':
      return t.unitsShare(item.need, item.units);
    case 'custom':
      return (locale === 'en' ? item.criterion.label.en : undefined) || item.criterion.label.de;
    default:
      return t[item.id];
  }
}

/** The criteria of a property as the checklist a group works through. */
function CriteriaList({ criteria, unitsTotal, locale }: { criteria: ReadinessCriteria; unitsTotal: number; locale: Locale }) {
  // The checklist of a group that meets nothing: every item the criteria ask for, in their order.
  const items = readinessItems(criteria, unitsTotal);
  return (
    <ul class="criteria">
      {items.map((i) => (
        <li>{itemText(i, locale)}</li>
      ))}
    </ul>
  );
}

const readinessItems = (criteria: ReadinessCriteria, unitsTotal: number) =>
  readiness(criteria, { unitsTotal }, { households: 0, legalForm: null, financingPlan: null, contactPerson: null, customMet: [] }).items;

const othersText = (list: Shortlist, locale: Locale) => formatShown(shownCount(list.others.n, list.others.keySum), locale);

/**
 * The readiness panel on the property's admin page: the criteria (with a link to change them) and
 * the consenting groups in short, with links to the printable shortlist and its CSV.
 * @example
 * const panel = await readinessPanel(c, listing);
 */
export async function readinessPanel(c: AdminContext, listing: Listing) {
  const t = texts(c);
  const locale = c.get('locale');
  const list = await loadShortlist(c.env.DB, listing);
  const custom = 'updatedAt' in list.criteria && list.criteria.updatedAt !== undefined;
  const canEdit = hasRole(c.get('member').role, 'editor');
  return (
    <>
      <section aria-labelledby="criteria-h" class="panel" id="criteria">
        <h2 id="criteria-h">{t.readiness.title}</h2>
        <div role="status">{c.req.query('criteria') === 'saved' ? <p class="notice">{t.readiness.saved}</p> : null}</div>
        <p class="hint">{t.readiness.intro}</p>
        {custom ? null : <p>{t.readiness.defaults}</p>}
        <CriteriaList criteria={list.criteria} unitsTotal={listing.unitsTotal} locale={locale} />
        {canEdit ? (
          <p>
            <a href={`/admin/properties/${listing.id}/criteria`}>{t.readiness.edit}</a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="shortlist-h" class="panel" id="shortlist">
        <h2 id="shortlist-h">{t.shortlist.title}</h2>
        <p class="hint">{t.shortlist.intro}</p>
        {list.shown.length ? (
          <ul class="shortlist">
            {list.shown.map((e) => (
              <li data-initiative={e.initiativeId}>
                <strong>{e.name}</strong> · {t.shortlist.columns.households}: {e.households.households} · {t.shortlist.readinessOf(e.readiness.met, e.readiness.total)}
                {e.takenOnAt !== null ? ` · ${t.shortlist.takenOn(formatDate(e.takenOnAt, locale))}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.shortlist.none}</p>
        )}
        {list.others.n > 0 ? <p data-others>{t.shortlist.others(othersText(list, locale))}</p> : null}
        <p>
          <a href={`/admin/properties/${listing.id}/shortlist`}>{t.shortlist.open}</a> · <a href={`/admin/properties/${listing.id}/shortlist.csv`}>{t.shortlist.csv}</a>
        </p>
      </section>
    </>
  );
}

// ── the printable page and the CSV

function Entry({ c, listing, e, canEdit }: { c: AdminContext; listing: Listing; e: ShortlistEntry; canEdit: boolean }) {
  const locale = c.get('locale');
  const t = texts(c).shortlist;
  const r = texts(c).readiness;
  const forms = c.get('t').listings.legalForm;
  const stated = (s: string | null) => (s && s.trim() ? s : t.notStated);
  const id = `initiative-${e.initiativeId}`;
  return (
    <section class="block initiative" aria-labelledby={`${id}-h`} data-initiative={e.initiativeId}>
      <h3 id={`${id}-h`}>{e.name}</h3>
      <dl class="meta">
        <dt>{t.columns.households}</dt>
        <dd>{e.households.households}</dd>
        <dt>{t.columns.adults}</dt>
        <dd>{e.households.adults}</dd>
        <dt>{t.columns.children}</dt>
        <dd>{e.households.children}</dd>
        <dt>{t.columns.openPlaces}</dt>
        <dd>{e.openPlaces}</dd>
        <dt>{t.columns.legalForm}</dt>
        <dd>{e.legalForm ? (forms[e.legalForm] ?? e.legalForm) : t.notStated}</dd>
        <dt>{t.columns.financingPlan}</dt>
        <dd>{stated(e.financingPlan)}</dd>
        <dt>{t.columns.contactPerson}</dt>
        <dd>{stated(e.contactPerson)}</dd>
        <dt>{t.columns.declared}</dt>
        <dd>{formatDate(e.declaredAt, locale)}</dd>
      </dl>
      <h4>
        {t.columns.readiness}: <span data-readiness>{t.readinessOf(e.readiness.met, e.readiness.total)}</span>
        {e.readiness.ready ? ` (${t.ready})` : ''}
      </h4>
      <ul class="checklist">
        {e.readiness.items.map((i) => (
          <li data-met={i.met ? '1' : '0'}>
            {i.met ? '✓' : '○'} {itemText(i, locale)} – {i.met ? r.met : r.open}
          </li>
        ))}
      </ul>
      <h4>{t.columns.concept}</h4>
      <p class="concept">{stated(e.concept)}</p>
      {e.takenOnAt !== null ? (
        <p class="notice" data-taken-on>
          {t.takenOn(formatDate(e.takenOnAt, locale))}
        </p>
      ) : canEdit ? (
        <form class="no-print" method="post" action={`/admin/properties/${listing.id}/shortlist/${encodeURIComponent(e.initiativeId)}/take-on`}>
          <Csrf c={c} />
          <button type="submit" aria-label={t.takeOnLabel(e.name)}>
            {t.takeOn}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function ShortlistDocument({ c, listing, list }: { c: AdminContext; listing: Listing; list: Shortlist }) {
  const locale = c.get('locale');
  const t = texts(c).shortlist;
  const canEdit = hasRole(c.get('member').role, 'editor');
  const notice = c.req.query('notice');
  return (
    <Document lang={locale} title={`${t.pageTitle(listing.title)} – ${c.get('member').org.name}`} stylesheet="/dashboard/dashboard.css" noindex bodyClass="report shortlist" skip={c.get('t').skip}>
      <header class="page-header">
        <p class="issuer">
          {listing.place} · {t.generated(formatDate(Date.now(), locale))}
        </p>
        <h1>{t.pageTitle(listing.title)}</h1>
        <p>{t.intro}</p>
        <p class="no-print">
          <a href={backHref(c, listing)}>← {t.back}</a> · <a href={`/admin/properties/${listing.id}/shortlist.csv`}>{t.csv}</a> · {t.print}
        </p>
      </header>
      <main id="main">
        <div role="status">
          {notice === 'takenOn' ? <p class="notice">{t.takenOnSaved}</p> : null}
          {notice === 'criteria' ? <p class="notice">{texts(c).readiness.saved}</p> : null}
          {notice === 'gone' ? <p class="warning">{t.takeOnGone}</p> : null}
        </div>
        <section class="block" aria-labelledby="h-criteria">
          <h2 id="h-criteria">{t.criteria}</h2>
          <CriteriaList criteria={list.criteria} unitsTotal={listing.unitsTotal} locale={locale} />
          {canEdit ? (
            <p class="no-print">
              <a href={`/admin/properties/${listing.id}/criteria`}>{texts(c).readiness.edit}</a>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="h-groups">
          <h2 id="h-groups">{t.title}</h2>
          {list.shown.length ? (
            <div class="table-wrap">
              <table class="data" id="table-shortlist">
                <caption>{t.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.columns.name}</th>
                    <th scope="col" class="num">{t.columns.households}</th>
                    <th scope="col" class="num">{t.columns.openPlaces}</th>
                    <th scope="col">{t.columns.readiness}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.shown.map((e) => (
                    <tr>
                      <th scope="row">
                        <a href={`#initiative-${e.initiativeId}-h`}>{e.name}</a>
                      </th>
                      <td class="num">{e.households.households}</td>
                      <td class="num">{e.openPlaces}</td>
                      <td>
                        {t.readinessOf(e.readiness.met, e.readiness.total)}
                        {e.readiness.ready ? ` (${t.ready})` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t.none}</p>
          )}
          {list.others.n > 0 ? (
            <p data-others>
              {t.others(othersText(list, locale))} <span class="note">{t.othersNote}</span>
            </p>
          ) : null}
          {list.shown.map((e) => (
            <Entry c={c} listing={listing} e={e} canEdit={canEdit} />
          ))}
        </section>
      </main>
    </Document>
  );
}

/** The shortlist as CSV rows (header first); the non-consenting groups as a last line, shown like every count. */
export function shortlistCsv(list: Shortlist, locale: Locale): string {
  const t = messages(locale).properties.shortlist;
  const forms = messages(locale).admin.listings.legalForm;
  const day = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().slice(0, 10));
  const c = t.columns;
  const rows: unknown[][] = [
    [c.name, c.households, c.adults, c.children, c.openPlaces, c.readiness, c.readinessItems, c.legalForm, c.financingPlan, c.contactPerson, c.concept, c.declared, c.takenOn],
    ...list.shown.map((e) => [
      e.name,
      e.households.households,
      e.households.adults,
      e.households.children,
      e.openPlaces,
      `${e.readiness.met}/${e.readiness.total}`,
      e.readiness.items.map((i) => `${i.met ? '✓' : '○'} ${itemText(i, locale)}`).join(' | '),
      e.legalForm ? (forms[e.legalForm] ?? e.legalForm) : '',
      e.financingPlan ?? '',
      e.contactPerson ?? '',
      e.concept ?? '',
      day(e.declaredAt),
      day(e.takenOnAt),
    ]),
  ];
  if (list.others.n > 0) rows.push([t.others(othersText(list, locale))]);
  return csvRows(rows);
}

/** Adds the routes to the property pages' app (behind requireMember). */
export function shortlistRoutes(app: Hono<AdminEnv>) {
  app.get('/admin/properties/:id/criteria', async (c) => {
    requireRole(c, 'editor');
    const listing = await propertyFor(c, c.req.param('id'));
    return criteriaPage(c, listing, rawOf(await loadCriteria(c.env.DB, listing.id)), backHref(c, listing));
  });

  app.post('/admin/properties/:id/criteria', async (c) => {
    requireRole(c, 'editor');
    const listing = await propertyFor(c, c.req.param('id'));
    const existing = await loadCriteria(c.env.DB, listing.id);
    const raw = rawFromBody(await readForm(c), existing);
    const parsed = parseCriteria(raw, texts(c));
    if (!parsed.ok) return criteriaPage(c, listing, raw, backHref(c, listing), parsed.errors);
    const member = c.get('member');
    const now = Date.now();
    const db = database(c.env.DB);
    await db.batch([
      saveCriteriaStatement(c.env.DB, listing.id, parsed.data, member.user.id, now),
      // The municipality's or owner's log, whoever set them.
      auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: 'listing.readiness_criteria_set', entity: 'listing', entityId: listing.id, detail: { ...parsed.data } }, now),
    ]);
    return c.redirect(listing.organizationId === member.org.id ? `/admin/listings/${listing.id}?criteria=saved#criteria` : `/admin/properties/${listing.id}/shortlist?notice=criteria`, 303);
  });

  app.get('/admin/properties/:id/shortlist', async (c) => {
    const listing = await propertyFor(c, c.req.param('id'));
    const list = await loadShortlist(c.env.DB, listing);
    c.header('Cache-Control', 'private, no-store');
    return c.html(documentHtml(<ShortlistDocument c={c} listing={listing} list={list} />));
  });

  app.get('/admin/properties/:id/shortlist.csv', async (c) => {
    const listing = await propertyFor(c, c.req.param('id'));
    const list = await loadShortlist(c.env.DB, listing);
    const name = `${listing.title.replace(/[^\p{L}\p{N}]+/gu, '-')}_shortlist_${new Date().toISOString().slice(0, 10)}.csv`;
    const res = csvResponse(shortlistCsv(list, c.get('locale')), name);
    res.headers.set('cache-control', 'private, no-store');
    return res;
  });

  app.post('/admin/properties/:id/shortlist/:initiative/take-on', async (c) => {
    requireRole(c, 'editor');
    const listing = await propertyFor(c, c.req.param('id'));
    const initiativeId = c.req.param('initiative');
    const member = c.get('member');
    const now = Date.now();
    const db = database(c.env.DB);
    const p = initiativePropertyInterests;
    const [, updated] = await db.batch([
      // The council's outcome, written in the same batch and under the same condition as the change.
      buildingTakenOnEvent(db, { initiativeId, listingId: listing.id, now }),
      takeOnStatement(c.env.DB, listing.id, initiativeId, member.user.id, now),
      // Recorded only if the change happened (the interest was live, consenting and not yet taken on).
      auditInsertIf(
        db,
        { organizationId: member.org.id, actorId: member.user.id, action: 'listing.taken_on', entity: 'listing', entityId: listing.id, detail: { initiativeId } },
        now,
        p,
        and(eq(p.listingId, listing.id), eq(p.initiativeId, initiativeId), eq(p.takenOnAt, now), eq(p.takenOnBy, member.user.id))!,
      ),
    ]);
    if (updated.meta.changes === 0) return c.redirect(`/admin/properties/${listing.id}/shortlist?notice=gone`, 303);
    return c.redirect(`/admin/properties/${listing.id}/shortlist?notice=takenOn#initiative-${encodeURIComponent(initiativeId)}-h`, 303);
  });
}
