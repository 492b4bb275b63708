/**
 * The API schema check behind `npm run schema:check`: what a department's subgraph change does to
 * the contract clients were promised (schema/api.published.graphql) and to every operation the
 * repository's clients send. GraphQL Inspector classifies the changes and validates the operations;
 * this module decides what fails: a breaking change nobody accepted in schema/breaking-changes.json,
 * or an operation the new schema refuses. Dangerous changes and deprecated usage are reported only.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { type Change, CriticalityLevel, diff, validate } from '@graphql-inspector/core';
import { OPERATIONS as BENCHMARK_OPERATIONS } from '@careergraph/benchmarks/src/operations';
import { readSavedOperations } from '@careergraph/gateway/src/ui/saved-operations';
import {
  buildSchema,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  Kind,
  parse,
  Source,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** One operation a client of this repository sends, runnable on its own (fragments included). */
export interface ClientOperation {
  name: string;
  /** Where it is written, relative to the repository root. */
  file: string;
  document: string;
}

/** One deliberate breaking change, accepted in schema/breaking-changes.json and reviewed like code. */
export interface BreakingChangeOverride {
  /** Fingerprint of the published schema the change is measured against (see schemaFingerprint). */
  against: string;
  /** Inspector's change type, e.g. FIELD_TYPE_CHANGED. */
  type: string;
  /** The schema coordinate changed, e.g. CredentialAward.openBadgeCredential. */
  coordinate: string;
  /** Inspector's description of the change, so a later, different change to the same field is not accepted by this entry. */
  change: string;
  /** Why the break is worth it and what clients do about it. */
  reason: string;
  /** YYYY-MM-DD. */
  acceptedOn: string;
}

export interface OverrideFile {
  $comment?: string;
  accepted: BreakingChangeOverride[];
}

export interface CheckedChange {
  level: 'BREAKING' | 'DANGEROUS';
  type: string;
  coordinate: string;
  message: string;
  /** Inspector's explanation of why the change can break clients, when it gives one. */
  why?: string;
  /** The override that accepts it (breaking changes only). */
  override?: BreakingChangeOverride;
  /** Client operations that use the changed part of the schema. */
  operations: ClientOperation[];
}

export interface OperationProblem {
  operation: ClientOperation;
  messages: string[];
}

export interface SchemaCheckResult {
  /** Fingerprint of the published schema checked against; overrides must name it. */
  against: string;
  breaking: CheckedChange[];
  dangerous: CheckedChange[];
  /** Changes no client can notice (additions, descriptions). */
  safeChanges: number;
  /** Operations the new schema refuses: always a failure, override or not. */
  invalidOperations: OperationProblem[];
  /** Operations still using deprecated fields: the rollout's "clients move" step is not done. */
  deprecatedUsage: OperationProblem[];
  /** Overrides for this published schema that match no current change (the break was undone). */
  unusedOverrides: BreakingChangeOverride[];
  ok: boolean;
}

export interface SchemaCheckInput {
  published: string;
  current: string;
  operations: ClientOperation[];
  overrides: BreakingChangeOverride[];
}

/** Identifies a published schema by its text, so an override accepts a change against that contract only. */
export function schemaFingerprint(publishedSdl: string): string {
  return `sha256:${createHash('sha256').update(publishedSdl).digest('hex').slice(0, 16)}`;
}

const overrideKey = (entry: Pick<BreakingChangeOverride, 'against' | 'type' | 'coordinate' | 'change'>) =>
  JSON.stringify([entry.against, entry.type, entry.coordinate, entry.change]);

