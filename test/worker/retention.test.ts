import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { retentionConfig } from '../../worker/retention/run';
import { insertFixtures } from './fixtures';

const DAY = 86_400_000;
const NOW = Date.UTC(2027, 5, 15, 3, 0, 0);

beforeEach(insertFixtures);

async function addRequest(id: string, status: string, updatedAt: number) {
  await env.DB.prepare(
    `INSERT INTO contact_requests (id, listing_id, organization_id, embed_id, name, email, message, snapshot, algorithm_version, score, consent, status, idempotency_key, created_at, updated_at)
     VALUES (?, 'lst_zittau', 'org_coop', 'emb_town', 'N', 'n@example.org', 'M', '{}', 'bt-match/1', 50, '{}', ?, ?, ?, ?)`,
  )
    .bind(id, status, `idem-${id}`, updatedAt - DAY, updatedAt)
    .run();
}

async function addSearch(id: string, createdAt: number, confirmedAt: number | null) {
  await env.DB.prepare("INSERT INTO saved_searches (id, embed_id, email, answers, confirmed_at, created_at) VALUES (?, 'emb_town', 's@example.org', '{}', ?, ?)")
    .bind(id, confirmedAt, createdAt)
    .run();
}

async function addIdempotency(key: string, createdAt: number) {
  await env.DB.prepare("INSERT INTO idempotency_keys (key, route, scope, request_hash, status, body, created_at) VALUES (?, 'matches', 'pk_test_region', 'h', 200, '{}', ?)").bind(key, createdAt).run();
}

async function addDemand(id: string) {
  await env.DB.prepare(
    `INSERT INTO demand_records (id, embed_id, region_organization_id, origin_district_key, iso_week, seeker_type, household_type, size_band, age_bands, budget_band, equity_band, legal_forms, timeline, priorities, barrier_free_need, best_score_band, any_match)
     VALUES (?, 'emb_town', 'org_town', NULL, '2020-W01', 'household', 'couple', '2', '[]', 'unknown', 'unknown', '[]', 'flexible', '[]', 0, 'none', 0)`,
  )
    .bind(id)
    .run();
}

const ids = async (table: string, key = 'id') => (await env.DB.prepare(`SELECT ${key} AS id FROM ${table} ORDER BY ${key}`).all<{ id: string }>()).results.map((r) => r.id);

/** Runs the Worker's real scheduled handler, as the cron trigger does. */
async function runCron(vars: Record<string, string> = {}) {
  const controller = createScheduledController({ scheduledTime: NOW, cron: '17 3 * * *' });
  const ctx = createExecutionContext();
  await worker.scheduled!(controller, { ...env, ...vars }, ctx);
  await waitOnExecutionContext(ctx);
}

