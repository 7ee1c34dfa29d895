/**
 * The hosted admin for providers: server-rendered pages (hono/jsx), plain forms, CSRF-protected,
 * German and English. Mounted in worker/app.ts with `app.route('/', admin)`.
 */
import { Hono } from 'hono';
import { authPages } from './auth/routes';
import { auditPages } from './audit/routes';
import { AdminError, localeFromRequest, sameOrigin, securityHeaders, type AdminEnv } from './context';
import { inboxPages } from './inbox/routes';
import { listingPages } from './listings/routes';
import { photoFiles } from './listings/photos';
import { memberPages } from './members/routes';
import { Page, render } from './ui/layout';

export const admin = new Hono<AdminEnv>();

admin.use('/admin/*', securityHeaders(), localeFromRequest(), sameOrigin());
admin.use('/admin', securityHeaders(), localeFromRequest());

admin.route('/', authPages);
admin.route('/', listingPages);
admin.route('/', inboxPages);
admin.route('/', memberPages);
admin.route('/', auditPages);
admin.route('/', photoFiles);

admin.onError((err, c) => {
  if (!(err instanceof AdminError)) throw err;
  const t = c.get('t');
  const text = {
    notFound: [t.errors.notFoundTitle, t.errors.notFound],
    forbidden: [t.errors.forbiddenTitle, t.errors.forbidden],
    csrf: [t.errors.csrfTitle, t.errors.csrf],
    rateLimited: [t.errors.rateLimitedTitle, t.errors.rateLimited],
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
