/** Bindings and variables of the Worker (wrangler.toml). */
export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  RATE_LIMIT_PUBLIC: RateLimit;
  /** 'development' shows error details; anything else hides them. */
  ENVIRONMENT: string;
}

/** Hono generics shared by every sub-app. */
export interface AppEnv {
  Bindings: Env;
  Variables: { requestId: string };
}
