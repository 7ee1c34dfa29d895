/**
 * `npm run bench`: prints the figures the issues set budgets for. Nothing here asserts a time;
 * budgets are goals printed next to the measurement.
 */
import { benchEngine } from '../bench/engine';
import { buildWidget } from './build-widget';

const { bytes, gzipBytes } = await buildWidget();
console.log(`widget.js: ${(bytes / 1024).toFixed(1)} KB raw, ${(gzipBytes / 1024).toFixed(1)} KB gzip (goal ≤ 35 KB gzip, Lit included)`);

await benchEngine();
