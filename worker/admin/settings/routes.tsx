/**
 * `/admin/settings`: the member's own settings for the active organization — how they hear of new
 * requests and answers (at once, a daily summary, or not: member_notifications), the opt-in to the
 * weekly digest (table digest_subscriptions, one row per user and organization; every member may
 * subscribe: the digest says nothing the member cannot already see in the admin) — and, for owners,
 * the language of mails to the organization's shared addresses (a listing's contact email).
 */
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { hasRole, requireMember, requireRole, type AdminEnv } from '../context';
import { Checkbox, Select } from '../ui/form';
import { Csrf, Page, render } from '../ui/layout';
import { database } from '../../db/client';
import { digestSubscriptions, memberNotifications, NOTIFY_MODES, organizations } from '../../db/schema';
import { notifyModeOf } from '../../conversation/summary';
import { defaultNotifyMode } from '../../organizations/recipients';
import { LOCALES, LOCALE_NAMES, messages, toLocale } from '../../i18n';

export const digestSettingsPages = new Hono<AdminEnv>();
digestSettingsPages.use('/admin/settings', requireMember());
digestSettingsPages.use('/admin/settings/*', requireMember());

digestSettingsPages.get('/admin/settings', async (c) => {
  const { user, org, role } = c.get('member');
  const t = messages(c.get('locale')).digest;
  const db = database(c.env.DB);
  const row = await db
    .select({ userId: digestSubscriptions.userId })
    .from(digestSubscriptions)
    .where(and(eq(digestSubscriptions.userId, user.id), eq(digestSubscriptions.organizationId, org.id)))
    .get();
  const current = await db.select({ locale: organizations.locale }).from(organizations).where(eq(organizations.id, org.id)).get();
  const admin = c.get('t');
  const mode = await notifyModeOf(db, user.id, org.id);
  return render(
    c,
    <Page c={c} title={t.title} section="settings" notice={c.req.query('notice') === 'saved' ? t.saved : undefined}>
      {hasRole(role, 'owner') ? (
        <form method="post" action="/admin/settings/organization">
          <Csrf c={c} />
          <fieldset>
            <legend>{t.orgLegend(org.name)}</legend>
            <Select
              t={admin}
              name="locale"
              label={t.orgLocale}
              hint={t.orgLocaleHint}
              value={current?.locale ?? 'de'}
              options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
            />
          </fieldset>
          <button type="submit">{t.saveLanguage}</button>
        </form>
      ) : null}
      <form method="post" action="/admin/settings/notifications">
        <Csrf c={c} />
        <fieldset>
          <legend>{admin.notifications.legend(org.name)}</legend>
          <Select
            t={admin}
            name="mode"
            label={admin.notifications.label}
            hint={admin.notifications.hint}
            value={mode ?? defaultNotifyMode(role)}
            options={NOTIFY_MODES.map((m) => ({ value: m, label: admin.notifications.modes[m]! }))}
          />
        </fieldset>
        <button type="submit">{admin.notifications.save}</button>
      </form>
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

digestSettingsPages.post('/admin/settings/notifications', async (c) => {
  const { user, org } = c.get('member');
  const body = await c.req.parseBody();
  const mode = NOTIFY_MODES.find((m) => m === body.mode);
  if (!mode) return c.redirect('/admin/settings', 303);
  const now = Date.now();
  await database(c.env.DB)
    .insert(memberNotifications)
    .values({ userId: user.id, organizationId: org.id, mode, updatedAt: now })
    .onConflictDoUpdate({ target: [memberNotifications.userId, memberNotifications.organizationId], set: { mode, updatedAt: now } });
  return c.redirect('/admin/settings?notice=saved', 303);
});

digestSettingsPages.post('/admin/settings/organization', async (c) => {
  requireRole(c, 'owner');
  const { org } = c.get('member');
  const body = await c.req.parseBody();
  const locale = toLocale(body.locale);
  await database(c.env.DB).update(organizations).set({ locale }).where(eq(organizations.id, org.id));
  return c.redirect('/admin/settings?notice=saved', 303);
});
