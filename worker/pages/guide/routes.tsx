/**
 * `/guide` and `/guide/{section}`: the guide ("Wegweiser"), German by default, English with
 * `?lang=en` or an English browser. `?embed=<publishable key>` (the links from match reasons carry
 * it) adds that embed's municipality's advice offices; an unknown, revoked or malformed key just
 * shows none. No script; cacheable for a few minutes.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { database } from '../../db/client';
import type { AppEnv } from '../../env';
import { adviceForEmbed } from '../../guide/advice';
import { guideSection } from '../../guide/content';
import { GUIDE_SECTIONS, type GuideSection } from '../../guide/links';
import { documentHtml } from '../../http/document';
import { requestLocale } from '../../http/locale';
import { securityHeaders } from '../../http/security-headers';
import { messages, type Locale } from '../../i18n';
import { pageUrls } from '../listing/head';
import { MissingPage, OverviewPage, SectionPage, type GuideNav } from './page';

type Ctx = Context<AppEnv>;

/** The publishable key's shape (worker/api/schemas.ts); anything else is ignored, not an error. */
const EmbedParam = z.string().regex(/^pk_[A-Za-z0-9_]{4,64}$/);

/** Short, like the listing pages: a new advice office shows within minutes. */
const CACHE = { shown: 'public, max-age=300', missing: 'public, max-age=60' };

export const guidePages = new Hono<AppEnv>();
const headers = securityHeaders({ referrer: 'strict-origin-when-cross-origin' });
guidePages.use('/guide', headers);
guidePages.use('/guide/*', headers);

function navOf(c: Ctx): GuideNav {
  const embed = EmbedParam.safeParse(c.req.query('embed'));
  return { locale: requestLocale(c), embed: embed.success ? embed.data : undefined };
}

async function adviceOf(c: Ctx, nav: GuideNav) {
  return nav.embed ? adviceForEmbed(database(c.env.DB), nav.embed) : null;
}

/** Canonical and language alternates, without the embed (one page, whoever links to it). */
function Head({ path, c, locale, description }: { path: string; c: Ctx; locale: Locale; description: string }) {
  const urls = pageUrls(path, new URL(c.req.url).origin, locale);
  return (
    <>
      <meta name="description" content={description} />
      <link rel="canonical" href={urls.canonical} />
      <link rel="alternate" hreflang="de" href={urls.byLocale.de} />
      <link rel="alternate" hreflang="en" href={urls.byLocale.en} />
      <link rel="alternate" hreflang="x-default" href={urls.byLocale.de} />
    </>
  );
}

const isSection = (v: string): v is GuideSection => (GUIDE_SECTIONS as readonly string[]).includes(v);

guidePages.get('/guide', async (c) => {
  const nav = navOf(c);
  const head = Head({ path: '/guide', c, locale: nav.locale, description: messages(nav.locale).guide.overviewIntro });
  const html = documentHtml(OverviewPage({ nav, advice: await adviceOf(c, nav), head }));
  return c.html(html, 200, { 'Cache-Control': CACHE.shown, Vary: 'Accept-Language' });
});

guidePages.get('/guide/:section', async (c) => {
  const nav = navOf(c);
  const id = c.req.param('section');
  if (!isSection(id)) return c.html(documentHtml(MissingPage({ nav })), 404, { 'Cache-Control': CACHE.missing, Vary: 'Accept-Language' });
  const section = guideSection(id);
  const description = section.entries.map((e) => e.title[nav.locale]).join(', ');
  const head = Head({ path: `/guide/${id}`, c, locale: nav.locale, description });
  const html = documentHtml(SectionPage({ nav, section, advice: await adviceOf(c, nav), head }));
  return c.html(html, 200, { 'Cache-Control': CACHE.shown, Vary: 'Accept-Language' });
});
