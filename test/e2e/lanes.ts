/**
 * The browser journeys (`*.e2e.ts`) run in two lanes, each one vitest file that imports its
 * journeys in order, so the two lanes run beside each other and beside the workerd tests while
 * the journeys within a lane run one after another:
 *
 * - `public`: what a visitor does without signing in (the widget on the demo page, public pages);
 * - `signed-in`: journeys that sign in as the demo logins (one lane, so no two journeys take each
 *   other's magic links) or change the demo region as a provider, municipality or operator.
 *
 * A new journey goes into the lane that matches it: `laneOf` fails the run when a journey file is in
 * no lane or in both.
 *
 * Run one journey alone: `npx vitest run --project e2e test/e2e/public.test.ts -t '<its describe>'`.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

export const LANES = {
  public: ['widget-flow', 'widget-journey', 'widget-resilience', 'widget-chunks', 'plain-wrangler-dev', 'listing-page', 'widget-browse', 'widget-groups', 'guide', 'group-properties'],
  'signed-in': ['admin-flow', 'conversation', 'manage-page', 'dashboard-report', 'admin-embeds', 'operator-onboarding', 'admin-properties', 'group-journey', 'admin-initiatives'],
} as const satisfies Record<string, readonly string[]>;

/** Every journey file's name, from the directory itself. */
export const JOURNEYS = readdirSync(dirname(fileURLToPath(import.meta.url)))
  .filter((file) => file.endsWith('.e2e.ts'))
  .map((file) => file.replace(/\.e2e\.ts$/, ''))
  .sort();

/**
 * Registers a lane's journeys in order (their `describe` blocks run one after another in this
 * file's worker), after checking that every journey file is in exactly one lane.
 * @example
 * await lane('public'); // test/e2e/public.test.ts
 */
export async function lane(name: keyof typeof LANES): Promise<void> {
  describe('the journeys and their lanes', () => {
    it('puts every journey file in exactly one lane', () => {
      const laned = Object.values(LANES).flat();
      expect([...laned].sort()).toEqual(JOURNEYS);
    });
  });
  for (const journey of LANES[name]) await import(`./${journey}.e2e.ts`);
}
