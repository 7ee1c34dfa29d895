/**
 * The schema.org types a listing page's JSON-LD uses (worker/pages/listing/json-ld.ts), as zod
 * schemas of the fields the page promises and nothing more (`strict`: no contact person, no email,
 * no telephone can slip in). Shared by the worker test and the browser test.
 */
import { z } from 'zod';

export const PostalAddressSchema = z
  .object({
    '@type': z.literal('PostalAddress'),
    addressLocality: z.string().min(1),
    postalCode: z.string().regex(/^\d{5}$/),
    addressRegion: z.string().min(1).optional(),
    addressCountry: z.literal('DE'),
  })
  .strict();

/** Germany's extent, so a swapped latitude and longitude fails. */
export const GeoCoordinatesSchema = z.object({ '@type': z.literal('GeoCoordinates'), latitude: z.number().min(47).max(55.1), longitude: z.number().min(5.8).max(15.1) }).strict();

export const ListingJsonLdSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.enum(['Residence', 'Place']),
    '@id': z.string().url(),
    name: z.string().min(1),
    description: z.string().min(1),
    url: z.string().url(),
    image: z.array(z.string().url()).min(1).optional(),
    address: PostalAddressSchema,
    geo: GeoCoordinatesSchema,
  })
  .strict();
