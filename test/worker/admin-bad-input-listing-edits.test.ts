/** Admin bad-input suite (test/admin/bad-input-suite.ts), shard 2 of 3: editing a listing, its status and photos. */
import { adminBadInput } from '../admin/bad-input-suite';

adminBadInput('listing edits, status and photos', (route) => route.startsWith('POST /admin/listings/'), 300);
