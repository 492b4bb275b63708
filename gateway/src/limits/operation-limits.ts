import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { AppError } from '@careergraph/kit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { type DocumentNode, getVariableValues, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode, validate } from 'graphql';
import { type CostOptions, operationCost } from './operation-cost';

/** What one operation may ask of the gateway (docs/security.md, "Operation limits"). */
export interface OperationLimits extends CostOptions {
  /** Nesting of fields below the root (fragments add no level; introspection is not counted). */
  maxDepth: number;
  /** Aliased fields in the operation, fragments included (`__typename` aliases are free). */
  maxAliases: number;
  /** Lexical tokens in the document; the parser stops reading past this. */
  maxTokens: number;
  /** Objects the operation may return (`operationCost`). */
  maxCost: number;
}

export type LimitName = 'depth' | 'aliases' | 'cost';

/** An operation over one of the limits: refused with HTTP 400 before any subgraph is asked. */
export class OperationTooComplexError extends AppError {
  constructor(limit: LimitName, message: string, details: { maximum: number; actual?: number }) {
    super('OPERATION_TOO_COMPLEX', message, { extensions: { limit, ...details, http: { status: 400 } } });
  }
}

export interface ShapeRefusal {
  limit: LimitName;
  message: string;
  maximum: number;
}

/**
 * Depth and aliases depend only on the document, so each parsed document (Apollo keeps one per
 * distinct query text) is judged once; the cost depends on the variables, so it is counted per
 * request, in one pass over the operation. Both run after Apollo's parse and validation and before
 * the gateway plans the query, so a refused operation reaches no subgraph.
 */
export function operationLimitsPlugin<TContext extends BaseContext>(limits: OperationLimits): ApolloServerPlugin<TContext> {
  const shapes = new WeakMap<DocumentNode, ShapeRefusal | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          let shape = shapes.get(document);
          if (shape === undefined) {
            shape = shapeRefusal(schema, document, limits);
            shapes.set(document, shape);
          }
          if (shape) throw new OperationTooComplexError(shape.limit, shape.message, { maximum: shape.maximum });
          // Apollo resolves the operation before this hook; the type keeps it optional.
          if (!operation) return;
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Variables that do not coerce are refused by execution itself, still before any subgraph.
          if (variables.errors) return;
          const refusal = costRefusal(schema, document, operation, variables.coerced, limits);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/** The cost refusal for `operation` with these (coerced) variables, if it is over the limit. */
export function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: OperationLimits,
): OperationTooComplexError | undefined {
  const cost = operationCost(schema, document, operation, variables, limits);
  if (cost <= limits.maxCost) return undefined;
  return new OperationTooComplexError(
    'cost',
    `operation cost ${cost} exceeds the limit of ${limits.maxCost}: each list counts as many objects as its \`first\` asks for (${limits.defaultPageSize} when not given), multiplied down nested lists; ask for smaller pages or fewer nested lists`,
    { maximum: limits.maxCost, actual: cost },
  );
}

/** The first depth or alias limit `document` breaks, if any. */
export function shapeRefusal(schema: GraphQLSchema, document: DocumentNode, limits: OperationLimits): ShapeRefusal | null {
  let refusal: ShapeRefusal | null = null;
  const refuse = (limit: LimitName, maximum: number, advice: string) => (_context: unknown, error: GraphQLError) => {
    // graphql-armor words its refusals as syntax errors; they are limits.
    refusal ??= { limit, maximum, message: `${error.message.replace(/^Syntax Error: /, '')} ${advice}` };
  };
  validate(schema, document, [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [refuse('depth', limits.maxDepth, 'Ask for less deeply nested fields.')],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [refuse('aliases', limits.maxAliases, 'Use fewer aliased fields (send several operations instead).')],
    }),
  ]);
  return refusal;
}
