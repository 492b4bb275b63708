import http from 'node:http';
import https from 'node:https';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { DEADLINE_HEADER } from '@careergraph/kit';

/**
 * What a subgraph request may still take of its operation's deadline (`timeoutMs` from
 * `startedAt`): a plan's later waves get what the earlier ones left, so the whole operation answers
 * within the deadline, partially if it must. At least 1 ms: the header's 0 would mean no deadline.
 */
export function remainingBudgetMs(startedAt: number, timeoutMs: number, now = Date.now()): number {
  return Math.max(1, startedAt + timeoutMs - now);
}

export interface SubgraphFetcherOptions {
  /** Connections kept to each subgraph (per origin) at most; further requests queue for a free one. */
  maxSockets?: number;
  /** The largest response body accepted from a subgraph; a larger one fails the request. */
  maxResponseBytes?: number;
}

/** Subgraph answers are JSON of at most a page of rows or a year's figures; far beyond that is a fault. */
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_SUBGRAPH_MAX_SOCKETS = 64;
/** An idle connection's life when the subgraph sends no keep-alive hint: below the idle timeouts of common proxies (60 s and up). */
const IDLE_CONNECTION_MS = 15_000;

/**
 * The client subgraph requests go through: `http.request` on a keep-alive agent per protocol, so
 * each subgraph's connections are reused and bounded (maxSockets per origin). It costs the
 * gateway about a quarter of the CPU per request of Node's `fetch` (benchmarks/src/
 * subgraph-client-bench.ts), whose WHATWG Request, Headers, Response and body streams are built
 * for every request and carry nothing a subgraph request needs. The agent honours a subgraph's
 * `Keep-Alive: timeout=` hint, so an idle connection is dropped before the server closes it. Each
 * request is destroyed at its deadline (the kit's DEADLINE_HEADER, a header because Apollo's data
 * source hands its fetcher only the URL, method, headers and body), reading the body included,
 * with a `TimeoutError` (isTimeout): without one, a stopped subgraph would hold the client's
 * request indefinitely. The body is read whole before the response resolves (Apollo reads it at
 * once anyway), which is what lets the deadline and the size limit cover it.
 */
export function createSubgraphFetcher(options: SubgraphFetcherOptions = {}): Fetcher {
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  // LIFO keeps the fewest connections warm when load falls. Node's agent applies a server's
  // `Keep-Alive: timeout=` hint (less a second) only below its own `timeout`: without one it keeps
  // idle connections until the server closes them, and a request sent as the server does fails
  // with ECONNRESET (a subgraph's fields null with SERVICE_UNAVAILABLE).
  const agentOptions: http.AgentOptions = {
    keepAlive: true,
    timeout: IDLE_CONNECTION_MS,
    maxSockets: options.maxSockets ?? DEFAULT_SUBGRAPH_MAX_SOCKETS,
    scheduling: 'lifo',
  };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
  const targets = new Map<string, URL>();
  return (url, init = {}) => {
    let target = targets.get(url);
    if (!target) {
      target = new URL(url);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        return Promise.reject(new Error(`request to ${url} failed, reason: unsupported protocol ${target.protocol}`));
      }
      // Subgraph URLs are a handful of configured addresses.
      targets.set(url, target);
    }
    const agent = agents[target.protocol as keyof typeof agents];
    return send(url, target, agent, init, Number(init.headers?.[DEADLINE_HEADER]) || undefined, maxResponseBytes);
  };
}

function send(
  url: string,
  target: URL,
  agent: http.Agent,
  init: FetcherRequestInit,
  timeoutMs: number | undefined,
  maxResponseBytes: number,
): Promise<FetcherResponse> {
  return new Promise((resolve, reject) => {
    const signal = init.signal as AbortSignal | undefined;
    if (signal?.aborted) return reject(abortReason(signal));
    const body = init.body;
    const headers: http.OutgoingHttpHeaders = { ...init.headers };
    if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
    const request = (target.protocol === 'https:' ? https : http).request({
      agent,
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      path: target.pathname + target.search,
      method: init.method ?? 'GET',
      headers,
    });
    let settled = false;
    const timer = timeoutMs ? setTimeout(() => fail(timeoutError(url, timeoutMs)), timeoutMs) : undefined;
    const onAbort = () => fail(abortReason(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    function finish() {
      settled = true;
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    function fail(error: Error) {
      if (settled) return;
      finish();
      // Destroying the request closes its socket: a half-read connection cannot be reused.
      request.destroy();
      reject(error);
    }
    request.on('error', (error: NodeJS.ErrnoException) => fail(connectionError(url, error)));
    request.on('response', (response) => {
      const declared = Number(response.headers['content-length']);
      if (declared > maxResponseBytes) return fail(tooLarge(url, maxResponseBytes));
      const chunks: Buffer[] = [];
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxResponseBytes) return fail(tooLarge(url, maxResponseBytes));
        chunks.push(chunk);
      });
      response.on('error', (error: NodeJS.ErrnoException) => fail(connectionError(url, error)));
      // A connection closed before the whole body arrived closes without 'end'.
      response.on('close', () => fail(connectionError(url, Object.assign(new Error('response ended early'), { code: 'ECONNRESET' }))));
      response.on('end', () => {
        if (settled) return;
        finish();
        resolve(new SubgraphResponse(url, response.statusCode!, response.statusMessage ?? '', response.headers, Buffer.concat(chunks, received)));
      });
    });
    request.end(body);
  });
}

/** The named failure clients' logs get (clients see SERVICE_UNAVAILABLE naming the subgraph, never its address). */
function connectionError(url: string, error: NodeJS.ErrnoException): Error {
  return new Error(`request to ${url} failed, reason: ${error.code ?? error.message}`, { cause: error });
}

function tooLarge(url: string, maxResponseBytes: number): Error {
  return new Error(`request to ${url} failed, reason: response larger than ${maxResponseBytes} bytes`);
}

/** Named like `AbortSignal.timeout`'s reason (isTimeout), but an `Error` of this realm. */
function timeoutError(url: string, timeoutMs: number): Error {
  return Object.assign(new Error(`request to ${url} failed, reason: no answer within ${timeoutMs} ms`), { name: 'TimeoutError' });
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('This operation was aborted', 'AbortError');
}

/** Whether a subgraph request failed because its deadline passed (while waiting for headers or reading the body). */
export function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'TimeoutError';
}

/** What Apollo's data source reads of a response: status, headers, and the body as JSON or text. */
class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  readonly headers: FetcherHeaders;
  bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    rawHeaders: http.IncomingHttpHeaders,
    private readonly body: Buffer,
  ) {
    this.headers = new ResponseHeaders(rawHeaders);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    return this.consume().toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.consume().toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.consume();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    if (this.bodyUsed) throw new TypeError('Response body is already used');
    return new SubgraphResponse(this.url, this.status, this.statusText, (this.headers as ResponseHeaders).raw, this.body);
  }

  private consume(): Buffer {
    if (this.bodyUsed) throw new TypeError('Response body is already used');
    this.bodyUsed = true;
    return this.body;
  }
}

/** Node's parsed headers (lower-cased names) behind the Headers interface; read-only. */
class ResponseHeaders implements FetcherHeaders {
  constructor(readonly raw: http.IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }

  append(): void {
    throw new TypeError('response headers are immutable');
  }

  delete(): void {
    throw new TypeError('response headers are immutable');
  }

  set(): void {
    throw new TypeError('response headers are immutable');
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw)) yield [name, this.get(name)!];
  }

  *keys(): IterableIterator<string> {
    yield* Object.keys(this.raw);
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}
