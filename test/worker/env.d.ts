import type { D1Migration } from '@cloudflare/vitest-plugin';
import type { Env as WorkerEnv } from '../../worker/env';

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[];
      /** Migration 0001 in full (the tests' own migrations carry a small fixture of it). */
      FULL_POSTCODES: string[];
      CSV_POSTCODES: number;
    }
  }
}
