/**
 * Turns the raw figures into the dashboard's tables, declares which of them are the same count of
 * people (links), and suppresses them all together. Everything the page, the report and the CSV
 * exports show comes out of `dashboardTables`; raw counts never reach a renderer.
 */
import { BUDGET_BANDS, EQUITY_BANDS, HOUSEHOLD_TYPES, SIZE_BANDS, TIMELINES } from '../demand/bands';
import { demandForBuilding, type DemandBand, shownBuildingDemand } from '../demand/building';
import { perturb, shownCount } from '../demand/cell-key';
import { emptyOutcomes, GROUP_OUTCOME_COLUMNS, MOVED_IN_COLUMNS, type Outcomes, VISIT_COLUMNS } from '../demand/outcomes';
import type { ReachRow } from '../demand/reach';
import { INITIATIVE_ROWS } from '../demand/initiatives';
import type { Messages } from './locales';
import { AGE_BANDS, type DashboardData, type DemandStats, type Funnel, FUNNEL_STEPS, LEGAL_FORM_PREFERENCES, PRIORITY_QUESTION_IDS } from '../demand/stats';
import { type CountTable, type Link, type Shown, suppressAll, type SuppressedTable, valueOf } from '../demand/suppress';

export const TABLE_IDS = [
  'weeks', 'household', 'size', 'age', 'budget', 'equity', 'budgetForms', 'equityForms', 'priorities', 'barrierFree', 'timeline', 'origin',
  'unmetHousehold', 'unmetBudget', 'funnel', 'reach', 'movedIn', 'visitOutcomes', 'groupOutcomes', 'initiatives',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface ViewTable extends SuppressedTable {
  id: TableId;
  title: string;
  rowLabels: string[];
  columnLabels: string[];
  /** Column header of the label column. */
  rowHeader: string;
}

export interface DashboardView {
  headline: Shown;
  tables: Record<TableId, ViewTable>;
  /** Share of seekers from outside the region among those with an origin, when it can be shown. */
  zuzugShare?: number;
  /** Questionnaires of the previous period of the same length (a count on its own). */
  previous: Shown;
  /**
   * "Demand for this building" of each vacant property, in bands, and the forming groups that declared
   * interest in it and how many of them are ready (each a count on its own: "< 5" or perturbed).
   */
  buildings: { id: string; title: string; place: string; households: DemandBand; groups: DemandBand; interested: Shown; ready: Shown }[];
}

/** The outcome tables: one row per quarter. */
const QUARTER_TABLES = new Set<TableId>(['movedIn', 'visitOutcomes', 'groupOutcomes']);

/** Origins listed by name: at most this many, each with at least K records. */
const TOP_ORIGINS = 10;

/** The tables of one set of figures (counts, or key sums), the origin rows fixed by the caller. */
function tablesOf(d: DemandStats, funnel: Funnel, topOrigins: string[], topKeys: Set<string | null>, within: Set<string>, more: MoreFigures): RawTable[] {
  const col = (xs: readonly number[]) => xs.map((x) => [x]);
  const sum = (xs: { n: number }[]) => xs.reduce((a, b) => a + b.n, 0);
  const byKey = new Map(d.origins.map((o) => [o.districtKey, o.n]));
  const outside = d.origins.filter((o) => o.districtKey !== null && !within.has(o.districtKey));
  const originCells = [
    ...topOrigins.map((k) => byKey.get(k) ?? 0),
    sum(outside.filter((o) => !topKeys.has(o.districtKey))),
    sum(d.origins.filter((o) => o.districtKey !== null && within.has(o.districtKey))),
    sum(d.origins.filter((o) => o.districtKey === null)),
  ];
  const originRows = [...topOrigins, 'otherOutside', 'within', 'notGiven'];
  const partition = { columns: true };
  return [
    { id: 'n', rows: ['questionnaires'], columns: ['n'], cells: [[d.total]], keep: true },
    { id: 'weeks', rows: d.weeks.map((w) => w.week), columns: ['n'], cells: col(d.weeks.map((w) => w.n)), totals: partition },
    { id: 'household', rows: HOUSEHOLD_TYPES, columns: ['n'], cells: col(HOUSEHOLD_TYPES.map((k) => d.householdType[k])), totals: partition },
    { id: 'size', rows: SIZE_BANDS, columns: ['n'], cells: col(SIZE_BANDS.map((k) => d.sizeBand[k])), totals: partition },
    { id: 'age', rows: AGE_BANDS, columns: ['n'], cells: col(AGE_BANDS.map((k) => d.ageBands[k])) },
    { id: 'budget', rows: BUDGET_BANDS, columns: ['n'], cells: col(BUDGET_BANDS.map((k) => d.budgetBand[k])), totals: partition },
    { id: 'equity', rows: EQUITY_BANDS, columns: ['n'], cells: col(EQUITY_BANDS.map((k) => d.equityBand[k])), totals: partition },
    { id: 'budgetForms', rows: BUDGET_BANDS, columns: LEGAL_FORM_PREFERENCES, cells: BUDGET_BANDS.map((b) => LEGAL_FORM_PREFERENCES.map((f) => d.budgetByForm[b][f])), totals: partition },
    { id: 'equityForms', rows: EQUITY_BANDS, columns: LEGAL_FORM_PREFERENCES, cells: EQUITY_BANDS.map((b) => LEGAL_FORM_PREFERENCES.map((f) => d.equityByForm[b][f])), totals: partition },
    { id: 'priorities', rows: PRIORITY_QUESTION_IDS, columns: ['n'], cells: col(PRIORITY_QUESTION_IDS.map((k) => d.priorities[k])) },
    { id: 'barrierFree', rows: ['yes', 'no'], columns: ['n'], cells: col([d.barrierFree.yes, d.barrierFree.no]), totals: partition },
    { id: 'timeline', rows: TIMELINES, columns: ['n'], cells: col(TIMELINES.map((k) => d.timeline[k])), totals: partition },
    { id: 'origin', rows: originRows, columns: ['n'], cells: col(originCells), totals: partition },
    { id: 'unmetHousehold', rows: HOUSEHOLD_TYPES, columns: ['n'], cells: col(HOUSEHOLD_TYPES.map((k) => d.unmetByHousehold[k])), totals: partition },
    { id: 'unmetBudget', rows: BUDGET_BANDS, columns: ['n'], cells: col(BUDGET_BANDS.map((k) => d.unmetByBudget[k])), totals: partition },
    {
      id: 'funnel',
      rows: FUNNEL_STEPS,
      columns: ['n'],
      cells: col([d.total, funnel.contactRequests, funnel.inConversation, funnel.visited, funnel.trialStays, funnel.trialFits, funnel.accepted, funnel.movedIn]),
    },
    { id: 'reach', rows: more.reach.map((r) => r.embedId), columns: REACH_COLUMNS, cells: more.reach.map((r) => REACH_COLUMNS.map((c) => r[c])), totals: partition },
    { id: 'movedIn', rows: more.movedIn.map((r) => r.quarter), columns: MOVED_IN_COLUMNS, cells: more.movedIn.map((r) => MOVED_IN_COLUMNS.map((c) => r.counts[c])), totals: partition },
    { id: 'visitOutcomes', rows: more.visits.map((r) => r.quarter), columns: VISIT_COLUMNS, cells: more.visits.map((r) => VISIT_COLUMNS.map((c) => r.counts[c])), totals: partition },
    { id: 'groupOutcomes', rows: more.groups.map((r) => r.quarter), columns: GROUP_OUTCOME_COLUMNS, cells: more.groups.map((r) => GROUP_OUTCOME_COLUMNS.map((c) => r.counts[c])), totals: partition },
    // Three counts of different things (groups, households, places): no total, each on its own.
    { id: 'initiatives', rows: INITIATIVE_ROWS, columns: ['n'], cells: col(more.initiatives) },
  ];
}

const REACH_COLUMNS = ['loads', 'finished', 'contacts'] as const;

/** Reach and outcomes, either the counts or the key sums (same rows). */
interface MoreFigures {
  reach: (ReachRow['counts'] & { embedId: string })[];
  movedIn: Outcomes['movedIn'];
  visits: Outcomes['visits'];
  groups: Outcomes['groups'];
  /** Forming, households, sought (INITIATIVE_ROWS). */
  initiatives: number[];
}

function moreFigures(data: DashboardData, keys: boolean): MoreFigures {
  const o = data.outcomes ?? emptyOutcomes();
  const pick = <T,>(r: { counts: T; keys: T }) => (keys ? r.keys : r.counts);
  return {
    reach: (data.reach ?? []).map((r) => ({ embedId: r.embedId, ...pick(r) })),
    // The key table reads `counts` too: hand it the key sums under that name.
    movedIn: o.movedIn.map((r) => ({ ...r, counts: pick(r) })),
    visits: o.visits.map((r) => ({ ...r, counts: pick(r) })),
    groups: o.groups.map((r) => ({ ...r, counts: pick(r) })),
    initiatives: INITIATIVE_ROWS.map((k) => (data.initiatives ? data.initiatives[k][keys ? 'key' : 'n'] : 0)),
  };
}

type RawTable = CountTable & { id: TableId | 'n' };

function reachLinks(tables: RawTable[]): Link[] {
  const reach = tables.find((t) => t.id === 'reach')!;
  const total = (c: number) => reach.cells.reduce((a, row) => a + row[c]!, 0);
  const n = tables[0]!.cells[0]![0]!;
  const contacts = tables.find((t) => t.id === 'funnel')!.cells[1]![0]!;
  return [
    ...(total(1) === n ? [{ a: { table: 'n', row: 0, column: 0 }, b: { table: 'reach', columnTotal: 1 } } satisfies Link] : []),
    ...(total(2) === contacts ? [{ a: { table: 'funnel', row: 1, column: 0 }, b: { table: 'reach', columnTotal: 2 } } satisfies Link] : []),
  ];
}

/**
 * The raw tables and the equalities between them (exported for the tests). `keyCells` has the
 * same shape as each table's cells and holds the sums of the counted records' cell keys.
 */
export function rawTables(data: DashboardData): { tables: RawTable[]; keyCells: Record<string, number[][]>; links: Link[]; originRows: string[] } {
  const d = data.demand;
  const within = new Set(data.region.districtKeys);
  const outside = d.origins.filter((o) => o.districtKey !== null && !within.has(o.districtKey));
  // Which districts are named is decided on the counts; the key tables follow the same rows.
  const top = outside.filter((o) => o.n >= 5).slice(0, TOP_ORIGINS).map((o) => o.districtKey!);
  const topKeys = new Set<string | null>(top);
  const tables = tablesOf(d, data.funnel, top, topKeys, within, moreFigures(data, false));
  const keyTables = tablesOf(data.demandKeys, data.funnelKeys, top, topKeys, within, moreFigures(data, true));
  // The same rows in the same order, so keyCells[id][r][c] belongs to tables[…].cells[r][c].
  if (keyTables.some((t, i) => t.rows.join() !== tables[i]!.rows.join())) throw new Error('rawTables: key tables differ in shape');
  const keyCells = Object.fromEntries(keyTables.map((t) => [t.id, t.cells.map((row) => [...row])]));
  const toN = (table: TableId): Link => ({ a: { table: 'n', row: 0, column: 0 }, b: { table, columnTotal: 0 } });
  const links: Link[] = [
    ...(['weeks', 'household', 'size', 'budget', 'equity', 'barrierFree', 'timeline', 'origin'] as const).map(toN),
    { a: { table: 'n', row: 0, column: 0 }, b: { table: 'funnel', row: 0, column: 0 } },
    // Groups are the same people in the household-type and the size table (bands.ts derives both
    // from the seeker type); records written otherwise would make them differ, and then they are not.
    ...(d.householdType.group === d.sizeBand.group
      ? [{ a: { table: 'household', row: HOUSEHOLD_TYPES.indexOf('group'), column: 0 }, b: { table: 'size', row: SIZE_BANDS.indexOf('group'), column: 0 } } satisfies Link]
      : []),
    // Seekers accepting a legal form: the same count under budget and under equity.
    ...LEGAL_FORM_PREFERENCES.map((_, c): Link => ({ a: { table: 'budgetForms', columnTotal: c }, b: { table: 'equityForms', columnTotal: c } })),
    // Unmet demand: the same total by household type and by budget.
    { a: { table: 'unmetHousehold', columnTotal: 0 }, b: { table: 'unmetBudget', columnTotal: 0 } },
    // The sites' finished questionnaires and contacts add up to the headline and the funnel's contacts.
    ...(data.reach ? reachLinks(tables) : []),
  ];
  return { tables, keyCells, links, originRows: [...tables.find((t) => t.id === 'origin')!.rows] };
}

/**
 * @example
 * const view = dashboardTables(data, messages('de'));
 * view.tables.household.cells[3][0]; // { kind: 'small' } for 1–4 seniors
 */
export function dashboardTables(data: DashboardData, t: Messages, embedNames: Readonly<Record<string, string>> = {}): DashboardView {
  const { tables, keyCells, links, originRows } = rawTables(data);
  const out = suppressAll(tables, links).map((s, i) => perturbTable(s, tables[i]!, keyCells[tables[i]!.id]!));
  const [headline, ...rest] = out;
  const label = (v: string) => t.values[v] ?? t.priorities[v] ?? data.districtNames[v] ?? v;
  const rowLabel = (id: TableId, v: string) =>
    id === 'weeks' ? v.replace('-W', ' / KW ') : id === 'reach' ? (v === '' ? t.otherWays : (embedNames[v] ?? v)) : QUARTER_TABLES.has(id) ? t.quarter(v) : id === 'initiatives' ? (t.initiativeRows[v] ?? v) : label(v);
  const view = {} as Record<TableId, ViewTable>;
  for (const s of rest) {
    const id = s.id as TableId;
    const rowLabels = id === 'origin' ? originRows.map(label) : s.rows.map((v) => rowLabel(id, v));
    const multi = s.columns.length > 1;
    view[id] = {
      ...s,
      id,
      title: t.tables[id],
      rowLabels,
      columnLabels: multi ? s.columns.map(label) : [id === 'weeks' ? t.questionnaires : t.count],
      rowHeader:
        id === 'weeks' ? t.weekAxis : id === 'budgetForms' ? t.tables.budget : id === 'equityForms' ? t.tables.equity : id === 'reach' ? t.embed : QUARTER_TABLES.has(id) ? t.period : t.category,
    };
  }
  // Zuzugspotenzial from visible cells only.
  const origin = view.origin;
  let zuzugShare: number | undefined;
  if (!origin.withheld) {
    const vals = origin.cells.map((r) => valueOf(r[0]));
    const outsideVals = vals.slice(0, vals.length - 2);
    const withinVal = vals[vals.length - 2];
    if (outsideVals.every((v) => v !== undefined) && withinVal !== undefined) {
      const outsideN = outsideVals.reduce<number>((a, b) => a + b!, 0);
      if (outsideN + withinVal > 0) zuzugShare = outsideN / (outsideN + withinVal);
    }
  }
  const previous = shownCount(data.previous?.total ?? 0, data.previous?.key ?? 0);
  const buildings = data.properties.map((p) => {
    const groups = data.initiatives?.properties[p.id];
    return {
      id: p.id,
      title: p.title,
      place: p.place,
      ...shownBuildingDemand(demandForBuilding(p, data.demand.fitGroups), demandForBuilding(p, data.demandKeys.fitGroups)),
      interested: shownCount(groups?.interested.n ?? 0, groups?.interested.key ?? 0),
      ready: shownCount(groups?.ready.n ?? 0, groups?.ready.key ?? 0),
    };
  });
  return { headline: headline!.cells[0]![0]!, tables: view, zuzugShare, previous, buildings };
}

/**
 * Replaces each visible count by its perturbed value (cell-key method, worker/demand/cell-key.ts);
 * totals are perturbed from the key sums of their cells. Markers stay as suppression set them.
 */
export function perturbTable(s: SuppressedTable, raw: CountTable, keys: readonly (readonly number[])[]): SuppressedTable {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const at = (shown: Shown, n: number, k: number): Shown => (shown.kind === 'value' ? { kind: 'value', n: perturb(n, k) } : shown);
  const colN = (c: number) => sum(raw.cells.map((row) => row[c]!));
  const colK = (c: number) => sum(keys.map((row) => row[c]!));
  return {
    ...s,
    cells: s.cells.map((row, r) => row.map((x, c) => at(x, raw.cells[r]![c]!, keys[r]![c]!))),
    columnTotals: s.columnTotals?.map((x, c) => at(x, colN(c), colK(c))),
    rowTotals: s.rowTotals?.map((x, r) => at(x, sum(raw.cells[r]!), sum(keys[r]!))),
    grandTotal: s.grandTotal && at(s.grandTotal, sum(raw.cells.map((row) => sum(row))), sum(keys.map((row) => sum(row)))),
  };
}
