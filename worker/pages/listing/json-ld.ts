/**
 * The schema.org description of a listing's page (JSON-LD): a project is a `Residence`, a vacant
 * building or plot a `Place`, each with its postal address (locality, postcode, country; no
 * street) and the postcode's centroid as `geo`. No personal data: no contact person, no email, no
 * phone; the organization is not named either (search engines take the page for that).
 */
import type { Listing } from '../../db/schema';

export interface ListingJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Residence' | 'Place';
  '@id': string;
  name: string;
  description: string;
  url: string;
  image?: string[];
  address: {
    '@type': 'PostalAddress';
    addressLocality: string;
    postalCode: string;
    addressRegion?: string;
    addressCountry: 'DE';
  };
  geo: { '@type': 'GeoCoordinates'; latitude: number; longitude: number };
}

/**
 * @example
 * listingJsonLd(listing, { url: 'https://…/listings/lst_1/hof', images: ['https://…/demo/photos/house.svg'], district: 'Landkreis Görlitz', lat: 50.9, lon: 14.77 });
 */
export function listingJsonLd(
  listing: Pick<Listing, 'kind' | 'title' | 'summary' | 'place' | 'postcode'>,
  at: { url: string; images: string[]; district?: string; lat: number; lon: number },
): ListingJsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': listing.kind === 'project' ? 'Residence' : 'Place',
    '@id': at.url,
    name: listing.title,
    description: listing.summary,
    url: at.url,
    ...(at.images.length ? { image: at.images } : {}),
    address: {
      '@type': 'PostalAddress',
      addressLocality: listing.place,
      postalCode: listing.postcode,
      ...(at.district ? { addressRegion: at.district } : {}),
      addressCountry: 'DE',
    },
    geo: { '@type': 'GeoCoordinates', latitude: at.lat, longitude: at.lon },
  };
}

/**
 * The JSON as the text of a `<script type="application/ld+json">`: `<` escaped, so no value can
 * close the element (the HTML parser reads that text raw, entities are not decoded there).
 */
export const jsonLdText = (data: ListingJsonLd): string => JSON.stringify(data).replace(/</g, '\\u003c');
