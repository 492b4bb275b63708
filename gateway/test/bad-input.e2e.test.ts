import { createHash } from 'node:crypto';
import { DEVELOPMENT_SIGNING_SECRET, encodeCursor } from '@careergraph/kit';
import { type HttpAnswer, postRaw } from './support/http-answer';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * Each class of malformed input, sent through a production gateway, is refused at the edge as a
 * client error with a precise code, never as a database error or an internal one (issue 14, item 5).
 */
let supergraph: RunningSupergraph;
let production: string;
let admin: Record<string, string>;

beforeAll(async () => {
  supergraph = await startSupergraph();
  production = await supergraph.startGateway({ production: true, signingSecrets: [DEVELOPMENT_SIGNING_SECRET] });
  admin = { authorization: `Bearer ${await supergraph.token({ role: 'DISTRICT_ADMIN' })}` };
});

afterAll(async () => {
  await supergraph?.stop();
});

const send = (body: Record<string, unknown>) => postRaw(production, body, admin);

/** One BAD_USER_INPUT error naming `field`, with HTTP 200, and nothing else. */
function expectRefusedInput(answer: HttpAnswer, field: string, message: RegExp) {
  expect(answer.status).toBe(200);
  expect(answer.body?.errors).toHaveLength(1);
  const [error] = answer.body!.errors!;
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(error.message).toMatch(message);
  expect(answer.text).not.toMatch(/https?:\/\/|stacktrace|SELECT|INSERT/);
}

describe('malformed Date and DateTime values', () => {
  it('refuses a bad Date in a variable, naming the argument path and the variable', async () => {
    const answer = await send({
      query: 'query($on: Date) { opportunities(filter: { openOn: $on }, first: 1) { totalCount } }',
      variables: { on: '2025-13-45' },
    });
    expectRefusedInput(answer, 'opportunities.filter.openOn', /^opportunities\.filter\.openOn: Date must be a calendar date as YYYY-MM-DD, got "2025-13-45"$/);
    expect(answer.body!.errors![0].extensions!.variable).toBe('on');
  });

  it('refuses a bad Date literal in a mutation input before any subgraph is asked', async () => {
    const before = supergraph.subgraphRequestCount();
    const answer = await send({
      query: `mutation { recordPartnerInsurance(input: { partnerId: "${crypto.randomUUID()}", certificateExpiresOn: "next year" }) { partner { id } } }`,
    });
    expectRefusedInput(answer, 'recordPartnerInsurance.input.certificateExpiresOn', /Date must be a calendar date/);
    expect(supergraph.subgraphRequestCount()).toBe(before);
  });
});

describe('forged cursors', () => {
  it('refuses a cursor whose values do not fit the columns it is compared with', async () => {
    // `c1:[0,"zzz"]`: the right shape, but a number for a date and text for a uuid.
    for (const after of ['YzE6WzAsInp6eiJd', encodeCursor(['2026-01-01', 'not-a-uuid']), encodeCursor(['a\u0000', crypto.randomUUID()])]) {
      const answer = await send({ query: 'query($after: String) { timeEntries(first: 1, after: $after) { totalCount } }', variables: { after } });
      expect(answer.status).toBe(200);
      expect(answer.body?.errors?.[0]).toMatchObject({
        message: 'after: malformed cursor; pass an endCursor from an earlier page',
        path: ['timeEntries'],
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      });
    }
  });
});

describe('NUL characters', () => {
  it('refuses U+0000 in reads and writes, in variables and literals, at any depth', async () => {
    const search = await send({ query: 'query($s: String) { students(filter: { search: $s }, first: 1) { totalCount } }', variables: { s: 'Ana\u0000' } });
    expectRefusedInput(search, 'students.filter.search', /must not contain the NUL character/);
    const listItem = await send({
      query: 'mutation($input: BulkApproveTimeEntriesInput!) { bulkApproveTimeEntries(input: $input) { __typename } }',
      variables: { input: { ids: [crypto.randomUUID(), 'x\u0000'] } },
    });
    expectRefusedInput(listItem, 'bulkApproveTimeEntries.input.ids[1]', /must not contain the NUL character/);
    const literal = await send({
      query: 'mutation { createPartner(input: { name: "A\\u0000", kind: EMPLOYER, industrySector: "x", careerClusters: [], capacity: 1 }) { partner { id } } }',
    });
    expectRefusedInput(literal, 'createPartner.input.name', /must not contain the NUL character/);
  });
});

describe('operations that cannot be resolved', () => {
  it.each([
    ['an unknown operationName', { query: 'query A { __typename } query B { __typename }', operationName: 'C' }, 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['several operations and no operationName', { query: 'query A { __typename } query B { __typename }' }, 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['two anonymous operations', { query: '{ __typename } { __typename }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a subscription', { query: 'subscription { __typename }' }, 400, 'OPERATION_RESOLUTION_FAILURE'],
    [
      'a persisted-query hash that is not the query’s',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
      400,
      'PERSISTED_QUERY_HASH_MISMATCH',
    ],
    ['an unknown persisted-query version', { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } }, 400, 'PERSISTED_QUERY_VERSION_UNSUPPORTED'],
  ])('answers %s with a client error and its code', async (_name, body, status, code) => {
    const answer = await send(body);
    expect(answer.status).toBe(status);
    expect(answer.body?.errors?.map((error) => error.extensions?.code)).toContain(code);
    expect(answer.body?.errors?.every((error) => error.extensions?.code === code)).toBe(true);
  });

  it('still serves a persisted query whose hash matches', async () => {
    const query = '{ __typename }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const answer = await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });
});