export async function checkSchema(input: SchemaCheckInput): Promise<SchemaCheckResult> {
  const against = schemaFingerprint(input.published);
  const publishedSchema = buildSchema(input.published);
  const currentSchema = buildSchema(input.current);
  const changes = await diff(publishedSchema, currentSchema);

  // Usage is read against the published schema: a change's coordinate names what clients relied on.
  const usage = input.operations.map((operation) => ({ operation, used: schemaCoordinatesUsed(publishedSchema, operation.document) }));
  const touching = (change: Change) =>
    usage.filter(({ used }) => touches(change.path ?? '', used, publishedSchema, currentSchema)).map(({ operation }) => operation);

  const overrides = new Map(input.overrides.filter((entry) => entry.against === against).map((entry) => [overrideKey(entry), entry]));
  const matched = new Set<string>();
  const checked = (change: Change, level: CheckedChange['level']): CheckedChange => {
    const coordinate = change.path ?? '';
    const key = overrideKey({ against, type: change.type, coordinate, change: change.message });
    const override = level === 'BREAKING' ? overrides.get(key) : undefined;
    if (override) matched.add(key);
    return { level, type: change.type, coordinate, message: change.message, why: change.criticality.reason, override, operations: touching(change) };
  };
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking).map((c) => checked(c, 'BREAKING'));
  const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous).map((c) => checked(c, 'DANGEROUS'));

  const { invalidOperations, deprecatedUsage } = validateOperations(currentSchema, input.operations);
  const unusedOverrides = [...overrides].filter(([key]) => !matched.has(key)).map(([, entry]) => entry);
  return {
    against,
    breaking,
    dangerous,
    safeChanges: changes.length - breaking.length - dangerous.length,
    invalidOperations,
    deprecatedUsage,
    unusedOverrides,
    ok: invalidOperations.length === 0 && breaking.every((change) => change.override),
  };
}

function validateOperations(schema: GraphQLSchema, operations: ClientOperation[]) {
  // One operation at a time: each document carries its own copy of the fragments it spreads, and
  // Inspector pools fragments across the documents of one call. Inspector lists deprecated usage
  // apart from errors; it stays a warning here: deprecating first and removing after clients move
  // is the rollout.
  const reports = operations.map((operation) => ({
    operation,
    report: validate(schema, [new Source(operation.document, operation.file)], { strictDeprecated: true })[0],
  }));
  const problems = (pick: 'errors' | 'deprecated'): OperationProblem[] =>
    reports.flatMap(({ operation, report }) => (report?.[pick].length ? [{ operation, messages: report[pick].map((e) => e.message) }] : []));
  return { invalidOperations: problems('errors'), deprecatedUsage: problems('deprecated') };
}

/**
 * Every schema coordinate an operation depends on: the types it selects from or passes in, each
 * field (`Type.field`) and argument (`Type.field.arg`), and each field of every input type it
 * sends, since a variable of that type may carry any of them.
 */
export function schemaCoordinatesUsed(schema: GraphQLSchema, document: string): Set<string> {
  const used = new Set<string>();
  const useType = (type: GraphQLNamedType | null | undefined) => {
    if (!type || used.has(type.name)) return;
    used.add(type.name);
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        used.add(`${type.name}.${field.name}`);
        useType(getNamedType(field.type));
      }
    }
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    parse(document),
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        useType(parent);
        used.add(`${parent.name}.${field.name}`);
        useType(getNamedType(field.type));
      },
      Argument() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const argument = typeInfo.getArgument();
        if (!parent || !field || !argument) return;
        used.add(`${parent.name}.${field.name}.${argument.name}`);
        useType(getNamedType(argument.type));
      },
      VariableDefinition() {
        useType(getNamedType(typeInfo.getInputType() ?? undefined));
      },
      InlineFragment() {
        useType(getNamedType(typeInfo.getType() ?? undefined));
      },
      FragmentDefinition() {
        useType(getNamedType(typeInfo.getType() ?? undefined));
      },
    }),
  );
  return used;
}

/**
 * Whether a change at `coordinate` reaches an operation that uses `used`: the coordinate itself,
 * an argument of a field it selects (`Type.field.arg`), or a value or field of an enum or input
 * type it uses (`Enum.VALUE`, `Input.field`). A new field on an object type it selects does not.
 */
