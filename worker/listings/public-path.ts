/**
 * The address of a listing's public page: `/listings/{id}/{slug}`. The slug is only for people
 * and search engines (the id decides), so an old slug after a title change still finds the page,
 * which then redirects to the current one.
 */

/** German letters a URL would otherwise lose, spelled as Germans do without them. */
const SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * @example
 * listingSlug('Wohnen am Klosterhof – Oybin'); // 'wohnen-am-klosterhof-oybin'
 */
export function listingSlug(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => SPELLED[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'wohnprojekt';
}

/**
 * The path of a listing's page (absolute with `origin`).
 * @example
 * listingPath(listing.id, listing.title); // '/listings/lst_1/wohnen-am-klosterhof'
 * listingPath(listing.id, listing.title, env.PUBLIC_ORIGIN); // 'https://…/listings/lst_1/…'
 */
export function listingPath(id: string, title: string, origin?: string): string {
  const path = `/listings/${encodeURIComponent(id)}/${listingSlug(title)}`;
  return origin ? new URL(path, origin).href : path;
}

/**
 * The page's absolute address for a mail, in the reader's language (German is the page's default,
 * so only another language is named).
 * @example
 * listingUrl(listing, 'https://bring-together.de', 'en'); // 'https://bring-together.de/listings/lst_1/hof-in-zittau?lang=en'
 */
export function listingUrl(listing: { id: string; title: string }, origin: string, locale: 'de' | 'en' = 'de'): string {
  const url = listingPath(listing.id, listing.title, origin);
  return locale === 'de' ? url : `${url}?lang=${locale}`;
}
