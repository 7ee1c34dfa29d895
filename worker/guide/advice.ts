/**
 * A municipality's local advice offices: what the admin form accepts (zod, field by field), which
 * offices an embed shows (its organization's, for municipality embeds only), and their public shape
 * in the embed config and on guide pages.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { adviceOffices, embeds, organizations, type AdviceOffice } from '../db/schema';

export const MAX_ADVICE_OFFICES = 20;

const optional = <S extends z.ZodType<string>>(schema: S) => z.union([z.literal('').transform(() => null), schema]);

/**
 * One office as the admin form sends it, after trimming; empty optional fields become null.
 * Phone or email is required (a contact without either is of no use to a household).
 */
export const AdviceOfficeInputSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    hours: z.string().trim().min(1).max(300),
    phone: optional(z.string().trim().regex(/^\+?[0-9 ()/-]{5,30}$/)),
    email: optional(z.email().max(200)),
    website: optional(z.url({ protocol: /^https$/ }).max(300)),
    address: optional(z.string().trim().max(300)),
  })
  .refine((o) => o.phone !== null || o.email !== null, { path: ['contact'], message: 'phone or email is required' });
export type AdviceOfficeInput = z.infer<typeof AdviceOfficeInputSchema>;

/** What the public sees of an office (no ids, no times). */
export interface PublicAdviceOffice {
  name: string;
  hours: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  address: string | null;
}

export const publicAdviceOffice = (o: AdviceOffice): PublicAdviceOffice => ({
  name: o.name,
  hours: o.hours,
  phone: o.phone,
  email: o.email,
  website: o.website,
  address: o.address,
});

/** An organization's offices, by name. */
export function adviceOfficesOf(db: Database, organizationId: string): Promise<AdviceOffice[]> {
  return db.select().from(adviceOffices).where(eq(adviceOffices.organizationId, organizationId)).orderBy(asc(adviceOffices.name), asc(adviceOffices.id)).all();
}

/** The offices of the organization behind a publishable key, as a query (for a batch with the embed's row). */
export const adviceOfficesOfEmbedQuery = (db: Database, key: string) =>
  db
    .select()
    .from(adviceOffices)
    .where(eq(adviceOffices.organizationId, sql`(SELECT organization_id FROM embeds WHERE publishable_key = ${key})`))
    .orderBy(asc(adviceOffices.name), asc(adviceOffices.id));

/**
 * The offices a guide page reached from an embed shows: the embed's municipality's, with its name.
 * A revoked or unknown key, or a provider's embed, shows none (the page is public, so an unknown
 * key says nothing more than no key).
 */
export async function adviceForEmbed(db: Database, key: string): Promise<{ organization: string; offices: PublicAdviceOffice[] } | null> {
  const row = await db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind, suspendedAt: organizations.suspendedAt })
    .from(embeds)
    .innerJoin(organizations, eq(organizations.id, embeds.organizationId))
    .where(and(eq(embeds.publishableKey, key), isNull(embeds.revokedAt)))
    .get();
  if (!row || row.kind !== 'municipality' || row.suspendedAt !== null) return null;
  const offices = await adviceOfficesOf(db, row.id);
  return offices.length ? { organization: row.name, offices: offices.map(publicAdviceOffice) } : null;
}
