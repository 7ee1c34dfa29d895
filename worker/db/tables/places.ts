/** Postcodes, organizations, curation approvals, embeds and advice offices. */
import { sql } from 'drizzle-orm';
import { customType, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const postcodes = sqliteTable(
  'postcodes',
  {
    postcode: text('postcode').primaryKey(),
    place: text('place').notNull(),
    districtKey: text('district_key').notNull(),
    districtName: text('district_name').notNull(),
    state: text('state').notNull(),
    lat: real('lat').notNull(),
    lon: real('lon').notNull(),
  },
  (t) => [index('postcodes_district_idx').on(t.districtKey)],
);

/**
 * Epoch milliseconds that also accept a Date on write: better-auth's organization plugin writes
 * `createdAt` as a Date into our own `organizations` table (see worker/auth/auth.ts).
 */
const epochMs = customType<{ data: number; driverData: number }>({
  dataType: () => 'integer',
  toDriver: (value) => ((value as unknown) instanceof Date ? (value as unknown as Date).getTime() : value),
});

/**
 * The single source of truth for organizations. better-auth's organization plugin is mapped onto
 * this table (modelName `organizations`); `logo` and `metadata` exist for that plugin.
 */
export const organizations = sqliteTable('organizations', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['municipality', 'provider'] }).notNull(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  /** Municipalities: the region as district keys and/or postcodes. */
  regionDistrictKeys: text('region_district_keys', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  regionPostcodes: text('region_postcodes', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  website: text('website'),
  logo: text('logo'),
  metadata: text('metadata'),
  /** Language of mails to the organization's shared addresses (a listing's contact email). */
  locale: text('locale', { enum: ['de', 'en'] }).notNull().default('de'),
  /** Set by a platform operator: its listings leave every embed, its members cannot act for it. */
  suspendedAt: integer('suspended_at'),
  suspensionReason: text('suspension_reason'),
  createdAt: epochMs('created_at').notNull(),
});

export const APPROVAL_STATES = ['pending', 'approved', 'rejected', 'blocked'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/**
 * A municipality's decision about a provider whose listings lie in its region (worker/curation).
 * No row means pending: until approved, the provider's listings appear in none of the
 * municipality's region embeds. `message` is shown to the provider.
 */
export const regionApprovals = sqliteTable(
  'region_approvals',
  {
    municipalityId: text('municipality_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    providerId: text('provider_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    state: text('state', { enum: APPROVAL_STATES }).notNull(),
    message: text('message'),
    decidedBy: text('decided_by'),
    decidedAt: integer('decided_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.providerId] }), index('region_approvals_provider_idx').on(t.providerId)],
);

export interface EmbedTheme {
  accent?: string;
  radius?: string;
  font?: string;
}

export const embeds = sqliteTable(
  'embeds',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    publishableKey: text('publishable_key').notNull().unique(),
    allowedOrigins: text('allowed_origins', { mode: 'json' }).$type<string[]>().notNull(),
    scope: text('scope', { enum: ['region', 'provider'] }).notNull(),
    theme: text('theme', { mode: 'json' }).$type<EmbedTheme>().notNull().default(sql`'{}'`),
    defaultLocale: text('default_locale', { enum: ['de', 'en'] }).notNull().default('de'),
    createdAt: integer('created_at').notNull(),
    revokedAt: integer('revoked_at'),
    /** Region embeds only: a subset of the region's listings. Empty = every kind / every provider. */
    scopeKinds: text('scope_kinds', { mode: 'json' }).$type<('project' | 'property')[]>().notNull().default(sql`'[]'`),
    scopeOrganizationIds: text('scope_organization_ids', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  },
  (t) => [index('embeds_org_idx').on(t.organizationId)],
);

/**
 * A municipality's local advice office for communal living (worker/guide/advice.ts): shown on the
 * guide pages reached from its embeds and in their config. Public by design: what an office
 * publishes anyway (no personal data beyond a contact address the office chooses).
 */
export const adviceOffices = sqliteTable(
  'advice_offices',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    hours: text('hours').notNull(),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    address: text('address'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('advice_offices_org_idx').on(t.organizationId, t.name)],
);
export type AdviceOffice = typeof adviceOffices.$inferSelect;

export type Organization = typeof organizations.$inferSelect;
export type Embed = typeof embeds.$inferSelect;
