import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEADLINE_HEADER } from '@careergraph/kit';
import { createSubgraphFetcher, isTimeout, remainingBudgetMs } from './subgraph-fetcher';

interface Received {
  method: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real local server: `answer` writes each response; every request and connection is recorded. */
async function startServer(answer: (res: http.ServerResponse, received: Received) => void) {
  const received: Received[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      answer(res, request);
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    received,
    connections: () => connections,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type Server = Awaited<ReturnType<typeof startServer>>;
const servers: Server[] = [];
async function serve(answer: (res: http.ServerResponse, received: Received) => void): Promise<Server> {
  const server = await startServer(answer);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const json = (res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
};

const post = { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'r-1' }, body: '{"query":"{ ok }"}' };
/** The request as the gateway sends it under a deadline. */
const within = (timeoutMs: number) => ({ ...post, headers: { ...post.headers, [DEADLINE_HEADER]: String(timeoutMs) } });

describe('createSubgraphFetcher', () => {
  it('sends the method, headers and body, and returns status, headers and the JSON body', async () => {
    const server = await serve((res) => json(res, 201, { data: { ok: 'é' } }, { 'Cache-Control': 'max-age=60', 'x-multi': ['a', 'b'] }));
    const response = await createSubgraphFetcher()(server.url, post);
    expect(server.received).toEqual([
      expect.objectContaining({ method: 'POST', body: post.body, headers: expect.objectContaining({ 'x-request-id': 'r-1', 'content-length': '18' }) }),
    ]);
    expect(response).toMatchObject({ status: 201, ok: true, statusText: 'Created', url: server.url, redirected: false });
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('max-age=60');
    expect(response.headers.get('x-multi')).toBe('a, b');
    expect(response.headers.get('x-absent')).toBeNull();
    expect(response.headers.has('CONTENT-LENGTH')).toBe(true);
    expect(await response.json()).toEqual({ data: { ok: 'é' } });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('returns an error status with its body for the data source to report', async () => {
    const server = await serve((res) => json(res, 400, { errors: [{ message: 'bad' }] }));
    const response = await createSubgraphFetcher()(server.url, post);
    expect(response).toMatchObject({ status: 400, ok: false, statusText: 'Bad Request' });
    const copy = response.clone();
    expect(await response.text()).toBe('{"errors":[{"message":"bad"}]}');
    expect(await copy.json()).toEqual({ errors: [{ message: 'bad' }] });
  });

  it('reads a chunked body whole', async () => {
    const server = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
      setTimeout(() => res.end('{"n":[1,2,3]}}'), 20);
    });
    const response = await createSubgraphFetcher()(server.url, post);
    expect(await response.json()).toEqual({ data: { n: [1, 2, 3] } });
  });

  it('names the address and the reason when the subgraph cannot be reached', async () => {
    const server = await startServer(() => undefined);
    await server.close();
    await expect(createSubgraphFetcher()(server.url, post)).rejects.toThrow(`request to ${server.url} failed, reason: ECONNREFUSED`);
  });

  it('names a connection closed before the whole body arrived', async () => {
    const server = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 100 });
      res.write('{"data":');
      setTimeout(() => res.socket!.destroy(), 20);
    });
    await expect(createSubgraphFetcher()(server.url, post)).rejects.toThrow(`request to ${server.url} failed, reason: ECONNRESET`);
  });

  it('fails at the timeout header\'s deadline, whether waiting for headers or for the body, and closes the connection', async () => {
    const silent = await serve(() => undefined);
    const stalled = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
    });
    const fetcher = createSubgraphFetcher();
    for (const server of [silent, stalled]) {
      const started = Date.now();
      const error = await fetcher(server.url, within(150)).catch((caught: unknown) => caught);
      expect(isTimeout(error)).toBe(true);
      expect((error as Error).message).toBe(`request to ${server.url} failed, reason: no answer within 150 ms`);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
    // The timed-out connection is closed, not reused: its late answer would be read as the next one's.
    expect(stalled.connections()).toBe(1);
    stalled.received.length = 0;
    const error = await fetcher(stalled.url, within(150)).catch((caught: unknown) => caught);
    expect(isTimeout(error)).toBe(true);
    expect(stalled.connections()).toBe(2);
  });

  it('does not time out a request outside a deadline, nor one answered in time', async () => {
    const server = await serve((res) => setTimeout(() => json(res, 200, { data: { late: true } }), 100));
    const fetcher = createSubgraphFetcher();
    expect(await (await fetcher(server.url, post)).json()).toEqual({ data: { late: true } });
    expect(await (await fetcher(server.url, within(10_000))).json()).toEqual({ data: { late: true } });
  });

  it('stops at its abort signal, already aborted or aborted in flight', async () => {
    let arrived!: () => void;
    const received = new Promise<void>((resolve) => (arrived = resolve));
    const server = await serve(() => arrived());
    const fetcher = createSubgraphFetcher();
    await expect(fetcher(server.url, { ...post, signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.received).toHaveLength(0);
    const controller = new AbortController();
    const sent = fetcher(server.url, { ...post, signal: controller.signal });
    // Aborted once the subgraph has the request and is yet to answer.
    await received;
    controller.abort();
    await expect(sent).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reuses one kept-alive connection for sequential requests', async () => {
    const server = await serve((res) => json(res, 200, { data: {} }));
    const fetcher = createSubgraphFetcher();
    for (let i = 0; i < 10; i++) await (await fetcher(server.url, post)).json();
    expect(server.received).toHaveLength(10);
    expect(server.connections()).toBe(1);
  });

  it("closes an idle connection before the subgraph's keep-alive timeout, so no request is sent as the server closes it", async () => {
    const server = http.createServer((_req, res) => json(res, 200, { data: {} }));
    server.keepAliveTimeout = 2_000;
    const closed = new Promise<'server timed out' | 'client closed'>((resolve) =>
      server.on('connection', (socket) => {
        socket.on('timeout', () => resolve('server timed out'));
        socket.on('end', () => resolve('client closed'));
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await (await createSubgraphFetcher()(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, post)).json();
      // The server announced `Keep-Alive: timeout=2`: the agent lets go about a second earlier.
      expect(await closed).toBe('client closed');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('opens at most maxSockets connections to a subgraph, queueing the rest', async () => {
    const server = await serve((res) => setTimeout(() => json(res, 200, { data: {} }), 20));
    const fetcher = createSubgraphFetcher({ maxSockets: 2 });
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetcher(server.url, post).then((r) => r.json())));
    expect(answers).toHaveLength(8);
    expect(server.connections()).toBe(2);
  });

  it('refuses a response larger than maxResponseBytes, declared or chunked', async () => {
    const big = 'x'.repeat(5_000);
    const declared = await serve((res) => json(res, 200, { big }));
    const chunked = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 5; i++) res.write(big);
      res.end();
    });
    const fetcher = createSubgraphFetcher({ maxResponseBytes: 4_096 });
    for (const server of [declared, chunked]) {
      await expect(fetcher(server.url, post)).rejects.toThrow(`request to ${server.url} failed, reason: response larger than 4096 bytes`);
    }
  });
});

describe('remainingBudgetMs', () => {
  it('gives a later wave of a plan what the earlier ones left of the operation’s deadline, never 0 (no deadline)', () => {
    expect(remainingBudgetMs(1_000, 5_000, 1_000)).toBe(5_000);
    expect(remainingBudgetMs(1_000, 5_000, 5_660)).toBe(340);
    expect(remainingBudgetMs(1_000, 5_000, 9_000)).toBe(1);
  });
});
