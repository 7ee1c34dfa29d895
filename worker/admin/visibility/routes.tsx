/**
 * The provider's side of curation (worker/curation): which municipalities' embeds show its
 * listings, their decisions and messages, which listings a municipality hides and why, and a new
 * review after a rejection (editors and owners). Any organization sees its own rows only.
 */
import { Hono } from 'hono';
import { database } from '../../db/client';
import { reviewRequestStatements, visibilityFor } from '../../curation/approvals';
import { hasRole, notFound, requireMember, requireRole, type AdminEnv } from '../context';
import { formatDate } from '../../i18n';
import { Page, PostButton, render } from '../ui/layout';

export const visibilityPages = new Hono<AdminEnv>();
visibilityPages.use('/admin/visibility', requireMember());
visibilityPages.use('/admin/visibility/*', requireMember());

visibilityPages.get('/admin/visibility', async (c) => {
  const t = c.get('t');
  const V = t.visibility;
  const member = c.get('member');
  const rows = await visibilityFor(c.env.DB, member.org.id);
  const canAsk = hasRole(member.role, 'editor');
  return render(
    c,
    <Page c={c} title={V.title} section="visibility" notice={c.req.query('notice') === 'asked' ? V.asked : undefined}>
      <p>{V.intro}</p>
      {rows.length === 0 ? <p>{V.none}</p> : null}
      {rows.map((r) => (
        <section class="panel" aria-labelledby={`m-${r.municipality.id}`}>
          <h2 id={`m-${r.municipality.id}`}>{r.municipality.name}</h2>
          <p class={r.state === 'approved' ? 'notice' : 'warning'}>{V.state[r.state]}</p>
          {r.decidedAt && r.state !== 'pending' ? (
            <p class="hint">
              {t.providers.col.decidedAt}: {formatDate(r.decidedAt, c.get('locale'))}
            </p>
          ) : null}
          {r.message ? (
            <>
              <h3>{V.message}</h3>
              <p>{r.message}</p>
            </>
          ) : null}
          {r.hidden.length ? (
            <>
              <h3>{V.hidden}</h3>
              <ul>
                {r.hidden.map((h) => (
                  <li>
                    <a href={`/admin/listings/${h.listingId}`}>{h.title}</a>: {h.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {r.state === 'rejected' && canAsk ? (
            <PostButton c={c} action={`/admin/visibility/${r.municipality.id}/review`}>{V.askAgain}</PostButton>
          ) : null}
        </section>
      ))}
    </Page>,
  );
});

visibilityPages.post('/admin/visibility/:municipalityId/review', async (c) => {
  requireRole(c, 'editor');
  const member = c.get('member');
  const row = (await visibilityFor(c.env.DB, member.org.id)).find((r) => r.municipality.id === c.req.param('municipalityId'));
  if (!row || row.state !== 'rejected') throw notFound();
  const db = database(c.env.DB);
  await db.batch(reviewRequestStatements(db, { municipalityId: row.municipality.id, providerId: member.org.id, actorId: member.user.id }));
  return c.redirect('/admin/visibility?notice=asked', 303);
});
