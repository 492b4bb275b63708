import { connect } from 'node:net';
import { randomUUID } from 'node:crypto';
import {
  DEFAULT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  DEVELOPMENT_SIGNING_SECRET,
  generateDevelopmentKey,
  IDENTITY_HEADER,
  mintDevelopmentToken,
  SUBGRAPHS,
} from '@careergraph/kit';
import { signedHeaders, testCaller } from '@careergraph/kit/testing';
import { decodeJwt, importJWK, type JWK, SignJWT } from 'jose';
import { DEFAULT_LIMITS, DEFAULT_MAX_REQUEST_BYTES } from '../src/hardening';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * The gateway's doors, end to end: who may come in (bearer tokens), what subgraphs accept (only the
 * gateway's signature), what an operation may ask (limits refused before any subgraph is called),
 * and the HTTP rules around it (batching, CSRF, CORS, rate limit, masking in production).
 */
let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph();
});

afterAll(async () => {
  await supergraph?.stop();
});

interface HttpAnswer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

async function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<HttpAnswer> {
  const response = await fetch(url, { method: init.method ?? 'POST', headers: init.headers, body: init.body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
}

function post(url: string, query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) {
  return send(url, { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const adminHeaders = async () => bearer(await supergraph.token({ role: 'DISTRICT_ADMIN' }));
const INTROSPECTION = '{ __schema { queryType { name } } }';
const SCHOOLS = '{ schools(first: 1) { totalCount } }';

/** Signs `claims` with `key` as any client could, without the checks `mintDevelopmentToken` makes. */
async function signToken(key: JWK, claims: Record<string, unknown>, expiresAt = '1h') {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: key.kid })
    .setSubject('someone')
    .setIssuer(DEVELOPMENT_ISSUER)
    .setAudience(DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(await importJWK(key, 'ES256'));
}

function expectRefused(answer: HttpAnswer, status: number, code: string, message?: RegExp) {
  expect(answer.status).toBe(status);
  expect(answer.body.data ?? undefined).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors![0].extensions?.code).toBe(code);
  if (message) expect(answer.body.errors![0].message).toMatch(message);
}

/** Runs `action` and says how many requests reached any subgraph meanwhile. */
async function subgraphRequestsDuring(action: () => Promise<unknown>): Promise<number> {
  const before = supergraph.subgraphRequestCount();
  await action();
  return supergraph.subgraphRequestCount() - before;
}

describe('authentication at the gateway', () => {
  it('answers a valid token, and nothing without one', async () => {
    const answer = await post(supergraph.gatewayUrl, SCHOOLS, await adminHeaders());
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { schools: { totalCount: 0 } } });
    // Student records are never kept by a cache on the way (the subgraphs send no cache policy of their own).
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const anonymous = await post(supergraph.gatewayUrl, SCHOOLS);
    expectRefused(anonymous, 401, 'UNAUTHENTICATED', /Authorization: Bearer/);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
  });

  it.each([
    ['a malformed token', async () => 'Bearer not-a-jwt', /malformed/],
    ['another scheme', async () => 'Basic dXNlcjpwYXNz', /expected "Authorization: Bearer <token>"/],
    ['an expired token', async () => `Bearer ${await signToken(supergraph.developmentKey, { role: 'DISTRICT_ADMIN' }, '1 minute ago')}`, /expired/],
    ['a token signed with another key', async () => `Bearer ${await signToken(await generateDevelopmentKey(), { role: 'DISTRICT_ADMIN' })}`, /signature does not verify/],
    ['a token for another audience', async () => `Bearer ${await mintDevelopmentToken(supergraph.developmentKey, { role: 'DISTRICT_ADMIN' }, { audience: 'elsewhere' })}`, /aud/],
    ['an unknown role', async () => `Bearer ${await signToken(supergraph.developmentKey, { role: 'JANITOR' })}`, /unknown role "JANITOR"/],
    ['a SCHOOL_STAFF without schools', async () => `Bearer ${await signToken(supergraph.developmentKey, { role: 'SCHOOL_STAFF', schoolIds: [] })}`, /needs a schoolIds claim/],
    ['a STUDENT without a student id', async () => `Bearer ${await signToken(supergraph.developmentKey, { role: 'STUDENT' })}`, /needs a studentId claim/],
  ])('refuses %s with 401 UNAUTHENTICATED, before any subgraph is asked', async (_case, authorization, message) => {
    const header = await authorization();
    const requests = await subgraphRequestsDuring(async () => {
      expectRefused(await post(supergraph.gatewayUrl, SCHOOLS, { authorization: header }), 401, 'UNAUTHENTICATED', message);
    });
    expect(requests).toBe(0);
  });

  it('lets a PARTNER_USER whom no partner has taken in reach no partner records (they may only accept an invitation)', async () => {
    // The identity provider knows the person; CareerGraph knows their partner only through an accepted invitation.
    const header = `Bearer ${await signToken(supergraph.developmentKey, { role: 'PARTNER_USER' })}`;
    const answer = await post(supergraph.gatewayUrl, '{ partners(first: 5) { totalCount edges { node { id } } } }', { authorization: header });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { partners: { totalCount: 0, edges: [] } } });
  });

  it('lets anonymous tools introspect in development only', async () => {
    const development = await post(supergraph.gatewayUrl, INTROSPECTION);
    expect(development.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    // Anything beyond introspection in the same document is not anonymous any more.
    expectRefused(await post(supergraph.gatewayUrl, `{ __typename schools { totalCount } }`), 401, 'UNAUTHENTICATED');

    const production = await supergraph.startGateway({ production: true, signingSecrets: [DEVELOPMENT_SIGNING_SECRET] });
    expectRefused(await post(production, INTROSPECTION), 401, 'UNAUTHENTICATED');
    // Not even an authenticated caller gets the schema from production.
    const authenticated = await post(production, INTROSPECTION, await adminHeaders());
    expect(authenticated.status).toBe(400);
    expect(authenticated.body.errors![0].message).toMatch(/introspection is not allowed/i);
  });
});

