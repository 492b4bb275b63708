/**
 * `npm run codegen`: the root codegen.yml (shared settings, the typed client) plus each registered
 * subgraph's own `services/<name>/codegen.yml` (its resolver types and owner reads), generated in
 * one run, so a new subgraph brings its codegen with its folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { repoRoot, SUBGRAPHS } from '@careergraph/kit';
import { parse } from 'yaml';

function readConfig(file: string): Types.Config {
  return parse(readFileSync(file, 'utf8')) as Types.Config;
}

export function codegenConfig(): Types.Config {
  const root = readConfig(path.join(repoRoot, 'codegen.yml'));
  const generates: Types.Config['generates'] = {};
  for (const { name } of SUBGRAPHS) {
    const file = path.join(repoRoot, 'services', name, 'codegen.yml');
    if (existsSync(file)) Object.assign(generates, readConfig(file).generates);
  }
  return { ...root, generates: { ...generates, ...root.generates } };
}

async function main(): Promise<void> {
  process.chdir(repoRoot);
  await generate(codegenConfig(), true);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