function touches(coordinate: string, used: Set<string>, before: GraphQLSchema, after: GraphQLSchema): boolean {
  if (!coordinate) return false;
  if (used.has(coordinate)) return true;
  const parent = coordinate.slice(0, coordinate.lastIndexOf('.'));
  if (!parent || !used.has(parent)) return false;
  if (parent.includes('.')) return true;
  const type = before.getType(parent) ?? after.getType(parent);
  return isEnumType(type) || isInputObjectType(type);
}

/** Override entries for the breaking changes not yet accepted (all, or those at `coordinates`). */
export function acceptBreakingChanges(
  result: SchemaCheckResult,
  reason: string,
  acceptedOn: string,
  coordinates: readonly string[] = [],
): BreakingChangeOverride[] {
  if (!reason.trim()) throw new Error('--accept needs a reason: why the break is worth it and what clients do about it');
  const unknown = coordinates.filter((coordinate) => !result.breaking.some((change) => change.coordinate === coordinate));
  if (unknown.length > 0) throw new Error(`no breaking change at ${unknown.join(', ')}`);
  return result.breaking
    .filter((change) => !change.override && (coordinates.length === 0 || coordinates.includes(change.coordinate)))
    .map((change) => ({ against: result.against, type: change.type, coordinate: change.coordinate, change: change.message, reason: reason.trim(), acceptedOn }));
}

/** The check's report, one line per finding; operations named with the file they are written in. */
export function formatReport(result: SchemaCheckResult): string {
  const lines: string[] = [];
  const usedBy = (operations: ClientOperation[]) =>
    operations.length === 0 ? '' : `\n      used by: ${operations.map((op) => `${op.name} (${op.file})`).join(', ')}`;
  for (const change of result.breaking) {
    const verdict = change.override ? `accepted ${change.override.acceptedOn}: ${change.override.reason}` : 'NOT ACCEPTED';
    const why = change.why ? `\n      why: ${change.why}` : '';
    lines.push(`  BREAKING  ${change.message} [${change.type}]${why}${usedBy(change.operations)}\n      ${verdict}`);
  }
  for (const change of result.dangerous) lines.push(`  DANGEROUS ${change.message} [${change.type}]${usedBy(change.operations)}`);
  for (const { operation, messages } of result.invalidOperations) {
    for (const message of messages) lines.push(`  INVALID   ${operation.name} (${operation.file}): ${message}`);
  }
  for (const { operation, messages } of result.deprecatedUsage) {
    for (const message of messages) lines.push(`  DEPRECATED ${operation.name} (${operation.file}): ${message}`);
  }
  for (const entry of result.unusedOverrides) lines.push(`  UNUSED OVERRIDE ${entry.coordinate}: ${entry.change} (the change is gone: remove the entry)`);
  const accepted = result.breaking.filter((change) => change.override).length;
  lines.push(
    `${result.breaking.length} breaking (${accepted} accepted), ${result.dangerous.length} dangerous, ${result.safeChanges} safe change(s); ` +
      `${result.invalidOperations.length} client operation(s) invalid against the new API schema`,
  );
  return lines.join('\n');
}

/**
 * The operations the repository's clients send: gateway/operations (the typed client's documents,
 * the dashboard's DashboardHeadlines and the playground's saved operations are all read from
 * there) and the benchmark's operations.
 */
export function readClientOperations(root: string): ClientOperation[] {
  const operationsDir = path.join(root, 'gateway', 'operations');
  const saved = readSavedOperations(operationsDir).map((operation) => ({
    name: operation.name,
    file: path.posix.join('gateway/operations', `${operation.group}.graphql`),
    document: operation.document,
  }));
  const benchmarks = BENCHMARK_OPERATIONS.map((operation) => ({
    name: operationName(operation.query) ?? operation.name,
    file: 'benchmarks/src/operations.ts',
    document: operation.query,
  }));
  return [...saved, ...benchmarks];
}

const operationName = (document: string) =>
  parse(document).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []))[0];
