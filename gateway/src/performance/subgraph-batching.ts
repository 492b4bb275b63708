import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createBatchingExecutor } from '@graphql-tools/batch-execute';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { type DocumentNode, parse, print } from 'graphql';
import type { FetchWaves } from './fetch-waves';

type Executor = ReturnType<typeof createBatchingExecutor>;
type ExecutionRequest = Parameters<Executor>[0];
type Process<TContext extends Record<string, any>> = (options: GraphQLDataSourceProcessOptions<TContext>) => Promise<GatewayGraphQLResponse>;

/** Parsed subgraph operations; the query planner emits a fixed set of texts per cached plan. */
const MAX_PARSED = 2_000;
/** Texts of merged operations, by the texts merged; as bounded as the plans they come from. */
const MAX_MERGED = 2_000;

/** Extensions of a merged request: the texts merged into it, in order. */
interface MergedParts {
  parts?: string[];
}

/**
 * Sends the query fetches one client request makes to the same subgraph at the same moment as one
 * HTTP request: a query plan resolves each entity path with its own fetch (a student's placements'
 * partner, worksite, supervisor and opportunity, and their credentials' issuer, are five `_entities`
 * fetches to partners), and merging them (root fields aliased `_v<n>_`, variables renamed, results
 * and error paths split back; @graphql-tools/batch-execute, what Hive Gateway does) saves a subgraph
 * round trip, a signature and a fetch per extra fetch, and lets the subgraph's DataLoaders batch
 * across them. The merged operation is signed like any other, for its own text. Fetches are sent
 * in the request's waves (fetch-waves.ts), so fetches of parallel plan branches merge too.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint Apollo Gateway puts on contexts
export class SubgraphBatcher<TContext extends Record<string, any>> {
  private readonly executors = new WeakMap<TContext, Executor>();
  private readonly parsed = new Map<string, DocumentNode>();
  private readonly printed = new Map<string, string>();

  constructor(
    private readonly send: Process<TContext>,
    private readonly waves: FetchWaves<TContext>,
  ) {}

  process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<GatewayGraphQLResponse> {
    // Only a client operation's fetches are batched (not health checks or schema loading).
    if (!('incomingRequestContext' in options) || !options.request.query) return this.send(options);
    const { request, context } = options;
    const document = this.parse(request.query!);
    const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
    // Mutations stay one fetch each: the plan already orders them.
    if (operation?.operation !== 'query') return this.send(options);
    let executor = this.executors.get(context);
    if (!executor) {
      executor = createBatchingExecutor(
        ((merged: ExecutionRequest) => this.sendMerged(merged)) as unknown as Executor,
        { cache: false, batchScheduleFn: this.waves.of(context).schedule },
        // Records which texts a merge is made of (a fresh document each time, always printing the same).
        (extensions: MergedParts, part: ExecutionRequest) => {
          (extensions.parts ??= []).push((part.context as GraphQLDataSourceProcessOptions<TContext>).request.query!);
          return extensions;
        },
      );
      this.executors.set(context, executor);
    }
    const execution: ExecutionRequest = {
      document,
      variables: request.variables,
      operationName: request.operationName,
      operationType: operation.operation,
      // Carries the fetch's own options: the first of a batch supplies context and headers.
      context: options,
    };
    return Promise.resolve(executor(execution)).then((result) => result as GatewayGraphQLResponse);
  }

  private sendMerged(merged: ExecutionRequest): Promise<GatewayGraphQLResponse> {
    const options = merged.context as GraphQLDataSourceProcessOptions<TContext>;
    // A batch of one is the original request, text unchanged.
    const query = merged.document === this.parsed.get(options.request.query!) ? options.request.query! : this.print(merged);
    const sent = this.send({
      ...options,
      request: { ...options.request, query, variables: merged.variables, operationName: merged.operationName },
    } as GraphQLDataSourceProcessOptions<TContext>);
    return this.waves.of(options.context as TContext).track(sent);
  }

  /**
   * The text of a merged operation. The merge depends only on the texts merged and their order, so
   * it is printed once per combination (print() was about 40-60 µs per merged batch of four).
   */
  private print(merged: ExecutionRequest): string {
    const parts = (merged.extensions as MergedParts | undefined)?.parts;
    if (!parts) return print(merged.document);
    const key = parts.join('\0');
    let text = this.printed.get(key);
    if (text === undefined) {
      if (this.printed.size >= MAX_MERGED) this.printed.delete(this.printed.keys().next().value!);
      text = print(merged.document);
      this.printed.set(key, text);
    }
    return text;
  }

  private parse(query: string): DocumentNode {
    let document = this.parsed.get(query);
    if (!document) {
      if (this.parsed.size >= MAX_PARSED) this.parsed.delete(this.parsed.keys().next().value!);
      document = parse(query);
      this.parsed.set(query, document);
    }
    return document;
  }
}
