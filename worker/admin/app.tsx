/**
 * The hosted admin for providers: server-rendered pages (hono/jsx), plain forms, CSRF-protected,
 * German and English. Mounted in worker/app.ts with `app.route('/', admin)`.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createDashboard, type DashboardEnv } from '../dashboard/app';
import { authPages } from './auth/routes';
import { auditPages } from './audit/routes';
import { AdminError, localeFromRequest, requireMember, sameOrigin, type AdminEnv } from './context';
import { securityHeaders } from '../http/security-headers';
import { inboxPages } from './inbox/routes';
import { listingPages } from './listings/routes';
import { photoFiles } from './listings/photos';
import { embedPages } from './embeds/routes';
import { regionPages } from './region/routes';
import { memberPages } from './members/routes';
import { providerPages } from './providers/routes';
import { visibilityPages } from './visibility/routes';
import { operatorOutbox } from './operator/outbox';
import { operatorPages } from './operator/routes';
import { Page, render } from './ui/layout';
import { requireSettings } from '../http/settings';
import { CORE_NEEDS } from '../settings';
import { propertyPages } from './properties/routes';
import { digestSettingsPages } from './settings/routes';
import { advicePages } from './advice/routes';
import { initiativePages } from './initiatives/routes';
import { reportPages } from './reports/routes';

export const admin = new Hono<AdminEnv>();

export const ADMIN_MAX_BODY_BYTES = 8 * 1024 * 1024;

// Every admin page reads or signs a session: without AUTH_SECRET, mail and PUBLIC_ORIGIN it
// answers 503 naming what is missing, before anyone can sign in.
admin.use('/admin', requireSettings(CORE_NEEDS, { reads: true }));
admin.use('/admin/*', requireSettings(CORE_NEEDS, { reads: true }));
// same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts.
const adminHeaders = securityHeaders({ referrer: 'same-origin', cache: 'no-store' });
admin.use('/admin/*', adminHeaders, localeFromRequest(), sameOrigin());
// Refuse oversized bodies before anything parses them: a photo is at most 5 MB (checked with a
// message in the form), so 8 MB leaves room for the other fields of a multipart post.
admin.use(
  '/admin/*',
  bodyLimit({
    maxSize: ADMIN_MAX_BODY_BYTES,
    onError: () => {
      throw new AdminError(413, 'tooLarge');
    },
  }),
);
admin.use('/admin', adminHeaders, localeFromRequest());

admin.route('/', authPages);
admin.route('/', listingPages);
admin.route('/', inboxPages);
admin.route('/', memberPages);
admin.route('/', auditPages);
admin.route('/', photoFiles);
admin.route('/', embedPages);
admin.route('/', regionPages);
admin.route('/', providerPages);
admin.route('/', visibilityPages);
admin.route('/', operatorOutbox);
admin.route('/', operatorPages);
admin.route('/', propertyPages);
admin.route('/', digestSettingsPages);
admin.route('/', advicePages);
admin.route('/', initiativePages);
admin.route('/', reportPages);

// The municipality's demand dashboard (worker/dashboard) for every member of the organization;
// it answers 404 itself for provider organizations.
const dashboardContext: MiddlewareHandler<AdminEnv> = async (c, next) => {
  const { org, role } = c.get('member');
  const ctx = c as unknown as Context<DashboardEnv>;
  ctx.set('organizationId', org.id);
  ctx.set('role', role);
  await next();
};
admin.use('/admin/dashboard', requireMember(), dashboardContext);
admin.use('/admin/dashboard/*', requireMember(), dashboardContext);
admin.route('/admin/dashboard', createDashboard({ base: '/admin/dashboard', shortlistBase: '/admin/properties' }) as unknown as Hono<AdminEnv>);

admin.onError((err, c) => {
  if (!(err instanceof AdminError)) throw err;
  const t = c.get('t');
  const text = {
    notFound: [t.errors.notFoundTitle, t.errors.notFound],
    forbidden: [t.errors.forbiddenTitle, t.errors.forbidden],
    csrf: [t.errors.csrfTitle, t.errors.csrf],
    rateLimited: [t.errors.rateLimitedTitle, t.errors.rateLimited],
    tooLarge: [t.errors.tooLargeTitle, t.errors.tooLarge],
    suspended: [t.suspended.title, t.suspended.text],
  }[err.kind];
  const res = render(
    c,
    <Page c={c} title={text[0]!}>
      <p>{text[1]}</p>
      <p>
        <a href="/admin/listings">{t.nav.listings}</a>
      </p>
    </Page>,
    err.status,
  );
  if (err.status === 429) res.headers.set('Retry-After', '60');
  return res;
});
