/** Listings of the member's organization: list, create, edit, status, preview. */
import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { database } from '../../db/client';
import { listings, postcodes, type Listing } from '../../db/schema';
import { localizeReasons, scoreListing } from '../../matching/engine';
import { auditInsert } from '../../audit/log';
import { hasRole, notFound, requireMember, requireRole, type AdminContext, type AdminEnv } from '../context';
import { formatDate, formatMoney, writtenIn } from '../../i18n';
import { Page, render } from '../ui/layout';
import { RecordTable } from '../ui/table';
import { emptyRaw, orderErrors, parseListingForm, rawFromBody, rawFromListing, type RawForm } from './form';
import { checkPhoto, newPhoto, PhotoSection, photoKey } from './photos';
import { SAMPLE_SEEKER } from './preview';
import { propertyPanels } from '../properties/panel';
import { visibilityFor } from '../../curation/approvals';
import { alertPendingUpsert, alertReason } from '../../saved-searches/alerts';
import { ListingForm, StatusActions } from './views';
import type { FormErrors } from '../ui/form';

export const listingPages = new Hono<AdminEnv>();
listingPages.use('/admin/listings', requireMember());
listingPages.use('/admin/listings/*', requireMember());

const DAY = 24 * 60 * 60 * 1000;

/** A listing of the member's organization, or 404 (other tenants' ids look like missing ones). */
export async function ownListing(c: AdminContext, id: string): Promise<Listing> {
  const row = await database(c.env.DB)
    .select()
    .from(listings)
    .where(and(eq(listings.id, id), eq(listings.organizationId, c.get('member').org.id)))
    .get();
  if (!row) throw notFound();
  return row;
}

const NOTICES = ['created', 'updated', 'confirmed', 'photoAdded', 'photoRemoved', 'joined'] as const;
function noticeText(c: AdminContext, listing?: Listing): string | undefined {
  const t = c.get('t');
  const n = c.req.query('notice');
  if (n === 'status' && listing) return t.listings.statusChanged(t.listings.status[listing.status] ?? listing.status);
  if (!NOTICES.includes(n as (typeof NOTICES)[number])) return undefined;
  return { created: t.listings.created, updated: t.listings.updated, confirmed: t.listings.confirmed, photoAdded: t.photos.uploaded, photoRemoved: t.photos.removed, joined: t.members.accepted }[n as (typeof NOTICES)[number]];
}

listingPages.get('/admin/listings', async (c) => {
  const t = c.get('t');
  const member = c.get('member');
  const rows = await database(c.env.DB)
    .select({ id: listings.id, title: listings.title, kind: listings.kind, status: listings.status, place: listings.place, confirmedAt: listings.confirmedAt, freePlaces: listings.freePlaces })
    .from(listings)
    .where(eq(listings.organizationId, member.org.id))
    .orderBy(desc(listings.updatedAt))
    .all();
  // A provider should not wonder why its listings are missing from a municipality's widget.
  const waiting = member.org.kind === 'provider' ? (await visibilityFor(c.env.DB, member.org.id)).filter((v) => v.state === 'pending').length : 0;
  return render(
    c,
    <Page c={c} title={t.listings.title} section="listings" notice={noticeText(c)}>
      {waiting ? (
        <p class="warning">
          <a href="/admin/visibility">{t.visibility.waitingNotice(waiting)}</a>
        </p>
      ) : null}
      {hasRole(member.role, 'editor') ? (
        <p>
          <a class="button" href="/admin/listings/new">
            {t.listings.new}
          </a>
        </p>
      ) : null}
      <RecordTable
        caption={t.listings.title}
        empty={t.listings.empty}
        columns={[t.listings.col.title, t.listings.col.kind, t.listings.col.status, t.listings.col.place, t.listings.col.free, t.listings.col.confirmed]}
        rows={rows}
        row={(r) => (
          <tr>
            <th scope="row">
              <a href={`/admin/listings/${r.id}`}>{r.title}</a>
            </th>
            <td>{t.listings.kind[r.kind]}</td>
            <td>
              <span class={`badge status-${r.status}`}>{t.listings.status[r.status]}</span>
            </td>
            <td>{r.place}</td>
            <td>{r.freePlaces}</td>
            <td>{formatDate(r.confirmedAt, c.get('locale'))}</td>
          </tr>
        )}
      />
    </Page>,
  );
});

