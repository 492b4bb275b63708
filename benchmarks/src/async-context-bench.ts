/**
 * `node --import tsx benchmarks/src/async-context-bench.ts [--rounds 12] [--requests 400]`
 *
 * What an AsyncLocalStorage in use costs a GraphQL request (why the kit's statement tally runs only
 * for requests that ask for their count, and the gateway's subgraph deadline travels in a header):
 * on Node 20 an AsyncLocalStorage, once run, installs a promise hook that every promise of the
 * process then pays for. An Apollo Server with a page of 50 rows, each with async fields (as a
 * subgraph's DataLoader-backed resolvers are), executes the same operation without any
 * AsyncLocalStorage and inside one (the tally as it was: one `run` per request), alternating each
 * round; CPU time of this process per request, medians and the median paired ratio.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { parseArgs } from 'node:util';
import { ApolloServer } from '@apollo/server';
import { cpuPerRequest, median, medianRatio, pairedRounds } from './paired-cpu';

const typeDefs = `#graphql
  type Query { page: [Row!]! }
  type Row { id: ID! name: String! hours: Float! partner: Partner! }
  type Partner { id: ID! name: String! }
`;
const rows = Array.from({ length: 50 }, (_, i) => ({ id: `row-${i}`, name: `Row ${i}`, hours: i * 1.5 }));
const later = <T>(value: T) => Promise.resolve().then(() => value);
const resolvers = {
  Query: { page: () => later(rows) },
  Row: { hours: (row: { hours: number }) => later(row.hours), partner: (row: { id: string }) => later({ id: `p-${row.id}`, name: 'Partner' }) },
};
const QUERY = '{ page { id name hours partner { id name } } }';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '12' }, requests: { type: 'string', default: '400' } } });
  const rounds = Number(values.rounds);
  const requests = Number(values.requests);
  const server = new ApolloServer({ typeDefs, resolvers });
  await server.start();
  const tally = new AsyncLocalStorage<{ statements: number }>();
  const execute = async () => {
    const result = await server.executeOperation({ query: QUERY });
    if (result.body.kind !== 'single' || result.body.singleResult.errors) throw new Error('unexpected answer');
  };
  const samples = await pairedRounds(rounds, {
    plain: () =>
      cpuPerRequest(requests, async () => {
        // Turns the promise hook off again (no other AsyncLocalStorage is in use here).
        tally.disable();
        for (let i = 0; i < requests; i++) await execute();
      }),
    tallied: () =>
      cpuPerRequest(requests, async () => {
        for (let i = 0; i < requests; i++) await tally.run({ statements: 0 }, execute);
      }),
  });
  await server.stop();
  console.log(`CPU µs per request, median of ${rounds} rounds of ${requests} requests`);
  console.log(
    `no AsyncLocalStorage ${median(samples.plain).toFixed(0)}  inside one ${median(samples.tallied).toFixed(0)}  paired ratio ${medianRatio(samples, 'tallied', 'plain').toFixed(2)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
