/**
 * `/listings/{id}/{slug}`: a listing's public page, the one the mails link and people share.
 * `/listings/{id}` and an old or wrong slug answer 301 to the current address (the id decides,
 * worker/listings/public-path.ts). Paused, archived and no-longer-shown listings answer 410 with a
 * kind page, drafts and unknown ids 404 (worker/listings/public.ts says which is which). German by
 * default, English with `?lang=en` or an English browser. No script; cacheable for a few minutes.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { database } from '../../db/client';
import type { AppEnv } from '../../env';
import { documentHtml } from '../../http/document';
import { requestLocale } from '../../http/locale';
import { securityHeaders } from '../../http/security-headers';
import { isLocale, messages, otherLocale, writtenIn, type Locale } from '../../i18n';
import { placeMap } from '../../listings/place-map';
import { projectSide } from '../../listings/project-side';
import { listingPath, listingSlug } from '../../listings/public-path';
import { fitLink, publicListing } from '../../listings/public';
import { publicOrigin } from '../../settings';
import { listingFacts } from './facts';
import { ListingHead, pageUrls } from './head';
import { listingJsonLd } from './json-ld';
import { ListingPage, NotListedPage } from './page';

type Ctx = Context<AppEnv>;

/** Ids as the admin makes them (`lst_…`); anything else cannot be a listing. */
const ParamsSchema = z.object({ id: z.string().min(1).max(64).regex(/^[\w-]+$/), slug: z.string().max(200).optional() });

/** Short: a change in the admin shows within minutes; the language may follow Accept-Language. */
const CACHE = { shown: 'public, max-age=300', gone: 'public, max-age=300', missing: 'public, max-age=60' };

export const listingPages = new Hono<AppEnv>();
listingPages.use('/listings/*', securityHeaders({ referrer: 'strict-origin-when-cross-origin' }));

/** The same page in the other language (`?lang=` names it, so it wins over the browser's). */
const switchHref = (path: string, locale: Locale) => `${path}?lang=${otherLocale(locale)}`;

function notListed(c: Ctx, status: 404 | 410, locale: Locale, title?: string) {
  const html = documentHtml(NotListedPage({ locale, status, title, switchHref: switchHref(c.req.path, locale) }));
  return c.html(html, status, { 'Cache-Control': status === 410 ? CACHE.gone : CACHE.missing, Vary: 'Accept-Language' });
}

async function show(c: Ctx) {
  const locale = requestLocale(c);
  const params = ParamsSchema.safeParse(c.req.param());
  if (!params.success) return notListed(c, 404, locale);
  const db = database(c.env.DB);
  const found = await publicListing(db, params.data.id);
  if (found.state === 'missing') return notListed(c, 404, locale);
  if (found.state === 'gone') return notListed(c, 410, locale, found.listing.title);

  const { listing, organization, reach } = found;
  const path = listingPath(listing.id, listing.title);
  if (params.data.slug !== listingSlug(listing.title)) {
    const lang = c.req.query('lang');
    return c.redirect(isLocale(lang) ? `${path}?lang=${lang}` : path, 301);
  }

  const origin = publicOrigin(c.env, c.req.url);
  const urls = pageUrls(path, origin, locale);
  // The page shows them from its own origin (CSP img-src 'self'); cards and JSON-LD need absolute URLs.
  const photos = listing.photos.map((p) => ({ url: p.url, absolute: new URL(p.url, origin).href, alt: writtenIn(p.alt, locale) }));
  const map = await placeMap(db, listing);
  const jsonLd = listingJsonLd(listing, {
    url: urls.canonical,
    images: photos.map((p) => p.absolute),
    district: map?.district,
    lat: map?.listing.lat ?? listing.lat,
    lon: map?.listing.lon ?? listing.lon,
  });
  const first = photos[0];
  const image = first ? { url: first.absolute, alt: first.alt } : undefined;
  const head = ListingHead({ locale, title: listing.title, description: listing.summary, urls, image, siteName: messages(locale).listingPage.siteName, jsonLd });
  const html = documentHtml(
    ListingPage({
      locale,
      listing,
      photos,
      facts: listingFacts(listing, { district: map?.district ?? null, organization: organization.name, website: listing.website ?? organization.website }, locale),
      projectSide: projectSide(listing, locale),
      map,
      fitHref: fitLink(listing.id, reach),
      switchHref: switchHref(path, locale),
      head,
    }),
  );
  return c.html(html, 200, { 'Cache-Control': CACHE.shown, Vary: 'Accept-Language' });
}

listingPages.get('/listings/:id', show);
listingPages.get('/listings/:id/:slug', show);
