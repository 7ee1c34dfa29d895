/**
 * "Answers within days": how a listing's team answers its contact requests, over the last 90 days —
 * the share of requests answered and the median time to the first answer — and the band a seeker
 * sees in the widget's detail view, only from at least five requests (small numbers never show).
 *
 * A request counts as answered from the team's first message in its thread (`messages`, author
 * 'member') or from the first time a member moved it on from 'new' (the inbox's
 * `contact_request.status` audit entry), whichever came first. A request moved beyond 'new' with
 * neither on record (older data) counts as answered at its last change (`updated_at`). Not an
 * answer: a withdrawal by the seeker (a request withdrawn before any answer is left out of the
 * figures) and the expiry after 60 days without activity (worker/conversation/unanswered.ts; the
 * request is 'expired' with `consent.expiredAt`, and stays unanswered here). A request not answered
 * yet and younger than three days is still on time: it is not counted until it is answered or late.
 *
 * `figures` and `band` are pure; `requestFacts` is the one query (index
 * `contact_requests_listing_idx` on listing and arrival; the thread by `messages_request_idx`).
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { CONTACT_STATUSES } from '../db/schema';

const DAY = 24 * 60 * 60 * 1000;

/** The period the figures cover. */
export const WINDOW_DAYS = 90;
/** A request not answered within this many days is late: counted as unanswered (and the team is reminded). */
export const ON_TIME_DAYS = 3;
/** Fewer requests than this in the period: no band is shown. */
export const MIN_REQUESTS = 5;

export const RESPONSIVENESS_BANDS = ['days', 'week', 'slow'] as const;
export type ResponsivenessBand = (typeof RESPONSIVENESS_BANDS)[number];

/** What the figures need to know of one request. */
export interface RequestFacts {
  status: (typeof CONTACT_STATUSES)[number];
  createdAt: number;
  updatedAt: number;
  /** Set when the request expired without activity (not an answer). */
  expiredAt: number | null;
  /** The team's first message in the thread. */
  firstReplyAt: number | null;
  /** The first time a member moved the request on (from the audit log). */
  firstMoveAt: number | null;
}

export type Outcome = { kind: 'answered'; afterMs: number } | { kind: 'unanswered' } | { kind: 'on_time' } | { kind: 'withdrawn' };

/** When the team first answered a request, or null. */
export function answeredAt(r: RequestFacts): number | null {
  const known = [r.firstReplyAt, r.firstMoveAt].filter((x): x is number => x !== null);
  if (known.length) return Math.min(...known);
  if (r.status !== 'new' && r.status !== 'withdrawn' && r.expiredAt === null) return r.updatedAt;
  return null;
}

/**
 * @example
 * outcome({ status: 'in_conversation', createdAt: t, updatedAt: t + DAY, expiredAt: null, firstReplyAt: t + DAY, firstMoveAt: null }, now);
 * // { kind: 'answered', afterMs: 86400000 }
 */
export function outcome(r: RequestFacts, now: number): Outcome {
  const at = answeredAt(r);
  if (at !== null) return { kind: 'answered', afterMs: Math.max(0, at - r.createdAt) };
  if (r.status === 'withdrawn') return { kind: 'withdrawn' };
  if (now - r.createdAt < ON_TIME_DAYS * DAY) return { kind: 'on_time' };
  return { kind: 'unanswered' };
}

export interface Figures {
  /** Requests counted: answered, or unanswered and late. */
  requests: number;
  answered: number;
  /** answered / requests (0 without requests). */
  share: number;
  /** Median time to the first answer over the answered requests, or null. */
  medianMs: number | null;
}

/** The median of numbers (the mean of the middle two for an even count), or null for none. */
export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The figures of one listing from its requests of the period.
 * @example
 * figures(facts, Date.now()); // { requests: 8, answered: 7, share: 0.875, medianMs: 129600000 }
 */
export function figures(requests: readonly RequestFacts[], now: number): Figures {
  const outcomes = requests.map((r) => outcome(r, now));
  const times = outcomes.flatMap((o) => (o.kind === 'answered' ? [o.afterMs] : []));
  const counted = outcomes.filter((o) => o.kind === 'answered' || o.kind === 'unanswered').length;
  return { requests: counted, answered: times.length, share: counted ? times.length / counted : 0, medianMs: median(times) };
}

/**
 * The band a seeker sees, or undefined under MIN_REQUESTS. 'days': four in five answered, half of
 * them within three days; 'week': half answered, half of them within a week; otherwise 'slow'.
 * @example
 * band({ requests: 8, answered: 7, share: 0.875, medianMs: 1.5 * DAY }); // 'days'
 */
export function band(f: Figures): ResponsivenessBand | undefined {
  if (f.requests < MIN_REQUESTS) return undefined;
  const within = (days: number) => f.medianMs !== null && f.medianMs <= days * DAY;
  if (f.share >= 0.8 && within(3)) return 'days';
  if (f.share >= 0.5 && within(7)) return 'week';
  return 'slow';
}

type FactsRow = { status: RequestFacts['status']; created_at: number; updated_at: number; expired_at: number | null; first_reply_at: number | null; first_move_at: number | null };

/**
 * A listing's requests of the period, with their first answers. The audit log is read only for a
 * request moved on without a message from the team (rare: the inbox's reply moves it with one).
 */
export async function requestFacts(db: Database, listingId: string, now: number): Promise<RequestFacts[]> {
  const since = now - WINDOW_DAYS * DAY;
  const rows = await db.all<FactsRow>(sql`
    SELECT r.status, r.created_at, r.updated_at, r.expired_at, r.first_reply_at,
      CASE WHEN r.status <> 'new' AND r.first_reply_at IS NULL THEN (
        SELECT MIN(a.created_at) FROM audit_log a
        WHERE a.organization_id = r.organization_id AND a.created_at >= r.created_at
          AND a.action = 'contact_request.status' AND a.entity_id = r.id
      ) END AS first_move_at
    FROM (
      SELECT c.id, c.organization_id, c.status, c.created_at, c.updated_at,
        json_extract(c.consent, '$.expiredAt') AS expired_at,
        (SELECT MIN(m.created_at) FROM messages m WHERE m.contact_request_id = c.id AND m.author = 'member') AS first_reply_at
      FROM contact_requests c
      WHERE c.listing_id = ${listingId} AND c.created_at >= ${since}
    ) r`);
  return rows.map((r) => ({
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    expiredAt: r.expired_at ?? null,
    firstReplyAt: r.first_reply_at ?? null,
    firstMoveAt: r.first_move_at ?? null,
  }));
}

/**
 * The band of a listing for the widget, or undefined (too few requests).
 * @example
 * await listingResponsiveness(db, 'lst_1', Date.now()); // 'days'
 */
export async function listingResponsiveness(db: Database, listingId: string, now: number): Promise<ResponsivenessBand | undefined> {
  return band(figures(await requestFacts(db, listingId, now), now));
}
