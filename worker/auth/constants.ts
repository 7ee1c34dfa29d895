/** Lifetimes of what the admin's sign-in issues (worker/auth/auth.ts); plain numbers, no auth library. */

/** Base path of better-auth's own endpoints; only the magic-link verification is exposed. */
export const AUTH_BASE_PATH = '/admin/auth';
/** Magic links are valid for 15 minutes and work once. */
export const MAGIC_LINK_TTL_SECONDS = 15 * 60;
export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60;
export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;
