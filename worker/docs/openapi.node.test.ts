/**
 * The OpenAPI document as an integrator gets it, checked with the tool they would use: the app the
 * Worker serves (createApp, in Node) answers /v1/openapi.json, the answer is written to a file and
 * linted by Redocly CLI with its recommended rules. An error fails the test, and so does a warning
 * that is not in KNOWN_WARNINGS with its reason. /docs must show what the document says.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from '@hono/zod-openapi';
import { ContactRequestSchema, FitRequestSchema, MatchesRequestSchema, SavedSearchSchema } from '../api/schemas';
import {
  BlockRequestSchema, CofounderRequestSchema, DecisionRequestSchema, InitiativeMatchesRequestSchema, InitiativeRequestSchema, InterestRequestSchema, PoolEntryRequestSchema, PropertyInterestRequestSchema, ReadinessFieldsSchema, ReportRequestSchema,
} from '../api/groups';
import { createApp } from '../app';
import { EraseRequestSchema, WithdrawRequestSchema } from '../manage/api';

/** The version the project lints with (npx takes it from the npm cache when it is there). */
/** The linter as installed by `npm ci` (devDependency @redocly/cli, pinned): nothing is fetched at test time. */
const REDOCLY_BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '.bin', 'redocly');

/** Warnings the document keeps, each for a reason (JSON pointer → rule). */
const KNOWN_WARNINGS: Record<string, { rule: string; why: string }> = {
  '#/servers/1/url': { rule: 'no-server-example.com', why: 'http://localhost:8787 is the documented local server (`npm start`).' },
  '#/paths/~1v1~1health/get/responses': { rule: 'operation-4xx-response', why: 'the health check takes no input: it answers 200 or 503, never a 4xx.' },
};

/** Every operation with its operationId: generated clients name their methods after them, so they stay. */
const OPERATIONS = [
  'GET /v1/health getHealth',
  'GET /v1/embeds/{key}/config getEmbedConfig',
  'GET /v1/embeds/{key}/listings browseListings',
  'POST /v1/matches findMatches',
  'POST /v1/listings/{id}/fit getListingFit',
  'POST /v1/contact-requests createContactRequest',
  'POST /v1/saved-searches createSavedSearch',
  'POST /v1/pool-entries joinPool',
  'POST /v1/initiatives startInitiative',
  'POST /v1/initiatives/matches matchInitiatives',
  'GET /v1/groups/{token} getGroupSelf',
  'GET /v1/groups/{token}/matches listGroupMatches',
  'POST /v1/groups/{token}/interests sendInterest',
  'POST /v1/groups/{token}/interests/{id}/decision decideInterest',
  'POST /v1/groups/{token}/interests/{id}/withdraw withdrawInterest',
  'POST /v1/groups/{token}/blocks blockParty',
  'POST /v1/groups/{token}/reports reportParty',
  'POST /v1/groups/{token}/withdraw leaveGroups',
  'POST /v1/groups/{token}/renew renewPoolEntry',
  'POST /v1/groups/{token}/cofounders inviteCofounder',
  'GET /v1/groups/{token}/properties listGroupProperties',
  'POST /v1/groups/{token}/properties/{listingId}/interest declarePropertyInterest',
  'POST /v1/groups/{token}/properties/{listingId}/withdraw withdrawPropertyInterest',
  'POST /v1/groups/{token}/readiness updateGroupReadiness',
  'GET /v1/manage/{token} exportSeekerData',
  'POST /v1/manage/{token}/withdraw withdrawContactRequest',
  'POST /v1/manage/{token}/erase eraseSeekerData',
];

/** The zod schema of each request body component, to check its example against. */
const REQUEST_BODIES: Record<string, z.ZodType> = {
  MatchesRequest: MatchesRequestSchema,
  FitRequest: FitRequestSchema,
  ContactRequest: ContactRequestSchema,
  SavedSearch: SavedSearchSchema,
  ManageWithdraw: WithdrawRequestSchema,
  ManageErase: EraseRequestSchema,
  PoolEntryRequest: PoolEntryRequestSchema,
  InitiativeRequest: InitiativeRequestSchema,
  InitiativeMatchesRequest: InitiativeMatchesRequestSchema,
  InterestRequest: InterestRequestSchema,
  InterestDecision: DecisionRequestSchema,
  BlockRequest: BlockRequestSchema,
  ReportRequest: ReportRequestSchema,
  CofounderInvitation: CofounderRequestSchema,
  PropertyInterestRequest: PropertyInterestRequestSchema,
  ReadinessFields: ReadinessFieldsSchema,
};