describe('subgraphs answer only the gateway', () => {
  const OPERATIONS = {
    'a query': '{ __typename }',
    _entities: `{ _entities(representations: [{ __typename: "Student", id: "${randomUUID()}" }]) { __typename } }`,
    _service: '{ _service { sdl } }',
  };
  const cases = SUBGRAPHS.flatMap(({ name }) => Object.entries(OPERATIONS).map(([kind, query]) => [name, kind, query] as const));

  it.each(cases)('%s refuses %s without the gateway signature', async (name, _kind, query) => {
    expectRefused(await post(supergraph.subgraphUrls[name], query), 401, 'UNAUTHENTICATED', new RegExp(`missing ${IDENTITY_HEADER}`));
  });

  it.each(cases)('%s refuses %s with a signature for another operation, an expired one, or one from another secret', async (name, _kind, query) => {
    const url = supergraph.subgraphUrls[name];
    expectRefused(await post(url, query, await signedHeaders('query Other { __typename }')), 401, 'UNAUTHENTICATED', /signed for a different operation/);
    // A header captured and replayed after its 60 seconds.
    jest.useFakeTimers({ now: Date.now() - 120_000, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'] });
    const old = await signedHeaders(query);
    jest.useRealTimers();
    expectRefused(await post(url, query, old), 401, 'UNAUTHENTICATED', /exp/);
    const forged = await signedHeaders(query, testCaller('DISTRICT_ADMIN'), ['a-secret-the-subgraphs-do-not-hold-0123456789']);
    expectRefused(await post(url, query, forged), 401, 'UNAUTHENTICATED', /does not hold/);
    // The control: the same operation, properly signed, is answered.
    const answer = await post(url, query, await signedHeaders(query));
    expect(answer.status).toBe(200);
  });

  it('forwards the verified caller, never an identity header the client sent', async () => {
    const forged = await signedHeaders(SCHOOLS, testCaller('DISTRICT_ADMIN', {}, 'intruder'));
    const schoolId = randomUUID();
    const token = await supergraph.token({ role: 'SCHOOL_STAFF', schoolIds: [schoolId], subject: 'staff-7' });
    const seen: string[] = [];
    const stop = supergraph.onSubgraphRequest((_name, request) => seen.push(String(request.headers[IDENTITY_HEADER])));
    try {
      const answer = await post(supergraph.gatewayUrl, SCHOOLS, { ...bearer(token), ...forged });
      expect(answer.status).toBe(200);
    } finally {
      stop();
    }
    expect(seen.length).toBeGreaterThan(0);
    for (const header of seen) {
      expect(header).not.toBe(forged[IDENTITY_HEADER]);
      expect(decodeJwt(header)).toMatchObject({ sub: 'staff-7', role: 'SCHOOL_STAFF', scope: { schoolIds: [schoolId] } });
    }
  });
});

/** `levels` nested school → students → school hops: depth 3 + 4 per level + 1 for the leaf. */
function deepQuery(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i++) selection = `students(first: 1) { edges { node { school { ${selection} } } } }`;
  return `{ schools(first: 1) { edges { node { ${selection} } } } }`;
}

describe('operation limits, refused before any subgraph is called', () => {
  async function refusedUnasked(query: string, status: number, code: string, variables?: Record<string, unknown>) {
    let answer!: HttpAnswer;
    const requests = await subgraphRequestsDuring(async () => {
      answer = await post(supergraph.gatewayUrl, query, await adminHeaders(), variables);
    });
    expectRefused(answer, status, code);
    expect(requests).toBe(0);
    return answer.body.errors![0];
  }

  it('refuses a depth bomb', async () => {
    const error = await refusedUnasked(deepQuery(5), 400, 'OPERATION_TOO_COMPLEX');
    expect(error.message).toMatch(new RegExp(`depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded, found 24`));
    expect(error.extensions).toMatchObject({ limit: 'depth', maximum: DEFAULT_LIMITS.maxDepth });
    // Two levels (depth 12, the limit) are fine.
    const answer = await post(supergraph.gatewayUrl, deepQuery(2), await adminHeaders());
    expect(answer.body).toEqual({ data: { schools: { edges: [] } } });
  });

  it('counts depth through fragments', async () => {
    const query = `{ schools(first: 1) { ...Deep } }
      fragment Deep on SchoolConnection { edges { node { students { edges { node { school { students { edges { node { school { students { edges { node { id } } } } } } } } } } } } } }`;
    await refusedUnasked(query, 400, 'OPERATION_TOO_COMPLEX');
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: schools(first: 1) { totalCount }`);
    const error = await refusedUnasked(`{ ${aliases.join(' ')} }`, 400, 'OPERATION_TOO_COMPLEX');
    expect(error.message).toMatch(new RegExp(`Aliases limit of ${DEFAULT_LIMITS.maxAliases} exceeded, found ${DEFAULT_LIMITS.maxAliases + 1}`));
    expect(error.extensions).toMatchObject({ limit: 'aliases' });
  });

  it('refuses a cost bomb of nested pages, counting `first` from literals, variables and defaults', async () => {
    const literal = '{ schools(first: 100) { edges { node { students(first: 100) { edges { node { placements { id } enrollments { id } } } } } } } }';
    const error = await refusedUnasked(literal, 400, 'OPERATION_TOO_COMPLEX');
    // 1 + 100 × (edge + node + students + 100 × (edge + node + 10 placements + 10 enrollments)).
    expect(error.extensions).toMatchObject({ limit: 'cost', maximum: DEFAULT_LIMITS.maxCost, actual: 1 + 100 * (3 + 100 * 22) });
    expect(error.message).toMatch(/operation cost 220301 exceeds the limit/);

    const withVariables = `query($schools: Int, $students: Int) {
      schools(first: $schools) { edges { node { students(first: $students) { edges { node { placements { id } } } } } } } }`;
    await refusedUnasked(withVariables, 400, 'OPERATION_TOO_COMPLEX', { schools: 100, students: 100 });
    // Without variables the schema's defaults (20 × 20) are counted: well within the limit.
    const answer = await post(supergraph.gatewayUrl, withVariables, await adminHeaders());
    expect(answer.body).toEqual({ data: { schools: { edges: [] } } });
  });

  it('stops parsing a document over the token limit', async () => {
    const query = `{ ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens)} }`;
    const error = await refusedUnasked(query, 400, 'GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(new RegExp(`more th.. ${DEFAULT_LIMITS.maxTokens} tokens`));
  });

  it('refuses a request body over the size limit with 413', async () => {
    const variables = { padding: 'x'.repeat(DEFAULT_MAX_REQUEST_BYTES) };
    const requests = await subgraphRequestsDuring(async () => {
      const answer = await post(supergraph.gatewayUrl, SCHOOLS, await adminHeaders(), variables);
      expectRefused(answer, 413, 'REQUEST_TOO_LARGE', new RegExp(`larger than the limit of ${DEFAULT_MAX_REQUEST_BYTES} bytes`));
    });
    expect(requests).toBe(0);
  });

  it('answers unreadable JSON with a GraphQL error body', async () => {
    const answer = await send(supergraph.gatewayUrl, { headers: { 'content-type': 'application/json', ...(await adminHeaders()) }, body: '{"query": ' });
    expectRefused(answer, 400, 'BAD_REQUEST', /could not be read/);
  });

  it('refuses batched requests (Apollo default, stated)', async () => {
    const requests = await subgraphRequestsDuring(async () => {
      const answer = await send(supergraph.gatewayUrl, {
        headers: { 'content-type': 'application/json', ...(await adminHeaders()) },
        body: JSON.stringify([{ query: SCHOOLS }, { query: SCHOOLS }]),
      });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).toMatch(/batching/i);
    });
    expect(requests).toBe(0);
  });
});

describe('production answers', () => {
  let production: string;
  beforeAll(async () => {
    production = await supergraph.startGateway({ production: true, signingSecrets: [DEVELOPMENT_SIGNING_SECRET] });
  });

  it('suggests field names in development only', async () => {
    const typo = '{ schools { totlCount } }';
    const development = await post(supergraph.gatewayUrl, typo, await adminHeaders());
    expect(development.body.errors![0].message).toMatch(/Did you mean "totalCount"\?/);
    const answer = await post(production, typo, await adminHeaders());
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].message).toBe('Cannot query field "totlCount" on type "SchoolConnection".');
  });

  it('answers an unreachable subgraph as SERVICE_UNAVAILABLE naming it, never its address, keeping a request id', async () => {
    // Subgraphs that do not answer: the gateway's fetch error names an internal address, for the logs only.
    const unreachable = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, 'http://127.0.0.1:9/graphql']));
    for (const gateway of [
      await supergraph.startGateway({ subgraphUrls: unreachable }),
      await supergraph.startGateway({ production: true, signingSecrets: [DEVELOPMENT_SIGNING_SECRET], subgraphUrls: unreachable }),
    ]) {
      const answer = await post(gateway, SCHOOLS, { ...(await adminHeaders()), 'x-request-id': 'req-1234' });
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          message: 'the students service is unavailable',
          path: ['schools'],
          extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'students', requestId: 'req-1234' },
        }),
      ]);
      expect(JSON.stringify(answer.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
    }
  });

  it('keeps limit refusals readable in production', async () => {
    const answer = await post(production, deepQuery(5), await adminHeaders());
    expectRefused(answer, 400, 'OPERATION_TOO_COMPLEX', /depth limit/);
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET or form-like POST without a preflight-forcing header', async () => {
    const headers = await adminHeaders();
    const url = `${supergraph.gatewayUrl}?query=${encodeURIComponent(SCHOOLS)}`;
    const simpleGet = await send(url, { method: 'GET', headers });
    expect(simpleGet.status).toBe(400);
    expect(JSON.stringify(simpleGet.body)).toMatch(/CSRF/);
    const textPost = await send(supergraph.gatewayUrl, { headers: { ...headers, 'content-type': 'text/plain' }, body: JSON.stringify({ query: SCHOOLS }) });
    expect(textPost.status).toBe(400);
    expect(JSON.stringify(textPost.body)).toMatch(/CSRF/);
    // A header a cross-site form cannot send makes the same GET acceptable.
    const preflighted = await send(url, { method: 'GET', headers: { ...headers, 'apollo-require-preflight': 'true' } });
    expect(preflighted.body).toEqual({ data: { schools: { totalCount: 0 } } });
  });
});

describe('CORS', () => {
  const ALLOWED = 'https://app.careergraph.example';

  function preflight(url: string, origin: string) {
    return send(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
  }

  it('allows only the configured origins', async () => {
    const gateway = await supergraph.startGateway({ hardening: { http: { corsOrigins: [ALLOWED], maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES } } });
    const allowed = await preflight(gateway, ALLOWED);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const stranger = await preflight(gateway, 'https://evil.example');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await post(gateway, SCHOOLS, { ...(await adminHeaders()), origin: ALLOWED });
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('allows no origin by default', async () => {
    const answer = await preflight(supergraph.gatewayUrl, ALLOWED);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('per-identity rate limit', () => {
  const POINTS = 3;

  async function expectLimited(url: string, headers: Record<string, string>, query = SCHOOLS) {
    const answer = await post(url, query, headers);
    expectRefused(answer, 429, 'RATE_LIMITED', new RegExp(`at most ${POINTS} per 60 s`));
    const retryAfter = Number(answer.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(answer.body.errors![0].extensions?.retryAfterSeconds).toBe(retryAfter);
  }

  it('in memory: 429 for the caller over the limit, others unaffected; anonymous callers by address', async () => {
    const gateway = await supergraph.startGateway({ hardening: { rateLimit: { points: POINTS, windowSeconds: 60, keyPrefix: 'test' } } });
    const first = bearer(await supergraph.token({ role: 'DISTRICT_ADMIN', subject: 'busy-admin' }));
    for (let i = 0; i < POINTS; i++) expect((await post(gateway, SCHOOLS, first)).status).toBe(200);
    const requests = await subgraphRequestsDuring(() => expectLimited(gateway, first));
    expect(requests).toBe(0);
    // A new token for the same person is the same identity.
    await expectLimited(gateway, bearer(await supergraph.token({ role: 'DISTRICT_ADMIN', subject: 'busy-admin' })));
    const other = bearer(await supergraph.token({ role: 'DISTRICT_ADMIN', subject: 'quiet-admin' }));
    expect((await post(gateway, SCHOOLS, other)).status).toBe(200);
    for (let i = 0; i < POINTS; i++) expect((await post(gateway, INTROSPECTION)).status).toBe(200);
    await expectLimited(gateway, {}, INTROSPECTION);
  });

  describe('shared through Redis', () => {
    const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    let reachable = false;
    beforeAll(async () => {
      const { hostname, port } = new URL(redisUrl);
      reachable = await new Promise<boolean>((resolve) => {
        const socket = connect(Number(port || 6379), hostname);
        socket.once('connect', () => {
          socket.end();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
    });

    it('counts a caller across gateway instances', async () => {
      if (!reachable) {
        // CI has Redis; a developer machine without it skips, saying so.
        if (process.env.CI) throw new Error(`Redis is not reachable at ${redisUrl}, and CI must test the shared rate limit`);
        console.warn(`skipped: Redis is not reachable at ${redisUrl}`);
        return;
      }
      const rateLimit = { points: POINTS, windowSeconds: 60, redisUrl, keyPrefix: `careergraph-test:${randomUUID()}` };
      const one = await supergraph.startGateway({ hardening: { rateLimit } });
      const two = await supergraph.startGateway({ hardening: { rateLimit } });
      const caller = bearer(await supergraph.token({ role: 'DISTRICT_ADMIN', subject: `shared-${randomUUID()}` }));
      expect((await post(one, SCHOOLS, caller)).status).toBe(200);
      expect((await post(two, SCHOOLS, caller)).status).toBe(200);
      expect((await post(one, SCHOOLS, caller)).status).toBe(200);
      await expectLimited(two, caller);
      await expectLimited(one, caller);
    });
  });
});
