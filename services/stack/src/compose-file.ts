/**
 * Reads docker-compose.yml as Docker Compose does: YAML with merge keys, every `${VAR}` interpolated
 * from an env file, then checked against the compose specification's JSON schema. The compose
 * environment test starts the services from the result, and `npm run deploy:check` (CI) checks
 * the file, so it cannot drift from what the services need without a red build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@careergraph/kit';
import Ajv from 'ajv';
import { parse } from 'yaml';

/**
 * The compose specification's schema (draft-07), vendored because only the npm registry is reachable
 * here: copied from the npm package dclint 3.1.0 (schemas/compose.schema.json), which ships the
 * compose-spec project's schema. Refresh it from a newer dclint release.
 */
export const COMPOSE_SCHEMA_PATH = path.join(repoRoot, 'deploy', 'compose-spec.schema.json');

export interface ComposeHealthcheck {
  test: string[] | string;
  interval?: string;
  retries?: number;
}

export interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string } | string;
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null> | string[];
  expose?: (string | number)[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: ComposeHealthcheck;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  [key: string]: unknown;
}

/**
 * Parses a dotenv file as Compose does: `KEY=value` lines, `#` comments; single quotes are literal,
 * double quotes take `\n`-style escapes, an unquoted value ends at ` #`.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) {
      if (line.trim() && !line.trim().startsWith('#')) throw new Error(`not a KEY=value line: ${line}`);
      continue;
    }
    const [, name, raw] = match;
    if (raw.startsWith("'")) values[name] = raw.slice(1, raw.lastIndexOf("'"));
    else if (raw.startsWith('"')) {
      const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
      values[name] = raw.slice(1, raw.lastIndexOf('"')).replace(/\\(.)/g, (all, c: string) => escapes[c] ?? all);
    } else values[name] = raw.replace(/\s+#.*$/, '').trim();
  }
  return values;
}

/** Interpolation failed: a `${VAR:?message}` whose variable is unset or empty. */
export class ComposeInterpolationError extends Error {}

/**
 * Compose's interpolation of one value: `$$` is a literal `$`; `${VAR}`/`$VAR`; `${VAR:-default}`
 * (unset or empty) and `${VAR-default}` (unset); `${VAR:?message}` / `${VAR?message}` refuse.
 */
export function interpolate(value: string, variables: Record<string, string | undefined>): string {
  return value.replace(/\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])((?:[^{}]|\{[^{}]*\})*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_all, escaped: string, name?: string, colon?: string, operator?: string, operand?: string, bare?: string) => {
    if (escaped === '$') return '$';
    const variable = name ?? bare!;
    const current = variables[variable];
    const missing = current === undefined || (colon === ':' && current === '');
    if (operator === '-') return missing ? interpolate(operand ?? '', variables) : current!;
    if (operator === '?') {
      if (missing) throw new ComposeInterpolationError(`${variable}: ${operand || 'required variable is missing a value'}`);
      return current!;
    }
    return current ?? '';
  });
}

function interpolateAll(node: unknown, variables: Record<string, string | undefined>): unknown {
  if (typeof node === 'string') return interpolate(node, variables);
  if (Array.isArray(node)) return node.map((item) => interpolateAll(item, variables));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, interpolateAll(value, variables)]));
  }
  return node;
}

/** The compose file with its variables taken from `variables` (compose reads .env for them). */
export function loadComposeFile(variables: Record<string, string | undefined>, file = path.join(repoRoot, 'docker-compose.yml')): ComposeFile {
  const model = parse(readFileSync(file, 'utf8'), { merge: true }) as unknown;
  return interpolateAll(model, variables) as ComposeFile;
}

/** Problems the compose specification's schema finds in `model`, as `path: message` lines. */
export function composeSchemaProblems(model: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The schema names draft-07 by its https address; Ajv knows the meta-schema by its http one.
  const draft07 = JSON.parse(readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-07.json'), 'utf8')) as { $id?: string };
  ajv.addMetaSchema({ ...draft07, $id: 'https://json-schema.org/draft-07/schema' });
  const validate = ajv.compile(JSON.parse(readFileSync(COMPOSE_SCHEMA_PATH, 'utf8')) as object);
  if (validate(model)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
}

/** A service's environment as a map (compose accepts a map or a list of KEY=value). */
export function serviceEnvironment(service: ComposeService): Record<string, string> {
  const { environment } = service;
  if (!environment) return {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(environment.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== null).map(([key, value]) => [key, String(value)]));
}

/** The `ENV` a Dockerfile sets, which every container of its image starts with. */
export function dockerfileEnvironment(file: string): Record<string, string> {
  const instructions = readFileSync(file, 'utf8').replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  const values: Record<string, string> = {};
  for (const instruction of instructions) {
    // A multi-stage build's image is its last stage: earlier stages' ENV never reach it.
    if (/^\s*FROM\s/i.test(instruction)) for (const key of Object.keys(values)) delete values[key];
    const match = /^\s*ENV\s+(.*)$/i.exec(instruction);
    if (!match) continue;
    for (const pair of match[1].matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) values[pair[1]] = pair[2].replace(/^"(.*)"$/, '$1');
  }
  return values;
}