interface Operation {
  operationId?: string;
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
}
interface Document {
  info: { license?: { name: string; identifier?: string } };
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { example?: unknown }> };
}
interface LintResult {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: 'error' | 'warn'; message: string; location: { pointer: string }[] }[];
}

function lint(file: string, cwd: string): Promise<LintResult> {
  return new Promise((resolve, reject) => {
    execFile(
      REDOCLY_BIN,
      ['lint', '--extends=recommended', '--format=json', file],
      // No telemetry or update check: the test sends nothing anywhere. The cwd has no redocly.yaml.
      { cwd, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, timeout: 170_000, maxBuffer: 16 * 1024 * 1024 },
      // Exit code 1 means "problems found": the JSON report on stdout says which.
      (err, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout) as LintResult);
        } catch {
          reject(new Error(`redocly lint gave no report (${err?.message ?? 'no error'}):\n${stderr.slice(-2000)}`));
        }
      },
    );
  });
}

const operations = (doc: Document) =>
  Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })));

let dir: string;
let doc: Document;

beforeAll(async () => {
  const res = await createApp().request('/v1/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as Document;
  dir = mkdtempSync(join(tmpdir(), 'openapi-lint-'));
  writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('/v1/openapi.json', () => {
  it('passes redocly lint (recommended) without errors or unexplained warnings', { timeout: 180_000 }, async () => {
    const result = await lint('openapi.json', dir);
    const line = (p: LintResult['problems'][number]) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`;
    expect(result.problems.filter((p) => p.severity === 'error').map(line)).toEqual([]);
    const unexplained = result.problems.filter((p) => p.severity === 'warn' && KNOWN_WARNINGS[p.location[0]?.pointer ?? '']?.rule !== p.ruleId);
    expect(unexplained.map(line), 'fix the warning, or add it to KNOWN_WARNINGS with the reason it stays').toEqual([]);
    expect(result.totals.errors).toBe(0);
  });

  it('names every operation with a stable operationId and says that none takes a security scheme', () => {
    expect(operations(doc).map(({ route, op }) => `${route} ${op.operationId}`)).toEqual(OPERATIONS);
    for (const { route, op } of operations(doc)) expect(op.security, route).toEqual([]);
  });

  it('has an example for every request body, valid against the schema the route validates with', () => {
    const bodies = operations(doc).filter(({ op }) => op.requestBody);
    expect(bodies.length).toBe(Object.keys(REQUEST_BODIES).length);
    for (const { route, op } of bodies) {
      const name = op.requestBody!.content['application/json']!.schema.$ref?.split('/').pop() ?? '';
      const schema = REQUEST_BODIES[name];
      expect(schema, `${route}: add its body schema (${name}) to REQUEST_BODIES`).toBeDefined();
      const example = doc.components.schemas[name]?.example;
      expect(example, `${route}: ${name} has no example`).toBeDefined();
      const parsed = schema!.safeParse(example);
      expect(parsed.success, `${route}: ${name}'s example is invalid: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('says where it runs and under which licence, and /docs shows it', async () => {
    expect(doc.servers?.map((s) => s.url)).toEqual(['https://{host}', 'http://localhost:8787']);
    expect(doc.info.license).toEqual({ name: 'Proprietary', identifier: 'LicenseRef-Proprietary' });
    const page = await (await createApp().request('/docs')).text();
    for (const text of ['https://{host}', 'http://localhost:8787', 'LicenseRef-Proprietary', 'idempotency-key', 'Erika Muster', 'Publishable key: ']) expect(page).toContain(text);
    for (const id of OPERATIONS.map((o) => o.split(' ')[2]!)) expect(page).toContain(`<code>${id}</code>`);
  });
});
