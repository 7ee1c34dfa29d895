/**
 * Admin action for vacant buildings and plots: `POST /admin/properties/{id}/notify` tells the
 * matching saved searches (worker/properties/notify.ts) and returns to the listing page with the
 * counts. The listing must belong to the member's organization (else 404), be a property and be
 * published; editors and owners only.
 */
import { Hono } from 'hono';
import { audit } from '../audit/log';
import { requireMember, requireRole, type AdminEnv } from '../admin/context';
import { ownListing } from '../admin/listings/routes';
import { Page, render } from '../admin/ui/layout';
import { database } from '../db/client';
import { publicOrigin } from '../settings';
import { notifyMatchingSearches } from './notify';
import { propertyTexts } from './texts';

export const propertyPages = new Hono<AdminEnv>();
propertyPages.use('/admin/properties/*', requireMember());

propertyPages.post('/admin/properties/:id/notify', async (c) => {
  requireRole(c, 'editor');
  const listing = await ownListing(c, c.req.param('id'));
  const t = propertyTexts[c.get('locale')];
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
  const member = c.get('member');
  const origin = publicOrigin(c.env, c.req.url);
  const r = await notifyMatchingSearches(c.env, listing, origin);
  const db = database(c.env.DB);
  await audit(db, {
    organizationId: member.org.id,
    actorId: member.user.id,
    action: 'listing.saved_searches_notified',
    entity: 'listing',
    entityId: listing.id,
    detail: { sent: r.sent, already: r.already, capped: r.capped, failed: r.failed },
  });
  const q = new URLSearchParams({ notified: String(r.sent), already: String(r.already), ...(r.capped ? { capped: '1' } : {}), ...(r.failed ? { failed: '1' } : {}) });
  return c.redirect(`/admin/listings/${listing.id}?${q}#notify`, 303);
});
