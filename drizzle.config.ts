import { defineConfig } from 'drizzle-kit';

/** drizzle-kit reads the schema and writes SQL migrations that wrangler applies to D1. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './worker/db/schema.ts',
  out: './migrations',
});
