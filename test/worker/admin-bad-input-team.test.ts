/** Admin bad-input suite (test/admin/bad-input-suite.ts), shard 3 of 3: inbox, team, account and sign-in. */
import { adminBadInput } from '../admin/bad-input-suite';

adminBadInput('inbox, team, account and sign-in', (route) => !route.startsWith('POST /admin/listings'), 500);
