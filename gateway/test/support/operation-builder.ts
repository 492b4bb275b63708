import { randomUUID } from 'node:crypto';
import { schoolYearOf, today } from '@careergraph/kit';
import {
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/**
 * Where an operation's argument values come from: `VALID_INPUTS` sends only required arguments with
 * well-typed samples (the policy matrix); the fuzz test sends optional ones too, with extreme and
 * malformed values, some written inline as literals.
 */
export interface InputValues {
  /** Whether to send an optional argument or input field. */
  includeOptional(depth: number): boolean;
  /** The value of a leaf (scalar or enum) named `name` (the argument's or input field's name). */
  leaf(type: GraphQLScalarType | GraphQLEnumType, name: string): unknown;
  /** How many items to send for a list. */
  listLength(): number;
  /** Whether to write an argument inline (a literal) rather than as a variable. */
  inline(): boolean;
  /** How deep the selection goes below the root field (0: `__typename` only). */
  selectionDepth(): number;
}

/** Arguments whose type alone does not make a meaningful value (an id that is not a uuid). */
const NAMED_SAMPLES: Record<string, () => unknown> = {
  schoolYear: () => schoolYearOf(today()).id,
};

const SCALAR_SAMPLES: Record<string, () => unknown> = {
  ID: () => randomUUID(),
  String: () => 'policy-matrix',
  Int: () => 1,
  Float: () => 1,
  Boolean: () => false,
  Date: () => '2026-01-15',
  DateTime: () => '2026-01-15T15:00:00Z',
  JSON: () => ({}),
};

/** A value of a leaf type that passes GraphQL validation; domain rules may still refuse it. */
export function validLeaf(type: GraphQLScalarType | GraphQLEnumType, name: string): unknown {
  const named = NAMED_SAMPLES[name];
  if (named) return named();
  if (isEnumType(type)) return type.getValues()[0].value;
  const sample = SCALAR_SAMPLES[type.name];
  if (!sample) throw new Error(`no sample value for scalar ${type.name}`);
  return sample();
}

export const VALID_INPUTS: InputValues = {
  includeOptional: () => false,
  leaf: validLeaf,
  listLength: () => 1,
  inline: () => false,
  selectionDepth: () => 0,
};

/**
 * Builds an operation for any root field of a schema, with arguments from `values` (by default
 * well-typed but arbitrary ones): how the policy-matrix test reaches every field without a
 * hand-written query each, and how the fuzz test generates its operations.
 */
export function operationFor(
  schema: GraphQLSchema,
  root: 'Query' | 'Mutation',
  fieldName: string,
  values: InputValues = VALID_INPUTS,
): { query: string; variables: Record<string, unknown> } {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  const field = type?.getFields()[fieldName];
  if (!field) throw new Error(`${root}.${fieldName} is not in the API schema`);
  const { definitions, invocation, variables } = argumentsOf(field, values);
  const keyword = root === 'Query' ? 'query' : 'mutation';
  const selection = selectionFor(field.type, values.selectionDepth());
  return { query: `${keyword} PolicyMatrix${definitions} { ${fieldName}${invocation}${selection} }`, variables };
}

/** The arguments and selection for one field inside an `... on Type` fragment (entity and field cells). */
export function fieldSelection(field: GraphQLField<unknown, unknown>): { definitions: string; selection: string; variables: Record<string, unknown> } {
  const { definitions, invocation, variables } = argumentsOf(field, VALID_INPUTS);
  return { definitions, selection: `${field.name}${invocation}${selectionFor(field.type, 0)}`, variables };
}

function isRequired(input: { type: GraphQLInputType; defaultValue?: unknown }): boolean {
  return isNonNullType(input.type) && input.defaultValue === undefined;
}

function argumentsOf(field: GraphQLField<unknown, unknown>, values: InputValues) {
  const sent = field.args.filter((arg) => isRequired(arg) || values.includeOptional(0));
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const invocations: string[] = [];
  for (const arg of sent) {
    const value = sampleValue(arg.type, arg.name, values, 1);
    if (values.inline()) {
      invocations.push(`${arg.name}: ${printLiteral(value, arg.type)}`);
    } else {
      variables[arg.name] = value;
      definitions.push(`$${arg.name}: ${arg.type.toString()}`);
      invocations.push(`${arg.name}: $${arg.name}`);
    }
  }
  return {
    definitions: definitions.length ? `(${definitions.join(', ')})` : '',
    invocation: invocations.length ? `(${invocations.join(', ')})` : '',
    variables,
  };
}

/**
 * `__typename` at depth 0; deeper, every leaf field without required arguments, and the object
 * fields below it down to `depth` levels.
 */
function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (depth <= 0 || !(isObjectType(named) || isInterfaceType(named))) return ' { __typename }';
  const fields = Object.values(named.getFields()).filter((field) => !field.args.some(isRequired));
  const selections = fields
    .filter((field) => isLeafType(getNamedType(field.type)) || depth > 1)
    .map((field) => `${field.name}${selectionFor(field.type, depth - 1)}`);
  return ` { __typename ${selections.join(' ')} }`;
}

/** A value of `type`, built by `values`; input objects below a few levels send only what is required. */
function sampleValue(type: GraphQLInputType, name: string, values: InputValues, depth: number): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name, values, depth);
  if (isListType(type)) return Array.from({ length: values.listLength() }, () => sampleValue(type.ofType, name, values, depth));
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isRequired(field) || (depth < 6 && values.includeOptional(depth))) value[field.name] = sampleValue(field.type, field.name, values, depth + 1);
    }
    return value;
  }
  return values.leaf(type, name);
}

/** `value` written as a GraphQL literal at a position of `type` (enum values bare, as GraphQL writes them). */
export function printLiteral(value: unknown, type?: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  if (type && isNonNullType(type)) return printLiteral(value, type.ofType);
  if (Array.isArray(value)) return `[${value.map((item) => printLiteral(item, type && isListType(type) ? type.ofType : undefined)).join(', ')}]`;
  if (type && isListType(type)) return printLiteral(value, type.ofType);
  if (typeof value === 'object') {
    const fields = type && isInputObjectType(type) ? type.getFields() : {};
    return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${printLiteral(item, fields[key]?.type)}`).join(', ')} }`;
  }
  if (typeof value === 'string' && type && isEnumType(type) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) && !['true', 'false', 'null'].includes(value)) {
    return value;
  }
  // JSON's string escapes (\uXXXX included) are GraphQL's too; numbers print as GraphQL writes them.
  return typeof value === 'number' && !Number.isFinite(value) ? 'null' : JSON.stringify(value);
}
