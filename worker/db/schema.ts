/**
 * D1 schema (drizzle), one file per area under tables/. Migrations under migrations/ are generated
 * from this module by drizzle-kit (`npm run db:generate`). Money in integer cents, times as epoch
 * milliseconds, ids opaque strings. Every tenant-owned row carries organization_id; every admin
 * query filters by it. A new table goes into the file of its area (or a new one, exported here).
 */
export * from './tables/places';
export * from './tables/listings';
export * from './tables/demand';
export * from './tables/searches';
export * from './tables/platform';
export * from './tables/auth';
export * from './tables/conversation';
export * from './tables/groups';
