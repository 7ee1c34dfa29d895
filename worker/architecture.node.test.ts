/**
 * The layering of ARCHITECTURE.md, checked on the import graph of worker/ (static and dynamic
 * relative imports of every source file, tests excluded): dependencies point one way and there is
 * no import cycle. A new top-level folder must be placed in a layer here first.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WORKER = dirname(fileURLToPath(import.meta.url));

/** Each top-level folder or root file of worker/, by layer (see ARCHITECTURE.md). */
export const LAYERS = {
  kernel: ['db', 'env', 'errors'],
  domain: [
    'api', 'audit', 'auth', 'contact', 'conversation', 'curation', 'demand', 'digest', 'embeds', 'groups', 'guide', 'i18n', 'listings', 'mail', 'matching', 'operator',
    'organizations', 'outbox', 'properties', 'questionnaire', 'retention', 'saved-searches', 'seekers', 'settings', 'turnstile',
  ],
  delivery: ['admin', 'app', 'client', 'dashboard', 'docs', 'http', 'index', 'manage', 'pages', 'routes'],
  seed: ['seed'],
} as const;
type Layer = keyof typeof LAYERS;

/** Which layers each layer may import from. */
const MAY_IMPORT: Record<Layer, Layer[]> = {
  kernel: ['kernel'],
  domain: ['kernel', 'domain'],
  delivery: ['kernel', 'domain', 'delivery'],
  seed: ['kernel', 'domain', 'seed'],
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** file → the files of ours it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(WORKER)) {
    const text = readFileSync(file, 'utf8');
    // Imports at the start of a line (not the @example lines of comments), and dynamic imports.
    const specs = [...text.matchAll(/^(?:import|export)\b[^'"]*?['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => (m[1] ?? m[2])!);
    graph.set(file, specs.map((s) => resolveImport(file, s)).filter((f): f is string => f !== undefined && f.startsWith(WORKER)));
  }
  return graph;
}

const unitOf = (file: string) => relative(WORKER, file).split('/')[0]!.replace(/\.tsx?$/, '');
const layerOf = (unit: string): Layer | undefined => (Object.keys(LAYERS) as Layer[]).find((l) => (LAYERS[l] as readonly string[]).includes(unit));

describe('worker layering (ARCHITECTURE.md)', () => {
  const graph = importGraph();

  it('places every top-level folder and root file in a layer', () => {
    const units = [...new Set([...graph.keys()].map(unitOf))].sort();
    expect(units.filter((u) => !layerOf(u))).toEqual([]);
  });

  it('lets dependencies point one way only', () => {
    const wrong: string[] = [];
    for (const [file, deps] of graph) {
      const from = layerOf(unitOf(file))!;
      for (const dep of deps) {
        const to = layerOf(unitOf(dep))!;
        if (!MAY_IMPORT[from].includes(to)) wrong.push(`${relative(WORKER, file)} (${from}) imports ${relative(WORKER, dep)} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps db free of every other module of ours', () => {
    const out = [...graph].flatMap(([file, deps]) => (unitOf(file) === 'db' ? deps.filter((d) => unitOf(d) !== 'db').map((d) => `${relative(WORKER, file)} → ${relative(WORKER, d)}`) : []));
    expect(out).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      state.set(file, 'open');
      for (const dep of graph.get(file) ?? []) {
        if (state.get(dep) === 'open') cycles.push([...path.slice(path.indexOf(dep)), dep].map((f) => relative(WORKER, f)).join(' → '));
        else if (!state.has(dep)) visit(dep, [...path, dep]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
    expect(cycles).toEqual([]);
  });

  it('sees the imports it judges (the graph is not empty and finds a known edge)', () => {
    const app = graph.get(join(WORKER, 'app.ts')) ?? [];
    expect(app.map((f) => relative(WORKER, f))).toContain('admin/app.tsx');
  });
});
