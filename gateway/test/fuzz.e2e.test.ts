import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEVELOPMENT_SIGNING_SECRET, ROLES, repoRoot } from '@careergraph/kit';
import { buildSchema } from 'graphql';
import { demoIds, FuzzInputs, seededRandom } from './support/fuzz-inputs';
import { type HttpAnswer, postRaw } from './support/http-answer';
import { operationFor } from './support/operation-builder';
import { demoIdentities } from './support/policy-samples';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * Schema-driven fuzzing through a production gateway with real subgraphs on the demo world: every
 * root field of schema/api.graphql, as every role, with extreme and malformed arguments. Whatever a
 * client sends, the answer is a client error or data: no 5xx, no INTERNAL_SERVER_ERROR, no stack
 * trace or SQL text, and every process still up. FUZZ_SEED replays a run; FUZZ_OPERATIONS sets its
 * length (`npm run fuzz` runs a long one; the suite's default stays well under a minute);
 * FUZZ_VERBOSE prints how many answers carried data and each error code.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 300);
const CONCURRENCY = 4;
const API = buildSchema(readFileSync(path.join(repoRoot, 'schema/api.graphql'), 'utf8'));

/** What must never reach a client: stack frames, file paths, SQL, driver messages, internal addresses. */
const LEAKS =
  /stacktrace|\n\s+at |\.ts:\d+|node_modules|\bSELECT\b|\bINSERT INTO\b|\bDELETE FROM\b|\bUPDATE \S+ SET\b|violates|invalid input syntax|syntax error at|relation "|duplicate key|ECONNREFUSED|127\.0\.0\.1|localhost/;

let supergraph: RunningSupergraph;
let gateway: string;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
  gateway = await supergraph.startGateway({ production: true, signingSecrets: [DEVELOPMENT_SIGNING_SECRET] });
});

afterAll(async () => {
  await supergraph?.stop();
});

interface Finding {
  role: string;
  query: string;
  variables: Record<string, unknown>;
  status: number;
  answer: string;
  why: string;
}

/** Why an answer breaks the contract, or undefined when it keeps it. */
function violation(answer: HttpAnswer): string | undefined {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  if (!answer.body) return 'the body is not JSON';
  if (answer.body.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR';
  if (answer.body.errors?.some((error) => typeof error.extensions?.code !== 'string')) return 'an error without a code';
  const leak = LEAKS.exec(answer.text);
  if (leak) return `leaks "${leak[0]}"`;
  return undefined;
}

it(`answers ${OPERATIONS} generated operations with data or client errors (seed ${SEED})`, async () => {
  const random = seededRandom(SEED);
  const identities = await demoIdentities(supergraph.dataSources);
  const inputs = new FuzzInputs(random, await demoIds(supergraph.dataSources));
  const headers = Object.fromEntries(
    await Promise.all(ROLES.map(async (role) => [role, { authorization: `Bearer ${await supergraph.token({ role, ...identities.scopes[role] })}` }])),
  ) as Record<string, Record<string, string>>;
  const fields = (['Query', 'Mutation'] as const).flatMap((root) =>
    Object.keys((root === 'Query' ? API.getQueryType() : API.getMutationType())!.getFields()).map((name) => [root, name] as const),
  );
  // Generated up front, in order, so the seed alone decides every operation whatever the timing.
  const operations = Array.from({ length: OPERATIONS }, () => {
    const [root, name] = inputs.pick(fields);
    inputs.nextOperation();
    return { role: inputs.pick(ROLES), ...operationFor(API, root, name, inputs) };
  });
  const findings: Finding[] = [];
  const codes = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    while (next < operations.length) {
      const { role, query, variables } = operations[next++];
      const answer = await postRaw(gateway, { query, variables }, headers[role]);
      inputs.collectCursors(answer.text);
      if (!answer.body?.errors) codes.set('(data)', (codes.get('(data)') ?? 0) + 1);
      for (const error of answer.body?.errors ?? []) codes.set(String(error.extensions?.code), (codes.get(String(error.extensions?.code)) ?? 0) + 1);
      const why = violation(answer);
      if (why) findings.push({ role, query, variables, status: answer.status, answer: answer.text.slice(0, 600), why });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  // Every process answered to the end: the gateway and each subgraph are still up.
  for (const url of [gateway, ...Object.values(supergraph.subgraphUrls)]) {
    expect((await fetch(new URL('/health', url))).status).toBe(200);
  }
  if (findings.length) {
    const report = findings
      .slice(0, 15)
      .map((f) => `- ${f.why} as ${f.role}: ${f.query}\n  variables ${JSON.stringify(f.variables).slice(0, 400)}\n  HTTP ${f.status} ${f.answer}`)
      .join('\n');
    throw new Error(
      `${findings.length} of ${OPERATIONS} answers broke the contract; replay with FUZZ_SEED=${SEED} FUZZ_OPERATIONS=${OPERATIONS}\n${report}`,
    );
  }
  if (process.env.FUZZ_VERBOSE) console.log(JSON.stringify([...codes]), inputs.cursors.length);
  // The run reached the services, not only the edge's refusals.
  expect(codes.size).toBeGreaterThan(1);
}, Math.max(600_000, OPERATIONS * 300));
