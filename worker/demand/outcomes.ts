/**
 * Outcomes a council reports, per calendar quarter since the start, read from the anonymous
 * `outcome_events` (written with each change by outcome-events.ts): households that moved in, the
 * adults and children in them, how many of those with a known home district came from outside the
 * region; accepted visits and trial stays with the seeker's verdict; initiatives formed and
 * buildings taken on. Raw counts with key sums; tables.ts suppresses and perturbs them like every
 * count. The events are permanent: retention and erasure of requests do not change these figures.
 */

export interface MovedIn {
  households: number;
  adults: number;
  children: number;
  /** Households whose home district is known, and those of them from outside the region. */
  withOrigin: number;
  outside: number;
}

export interface VisitOutcomes {
  visits: number;
  trials: number;
  trialFits: number;
  trialDoesNotFit: number;
}

export interface QuarterRow<T> {
  quarter: string;
  counts: T;
  keys: T;
}

export interface GroupOutcomes {
  initiativesFormed: number;
  buildingsTakenOn: number;
}

export interface Outcomes {
  movedIn: QuarterRow<MovedIn>[];
  visits: QuarterRow<VisitOutcomes>[];
  groups: QuarterRow<GroupOutcomes>[];
}

export const MOVED_IN_COLUMNS = ['households', 'adults', 'children', 'withOrigin', 'outside'] as const satisfies readonly (keyof MovedIn)[];
export const VISIT_COLUMNS = ['visits', 'trials', 'trialFits', 'trialDoesNotFit'] as const satisfies readonly (keyof VisitOutcomes)[];
export const GROUP_OUTCOME_COLUMNS = ['initiativesFormed', 'buildingsTakenOn'] as const satisfies readonly (keyof GroupOutcomes)[];

/** Column → (kind, what each event adds); `n` is ±1, so a taken-back verdict cancels its event. */
const SUMS: Record<string, [kind: string, value: string]> = {
  households: ['moved_in', 'n'],
  adults: ['moved_in', 'n * adults'],
  children: ['moved_in', 'n * children'],
  with_origin: ['moved_in', 'CASE WHEN from_outside IS NOT NULL THEN n ELSE 0 END'],
  outside: ['moved_in', 'CASE WHEN from_outside = 1 THEN n ELSE 0 END'],
  visits: ['visit', 'n'],
  trials: ['trial_stay', 'n'],
  trial_fits: ['trial_fit', 'n'],
  trial_not: ['trial_does_not_fit', 'n'],
  initiatives: ['initiative_formed', 'n'],
  buildings: ['building_taken_on', 'n'],
};

/**
 * Every outcome of the municipality's region (and embed, if one is chosen) per quarter, each
 * column with its key sum: one range of the (region, quarter) index.
 */
export function outcomesStatement(db: D1Database, regionOrganizationId: string, embedId?: string): D1PreparedStatement {
  const select = Object.entries(SUMS)
    .flatMap(([name, [kind, value]]) => [`sum(CASE WHEN kind = '${kind}' THEN ${value} ELSE 0 END) AS ${name}`, `sum(CASE WHEN kind = '${kind}' THEN cell_key * (${value}) ELSE 0 END) AS k_${name}`])
    .join(', ');
  return db
    .prepare(`SELECT quarter AS q, ${select} FROM outcome_events WHERE region_organization_id = ?${embedId ? ' AND embed_id = ?' : ''} GROUP BY quarter ORDER BY quarter`)
    .bind(regionOrganizationId, ...(embedId ? [embedId] : []));
}

type Row = Record<string, number | string | null>;
const num = (r: Row, k: string) => Number(r[k] ?? 0);

/** The quarters of one table: those with any of its counts. */
function rowsOf<T extends object>(rows: readonly Row[], of: (r: Row, p: '' | 'k_') => T): QuarterRow<T>[] {
  return rows
    .map((r) => ({ quarter: String(r.q), counts: of(r, ''), keys: of(r, 'k_') }))
    .filter((r) => Object.values(r.counts).some((v) => v !== 0));
}

export function foldOutcomes(rows: readonly Row[]): Outcomes {
  return {
    movedIn: rowsOf(rows, (r, p) => ({
      households: num(r, `${p}households`),
      adults: num(r, `${p}adults`),
      children: num(r, `${p}children`),
      withOrigin: num(r, `${p}with_origin`),
      outside: num(r, `${p}outside`),
    })),
    visits: rowsOf(rows, (r, p) => ({ visits: num(r, `${p}visits`), trials: num(r, `${p}trials`), trialFits: num(r, `${p}trial_fits`), trialDoesNotFit: num(r, `${p}trial_not`) })),
    groups: rowsOf(rows, (r, p) => ({ initiativesFormed: num(r, `${p}initiatives`), buildingsTakenOn: num(r, `${p}buildings`) })),
  };
}

export const emptyOutcomes = (): Outcomes => ({ movedIn: [], visits: [], groups: [] });
