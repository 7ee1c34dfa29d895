// The journeys that sign in as the demo logins, one after another (test/e2e/lanes.ts).
import { lane } from './lanes';

await lane('signed-in');