describe('retention (scheduled handler)', () => {
  it('deletes closed requests 12 months after their last change, never open ones', async () => {
    const old = NOW - 366 * DAY;
    const recent = NOW - 300 * DAY;
    for (const status of ['accepted', 'declined', 'withdrawn', 'moved_in']) {
      await addRequest(`old_${status}`, status, old);
      await addRequest(`recent_${status}`, status, recent);
    }
    for (const status of ['new', 'in_conversation', 'visit']) await addRequest(`open_${status}`, status, NOW - 1000 * DAY);
    // The providers' internal notes on a request are personal data too and go with it.
    await env.DB.prepare(
      "INSERT INTO contact_notes (id, organization_id, contact_request_id, author_name, text, created_at) VALUES ('note_old', 'org_coop', 'old_declined', 'A', 'x', 0), ('note_open', 'org_coop', 'open_new', 'A', 'y', 0)",
    ).run();
    await runCron();
    expect(await ids('contact_notes')).toEqual(['note_open']);
    expect(await ids('contact_requests')).toEqual([
      'open_in_conversation', 'open_new', 'open_visit',
      'recent_accepted', 'recent_declined', 'recent_moved_in', 'recent_withdrawn',
    ]);
  });

  it('deletes unconfirmed saved searches after 7 days, keeps confirmed ones', async () => {
    await addSearch('unconfirmed_old', NOW - 8 * DAY, null);
    await addSearch('unconfirmed_new', NOW - 6 * DAY, null);
    await addSearch('confirmed_old', NOW - 400 * DAY, NOW - 399 * DAY);
    await runCron();
    expect(await ids('saved_searches')).toEqual(['confirmed_old', 'unconfirmed_new']);
  });

  it('deletes idempotency records after 24 hours and keeps anonymous demand records', async () => {
    await addIdempotency('idem-old-000', NOW - 25 * 3_600_000);
    await addIdempotency('idem-new-000', NOW - 23 * 3_600_000);
    await addDemand('demand_ancient');
    await runCron();
    expect(await ids('idempotency_keys', 'key')).toEqual(['idem-new-000']);
    expect(await ids('demand_records')).toEqual(['demand_ancient']);
  });

  it('takes the periods from vars, and ignores invalid values instead of deleting early', async () => {
    await addRequest('closed_40_days', 'declined', NOW - 40 * DAY);
    await addSearch('unconfirmed_2_days', NOW - 2 * DAY, null);
    await addIdempotency('idem-2-hours', NOW - 2 * 3_600_000);
    await runCron({ RETENTION_CLOSED_REQUEST_DAYS: '0', RETENTION_UNCONFIRMED_SEARCH_DAYS: '-1', RETENTION_IDEMPOTENCY_HOURS: 'soon' });
    expect(await ids('contact_requests')).toEqual(['closed_40_days']);
    expect(await ids('saved_searches')).toEqual(['unconfirmed_2_days']);
    expect(await ids('idempotency_keys', 'key')).toEqual(['idem-2-hours']);

    await runCron({ RETENTION_CLOSED_REQUEST_DAYS: '30', RETENTION_UNCONFIRMED_SEARCH_DAYS: '1', RETENTION_IDEMPOTENCY_HOURS: '1' });
    expect(await ids('contact_requests')).toEqual([]);
    expect(await ids('saved_searches')).toEqual([]);
    expect(await ids('idempotency_keys', 'key')).toEqual([]);
  });

  it('deletes in bounded chunks past 500 rows', async () => {
    const stmts = Array.from({ length: 1200 }, (_, i) =>
      env.DB.prepare("INSERT INTO idempotency_keys (key, route, scope, request_hash, status, body, created_at) VALUES (?, 'matches', 'pk_test_region', 'h', 200, '{}', ?)").bind(`bulk-${i}`, NOW - 2 * DAY),
    );
    await env.DB.batch(stmts);
    await runCron();
    expect(await ids('idempotency_keys', 'key')).toEqual([]);
  });

  it('deletes reports of the group search 12 months after they were handled, never open ones', async () => {
    const report = (id: string, createdAt: number, handledAt: number | null) =>
      env.DB.prepare("INSERT INTO group_reports (id, region_organization_id, reporter_kind, reporter_id, reported_kind, reported_id, reason, note, created_at, handled_at) VALUES (?, 'org_town', 'pool', 'p1', 'initiative', 'i1', 'spam', 'Notiz', ?, ?)").bind(id, createdAt, handledAt);
    await env.DB.batch([
      report('open_ancient', NOW - 900 * DAY, null),
      report('handled_366_days', NOW - 400 * DAY, NOW - 366 * DAY),
      report('handled_364_days', NOW - 400 * DAY, NOW - 364 * DAY),
    ]);
    await runCron();
    expect(await ids('group_reports')).toEqual(['handled_364_days', 'open_ancient']);
    await runCron({ RETENTION_HANDLED_REPORT_DAYS: '30' });
    expect(await ids('group_reports')).toEqual(['open_ancient']);
  });

  it('defaults to 12 months, 7 days and 24 hours', () => {
    expect(retentionConfig({})).toEqual({ closedRequestMs: 365 * DAY, unconfirmedSearchMs: 7 * DAY, idempotencyMs: 24 * 3_600_000, handledReportMs: 365 * DAY });
  });
});
