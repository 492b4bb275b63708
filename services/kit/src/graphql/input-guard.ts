import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type ArgumentNode,
  type DocumentNode,
  getNamedType,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { UserInputError } from '../errors/app-errors';
import { DateScalar, DateTimeScalar, JSONScalar } from './scalars';

/**
 * The kit's own scalars, by name. A gateway builds its schema from the supergraph, where custom
 * scalars accept anything; checking values with these definitions refuses a bad date at the edge
 * instead of letting a subgraph refuse it later (as an HTTP 400 the gateway cannot explain).
 */
const KIT_SCALARS = new Map([DateScalar, DateTimeScalar, JSONScalar].map((scalar) => [scalar.name, scalar]));

/** PostgreSQL text cannot hold U+0000, so a string carrying it could only fail as a database error. */
const NUL = '\u0000';

/** A refused input value: 200 with BAD_USER_INPUT, as for any other value a resolver refuses. */
function refusal(path: string, message: string, variable?: string): UserInputError {
  return new UserInputError(path, message, {
    extensions: { ...(variable ? { variable } : {}), http: { status: 200 } },
  });
}

/** The scalar's own message; a non-GraphQL error (a stack overflow on hostile nesting) says only what failed. */
function scalarMessage(error: unknown, scalar: string): string {
  return error instanceof GraphQLError ? error.message : `not a value a ${scalar} can hold`;
}

/** Checks a runtime (variable) value at `path` against its position's type; extra fields are left to coercion. */
function checkValue(value: unknown, type: GraphQLInputType, path: string, variable: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, variable);
  if (isListType(type)) {
    // A single value where a list is expected is coerced to a one-item list (GraphQL input coercion).
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(item, type.ofType, `${path}[${i}]`, variable));
    else checkValue(value, type.ofType, path, variable);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value)) {
      if (fields[name]) checkValue(item, fields[name].type, `${path}.${name}`, variable);
    }
    return;
  }
  const scalar = KIT_SCALARS.get(type.name);
  if (scalar) {
    try {
      scalar.parseValue(value);
    } catch (error) {
      throw refusal(path, scalarMessage(error, scalar.name), variable);
    }
  }
  checkStrings(value, path, variable);
}

/**
 * Any string inside a leaf value (a JSON value may nest them) must be free of NUL. Walked with a
 * queue, not recursion, so a hostile nesting depth cannot overflow the stack.
 */
function checkStrings(root: unknown, rootPath: string, variable?: string): void {
  const queue: [unknown, string][] = [[root, rootPath]];
  for (let next = queue.pop(); next; next = queue.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      if (value.includes(NUL)) throw refusal(path, 'must not contain the NUL character (U+0000)', variable);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => queue.push([item, `${path}[${i}]`]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) queue.push([item, `${path}.${key}`]);
    }
  }
}

interface VariableSource {
  values: Record<string, unknown>;
  /** The operation's variable definitions, for defaults of variables the request leaves out. */
  defaults: Map<string, ValueNode>;
}

/** Checks a literal (or the variable it names) at `path` against its position's type. */
function checkLiteral(node: ValueNode, type: GraphQLInputType, path: string, variables: VariableSource): void {
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value;
    if (Object.prototype.hasOwnProperty.call(variables.values, name)) {
      checkValue(variables.values[name], type, path, name);
    } else {
      const fallback = variables.defaults.get(name);
      if (fallback) checkLiteral(fallback, type, path, variables);
    }
    return;
  }
  if (node.kind === Kind.NULL) return;
  if (isNonNullType(type)) return checkLiteral(node, type.ofType, path, variables);
  if (isListType(type)) {
    if (node.kind === Kind.LIST) node.values.forEach((item, i) => checkLiteral(item, type.ofType, `${path}[${i}]`, variables));
    else checkLiteral(node, type.ofType, path, variables);
    return;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return;
    const fields = type.getFields();
    for (const field of node.fields) {
      const definition = fields[field.name.value];
      if (definition) checkLiteral(field.value, definition.type, `${path}.${field.name.value}`, variables);
    }
    return;
  }
  if (!isScalarType(getNamedType(type))) return;
  const scalar = KIT_SCALARS.get(getNamedType(type).name);
  if (scalar) {
    try {
      scalar.parseLiteral(node, variables.values);
    } catch (error) {
      throw refusal(path, scalarMessage(error, scalar.name));
    }
  }
  if (node.kind === Kind.STRING && node.value.includes(NUL)) {
    throw refusal(path, 'must not contain the NUL character (U+0000)');
  }
  if (node.kind === Kind.OBJECT || node.kind === Kind.LIST) {
    // A JSON literal: its strings are checked like a variable's.
    checkStrings(JSONScalar.parseLiteral(node, variables.values), path);
  }
}

/**
 * Refuses, before anything is executed, an input value no resolver could store or a kit scalar
 * does not accept: a malformed Date/DateTime, or a string with NUL, in a literal or a variable, at
 * any depth of input objects and lists, fragments included. The error names the argument's path
 * (`timeEntries.filter.from`) and, for a variable, the variable.
 */
export function checkOperationInputs(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableValues: Record<string, unknown>,
): void {
  const variables: VariableSource = {
    values: variableValues,
    defaults: new Map(
      (operation.variableDefinitions ?? []).flatMap((definition) =>
        definition.defaultValue ? [[definition.variable.name.value, definition.defaultValue] as const] : [],
      ),
    ),
  };
  const typeInfo = new TypeInfo(schema);
  // Fragments of other operations in the document are checked too: cheap, and never wrong to refuse.
  const definitions = document.definitions.filter(
    (definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  visit(
    { ...document, definitions },
    visitWithTypeInfo(typeInfo, {
      Argument(node: ArgumentNode) {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        const owner = typeInfo.getDirective() ? `@${typeInfo.getDirective()!.name}` : (typeInfo.getFieldDef()?.name ?? '?');
        checkLiteral(node.value, argument.type, `${owner}.${node.name.value}`, variables);
        // The value was walked with its type; nothing inside an argument is itself an argument.
        return false;
      },
    }),
  );
}

/**
 * The request can name an operation the document does not hold, hold several anonymous ones, or
 * ask for a root type the schema lacks (a subscription): each is a client mistake, answered 400
 * with OPERATION_RESOLUTION_FAILURE rather than reaching execution, where it would fail as a 500.
 */
function operationResolutionError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  operationName: string | undefined,
): GraphQLError | undefined {
  let message: string | undefined;
  if (!operation) {
    const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    if (operationName) message = `the document has no operation named "${operationName}"`;
    else if (operations.length > 1) message = 'the document holds several operations: send `operationName` to pick one';
    else message = 'the document holds no operation';
  } else if (!schema.getRootType(operation.operation)) {
    message = `this API has no ${operation.operation} operations`;
  }
  if (!message) return undefined;
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
}

/** Both checks, for every service (gateway and subgraphs), after validation and before execution. */
export function inputGuardPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const unresolved = operationResolutionError(schema, document, operation, request.operationName ?? undefined);
          if (unresolved) throw unresolved;
          checkOperationInputs(schema, document, operation!, request.variables ?? {});
        },
      };
    },
  };
}
