// Runs before each worker test file: every file starts from the migrated schema (postcodes included).
import { applyD1Migrations, env } from 'cloudflare:test';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
