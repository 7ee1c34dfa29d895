/**
 * The two property panels on a listing's admin page: "demand for this building" (anonymous,
 * suppressed) and "notify the matching saved searches" (editors and owners, published only).
 */
import { formatShown } from '../dashboard/tables';
import type { Listing } from '../db/schema';
import { hasRole, type AdminContext } from '../admin/context';
import { Csrf } from '../admin/ui/layout';
import { DEMAND_WEEKS, propertyDemand, type PropertyDemand } from './demand';
import { NOTIFY_CAP } from './notify';
import { propertyTexts } from './texts';

/** The outcome of the last notify click, carried in the redirect's query (counts only). */
function notifyOutcome(c: AdminContext): { sent: number; already: number; capped: boolean; failed: boolean } | undefined {
  const int = (k: string) => {
    const v = c.req.query(k);
    return v !== undefined && /^\d{1,7}$/.test(v) ? Number(v) : undefined;
  };
  const sent = int('notified');
  const already = int('already');
  if (sent === undefined || already === undefined) return undefined;
  return { sent, already, capped: c.req.query('capped') === '1', failed: c.req.query('failed') === '1' };
}

function DemandPanel({ c, demand }: { c: AdminContext; demand: PropertyDemand }) {
  const locale = c.get('locale');
  const t = propertyTexts[locale];
  return (
    <section aria-labelledby="demand-h" class="panel" id="demand">
      <h2 id="demand-h">{t.demandTitle}</h2>
      <p class="hint">{t.demandIntro(DEMAND_WEEKS)}</p>
      {demand.regions.length ? (
        <>
          <dl class="building-demand">
            <dt>{t.households}</dt>
            <dd data-demand="households">{formatShown(demand.households, locale)}</dd>
            <dt>{t.groups}</dt>
            <dd data-demand="groups">{formatShown(demand.groups, locale)}</dd>
          </dl>
          <p class="hint">{t.demandRegions(demand.regions.join(', '))}</p>
        </>
      ) : (
        <p>{t.demandNoRegion}</p>
      )}
    </section>
  );
}

function NotifyPanel({ c, listing }: { c: AdminContext; listing: Listing }) {
  const t = propertyTexts[c.get('locale')];
  const outcome = notifyOutcome(c);
  return (
    <section aria-labelledby="notify-h" class="panel" id="notify">
      <h2 id="notify-h">{t.notifyTitle}</h2>
      <div role="status">
        {outcome ? <p class={outcome.failed ? 'warning' : 'notice'}>{t.notifyResult(outcome.sent, outcome.already)}</p> : null}
        {outcome?.capped ? <p class="warning">{t.notifyCapped(NOTIFY_CAP)}</p> : null}
        {outcome?.failed ? <p class="warning">{t.notifyFailed}</p> : null}
      </div>
      <p class="hint">{t.notifyIntro(NOTIFY_CAP)}</p>
      {listing.status === 'published' ? (
        <form method="post" action={`/admin/properties/${listing.id}/notify`}>
          <Csrf c={c} />
          <button type="submit">{t.notifyButton}</button>
        </form>
      ) : (
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
  return (
    <>
      <DemandPanel c={c} demand={demand} />
      {canNotify ? <NotifyPanel c={c} listing={listing} /> : null}
    </>
  );
}
