/** Bindings and variables of the Worker (wrangler.toml; secrets via `wrangler secret put`). */
export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  RATE_LIMIT_PUBLIC: RateLimit;
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
