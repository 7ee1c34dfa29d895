/**
 * What a listing page adds to `<head>`: its description, canonical address and the other
 * language's, Open Graph and Twitter card tags (so a shared link shows title, summary and photo)
 * and the schema.org JSON-LD.
 */
import { intlLocale, otherLocale, type Locale } from '../../i18n';
import { jsonLdText, type ListingJsonLd } from './json-ld';

export interface PageUrls {
  /** This page in its language (German: no `lang`; English: `?lang=en`). */
  canonical: string;
  /** The page in each language. */
  byLocale: Record<Locale, string>;
}

/** The page's address in a language: German is the default, so only English names itself. */
export function pageUrls(path: string, origin: string, locale: Locale): PageUrls {
  const de = new URL(path, origin).href;
  const byLocale = { de, en: `${de}?lang=en` };
  return { canonical: byLocale[locale], byLocale };
}

const ogLocale = (locale: Locale) => intlLocale(locale).replace('-', '_');

export function ListingHead(p: {
  locale: Locale;
  title: string;
  description: string;
  urls: PageUrls;
  image?: { url: string; alt: string };
  siteName: string;
  jsonLd: ListingJsonLd;
}) {
  const other = otherLocale(p.locale);
  return (
    <>
      <meta name="description" content={p.description} />
      <link rel="canonical" href={p.urls.canonical} />
      <link rel="alternate" hreflang="de" href={p.urls.byLocale.de} />
      <link rel="alternate" hreflang="en" href={p.urls.byLocale.en} />
      <link rel="alternate" hreflang="x-default" href={p.urls.byLocale.de} />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={p.siteName} />
      <meta property="og:title" content={p.title} />
      <meta property="og:description" content={p.description} />
      <meta property="og:url" content={p.urls.canonical} />
      <meta property="og:locale" content={ogLocale(p.locale)} />
      <meta property="og:locale:alternate" content={ogLocale(other)} />
      {p.image ? <meta property="og:image" content={p.image.url} /> : null}
      {p.image ? <meta property="og:image:alt" content={p.image.alt} /> : null}
      <meta name="twitter:card" content={p.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={p.title} />
      <meta name="twitter:description" content={p.description} />
      {p.image ? <meta name="twitter:image" content={p.image.url} /> : null}
      {p.image ? <meta name="twitter:image:alt" content={p.image.alt} /> : null}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(p.jsonLd) }} />
    </>
  );
}
