/**
 * `/saved-searches/stop/{id}.{hmac}`: the one-click stop link of property notifications. GET only
 * asks (mail scanners and link prefetchers open links); the form's POST deletes the saved search.
 * A malformed or forged token is a 404, the same as a search that is already gone.
 */
import { eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { database } from '../db/client';
import { embeds, savedSearches } from '../db/schema';
import type { AppEnv } from '../env';
import { rateLimit } from '../http/rate-limit';
import { isSameOriginPost } from '../http/same-origin';
import { securityHeaders } from '../http/security-headers';
import { Layout, render } from '../manage/pages';
import { verifyStopToken } from '../properties/stop-link';
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

/** The search the token names with its embed's language, or undefined (bad token, gone). */
async function resolve(c: Ctx): Promise<{ id: string; locale: Locale } | undefined> {
  const id = await verifyStopToken(c.env, c.req.param('token') ?? '');
  if (!id) return undefined;
  const row = await database(c.env.DB)
    .select({ id: savedSearches.id, locale: embeds.defaultLocale })
    .from(savedSearches)
    .leftJoin(embeds, eq(embeds.id, savedSearches.embedId))
    .where(eq(savedSearches.id, id))
    .get();
  return row ? { id: row.id, locale: toLocale(row.locale) } : undefined;
}

stopPages.get('/saved-searches/stop/:token', async (c) => {
  const found = await resolve(c);
  const locale = requestLocale(c, { fallback: found?.locale });
  const t = messages(locale).properties;
  if (!found) return page(c, 404, { locale, title: t.goneTitle, text: t.goneText, path: c.req.path });
  return page(c, 200, { locale, title: t.stopTitle, text: t.stopText, form: c.req.path, path: c.req.path });
});

stopPages.post('/saved-searches/stop/:token', async (c) => {
  const found = await resolve(c);
  const locale = requestLocale(c, { fallback: found?.locale });
  const t = messages(locale).properties;
  if (!found) return page(c, 404, { locale, title: t.goneTitle, text: t.goneText, path: c.req.path });
  // The token is the capability; the form must still come from our page, not from another site.
  if (!isSameOriginPost(c.req.raw)) return page(c, 403, { locale, title: t.forbiddenTitle, text: t.forbiddenText, path: c.req.path });
  // property_notifications rows go with it (ON DELETE CASCADE).
  await database(c.env.DB).delete(savedSearches).where(eq(savedSearches.id, found.id));
  return page(c, 200, { locale, title: t.stoppedTitle, text: t.stoppedText });
});
