/**
 * `npm run schema:check`: diffs the composed API schema (schema/api.graphql) against the one clients
 * were last promised (schema/api.published.graphql) and validates every client operation against it
 * (see schema-check.ts). Fails on a breaking change not accepted in schema/breaking-changes.json or
 * on an operation the new schema refuses.
 *
 *   npm run schema:check -- --accept "<reason>" [--path Type.field ...]
 *     records the unaccepted breaking changes (or those at the given coordinates) with the reason.
 *   npm run schema:check -- --publish
 *     once the check passes, makes the current API schema the published one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@careergraph/kit';
import { acceptBreakingChanges, checkSchema, formatReport, type OverrideFile, readClientOperations } from './schema-check';

const schemaDir = path.join(repoRoot, 'schema');
const currentFile = path.join(schemaDir, 'api.graphql');
const publishedFile = path.join(schemaDir, 'api.published.graphql');
const overridesFile = path.join(schemaDir, 'breaking-changes.json');

const PUBLISHED_BANNER =
  '# The API schema clients were last promised: `npm run schema:check` diffs schema/api.graphql against it.\n' +
  '# Written only by `npm run schema:check -- --publish` (README: "Schema changes and rollouts"). Do not edit.\n';

const OVERRIDES_COMMENT =
  'Breaking API changes accepted on purpose, each against the published schema it breaks (`against`). ' +
  'Add entries with `npm run schema:check -- --accept "<reason>" [--path Type.field]`; review them like code.';

function readOverrides(): OverrideFile {
  if (!existsSync(overridesFile)) return { $comment: OVERRIDES_COMMENT, accepted: [] };
  const parsed = JSON.parse(readFileSync(overridesFile, 'utf8')) as OverrideFile;
  if (!Array.isArray(parsed.accepted)) throw new Error(`${path.relative(repoRoot, overridesFile)}: "accepted" must be a list`);
  return parsed;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { accept: { type: 'string' }, path: { type: 'string', multiple: true }, publish: { type: 'boolean' } },
  });
  if (values.path && values.accept === undefined) throw new Error('--path only narrows --accept');
  if (!existsSync(publishedFile)) throw new Error('schema/api.published.graphql is missing: nothing to check against');

  const published = readFileSync(publishedFile, 'utf8');
  const current = readFileSync(currentFile, 'utf8');
  const operations = readClientOperations(repoRoot);
  const overrides = readOverrides();
  let result = await checkSchema({ published, current, operations, overrides: overrides.accepted });

  if (values.accept !== undefined) {
    const entries = acceptBreakingChanges(result, values.accept, new Date().toISOString().slice(0, 10), values.path ?? []);
    const updated: OverrideFile = { $comment: overrides.$comment ?? OVERRIDES_COMMENT, accepted: [...overrides.accepted, ...entries] };
    writeFileSync(overridesFile, `${JSON.stringify(updated, null, 2)}\n`);
    process.stdout.write(`accepted ${entries.length} breaking change(s) in schema/breaking-changes.json\n`);
    result = await checkSchema({ published, current, operations, overrides: updated.accepted });
  }

  process.stdout.write(`schema check: schema/api.graphql against schema/api.published.graphql, ${operations.length} client operations\n`);
  process.stdout.write(`${formatReport(result)}\n`);
  if (!result.ok) {
    process.stderr.write(
      'Schema check failed. Make the change additive (README: "Schema changes and rollouts"), fix the operations it breaks, ' +
        'or accept a deliberate break: npm run schema:check -- --accept "<reason>" [--path Type.field]\n',
    );
    return 1;
  }
  if (values.publish) {
    // The composed file's own banner says how it is generated; the published copy says how it is promised.
    const sdl = current.replace(/^(#[^\n]*\n)+/, '');
    writeFileSync(publishedFile, PUBLISHED_BANNER + sdl);
    process.stdout.write('published: schema/api.published.graphql is now the current API schema\n');
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`schema check: ${error.message}\n`);
    process.exit(1);
  },
);
