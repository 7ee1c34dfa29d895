/**
 * Reports of the group search as the region's municipality reads them (worker/admin/reports):
 * what was reported (the card's or the initiative's own words, as in the report mail), why, and
 * whether someone of the team has dealt with it. Never who reported.
 */
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { inJson } from '../db/chunk';
import type { Database } from '../db/client';
import { auditInsertIf } from '../audit/log';
import { groupReports, initiatives, poolEntries, type REPORT_REASONS } from '../db/schema';

/** Open reports shown at most; handled ones: the newest this many. */
export const REPORTS_SHOWN = 100;

export interface RegionReport {
  id: string;
  reason: (typeof REPORT_REASONS)[number];
  note: string | null;
  createdAt: number;
  handledAt: number | null;
  /** The reported entry as it stands now; null once it is gone (withdrawn, expired or removed). */
  reported: { kind: 'pool'; text: string } | { kind: 'initiative'; name: string; text: string; state: string } | null;
}

/**
 * The region's reports, open ones oldest first (the next to deal with on top), then the handled
 * ones newest first, each with what was reported.
 * @example
 * const { open, handled } = await regionReports(db, 'org_goerlitz');
 */
export async function regionReports(db: Database, regionOrganizationId: string): Promise<{ open: RegionReport[]; handled: RegionReport[] }> {
  const columns = { id: groupReports.id, kind: groupReports.reportedKind, reportedId: groupReports.reportedId, reason: groupReports.reason, note: groupReports.note, createdAt: groupReports.createdAt, handledAt: groupReports.handledAt };
  const inRegion = eq(groupReports.regionOrganizationId, regionOrganizationId);
  const [open, handled] = await db.batch([
    db.select(columns).from(groupReports).where(and(inRegion, isNull(groupReports.handledAt))).orderBy(groupReports.createdAt).limit(REPORTS_SHOWN),
    db.select(columns).from(groupReports).where(and(inRegion, isNotNull(groupReports.handledAt))).orderBy(desc(groupReports.handledAt)).limit(REPORTS_SHOWN),
  ]);
  const rows = [...open, ...handled];
  const ids = (kind: 'pool' | 'initiative') => [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.reportedId))];
  const [entries, named] = await db.batch([
    db.select({ id: poolEntries.id, text: poolEntries.text }).from(poolEntries).where(inJson(poolEntries.id, ids('pool'))),
    db.select({ id: initiatives.id, name: initiatives.name, text: initiatives.text, state: initiatives.state }).from(initiatives).where(inJson(initiatives.id, ids('initiative'))),
  ]);
  const pool = new Map(entries.map((e) => [e.id, e]));
  const groups = new Map(named.map((i) => [i.id, i]));
  const withParty = (r: (typeof rows)[number]): RegionReport => {
    const p = r.kind === 'pool' ? pool.get(r.reportedId) : undefined;
    const i = r.kind === 'initiative' ? groups.get(r.reportedId) : undefined;
    return {
      id: r.id,
      reason: r.reason,
      note: r.note,
      createdAt: r.createdAt,
      handledAt: r.handledAt,
      reported: p ? { kind: 'pool', text: p.text } : i ? { kind: 'initiative', ...i } : null,
    };
  };
  return { open: open.map(withParty), handled: handled.map(withParty) };
}

/**
 * Marks a report of the region handled, with the audit entry in the same batch: `already` when it
 * was (a second click changes and records nothing), `unknown` when the region has no such report.
 * @example
 * const outcome = await markReportHandled(db, { region: 'org_goerlitz', actorId: user.id }, reportId, Date.now());
 */
export async function markReportHandled(db: Database, by: { region: string; actorId: string }, id: string, now: number): Promise<'handled' | 'already' | 'unknown'> {
  const ours = and(eq(groupReports.id, id), eq(groupReports.regionOrganizationId, by.region));
  const open = and(ours, isNull(groupReports.handledAt))!;
  const [, updated, found] = await db.batch([
    // Before the update, so it sees the report still open: recorded exactly when it changes.
    auditInsertIf(db, { organizationId: by.region, actorId: by.actorId, action: 'group_report.handled', entity: 'group_report', entityId: id }, now, groupReports, open),
    db.update(groupReports).set({ handledAt: now }).where(open).returning({ id: groupReports.id }),
    db.select({ id: groupReports.id }).from(groupReports).where(ours),
  ]);
  return updated.length ? 'handled' : found.length ? 'already' : 'unknown';
}
