/**
 * Retention: the scheduled job deletes personal data once its purpose has passed.
 *
 * - closed contact requests (accepted, declined, withdrawn, moved_in): 12 months after their last change
 * - saved searches never confirmed (double opt-in): after 7 days
 * - stored first answers of idempotent writes: after 24 hours
 * - reports of the group search the municipality has handled: 12 months after handling (open ones stay until handled)
 * - anonymous demand records: kept (not personal; the dashboard's evidence)
 * - outcome events (worker/demand/outcome-events.ts): kept (anonymous; the outcomes a council reports outlive the requests)
 *
 * Periods are Worker vars (wrangler.toml `[vars]`), whole numbers; an unset or invalid value falls
 * back to the default, so a typo can never delete early.
 */
import type { Env } from '../env';

export const CLOSED_STATUSES = ['accepted', 'declined', 'withdrawn', 'moved_in', 'expired'] as const;

export interface RetentionVars {
  /** Days after the last change a closed contact request is kept (default 365 ≈ 12 months). */
  RETENTION_CLOSED_REQUEST_DAYS?: string;
  /** Days an unconfirmed saved search is kept (default 7). */
  RETENTION_UNCONFIRMED_SEARCH_DAYS?: string;
  /** Hours an idempotency record is kept (default 24). */
  RETENTION_IDEMPOTENCY_HOURS?: string;
  /** Days a handled report of the group search is kept after handling (default 365). */
  RETENTION_HANDLED_REPORT_DAYS?: string;
}

export interface RetentionConfig {
  closedRequestMs: number;
  unconfirmedSearchMs: number;
  idempotencyMs: number;
  handledReportMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const RETENTION_DEFAULTS = { closedRequestDays: 365, unconfirmedSearchDays: 7, idempotencyHours: 24, handledReportDays: 365 } as const;

function whole(value: string | undefined, fallback: number): number {
  if (value === undefined || !/^\s*\d{1,6}\s*$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 ? n : fallback;
}

export function retentionConfig(env: RetentionVars): RetentionConfig {
  return {
    closedRequestMs: whole(env.RETENTION_CLOSED_REQUEST_DAYS, RETENTION_DEFAULTS.closedRequestDays) * DAY,
    unconfirmedSearchMs: whole(env.RETENTION_UNCONFIRMED_SEARCH_DAYS, RETENTION_DEFAULTS.unconfirmedSearchDays) * DAY,
    idempotencyMs: whole(env.RETENTION_IDEMPOTENCY_HOURS, RETENTION_DEFAULTS.idempotencyHours) * HOUR,
    handledReportMs: whole(env.RETENTION_HANDLED_REPORT_DAYS, RETENTION_DEFAULTS.handledReportDays) * DAY,
  };
}

export interface RetentionResult {
  contactRequests: number;
  savedSearches: number;
  idempotencyKeys: number;
  groupReports: number;
}

/** Deletes in bounded chunks so one run never holds the database for long. */
async function deleteWhere(db: D1Database, table: string, key: string, where: string, params: unknown[]): Promise<number> {
  let total = 0;
  for (;;) {
    const res = await db
      .prepare(`DELETE FROM ${table} WHERE ${key} IN (SELECT ${key} FROM ${table} WHERE ${where} LIMIT 500)`)
      .bind(...params)
      .run();
    const changes = res.meta.changes ?? 0;
    total += changes;
    if (changes < 500) return total;
  }
}

/**
 * @example
 * await runRetention(env, Date.now()); // { contactRequests: 3, savedSearches: 1, idempotencyKeys: 120, groupReports: 0 }
 */
export async function runRetention(env: Pick<Env, 'DB'> & RetentionVars, now: number): Promise<RetentionResult> {
  const cfg = retentionConfig(env);
  const closed = CLOSED_STATUSES.map(() => '?').join(', ');
  const contactRequests = await deleteWhere(env.DB, 'contact_requests', 'id', `status IN (${closed}) AND updated_at < ?`, [
    ...CLOSED_STATUSES,
    now - cfg.closedRequestMs,
  ]);
  const savedSearches = await deleteWhere(env.DB, 'saved_searches', 'id', 'confirmed_at IS NULL AND created_at < ?', [now - cfg.unconfirmedSearchMs]);
  const idempotencyKeys = await deleteWhere(env.DB, 'idempotency_keys', 'rowid', 'created_at < ?', [now - cfg.idempotencyMs]);
  const groupReports = await deleteWhere(env.DB, 'group_reports', 'id', 'handled_at IS NOT NULL AND handled_at < ?', [now - cfg.handledReportMs]);
  return { contactRequests, savedSearches, idempotencyKeys, groupReports };
}