function newPage(c: AdminContext, raw: RawForm, errors: FormErrors = {}) {
  const t = c.get('t');
  return render(
    c,
    <Page c={c} title={t.listings.createTitle} section="listings">
      <ListingForm c={c} raw={raw} errors={orderErrors(errors)} action="/admin/listings" />
    </Page>,
    Object.keys(errors).length ? 422 : 200,
  );
}

listingPages.get('/admin/listings/new', (c) => {
  requireRole(c, 'editor');
  return newPage(c, emptyRaw());
});

listingPages.post('/admin/listings', async (c) => {
  requireRole(c, 'editor');
  const member = c.get('member');
  const db = database(c.env.DB);
  const raw = rawFromBody(await c.req.parseBody({ all: true }));
  const parsed = await parseListingForm(db, raw, c.get('t'));
  if (!parsed.ok) return newPage(c, raw, parsed.errors);
  const now = Date.now();
  const id = crypto.randomUUID();
  await db.batch([
    db.insert(listings).values({ ...parsed.data, id, organizationId: member.org.id, status: 'draft', photos: [], confirmedAt: now, createdAt: now, updatedAt: now }),
    auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: 'listing.created', entity: 'listing', entityId: id, detail: { title: parsed.data.title } }, now),
  ]);
  return c.redirect(`/admin/listings/${id}?notice=created`, 303);
});

async function editPage(c: AdminContext, listing: Listing, raw: RawForm, errors: FormErrors = {}, photo: { errors: FormErrors; alt?: string } = { errors: {} }) {
  const t = c.get('t');
  const member = c.get('member');
  const canEdit = hasRole(member.role, 'editor');
  const pc = await database(c.env.DB).select({ districtName: postcodes.districtName }).from(postcodes).where(eq(postcodes.postcode, listing.postcode)).get();
  const staleDays = Math.floor((Date.now() - listing.confirmedAt) / DAY);
  const property = await propertyPanels(c, listing);
  return render(
    c,
    <Page c={c} title={`${t.listings.editTitle}: ${listing.title}`} section="listings" notice={noticeText(c, listing)}>
      <section aria-labelledby="status-h" class="panel">
        <h2 id="status-h">{t.listings.sections.status}</h2>
        <p>
          <span class={`badge status-${listing.status}`}>{t.listings.status[listing.status]}</span> · {t.listings.col.confirmed}: {formatDate(listing.confirmedAt, c.get('locale'))} ·{' '}
          <a href={`/admin/listings/${listing.id}/preview`}>{t.listings.actions.preview}</a>
        </p>
        {staleDays >= 180 ? <p class="warning">{t.listings.stale(staleDays)}</p> : null}
        {canEdit ? <StatusActions c={c} listing={listing} /> : null}
      </section>
      {property}
      <ListingForm c={c} raw={raw} errors={orderErrors(errors)} action={`/admin/listings/${listing.id}`} readOnly={!canEdit} place={t.listings.place(listing.place, pc?.districtName ?? listing.districtKey)} />
      <PhotoSection c={c} listing={listing} canEdit={canEdit} errors={photo.errors} alt={photo.alt} />
    </Page>,
    Object.keys(errors).length || Object.keys(photo.errors).length ? 422 : 200,
  );
}

listingPages.get('/admin/listings/:id', async (c) => {
  const listing = await ownListing(c, c.req.param('id'));
  return editPage(c, listing, rawFromListing(listing));
});

