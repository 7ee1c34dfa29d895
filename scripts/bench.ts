/**
 * `npm run bench`: prints the figures the issues set budgets for. Nothing here asserts a time;
 * budgets are goals printed next to the measurement.
 */
import { benchEngine } from '../bench/engine';
import { buildWidget } from './build-widget';

const { bytes, gzipBytes } = await buildWidget();
console.log(`widget.js: ${(bytes / 1024).toFixed(1)} KB raw, ${(gzipBytes / 1024).toFixed(1)} KB gzip (goal ≤ 35 KB gzip, Lit included)`);

await benchEngine();

// POST /v1/matches end to end in local workerd on 10,000 listings and 100,000 demand records.
await (await import('../bench/matches')).benchMatches();

await (await import('../bench/widget')).runWidgetBench();

// Municipality dashboard on 100,000 demand records (bench/dashboard.ts).
await (await import('../bench/dashboard')).benchDashboard();
