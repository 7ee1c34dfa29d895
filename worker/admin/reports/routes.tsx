/**
 * Reports of the region's group search (`/admin/reports`), for the municipality the report mail
 * went to: the open ones (oldest first) and the handled ones, each with what was reported and why,
 * never by whom. Owners and editors mark one handled (audited in the same batch); viewers read.
 * Providers get 404: reports go to the region's municipality.
 *
 *   GET  /admin/reports              the two lists
 *   POST /admin/reports/:id/handled  mark one handled (a second time changes nothing)
 */
import { Hono } from 'hono';
import { database } from '../../db/client';
import { markReportHandled, regionReports, type RegionReport } from '../../groups/reports';
import { formatDateTime, messages } from '../../i18n';
import { hasRole, notFound, requireMember, requireRole, type AdminContext, type AdminEnv } from '../context';
import { Page, PostButton, render } from '../ui/layout';

export const reportPages = new Hono<AdminEnv>();
reportPages.use('/admin/reports', requireMember());
reportPages.use('/admin/reports/*', requireMember());

/** The member's municipality id, or 404 for a provider organization. */
function municipalityOf(c: AdminContext): string {
  const { org } = c.get('member');
  if (org.kind !== 'municipality') throw notFound();
  return org.id;
}

function ReportRows({ c, reports, handled }: { c: AdminContext; reports: RegionReport[]; handled: boolean }) {
  const locale = c.get('locale');
  const g = messages(locale).groups;
  const t = g.reports;
  const canMark = !handled && hasRole(c.get('member').role, 'editor');
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{handled ? t.handled : t.open}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.when}</th>
            <th scope="col">{t.columns.reported}</th>
            <th scope="col">{t.columns.reason}</th>
            <th scope="col">{t.columns.note}</th>
            {handled ? <th scope="col">{t.columns.handledAt}</th> : null}
            {canMark ? <th scope="col">{t.columns.action}</th> : null}
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => {
            const when = formatDateTime(r.createdAt, locale);
            const p = r.reported;
            return (
              <tr data-report={r.id}>
                <td>{when}</td>
                <td>
                  {p === null ? (
                    <em>{t.gone}</em>
                  ) : p.kind === 'pool' ? (
                    <>
                      <strong>{t.household}</strong>: „{p.text}“
                    </>
                  ) : (
                    <>
                      <strong>{t.initiative(p.name)}</strong>
                      {p.state === 'closed' ? ` ${t.closed}` : ''}: „{p.text}“
                    </>
                  )}
                </td>
                <td>{g.moderation.reasons[r.reason] ?? r.reason}</td>
                <td>{r.note ?? t.noNote}</td>
                {handled ? <td>{r.handledAt ? formatDateTime(r.handledAt, locale) : ''}</td> : null}
                {canMark ? (
                  <td>
                    <PostButton c={c} action={`/admin/reports/${encodeURIComponent(r.id)}/handled`} inline label={t.markHandledLabel(when)}>
                      {t.markHandled}
                    </PostButton>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

reportPages.get('/admin/reports', async (c) => {
  const region = municipalityOf(c);
  const t = messages(c.get('locale')).groups.reports;
  const { open, handled } = await regionReports(database(c.env.DB), region);
  return render(
    c,
    <Page c={c} title={t.title} section="reports" notice={c.req.query('notice') === 'handled' ? t.marked : undefined}>
      <p>{t.intro}</p>
      <p>{t.removal}</p>
      {hasRole(c.get('member').role, 'editor') ? null : <p class="hint">{t.readOnly}</p>}
      <section class="panel" aria-labelledby="open-h">
        <h2 id="open-h">
          {t.open} ({open.length})
        </h2>
        {open.length ? <ReportRows c={c} reports={open} handled={false} /> : <p>{t.noneOpen}</p>}
      </section>
      <section class="panel" aria-labelledby="handled-h">
        <h2 id="handled-h">{t.handled}</h2>
        {handled.length ? <ReportRows c={c} reports={handled} handled /> : <p>{t.noneHandled}</p>}
      </section>
    </Page>,
  );
});

reportPages.post('/admin/reports/:id/handled', async (c) => {
  const region = municipalityOf(c);
  requireRole(c, 'editor');
  // Not the region's (or no such report): 404, so ids of other regions cannot be probed; handled already: as if now.
  const outcome = await markReportHandled(database(c.env.DB), { region, actorId: c.get('member').user.id }, c.req.param('id'), Date.now());
  if (outcome === 'unknown') throw notFound();
  return c.redirect('/admin/reports?notice=handled', 303);
});
