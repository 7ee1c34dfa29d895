/**
 * `npm run bench`: prints the figures the issues set budgets for. Nothing here asserts a time;
 * budgets are goals printed next to the measurement. The national-scale run comes last
 * (bench/national.ts: 100,000 listings, 1,000,000 demand records; generating its data takes a few
 * minutes, ~3 on a 2-core machine): `npm run bench -- --quick` leaves it out.
 */
import { benchEngine } from '../bench/engine';
import { buildWidget, WIDGET_GZIP_BUDGET, WIDGET_TOTAL_GZIP_BUDGET } from './build-widget';

const { firstQuestion, all } = await buildWidget();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `widget build: to the first question ${kb(firstQuestion.gzipBytes)} gzip in ${firstQuestion.files.length} files (budget ≤ ${kb(WIDGET_GZIP_BUDGET)}, goal ≤ 20.0 KB, Lit included), ` +
    `every chunk ${kb(all.gzipBytes)} gzip (budget ≤ ${kb(WIDGET_TOTAL_GZIP_BUDGET)}, goal ≤ 60.0 KB)`,
);

await benchEngine();

// POST /v1/matches end to end in local workerd on 10,000 listings and 100,000 demand records.
await (await import('../bench/matches')).benchMatches();

await (await import('../bench/widget')).runWidgetBench();

// Municipality dashboard on 100,000 demand records (bench/dashboard.ts).
await (await import('../bench/dashboard')).benchDashboard();

// Groups' matching (#15): 2,000 pool households and 300 initiatives in a region (bench/groups.ts).
await (await import('../bench/groups')).benchGroups();

if (!process.argv.includes('--quick')) await (await import('../bench/national')).benchNational();
