// The journeys of a visitor who does not sign in, one after another (test/e2e/lanes.ts).
import { lane } from './lanes';

await lane('public');
