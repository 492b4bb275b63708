import { serviceCaller } from '../auth/caller';
import { IDENTITY_HEADER, type IdentitySigner } from '../auth/identity-token';
import { ServiceUnavailableError } from '../errors/app-errors';
import { injectTraceContext, withClientSpan } from '../telemetry/tracing';

export interface EntityClientOptions {
  /** The owning subgraph's name, for error messages and logs. */
  subgraph: string;
  /** Its /graphql URL. */
  url: string;
  timeoutMs: number;
  /** The subgraph asking; its lookups are signed as this service (the SERVICE role). */
  service: string;
  signer: IdentitySigner;
  /** Extra headers per call (the request id). */
  headers?: () => Record<string, string>;
  /** Most representations in one request (default 1,000); longer lists go in several. */
  maxBatch?: number;
}

const DEFAULT_MAX_BATCH = 1_000;

interface OperationResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/**
 * Reads entities another subgraph owns, by key, over HTTP (`_entities`), the way the gateway
 * would: a service never reads another service's tables. Any failure — unreachable, too slow, or
 * an error answer — is a SERVICE_UNAVAILABLE naming the subgraph, so the caller writes nothing.
 */
export class EntityClient {
  constructor(private readonly options: EntityClientOptions) {}

  /**
   * Entities of one type by id, in the order asked; null where the owner has no such entity. A long
   * list (a district's cohort) goes in consecutive requests of at most `maxBatch`, so no request
   * outgrows the owner's body limit or its statement parameters.
   */
  async lookup<T>(typename: string, ids: readonly string[], selection: string): Promise<(T | null)[]> {
    const size = this.options.maxBatch ?? DEFAULT_MAX_BATCH;
    if (ids.length <= size) return this.lookupBatch<T>(typename, ids, selection);
    const entities: (T | null)[] = [];
    for (let start = 0; start < ids.length; start += size) {
      entities.push(...(await this.lookupBatch<T>(typename, ids.slice(start, start + size), selection)));
    }
    return entities;
  }

  private async lookupBatch<T>(typename: string, ids: readonly string[], selection: string): Promise<(T | null)[]> {
    if (ids.length === 0) return [];
    if (!/^[A-Z][A-Za-z0-9_]*$/.test(typename)) throw new Error(`invalid type name ${typename}`);
    const query = `query EntityLookup($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on ${typename} { ${selection} } }
    }`;
    const representations = ids.map((id) => ({ __typename: typename, id }));
    return (await this.execute<{ _entities: (T | null)[] }>(query, { representations }))._entities;
  }

  /**
   * Runs one operation against the owner, signed as this service: `_entities` lookups, or the
   * owner's SERVICE-only (@inaccessible) root fields that answer for many students at once.
   */
  async execute<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    // A CLIENT span in the request's trace, whose context the owner continues (W3C traceparent).
    return withClientSpan(`lookup ${this.options.subgraph}`, { 'careergraph.lookup.subgraph': this.options.subgraph }, () =>
      this.send<T>(query, variables),
    );
  }

  private async send<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const { subgraph, url, timeoutMs } = this.options;
    let body: OperationResponse<T>;
    try {
      const identity = await this.options.signer.sign(serviceCaller(this.options.service), query);
      const headers: Record<string, string> = { 'content-type': 'application/json', ...this.options.headers?.(), [IDENTITY_HEADER]: identity };
      injectTraceContext((name, value) => (headers[name] = value));
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      body = (await response.json()) as OperationResponse<T>;
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (error as Error).message;
      throw new ServiceUnavailableError(`the ${subgraph} subgraph is unavailable (${reason}); nothing was changed`, {
        extensions: { subgraph },
      });
    }
    if (body.errors?.length || !body.data) {
      throw new ServiceUnavailableError(
        `the ${subgraph} subgraph refused the lookup (${body.errors?.[0]?.message ?? 'no data'}); nothing was changed`,
        { extensions: { subgraph } },
      );
    }
    return body.data;
  }

  async lookupOne<T>(typename: string, id: string, selection: string): Promise<T | null> {
    return (await this.lookup<T>(typename, [id], selection))[0];
  }
}