listingPages.post('/admin/listings/:id', async (c) => {
  requireRole(c, 'editor');
  const listing = await ownListing(c, c.req.param('id'));
  const member = c.get('member');
  const db = database(c.env.DB);
  const raw = rawFromBody(await c.req.parseBody({ all: true }));
  const parsed = await parseListingForm(db, raw, c.get('t'));
  // A failed submit changes nothing that is stored; the form keeps what was typed.
  if (!parsed.ok) return editPage(c, listing, raw, parsed.errors);
  const now = Date.now();
  const changed = Object.keys(parsed.data).filter((k) => JSON.stringify((parsed.data as Record<string, unknown>)[k]) !== JSON.stringify((listing as Record<string, unknown>)[k]));
  // Free places back, another cost or profile: the saved searches it fits now hear of it (daily).
  const alert = alertReason(listing, parsed.data);
  await db.batch([
    db.update(listings).set({ ...parsed.data, updatedAt: now }).where(and(eq(listings.id, listing.id), eq(listings.organizationId, member.org.id))),
    auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: 'listing.updated', entity: 'listing', entityId: listing.id, detail: { fields: changed } }, now),
    ...(alert ? [alertPendingUpsert(db, listing.id, alert, now)] : []),
  ]);
  return c.redirect(`/admin/listings/${listing.id}?notice=updated`, 303);
});

const TRANSITIONS: Record<string, { from: Listing['status'][]; to?: Listing['status'] }> = {
  publish: { from: ['draft', 'paused'], to: 'published' },
  pause: { from: ['published'], to: 'paused' },
  archive: { from: ['draft', 'published', 'paused'], to: 'archived' },
  restore: { from: ['paused', 'archived'], to: 'draft' },
  confirm: { from: ['draft', 'published', 'paused'] },
};

listingPages.post('/admin/listings/:id/status', async (c) => {
  requireRole(c, 'editor');
  const listing = await ownListing(c, c.req.param('id'));
  const member = c.get('member');
  const t = c.get('t');
  const body = await c.req.parseBody();
  const action = typeof body.action === 'string' ? body.action : '';
  const rule = Object.hasOwn(TRANSITIONS, action) ? TRANSITIONS[action] : undefined; // not `__proto__` & co.
  if (!rule || !rule.from.includes(listing.status)) {
    return editPage(c, listing, rawFromListing(listing), { action: t.inbox.invalidTransition });
  }
  if (action === 'publish' && !listing.description.trim()) {
    return editPage(c, listing, rawFromListing(listing), { description: t.listings.publishBlocked });
  }
  const now = Date.now();
  const db = database(c.env.DB);
  // Publishing and confirming both say "this is current": the freshness clock starts again.
  const fresh = action === 'publish' || action === 'confirm' ? { confirmedAt: now, reminderSentAt: null } : {};
  // Published: the saved searches it fits hear of it with the next alerts (worker/saved-searches/alerts.ts).
  const alert = rule.to ? alertReason(listing, { status: rule.to }) : undefined;
  await db.batch([
    db.update(listings).set({ ...(rule.to ? { status: rule.to } : {}), ...fresh, updatedAt: now }).where(and(eq(listings.id, listing.id), eq(listings.organizationId, member.org.id))),
    auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: `listing.${action}`, entity: 'listing', entityId: listing.id, detail: { from: listing.status, to: rule.to ?? listing.status } }, now),
    ...(alert ? [alertPendingUpsert(db, listing.id, alert, now)] : []),
  ]);
  return c.redirect(`/admin/listings/${listing.id}?notice=${action === 'confirm' ? 'confirmed' : 'status'}`, 303);
});

