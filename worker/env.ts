/**
 * Bindings, variables and secrets of the Worker. `wrangler.toml` holds the production
 * configuration; secrets come from `wrangler secret put` (docs/deploy.md); local development reads
 * `.dev.vars` (from `.dev.vars.example`). What each setting is for, and what happens without it:
 * worker/settings.ts.
 */
export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  RATE_LIMIT_PUBLIC: RateLimit;
  /** Sign-in requests (magic links), keyed per client address (worker/admin/auth). */
  RATE_LIMIT_SIGNIN: RateLimit;
  /** Admin form posts, keyed per signed-in user (worker/admin/context.ts). */
  RATE_LIMIT_ADMIN: RateLimit;
  /** The mail queue (worker/outbox): one message per outbox row to deliver. */
  MAIL_QUEUE: Queue<{ outboxId: string }>;
  /** Listing photos (worker/admin/listings/photos.ts); local in miniflare. */
  PHOTOS: R2Bucket;
  /** `production` in wrangler.toml; `development` only from .dev.vars (dev mailbox, Turnstile test keys, error details). */
  ENVIRONMENT: string;
  /** Secret (≥ 32 characters): sessions, CSRF tokens, signed stop links. No default. */
  AUTH_SECRET?: string;
  /** Origin for absolute links in mails and pages, e.g. https://bring-together.de. Required outside development. */
  PUBLIC_ORIGIN?: string;
  /** Platform operators (comma-separated email addresses; worker/admin/operator). */
  OPERATOR_EMAILS?: string;
  TURNSTILE_SITEKEY?: string;
  TURNSTILE_SECRET?: string;
  /** Transactional mail API (worker/mail/transport.ts); all three or none (development: dev mailbox). */
  MAIL_API_URL?: string;
  MAIL_API_TOKEN?: string;
  MAIL_FROM?: string;
  /** `resend` (default) or `postmark`: the JSON dialect of MAIL_API_URL. */
  MAIL_API_FORMAT?: string;
  /**
   * Domain whose `reply+<token>@…` addresses Email Routing hands to the Worker (worker/conversation).
   * Without it, mails carry no reply address and say to answer through the link.
   */
  MAIL_REPLY_DOMAIN?: string;
}

/** What `idempotent()` (worker/http/idempotency.ts) knows of a request that carries an Idempotency-Key. */
export interface IdempotencyContext {
  key: string;
  /** The embed's publishable key the body names ('' when none). */
  scope: string;
  /** SHA-256 of the request body. */
  requestHash: string;
}

/** Hono generics shared by every sub-app. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    /** Set by `idempotent()` when the request carries an Idempotency-Key. */
    idempotency?: IdempotencyContext;
    /** Set by `d1Session()` on the public read routes: D1 through the Sessions API (read replicas). */
    d1Session?: D1DatabaseSession;
    /** Set by `rateLimitAlongside()`: the limiter's verdict, still in flight (worker/http/rate-limit.ts). */
    rateLimitVerdict?: Promise<boolean>;
    /** Set by `readListingsVersionEarly()` on `/v1/matches`: the version row's read, in flight (worker/listings/find-matches.ts). */
    listingsVersion?: Promise<D1Result<{ version: string }>>;
  };
}
