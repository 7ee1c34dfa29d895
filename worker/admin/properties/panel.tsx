/**
 * The property panels on a listing's admin page: "demand for this building" (anonymous,
 * suppressed), "notify the matching saved searches" (editors and owners, published only), and the
 * readiness criteria with the shortlist of interested groups (shortlist.tsx).
 */
import type { Listing } from '../../db/schema';
import { hasRole, type AdminContext } from '../context';
import { PostButton } from '../ui/layout';
import { DEMAND_WEEKS, propertyDemand, type PropertyDemand } from '../../properties/demand';
import { NOTIFY_CAP, NOTIFY_INTERVAL_MS } from '../../properties/notify';
import { DEMAND_BANDS, type DemandBand } from '../../demand/building';
import { formatDateTime, messages } from '../../i18n';
import { readinessPanel } from './shortlist';

/** The outcome of the last notify click, carried in the redirect's query (bands only). */
function notifyOutcome(c: AdminContext): { sent: DemandBand; already: DemandBand; capped: boolean; failed: boolean } | undefined {
  const band = (k: string) => DEMAND_BANDS.find((b) => b === c.req.query(k));
  const sent = band('notified');
  const already = band('already');
  if (sent === undefined || already === undefined) return undefined;
  return { sent, already, capped: c.req.query('capped') === '1', failed: c.req.query('failed') === '1' };
}

function DemandPanel({ c, listing, demand }: { c: AdminContext; listing: Listing; demand: PropertyDemand }) {
  const locale = c.get('locale');
  const t = messages(locale).properties;
  return (
    <section aria-labelledby="demand-h" class="panel" id="demand">
      <h2 id="demand-h">{t.demandTitle}</h2>
      <p class="hint">{t.demandIntro(DEMAND_WEEKS)}</p>
      {demand.regions.length ? (
        <>
          <dl class="building-demand">
            <dt>{t.households}</dt>
            <dd data-demand="households">{demand.households}</dd>
            <dt>{t.groups}</dt>
            <dd data-demand="groups">{demand.groups}</dd>
          </dl>
          <p class="hint">{t.demandRegions(demand.regions.join(', '))}</p>
        </>
      ) : (
        <p>{listing.status === 'published' ? t.demandNoRegion : t.demandOnlyPublished}</p>
      )}
    </section>
  );
}

function NotifyPanel({ c, listing, shown }: { c: AdminContext; listing: Listing; shown: boolean }) {
  const t = messages(c.get('locale')).properties;
  const outcome = notifyOutcome(c);
  const again = listing.searchesNotifiedAt === null ? null : listing.searchesNotifiedAt + NOTIFY_INTERVAL_MS;
  const waiting = again !== null && again > Date.now();
  return (
    <section aria-labelledby="notify-h" class="panel" id="notify">
      <h2 id="notify-h">{t.notifyTitle}</h2>
      <div role="status">
        {outcome ? <p class={outcome.failed ? 'warning' : 'notice'}>{t.notifyResult(outcome.sent, outcome.already)}</p> : null}
        {outcome?.capped ? <p class="warning">{t.notifyCapped(NOTIFY_CAP)}</p> : null}
        {outcome?.failed ? <p class="warning">{t.notifyFailed}</p> : null}
        {waiting && !outcome ? <p class="notice">{t.notifyWait(formatDateTime(again, c.get('locale')))}</p> : null}
      </div>
      <p class="hint">{t.notifyIntro(NOTIFY_CAP)}</p>
      {listing.status === 'published' && !shown ? <p>{t.notifyNotApproved}</p> : null}
      {listing.status === 'published' && shown && !waiting ? (
        <PostButton c={c} action={`/admin/properties/${listing.id}/notify`}>{t.notifyButton}</PostButton>
      ) : listing.status === 'published' ? null : (
        <p>{t.notifyOnlyPublished}</p>
      )}
    </section>
  );
}

/**
 * The panels for a vacant building or plot; nothing for a project.
 * @example
 * const panels = await propertyPanels(c, listing); // then {panels} in the page
 */
export async function propertyPanels(c: AdminContext, listing: Listing) {
  if (listing.kind !== 'property') return null;
  const demand = await propertyDemand(c.env.DB, listing, Date.now());
  const canNotify = hasRole(c.get('member').role, 'editor');
  const readiness = await readinessPanel(c, listing);
  return (
    <>
      <DemandPanel c={c} listing={listing} demand={demand} />
      {canNotify ? <NotifyPanel c={c} listing={listing} shown={demand.regions.length > 0} /> : null}
      {readiness}
    </>
  );
}
