import { randomUUID } from 'node:crypto';
import { schoolYearOf, today } from '@careergraph/kit';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';

/**
 * Builds a valid operation for any root field of a schema, with well-typed but arbitrary
 * arguments: how the policy-matrix test reaches every field without a hand-written query each.
 */
export function operationFor(schema: GraphQLSchema, root: 'Query' | 'Mutation', fieldName: string): { query: string; variables: Record<string, unknown> } {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  const field = type?.getFields()[fieldName];
  if (!field) throw new Error(`${root}.${fieldName} is not in the API schema`);
  const { definitions, invocation, variables } = argumentsOf(field);
  const keyword = root === 'Query' ? 'query' : 'mutation';
  return { query: `${keyword} PolicyMatrix${definitions} { ${fieldName}${invocation}${selectionFor(field.type)} }`, variables };
}

/** The arguments and selection for one field inside an `... on Type` fragment (entity and field cells). */
export function fieldSelection(field: GraphQLField<unknown, unknown>): { definitions: string; selection: string; variables: Record<string, unknown> } {
  const { definitions, invocation, variables } = argumentsOf(field);
  return { definitions, selection: `${field.name}${invocation}${selectionFor(field.type)}`, variables };
}

/** Arguments whose type alone does not make a meaningful value (an id that is not a uuid). */
const NAMED_SAMPLES: Record<string, () => unknown> = {
  schoolYear: () => schoolYearOf(today()).id,
};

function argumentsOf(field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const variables: Record<string, unknown> = {};
  for (const arg of required) variables[arg.name] = NAMED_SAMPLES[arg.name]?.() ?? sampleValue(arg.type);
  const definitions = required.length ? `(${required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ')})` : '';
  const invocation = required.length ? `(${required.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  return { definitions, invocation, variables };
}

function selectionFor(type: GraphQLOutputType): string {
  return isLeafType(getNamedType(type)) ? '' : ' { __typename }';
}

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

/** A value of `type` that passes GraphQL validation; domain rules may still refuse it. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sampleValue(field.type);
    }
    return value;
  }
  const sample = SCALAR_SAMPLES[type.name];
  if (!sample) throw new Error(`no sample value for scalar ${type.name}`);
  return sample();
}
