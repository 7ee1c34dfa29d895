/**
 * Admin action for vacant buildings and plots: `POST /admin/properties/{id}/notify` ("notify now")
 * tells the matching saved searches at once (worker/properties/notify.ts; without it, the daily
 * alerts of worker/saved-searches/alerts.ts tell them) and returns to the listing page with the
 * counts as bands. The listing must belong to the member's organization (else 404), be a property,
 * be published and be shown by a municipality's widget (its own, or one that approved the
 * provider); at most once per listing every 7 days; editors and owners only.
 */
import { Hono } from 'hono';
import { audit } from '../../audit/log';
import { requireMember, requireRole, type AdminEnv } from '../context';
import { ownListing } from '../listings/routes';
import { Page, render } from '../ui/layout';
import { database } from '../../db/client';
import { publicOrigin } from '../../settings';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { listings } from '../../db/schema';
import { demandBand } from '../../demand/building';
import { regionsOf } from '../../properties/demand';
import { notifyMatchingSearches, NOTIFY_INTERVAL_MS } from '../../properties/notify';
import { messages } from '../../i18n';
import { shortlistRoutes } from './shortlist';

export const propertyPages = new Hono<AdminEnv>();
propertyPages.use('/admin/properties/*', requireMember());
// Readiness criteria, the shortlist of interested groups and "takes the building on".
shortlistRoutes(propertyPages);

propertyPages.post('/admin/properties/:id/notify', async (c) => {
  requireRole(c, 'editor');
  const listing = await ownListing(c, c.req.param('id'));
  const t = messages(c.get('locale')).properties;
  if (listing.kind !== 'property' || listing.status !== 'published') {
    return render(
      c,
      <Page c={c} title={t.notifyTitle} section="listings">
        <p>{listing.kind !== 'property' ? t.notifyNotProperty : t.notifyOnlyPublished}</p>
        <p>
          <a href={`/admin/listings/${listing.id}`}>{listing.title}</a>
        </p>
      </Page>,
      400,
    );
  }
  // Only what a municipality lets into its widget may reach its seekers (worker/curation).
  if ((await regionsOf(c.env.DB, listing)).length === 0) {
    return render(
      c,
      <Page c={c} title={t.notifyTitle} section="listings">
        <p>{t.notifyNotApproved}</p>
        <p>
          <a href={`/admin/listings/${listing.id}`}>{listing.title}</a>
        </p>
      </Page>,
      400,
    );
  }
  const member = c.get('member');
  const now = Date.now();
  const db = database(c.env.DB);
  // At most once per listing per NOTIFY_INTERVAL: claimed before anything is sent.
  const claimed = await db
    .update(listings)
    .set({ searchesNotifiedAt: now })
    .where(and(eq(listings.id, listing.id), or(isNull(listings.searchesNotifiedAt), lt(listings.searchesNotifiedAt, now - NOTIFY_INTERVAL_MS))))
    .run();
  if (claimed.meta.changes === 0) return c.redirect(`/admin/listings/${listing.id}?notify=wait#notify`, 303);
  const r = await notifyMatchingSearches(c.env, listing, publicOrigin(c.env, c.req.url), now);
  // Nothing went out because the mail failed: the week is given back.
  if (r.failed && r.sent === 0) await db.update(listings).set({ searchesNotifiedAt: listing.searchesNotifiedAt }).where(eq(listings.id, listing.id));
  // Counts leave this route only as bands, also into the audit log its owners read.
  const shown = { sent: demandBand(r.sent, r.sentKeys), already: demandBand(r.already, r.alreadyKeys) };
  await audit(db, {
    organizationId: member.org.id,
    actorId: member.user.id,
    action: 'listing.saved_searches_notified',
    entity: 'listing',
    entityId: listing.id,
    detail: { ...shown, capped: r.capped, failed: r.failed },
  });
  const q = new URLSearchParams({ notified: shown.sent, already: shown.already, ...(r.capped ? { capped: '1' } : {}), ...(r.failed ? { failed: '1' } : {}) });
  return c.redirect(`/admin/listings/${listing.id}?${q}#notify`, 303);
});
