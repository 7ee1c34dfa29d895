/** Bindings and variables of the Worker (wrangler.toml; secrets via `wrangler secret put`). */
export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  RATE_LIMIT_PUBLIC: RateLimit;
  /** Sign-in requests (magic links), keyed per client address (worker/admin/auth). */
  RATE_LIMIT_SIGNIN: RateLimit;
  /** Admin form posts, keyed per signed-in user (worker/admin/context.ts). */
  RATE_LIMIT_ADMIN: RateLimit;
  /** Listing photos (worker/admin/listings/photos.ts); local in miniflare. */
  PHOTOS: R2Bucket;
  /** better-auth secret (≥ 32 chars); a fixed dev secret is used when ENVIRONMENT is 'development'. */
  AUTH_SECRET?: string;
  /** Public origin for links in scheduled mails (e.g. https://bring-together.de); requests use their own origin. */
  PUBLIC_ORIGIN?: string;
  /** 'development' enables the dev mailbox, offline Turnstile test keys and error details. */
  ENVIRONMENT: string;
  TURNSTILE_SITEKEY: string;
  TURNSTILE_SECRET: string;
  MAIL_API_URL?: string;
  MAIL_API_TOKEN?: string;
  MAIL_FROM?: string;
}

/** Hono generics shared by every sub-app. */
export interface AppEnv {
  Bindings: Env;
  Variables: { requestId: string };
}
