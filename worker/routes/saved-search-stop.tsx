/**
 * `/saved-searches/stop/{id}.{hmac}`: the stop link of every saved-search mail (the daily alerts and
 * "notify now" of a property). GET only asks (mail scanners and link prefetchers open links); the
 * form's POST deletes the saved search. The same URL is the mail's `List-Unsubscribe`: a mail
 * client's one-click POST (RFC 8058, body `List-Unsubscribe=One-Click`, sent from the provider's
 * servers without an Origin or a form of ours) deletes it too — the signed link is the key. A
 * malformed or forged token is a 404, the same as a search that is already gone.
 */
import { eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { database } from '../db/client';
import { savedSearches } from '../db/schema';
import type { AppEnv } from '../env';
import { rateLimit } from '../http/rate-limit';
import { isSameOriginPost } from '../http/same-origin';
import { securityHeaders } from '../http/security-headers';
import { Layout, render } from '../manage/pages';
import { ONE_CLICK_BODY, verifyStopToken } from '../saved-searches/stop-link';
import { messages, otherLocale, toLocale, type Locale } from '../i18n';
import { requestLocale } from '../http/locale';

type Ctx = Context<AppEnv>;

export const stopPages = new Hono<AppEnv>();
// The URL carries a capability: never send it on as a referrer.
stopPages.use('/saved-searches/stop/*', securityHeaders({ referrer: 'no-referrer', private: true }), rateLimit('manage'));

function StopPage({ locale, title, text, form, path }: { locale: Locale; title: string; text: string; form?: string; path?: string }) {
  const t = messages(locale).properties;
  return (
    <Layout locale={locale} title={title} switchHref={path ? `${path}?lang=${otherLocale(locale)}` : undefined} referrer="no-referrer">
      <h1>{title}</h1>
      <p>{text}</p>
      {form ? (
        <form method="post" action={`${form}?lang=${locale}`}>
          <button type="submit" class="danger">
            {t.stopButton}
          </button>
        </form>
      ) : null}
    </Layout>
  );
}

const page = (c: Ctx, status: 200 | 403 | 404, props: Parameters<typeof StopPage>[0]) => c.html(render(StopPage(props)), status);

/** The search the token names with the language its mails are in, or undefined (bad token, gone). */
async function resolve(c: Ctx): Promise<{ id: string; locale: Locale } | undefined> {
  const id = await verifyStopToken(c.env, c.req.param('token') ?? '');
  if (!id) return undefined;
  const row = await database(c.env.DB).select({ id: savedSearches.id, locale: savedSearches.locale }).from(savedSearches).where(eq(savedSearches.id, id)).get();
  return row ? { id: row.id, locale: toLocale(row.locale) } : undefined;
}

/** An RFC 8058 one-click unsubscribe: the POST body holds `List-Unsubscribe=One-Click`. */
async function isOneClick(c: Ctx): Promise<boolean> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return false;
  try {
    const body = await c.req.parseBody();
    return `List-Unsubscribe=${String(body['List-Unsubscribe'] ?? '')}` === ONE_CLICK_BODY;
  } catch {
    return false;
  }
}

stopPages.get('/saved-searches/stop/:token', async (c) => {
  const found = await resolve(c);
  const locale = requestLocale(c, { fallback: found?.locale });
  const t = messages(locale).properties;
  if (!found) return page(c, 404, { locale, title: t.goneTitle, text: t.goneText, path: c.req.path });
  return page(c, 200, { locale, title: t.stopTitle, text: t.stopText, form: c.req.path, path: c.req.path });
});

// The page's form sends nothing, a one-click POST one short field: no more than a few KiB is read.
stopPages.post('/saved-searches/stop/:token', bodyLimit({ maxSize: 4 * 1024, onError: (c) => c.body(null, 413) }), async (c) => {
  const found = await resolve(c);
  const locale = requestLocale(c, { fallback: found?.locale });
  const t = messages(locale).properties;
  if (!found) return page(c, 404, { locale, title: t.goneTitle, text: t.goneText, path: c.req.path });
  // The token is the capability; a browser's form must still come from our page, not from another
  // site. A one-click unsubscribe (RFC 8058) is no browser form: the signed link alone decides.
  if (!(await isOneClick(c)) && !isSameOriginPost(c.req.raw)) return page(c, 403, { locale, title: t.forbiddenTitle, text: t.forbiddenText, path: c.req.path });
  // Its told pairs (property_notifications) go with it (ON DELETE CASCADE).
  await database(c.env.DB).delete(savedSearches).where(eq(savedSearches.id, found.id));
  return page(c, 200, { locale, title: t.stoppedTitle, text: t.stoppedText });
});
