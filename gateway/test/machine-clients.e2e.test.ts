import { PartnerProfileDocument, PlacementsChangedSinceDocument, persistedDocumentHash } from '@careergraph/client';
import type { DocumentNode } from 'graphql';
import { type GraphQLResponse, type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * Machine clients end to end, as a partner system's integration does it (docs/integration.md):
 * district IT registers a client, the system gets a token with HTTP Basic at /oauth/token, runs
 * persisted documents within its partner's scope, is refused anything else, and loses access when
 * its secret is rotated or the client revoked.
 */
let supergraph: RunningSupergraph;
let tokenUrl: string;
let partnerId: string;
let otherPartnerId: string;

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterApiClientInput!) {
    registerApiClient(input: $input) { clientSecret apiClient { id clientId name partnerId scopes revokedAt } }
  }
`;
const ROTATE = /* GraphQL */ `
  mutation Rotate($id: ID!) { rotateApiClientSecret(input: { id: $id }) { clientSecret apiClient { id } } }
`;
const REVOKE = /* GraphQL */ `
  mutation Revoke($id: ID!) { revokeApiClient(input: { id: $id }) { apiClient { id revokedAt } } }
`;

interface Registered {
  id: string;
  clientId: string;
  clientSecret: string;
}

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
  tokenUrl = new URL('/oauth/token', supergraph.gatewayUrl).toString();
  const partners = (await supergraph.dataSources.placements.query(
    `SELECT partner_id FROM placements.placements GROUP BY partner_id ORDER BY count(*) DESC, partner_id LIMIT 2`,
  )) as { partner_id: string }[];
  [partnerId, otherPartnerId] = partners.map((row) => row.partner_id);
});

afterAll(async () => {
  await supergraph?.stop();
});

async function register(input: Record<string, unknown>): Promise<Registered> {
  const result = await supergraph.request<{ registerApiClient: { clientSecret: string; apiClient: { id: string; clientId: string } } }, unknown>(REGISTER, { input });
  expect(result.errors).toBeUndefined();
  const { clientSecret, apiClient } = result.data!.registerApiClient;
  return { id: apiClient.id, clientId: apiClient.clientId, clientSecret };
}

const basic = (clientId: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`;