listingPages.get('/admin/listings/:id/preview', async (c) => {
  const t = c.get('t');
  const locale = c.get('locale');
  const listing = await ownListing(c, c.req.param('id'));
  const match = scoreListing(SAMPLE_SEEKER, listing, {});
  const photo = listing.photos[0];
  const euros = (cents: number | null) => (cents === null ? null : formatMoney(cents, locale));
  const cost = [euros(listing.monthlyCostMinCents), euros(listing.monthlyCostMaxCents)].filter(Boolean).join(' – ');
  return render(
    c,
    <Page c={c} title={`${t.preview.title}: ${listing.title}`} section="listings">
      <p>{t.preview.intro}</p>
      <p class="hint">{t.preview.sample}</p>
      <article class="card preview" aria-labelledby="card-title">
        {photo ? <img src={photo.url} alt={writtenIn(photo.alt, locale)} width="320" height="200" /> : null}
        <h2 id="card-title">{listing.title}</h2>
        <p>
          {listing.place} · {t.listings.kind[listing.kind]} · {t.listings.stage[listing.stage]} · {t.listings.legalForm[listing.legalForm]}
          {cost ? ` · ${cost}` : ''}
        </p>
        <p>{listing.summary}</p>
        {match ? (
          <>
            <p class="score">
              <strong>{t.preview.score(match.score)}</strong> — {t.preview.fitBoth(match.seekerFit, match.projectFit)}
            </p>
            <h3>{t.preview.fits}</h3>
            <ul>
              {localizeReasons(match.reasons, locale).map((r) => (
                <li>{r.text}</li>
              ))}
            </ul>
            {match.watchOuts.length ? (
              <>
                <h3>{t.preview.watch}</h3>
                <ul>
                  {localizeReasons(match.watchOuts, locale).map((r) => (
                    <li>{r.text}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <p>{t.preview.noMatch}</p>
        )}
      </article>
      <p>
        <a href={`/admin/listings/${listing.id}`}>{t.common.back}</a>
      </p>
    </Page>,
  );
});


listingPages.post('/admin/listings/:id/photos', async (c) => {
  requireRole(c, 'editor');
  const listing = await ownListing(c, c.req.param('id'));
  const member = c.get('member');
  const body = await c.req.parseBody();
  const check = await checkPhoto(body.photo, body.alt, listing.photos.length, c.get('t'));
  if (!check.ok) return editPage(c, listing, rawFromListing(listing), {}, { errors: check.errors, alt: typeof body.alt === 'string' ? body.alt : '' });
  const { key, photo } = newPhoto(listing.id, check.ext, check.alt);
  await c.env.PHOTOS.put(key, check.bytes, { httpMetadata: { contentType: check.type } });
  const db = database(c.env.DB);
  const now = Date.now();
  await db.batch([
    db.update(listings).set({ photos: [...listing.photos, photo], updatedAt: now }).where(and(eq(listings.id, listing.id), eq(listings.organizationId, member.org.id))),
    auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: 'listing.photo_added', entity: 'listing', entityId: listing.id, detail: { url: photo.url, alt: check.alt } }, now),
  ]);
  return c.redirect(`/admin/listings/${listing.id}?notice=photoAdded#photos`, 303);
});

listingPages.post('/admin/listings/:id/photos/remove', async (c) => {
  requireRole(c, 'editor');
  const listing = await ownListing(c, c.req.param('id'));
  const member = c.get('member');
  const body = await c.req.parseBody();
  const url = typeof body.url === 'string' ? body.url : '';
  if (!listing.photos.some((p) => p.url === url)) throw notFound();
  const key = photoKey(url);
  if (key) await c.env.PHOTOS.delete(key);
  const db = database(c.env.DB);
  const now = Date.now();
  await db.batch([
    db.update(listings).set({ photos: listing.photos.filter((p) => p.url !== url), updatedAt: now }).where(and(eq(listings.id, listing.id), eq(listings.organizationId, member.org.id))),
    auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: 'listing.photo_removed', entity: 'listing', entityId: listing.id, detail: { url } }, now),
  ]);
  return c.redirect(`/admin/listings/${listing.id}?notice=photoRemoved#photos`, 303);
});
