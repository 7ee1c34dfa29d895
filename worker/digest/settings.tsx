/**
 * `/admin/settings`: the member's own settings for the active organization — for now the opt-in to
 * the weekly digest (table digest_subscriptions, one row per user and organization). Every member
 * may subscribe (viewers too: the digest says nothing the member cannot already see in the admin).
 */
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { requireMember, type AdminEnv } from '../admin/context';
import { Checkbox } from '../admin/ui/form';
import { Csrf, Page, render } from '../admin/ui/layout';
import { database } from '../db/client';
import { digestSubscriptions } from '../db/schema';
import { digestTexts } from './texts';

export const digestSettingsPages = new Hono<AdminEnv>();
digestSettingsPages.use('/admin/settings', requireMember());

digestSettingsPages.get('/admin/settings', async (c) => {
  const { user, org } = c.get('member');
  const t = digestTexts[c.get('locale')];
  const row = await database(c.env.DB)
    .select({ userId: digestSubscriptions.userId })
    .from(digestSubscriptions)
    .where(and(eq(digestSubscriptions.userId, user.id), eq(digestSubscriptions.organizationId, org.id)))
    .get();
  return render(
    c,
    <Page c={c} title={t.title} section="settings" notice={c.req.query('notice') === 'saved' ? t.saved : undefined}>
      <form method="post" action="/admin/settings">
        <Csrf c={c} />
        <fieldset>
          <legend>{t.digestLegend}</legend>
          <Checkbox name="digest" label={t.digestLabel} checked={Boolean(row)} hint={t.digestHint(org.name)} />
        </fieldset>
        <button type="submit">{t.save}</button>
      </form>
    </Page>,
  );
});

digestSettingsPages.post('/admin/settings', async (c) => {
  const { user, org } = c.get('member');
  const body = await c.req.parseBody();
  const db = database(c.env.DB);
  if (body.digest === '1') {
    // Subscribing again keeps last_sent_at: no second digest for a period already covered.
    await db.insert(digestSubscriptions).values({ userId: user.id, organizationId: org.id, createdAt: Date.now() }).onConflictDoNothing();
  } else {
    await db.delete(digestSubscriptions).where(and(eq(digestSubscriptions.userId, user.id), eq(digestSubscriptions.organizationId, org.id)));
  }
  return c.redirect('/admin/settings?notice=saved', 303);
});
