/**
 * The demand record written after `POST /v1/matches` answered (worker/demand/write-record.ts):
 * idempotent by its id, retried after a failure, logged when it cannot be written at all.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DemandRecord } from '../../worker/db/schema';
import { isoWeek } from '../../worker/demand/bands';
import { writeDemandRecord } from '../../worker/demand/write-record';
import { failingD1 } from '../support/failing-d1';
import { insertFixtures } from './fixtures';

const record = (id: string): DemandRecord => ({
  id, embedId: 'emb_town', regionOrganizationId: 'org_town', originDistrictKey: '14626', isoWeek: isoWeek(Date.now()), cellKey: 9,
  seekerType: 'household', householdType: 'couple', sizeBand: '2', ageBands: ['30-44'], budgetBand: '800-1099', equityBand: 'none',
  legalForms: ['cooperative'], timeline: 'lt1y', priorities: [], barrierFreeNeed: false, bestScoreBand: '60-79', anyMatch: true,
});

const counts = async () => {
  const records = (await env.DB.prepare('SELECT count(*) AS n FROM demand_records').first<{ n: number }>())!.n;
  const week = (await env.DB.prepare("SELECT coalesce(sum(n), 0) AS n FROM demand_weekly WHERE dimension = 'week' AND iso_week = ?").bind(isoWeek(Date.now())).first<{ n: number }>())!.n;
  return { records, week };
};

beforeEach(async () => {
  await insertFixtures();
});

describe('writing a demand record after the answer', () => {
  it('counts a record once however often its write is repeated', async () => {
    for (let i = 0; i < 3; i++) expect(await writeDemandRecord(env.DB, record('dem_once'))).toBe(true);
    expect(await counts()).toEqual({ records: 1, week: 1 });
  });

  it('retries after D1 failed, and stores the record once', async () => {
    const broken = failingD1(/insert into "demand_records"/i, 2);
    expect(await writeDemandRecord(broken, record('dem_retried'), { backoffMs: 1 })).toBe(true);
    expect(await counts()).toEqual({ records: 1, week: 1 });
  });

  it('logs the whole record when every attempt failed, so it can be replayed', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = failingD1(/insert into "demand_records"/i, 10);
    expect(await writeDemandRecord(broken, record('dem_lost'), { attempts: 3, backoffMs: 1 })).toBe(false);
    expect(await counts()).toEqual({ records: 0, week: 0 });
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![1])).toContain('"id":"dem_lost"');
    error.mockRestore();
  });
});
