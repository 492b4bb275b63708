/**
 * `node --import tsx benchmarks/src/subgraph-client-bench.ts [--rounds 12] [--requests 1500] [--concurrency 8]`
 *
 * The gateway's subgraph client alone: CPU time of this process per request through Node's `fetch`
 * (the client the gateway used before, exactly as it called it) and through the gateway's
 * `createSubgraphFetcher` (node:http keep-alive agent), against a bare node:http JSON server in a
 * child process, so the server's CPU is not counted. Sequentially and `--concurrency` at a time,
 * each round runs both clients in alternating order; the medians and the median paired ratio are
 * printed.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { Fetcher } from '@apollo/utils.fetcher';
import { DEADLINE_HEADER } from '@careergraph/kit';
import { createSubgraphFetcher } from '../../gateway/src/performance/subgraph-fetcher';
import { cpuPerRequest, median, medianRatio, pairedRounds } from './paired-cpu';

/** The subgraph answer: a student with a page of placements, about the size of a full view's part. */
const SERVER = `
const http = require('node:http');
const body = JSON.stringify({ data: { _entities: Array.from({ length: 12 }, (_, i) => ({
  __typename: 'Placement', id: 'placement-' + i, status: 'ACTIVE', startDate: '2026-09-0' + (i % 9 + 1),
  partner: { __typename: 'Partner', id: 'partner-' + i }, approvedHours: i * 7.5 })) } });
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send(server.address().port));
`;

/** The gateway's fetcher before this change (gateway/src/performance/subgraph-fetcher.ts, Node's fetch with a deadline signal). */
const nodeFetch: Fetcher = async (url, init) =>
  (await fetch(url, { ...(init as RequestInit), signal: AbortSignal.timeout(5_000) })) as unknown as Awaited<ReturnType<Fetcher>>;

/** What Apollo's RemoteGraphQLDataSource does with a response: status, content type, JSON. */
async function call(fetcher: Fetcher, url: string): Promise<void> {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'bench', 'x-careergraph-identity': 'x'.repeat(300), [DEADLINE_HEADER]: '5000' },
    body: JSON.stringify({ query: 'query($representations:[_Any!]!){_entities(representations:$representations){...on Placement{id status}}}', variables: { representations: [{ __typename: 'Placement', id: '1' }] } }),
  };
  const response = await fetcher(url, init);
  if (!response.ok || !response.headers.get('content-type')?.startsWith('application/json')) throw new Error(`unexpected answer ${response.status}`);
  await response.json();
}

/** CPU µs of this process per request for `requests` requests, `concurrency` in flight. */
function measure(fetcher: Fetcher, url: string, requests: number, concurrency: number): Promise<number> {
  let next = 0;
  return cpuPerRequest(requests, async () => {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < requests) await call(fetcher, url);
      }),
    );
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rounds: { type: 'string', default: '12' }, requests: { type: 'string', default: '1500' }, concurrency: { type: 'string', default: '8' } },
  });
  const rounds = Number(values.rounds);
  const requests = Number(values.requests);
  const concurrency = Number(values.concurrency);
  const server = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const port = await new Promise<number>((resolve) => server.once('message', (message) => resolve(message as number)));
    const url = `http://127.0.0.1:${port}/graphql`;
    const clients: Record<string, Fetcher> = { fetch: nodeFetch, 'node:http': createSubgraphFetcher() };
    console.log(`CPU µs per request of the client process, median of ${rounds} rounds of ${requests} requests (paired ratio node:http / fetch)`);
    for (const [mode, inFlight] of [['sequential', 1], ['concurrent', concurrency]] as const) {
      const samples = await pairedRounds(rounds, {
        fetch: () => measure(clients.fetch, url, requests, inFlight),
        'node:http': () => measure(clients['node:http'], url, requests, inFlight),
      });
      console.log(
        `${mode.padEnd(11)} fetch ${median(samples.fetch).toFixed(0).padStart(5)}  node:http ${median(samples['node:http']).toFixed(0).padStart(5)}  ratio ${medianRatio(samples, 'node:http', 'fetch').toFixed(2)}`,
      );
    }
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
