/**
 * Writes a seeker's anonymous demand record after `POST /v1/matches` has answered (see
 * worker/http/after-response.ts), so the record's insert and its demand_weekly trigger upserts
 * (~40 rows, docs/scale.md) are not on the seeker's wait.
 *
 * Never lost, never counted twice: the insert is idempotent by the record's id (generated once per
 * request), so an attempt that failed ambiguously (committed, but the answer was lost) can be retried;
 * it is retried with backoff; and a record that still cannot be written is logged whole — it holds
 * only bands, no personal data (worker/demand/bands.ts) — so it can be replayed from the Worker's logs.
 */
import { database } from '../db/client';
import { demandRecords, type DemandRecord } from '../db/schema';

export const WRITE_ATTEMPTS = 4;
const BACKOFF_MS = 250;

/**
 * @example
 * await writeDemandRecord(env.DB, record); // true once stored (or already stored)
 */
export async function writeDemandRecord(db: D1Database, record: DemandRecord, opts: { attempts?: number; backoffMs?: number } = {}): Promise<boolean> {
  const attempts = opts.attempts ?? WRITE_ATTEMPTS;
  const backoff = opts.backoffMs ?? BACKOFF_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      await database(db).insert(demandRecords).values(record).onConflictDoNothing({ target: demandRecords.id });
      return true;
    } catch (e) {
      if (attempt >= attempts) {
        console.error('demand record not written', JSON.stringify({ record, error: String(e) }));
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, backoff * 2 ** (attempt - 1)));
    }
  }
}