/** `curl -u id:secret -d grant_type=client_credentials <gateway>/oauth/token` */
async function requestToken(clientId: string, secret: string, form = 'grant_type=client_credentials') {
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { authorization: basic(clientId, secret), 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function accessToken(client: Registered): Promise<string> {
  const answer = await requestToken(client.clientId, client.clientSecret);
  expect(answer.status).toBe(200);
  return answer.body.access_token as string;
}

async function postAs<TData>(token: string, body: Record<string, unknown>): Promise<{ status: number } & GraphQLResponse<TData>> {
  const response = await fetch(supergraph.gatewayUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<TData>) };
}

const documentId = (document: DocumentNode) => persistedDocumentHash(document)!;

describe('machine clients', () => {
  let client: Registered;
  let token: string;

  beforeAll(async () => {
    client = await register({ name: 'Acme placement sync', partnerId, scopes: ['PARTNER'] });
    token = await accessToken(client);
  });

  it('registers a client with a random id and a secret shown once', async () => {
    expect(client.clientId).toMatch(/^cgc_[A-Za-z0-9_-]{22}$/);
    expect(client.clientSecret).toMatch(/^cgs_[A-Za-z0-9_-]{43}$/);
    const stored = (await supergraph.dataSources.integrations.query('SELECT secret_hash FROM integrations.api_clients WHERE id = $1', [client.id])) as {
      secret_hash: string;
    }[];
    expect(stored[0].secret_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored[0].secret_hash).not.toContain(client.clientSecret);
    const listed = await supergraph.requestAs<{ apiClients: { id: string; partnerId: string }[] }, unknown>(
      { role: 'PARTNER_USER', partnerId },
      '{ apiClients { id partnerId } }',
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.apiClients).toEqual([{ id: client.id, partnerId }]);
  });

  it('issues a short-lived bearer token for the client credentials grant (RFC 6749 §4.4)', async () => {
    const answer = await requestToken(client.clientId, client.clientSecret);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 600, scope: 'partner' });
    const claims = JSON.parse(Buffer.from((answer.body.access_token as string).split('.')[1], 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ sub: `client:${client.clientId}`, client_id: client.clientId, machine_client: true, role: 'PARTNER_USER', partnerId, scope: 'partner' });
    expect(claims.exp - claims.iat).toBe(600);
    // The gateway checks its own tokens' signatures like any other.
    const [header, payload] = (answer.body.access_token as string).split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'DISTRICT_ADMIN' })).toString('base64url')}.${(answer.body.access_token as string).split('.')[2]}`;
    expect(payload).not.toBe(forged.split('.')[1]);
    const refused = await postAs(forged, { documentId: documentId(PartnerProfileDocument), variables: { id: partnerId } });
    expect(refused.status).toBe(401);
    expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('runs persisted documents by documentId or persisted-query hash, within its partner', async () => {
    const own = await postAs<{ partner: { id: string } | null }>(token, { documentId: documentId(PartnerProfileDocument), variables: { id: partnerId } });
    expect(own.errors).toBeUndefined();
    expect(own.data!.partner!.id).toBe(partnerId);

    const other = await postAs<{ partner: { id: string } | null }>(token, { documentId: documentId(PartnerProfileDocument), variables: { id: otherPartnerId } });
    expect(other.data?.partner ?? null).toBeNull();
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');

    const sha256Hash = documentId(PlacementsChangedSinceDocument).slice('sha256:'.length);
    const changed = await postAs<{ placements: { edges: { node: { id: string } }[] } }>(token, {
      extensions: { persistedQuery: { version: 1, sha256Hash } },
      variables: { since: '2000-01-01T00:00:00Z', first: 100 },
    });
    expect(changed.errors).toBeUndefined();
    const partnerPlacements = new Set(
      ((await supergraph.dataSources.placements.query('SELECT id FROM placements.placements WHERE partner_id = $1', [partnerId])) as { id: string }[]).map((row) => row.id),
    );
    const ids = changed.data!.placements.edges.map((edge) => edge.node.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(partnerPlacements.has(id)).toBe(true);
  });

  it('refuses a free-form query, and a persisted-document id that is not on the allow-list', async () => {
    const freeForm = await postAs(token, { query: '{ partners(first: 100) { totalCount edges { node { id name } } } }' });
    expect(freeForm.status).toBe(403);
    expect(freeForm.data).toBeUndefined();
    expect(freeForm.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'TRUSTED_OPERATIONS_ONLY' });
    expect(freeForm.errors![0].message).toMatch(/machine clients may run only the persisted documents .*free-form queries are for people/);

    const unknown = await postAs(token, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    // People keep free-form queries, and may send persisted documents by id too.
    const person = await supergraph.request<{ partner: { id: string } }, unknown>('{ partners(first: 1) { totalCount } }');
    expect(person.errors).toBeUndefined();
  });

  it('answers a wrong secret, an unknown client and a revoked client with 401 invalid_client', async () => {
    for (const [id, secret] of [
      [client.clientId, `${client.clientSecret}x`],
      ['cgc_unknown', client.clientSecret],
    ]) {
      const answer = await requestToken(id, secret);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toMatch(/^Basic realm="careergraph"/);
      expect(answer.body).toEqual({ error: 'invalid_client', error_description: expect.any(String) });
    }

    const revoked = await register({ name: 'Old sync', partnerId, scopes: ['PARTNER'] });
    const revocation = await supergraph.request(REVOKE, { id: revoked.id });
    expect(revocation.errors).toBeUndefined();
    expect((await requestToken(revoked.clientId, revoked.clientSecret)).body).toMatchObject({ error: 'invalid_client' });
    const again = await supergraph.request(ROTATE, { id: revoked.id });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'API_CLIENT_REVOKED' });
  });

  it('accepts the rotated secret and no longer the old one', async () => {
    const rotated = await supergraph.request<{ rotateApiClientSecret: { clientSecret: string } }, unknown>(ROTATE, { id: client.id });
    expect(rotated.errors).toBeUndefined();
    const newSecret = rotated.data!.rotateApiClientSecret.clientSecret;
    expect(newSecret).not.toBe(client.clientSecret);
    expect((await requestToken(client.clientId, client.clientSecret)).status).toBe(401);
    expect((await requestToken(client.clientId, newSecret)).status).toBe(200);
    client = { ...client, clientSecret: newSecret };
  });

  it('refuses bad registrations with the field at fault and writes nothing', async () => {
    const before = (await supergraph.dataSources.integrations.query('SELECT count(*)::int AS n FROM integrations.api_clients')) as { n: number }[];
    const noPartner = await supergraph.request(REGISTER, { input: { name: 'x', scopes: ['PARTNER'] } });
    expect(noPartner.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.partnerId' });
    const twoScopes = await supergraph.request(REGISTER, { input: { name: 'x', partnerId, scopes: ['PARTNER', 'ANALYTICS'] } });
    expect(twoScopes.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
    const unknownScope = await supergraph.request(REGISTER, { input: { name: 'x', scopes: ['EVERYTHING'] } });
    expect(unknownScope.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const partnerUser = await supergraph.requestAs({ role: 'PARTNER_USER', partnerId }, REGISTER, { input: { name: 'x', partnerId, scopes: ['PARTNER'] } });
    expect(partnerUser.errors![0].extensions!.code).toBe('FORBIDDEN');
    const after = (await supergraph.dataSources.integrations.query('SELECT count(*)::int AS n FROM integrations.api_clients')) as { n: number }[];
    expect(after[0].n).toBe(before[0].n);
  });

  it('rate-limits each client on its own budget, apart from other clients', async () => {
    const gatewayUrl = await supergraph.startGateway({ hardening: { rateLimit: { points: 2, windowSeconds: 60, keyPrefix: 'machine-clients-e2e' } } });
    const other = await accessToken(await register({ name: 'Analytics export', scopes: ['ANALYTICS'] }));
    const send = async (bearer: string) => {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify({ documentId: documentId(PartnerProfileDocument), variables: { id: partnerId } }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<unknown> };
    };
    expect((await send(token)).status).toBe(200);
    expect((await send(token)).status).toBe(200);
    const limited = await send(token);
    expect(limited.status).toBe(429);
    expect(limited.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect((await send(other)).status).toBe(200);
  });

  it('makes a client that keeps failing wait (slow_down) before checking its secret again', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) statuses.push((await requestToken('cgc_guessing', 'wrong')).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    const limited = await requestToken('cgc_guessing', 'wrong');
    expect(limited.body).toMatchObject({ error: 'slow_down' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
