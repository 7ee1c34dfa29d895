import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { exampleDevVars } from './scripts/dev-vars.ts';
import { fullPostcodes, withPostcodeFixture } from './test/support/postcodes.ts';

/**
 * Projects:
 * - `worker` runs inside workerd (D1 through miniflare, routes through SELF.fetch) with the
 *   development settings of `.dev.vars.example` and a test secret;
 * - `production` runs the Worker with the committed wrangler.toml as deployed: ENVIRONMENT back to
 *   wrangler.toml's `production` and every other key of `.dev.vars.example` empty, so a developer's
 *   `.dev.vars` (which wrangler would load) cannot change what it proves;
 * - `unit` runs pure modules in Node (the mail transport against a real local HTTP server);
 * - `e2e` drives real headless Chromium against `wrangler dev` and the demo host page.
 */
const dev = exampleDevVars();
const production = Object.fromEntries(Object.keys(dev).map((k) => [k, k === 'ENVIRONMENT' ? 'production' : '']));
const allMigrations = await readD1Migrations('migrations');
// Worker tests run on a small postcode fixture; one test applies the full postcode migration.
const migrations = withPostcodeFixture(allMigrations);
const { queries: FULL_POSTCODES, csvPostcodes: CSV_POSTCODES } = fullPostcodes(allMigrations);

export default defineConfig({
  test: {
    // vitest's default is one worker per core minus one: a single worker on this 2-core machine.
    // The end-to-end files spend their time waiting for wrangler dev and Chromium (other processes),
    // so they run beside the workerd files instead of after them. Three measured fastest here (four:
    // the machine thrashes and the run takes longer).
    maxWorkers: 3,
    projects: [
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { ...dev, AUTH_SECRET: 'test-only-secret-0123456789abcdef0123456789', TEST_MIGRATIONS: migrations, FULL_POSTCODES, CSV_POSTCODES },
              // The admin write limit with its production count but a 10 s window (test only), so the
              // rate-limit test waits for a window of seconds, not a minute.
              ratelimits: { RATE_LIMIT_ADMIN: { namespace_id: '1003', simple: { limit: 120, period: 10 } } },
            },
          })),
        ],
        test: {
          name: 'worker',
          // One workerd per pool worker for all its files: the Worker's module graph is loaded
          // once instead of once per file (each test file resets the tables it uses).
          isolate: false,
          include: ['worker/**/*.test.ts', 'test/worker/**/*.test.ts'],
          exclude: ['worker/**/*.node.test.ts'],
          setupFiles: ['./test/worker/apply-migrations.ts'],
        },
      },
      {
        plugins: [cloudflareTest(async () => ({ wrangler: { configPath: './wrangler.toml' }, miniflare: { bindings: { ...production, TEST_MIGRATIONS: migrations } } }))],
        test: {
          name: 'production',
          include: ['test/production/**/*.test.ts'],
          globalSetup: ['./test/production/global-setup.ts'],
          setupFiles: ['./test/worker/apply-migrations.ts'],
        },
      },
      {
        test: { name: 'unit', include: ['worker/**/*.node.test.ts', 'widget/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./test/e2e/global-setup.ts'],
          setupFiles: ['./test/e2e/ready.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Two files, the lanes of test/e2e/lanes.ts: each runs its journeys one after another, the
          // two beside each other and beside the workerd files (a project without file parallelism
          // would wait until every other file has finished).
        },
      },
    ],
  },
});
