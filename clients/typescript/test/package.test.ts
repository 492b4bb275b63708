/**
 * The tarball a frontend team installs: built and packed as `npm run client:pack` does, installed
 * offline into a throwaway project outside the workspace, then used the way that team would: an
 * operation type-checked with tsc against the installed declarations (and a wrong variable refused),
 * and the compiled package loaded from CommonJS and ESM.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPackage } from '../scripts/build';

const repoRoot = path.resolve(__dirname, '../../..');
const tsc = require.resolve('typescript/bin/tsc');

let scratch: string;
let consumer: string;
let packedFiles: string[];

/** npm runs jest with its own npm_* settings (workspace, prefix, ...) that must not leak into the consumer's npm. */
function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

function succeed(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

function typeCheck(file: string): SpawnSyncReturns<string> {
  writeFileSync(
    path.join(consumer, `tsconfig.${file}.json`),
    JSON.stringify({
      // A consumer's usual strict settings, with the package's declarations checked too (no skipLibCheck).
      compilerOptions: { strict: true, module: 'node16', moduleResolution: 'node16', target: 'ES2022', lib: ['ES2022'], types: [], noEmit: true, skipLibCheck: false },
      files: [file],
    }),
  );
  return run(process.execPath, [tsc, '-p', `tsconfig.${file}.json`], consumer);
}

beforeAll(() => {
  const staged = buildPackage();
  scratch = mkdtempSync(path.join(os.tmpdir(), 'careergraph-client-'));
  const [packed] = JSON.parse(succeed(run('npm', ['pack', staged, '--pack-destination', scratch, '--json'], scratch), 'npm pack')) as {
    filename: string;
    files: { path: string }[];
  }[];
  packedFiles = packed.files.map((file) => file.path).sort();

  consumer = path.join(scratch, 'frontend-app');
  // The client's own dependencies come from the workspace's node_modules, so the install needs no registry.
  const fromWorkspace = (name: string) => `file:${path.join(repoRoot, 'node_modules', name)}`;
  mkdirSync(consumer);
  writeFileSync(
    path.join(consumer, 'package.json'),
    JSON.stringify({
      name: 'frontend-app',
      private: true,
      dependencies: {
        '@careergraph/client': `file:${path.join(scratch, packed.filename)}`,
        '@graphql-typed-document-node/core': fromWorkspace('@graphql-typed-document-node/core'),
        graphql: fromWorkspace('graphql'),
      },
    }),
  );
  succeed(run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], consumer), 'npm install of the tarball');
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('@careergraph/client tarball', () => {
  it('holds the compiled documents with declarations, the API schema, persisted documents and the README, and no sources', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'README.md',
        'generated/graphql.d.ts',
        'generated/graphql.js',
        'index.d.ts',
        'index.js',
        'package.json',
        'persisted-documents.json',
        'schema.graphql',
      ]),
    );
    expect(packedFiles.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('type-checks an operation in a project outside the workspace: variables, result and fragment types', () => {
    writeFileSync(
      path.join(consumer, 'placement.ts'),
      `import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import {
  PlacementDetailDocument,
  persistedDocumentHash,
  type PlacementDetailQuery,
  type PlacementStatus,
  type PlacementSummaryFragment,
} from '@careergraph/client';

declare function request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult>;

export async function placementStatus(id: string): Promise<PlacementStatus | undefined> {
  const { placement } = await request(PlacementDetailDocument, { id });
  const summary: PlacementSummaryFragment | null | undefined = placement;
  return summary?.status;
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const resultIsTheQueryType: Same<ResultOf<typeof PlacementDetailDocument>, PlacementDetailQuery> = true;
export const variables: VariablesOf<typeof PlacementDetailDocument> = { id: 'placement-1' };
export const hash: string | undefined = persistedDocumentHash(PlacementDetailDocument);
`,
    );
    const result = typeCheck('placement.ts');
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  it('refuses, at compile time, a variable of the wrong type and a missing required one', () => {
    writeFileSync(
      path.join(consumer, 'wrong.ts'),
      `import type { VariablesOf } from '@graphql-typed-document-node/core';
import { PlacementDetailDocument, PlacementListDocument } from '@careergraph/client';

export const wrongType: VariablesOf<typeof PlacementListDocument> = { first: '10' };
export const missing: VariablesOf<typeof PlacementDetailDocument> = {};
`,
    );
    const result = typeCheck('wrong.ts');
    expect(result.status).not.toBe(0);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('wrong.ts('));
    expect(errors).toEqual([
      expect.stringMatching(/^wrong\.ts\(4,\d+\): error TS2322: Type 'string' is not assignable to type 'number'\./),
      expect.stringMatching(/^wrong\.ts\(5,\d+\): error TS2741: Property 'id' is missing in type '\{\}'/),
    ]);
  });

  it('loads from CommonJS and ESM; every document is valid against the shipped schema and keyed in persisted-documents.json by the SHA-256 of its text', () => {
    writeFileSync(
      path.join(consumer, 'check.cjs'),
      `const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { buildSchema, validate } = require('graphql');
const client = require('@careergraph/client');
const persisted = require('@careergraph/client/persisted-documents.json');
const schema = buildSchema(readFileSync(require.resolve('@careergraph/client/schema.graphql'), 'utf8'));
const documents = Object.keys(client).filter((name) => name.endsWith('Document'));
const problems = [];
for (const name of documents) {
  const errors = validate(schema, client[name]);
  if (errors.length) problems.push(name + ': ' + errors.map((e) => e.message).join('; '));
  const hash = client.persistedDocumentHash(client[name]);
  const text = persisted[hash];
  if (!text) problems.push(name + ': no persisted document for ' + hash);
  else if (hash !== 'sha256:' + createHash('sha256').update(text).digest('hex')) problems.push(name + ': hash is not the SHA-256 of its text');
}
console.log(JSON.stringify({ documents: documents.length, persisted: Object.keys(persisted).length, problems }));
`,
    );
    const report = JSON.parse(succeed(run(process.execPath, ['check.cjs'], consumer), 'node check.cjs')) as {
      documents: number;
      persisted: number;
      problems: string[];
    };
    expect(report.problems).toEqual([]);
    expect(report.documents).toBeGreaterThan(20);
    expect(report.persisted).toBe(report.documents);

    const esm = succeed(
      run(
        process.execPath,
        ['--input-type=module', '-e', "import { PlacementDetailDocument, persistedDocumentHash } from '@careergraph/client'; console.log(persistedDocumentHash(PlacementDetailDocument));"],
        consumer,
      ),
      'ESM import',
    );
    expect(esm.trim()).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
