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
}

interface OperationResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; rule?: string } }[];
}

/**
 * Sends one subgraph's operations to another over HTTP, signed as the asking service: what the
 * owner clients (owner-clients.ts) read entities through, the way the gateway would, since a
 * service never reads another service's tables. Any failure — unreachable, too slow, or an error
 * answer — is a SERVICE_UNAVAILABLE naming the subgraph, so the caller writes nothing.
 */
export class EntityClient {
  constructor(private readonly options: EntityClientOptions) {}

  /**
   * Runs one operation against the owner, signed as this service: `_entities` lookups, or the
   * owner's SERVICE-only (@inaccessible) root fields that answer for many students at once (which
   * may be given a longer deadline than the client's).
   */
  async execute<T>(query: string, variables: Record<string, unknown>, timeoutMs = this.options.timeoutMs): Promise<T> {
    // A CLIENT span in the request's trace, whose context the owner continues (W3C traceparent).
    return withClientSpan(`lookup ${this.options.subgraph}`, { 'careergraph.lookup.subgraph': this.options.subgraph }, () =>
      this.send<T>(query, variables, timeoutMs),
    );
  }

  private async send<T>(query: string, variables: Record<string, unknown>, timeoutMs: number): Promise<T> {
    const { subgraph, url } = this.options;
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
      // The owner's code and rule, so a caller can tell a refusal (e.g. CONFLICT) from an outage.
      const { code, rule } = body.errors?.[0]?.extensions ?? {};
      throw new ServiceUnavailableError(
        `the ${subgraph} subgraph refused the lookup (${body.errors?.[0]?.message ?? 'no data'}); nothing was changed`,
        { extensions: { subgraph, ownerCode: code ?? null, ownerRule: rule ?? null } },
      );
    }
    return body.data;
  }
}
