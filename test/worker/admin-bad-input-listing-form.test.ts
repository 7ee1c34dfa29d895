/** Admin bad-input suite (test/admin/bad-input-suite.ts), shard 1 of 3: the new-listing form. */
import { adminBadInput } from '../admin/bad-input-suite';

adminBadInput('the new-listing form', (route) => route === 'POST /admin/listings', 600);
