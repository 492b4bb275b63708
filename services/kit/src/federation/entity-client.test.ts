import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../errors/app-errors';
import { DEVELOPMENT_SIGNING_SECRET, IDENTITY_HEADER, IdentitySigner } from '../auth/identity-token';
import { EntityClient } from './entity-client';

const signer = new IdentitySigner([DEVELOPMENT_SIGNING_SECRET]);

/** A real HTTP peer that answers like a subgraph would, or slowly, or with errors. */
async function peer(handler: (body: any, res: http.ServerResponse, req: http.IncomingMessage) => void) {
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => handler(JSON.parse(raw), res, req));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** A peer answering `data` every time, keeping the last body and identity header it received. */
async function recordingPeer(data: unknown) {
  const seen: { body?: any; identity?: string } = {};
  const subgraph = await peer((body, res, req) => {
    seen.body = body;
    seen.identity = req.headers[IDENTITY_HEADER] as string;
    res.end(JSON.stringify({ data }));
  });
  return { ...subgraph, seen };
}

describe('EntityClient', () => {
  it('sends representations and returns entities in order, null for unknown ones', async () => {
    const subgraph = await recordingPeer({ _entities: [{ id: 'a', status: 'ACTIVE' }, null] });
    const { seen } = subgraph;
    const client = new EntityClient({ subgraph: 'partners', service: 'placements', signer, url: subgraph.url, timeoutMs: 1000, headers: () => ({ 'x-request-id': 'req-12345678' }) });
    expect(await client.lookup('Partner', ['a', 'b'], 'id status')).toEqual([{ id: 'a', status: 'ACTIVE' }, null]);
    expect(seen.body.variables.representations).toEqual([
      { __typename: 'Partner', id: 'a' },
      { __typename: 'Partner', id: 'b' },
    ]);
    expect(seen.body.query).toContain('... on Partner { id status }');
    // Signed as the asking service, for exactly the query it sent.
    expect(await signer.verify(seen.identity, seen.body.query)).toMatchObject({ subject: 'service:placements', role: 'SERVICE' });
    await subgraph.close();
  });

  it('splits a long list into requests of at most maxBatch, answering in the order asked', async () => {
    const sizes: number[] = [];
    const subgraph = await peer((body, res) => {
      const representations = body.variables.representations as { id: string }[];
      sizes.push(representations.length);
      res.end(JSON.stringify({ data: { _entities: representations.map(({ id }) => ({ id })) } }));
    });
    const client = new EntityClient({ subgraph: 'credentials', service: 'students', signer, url: subgraph.url, timeoutMs: 1000, maxBatch: 4 });
    const ids = Array.from({ length: 10 }, (_, i) => `s${i}`);
    expect(await client.lookup('Student', ids, 'id')).toEqual(ids.map((id) => ({ id })));
    expect(sizes).toEqual([4, 4, 2]);
    await subgraph.close();
  });

  it('runs a signed operation on an owner’s SERVICE-only root field and returns its data', async () => {
    const subgraph = await recordingPeer({ reportingWorkBasedLearningSet: ['s1'] });
    const { seen } = subgraph;
    const client = new EntityClient({ subgraph: 'placements', service: 'students', signer, url: subgraph.url, timeoutMs: 1000 });
    const query = 'query($ids: [ID!]!) { reportingWorkBasedLearningSet(schoolYear: "2025-2026", studentIds: $ids) }';
    expect(await client.execute(query, { ids: ['s1', 's2'] })).toEqual({ reportingWorkBasedLearningSet: ['s1'] });
    expect(seen.body).toEqual({ query, variables: { ids: ['s1', 's2'] } });
    expect(await signer.verify(seen.identity, query)).toMatchObject({ subject: 'service:students', role: 'SERVICE' });
    await subgraph.close();
  });

  it('turns a slow, failing or unreachable owner into SERVICE_UNAVAILABLE naming it', async () => {
    const slow = await peer((_body, res) => setTimeout(() => res.end('{}'), 500));
    const failing = await peer((_body, res) => res.end(JSON.stringify({ errors: [{ message: 'boom' }] })));
    const expectUnavailable = async (url: string, pattern: RegExp) => {
      const client = new EntityClient({ subgraph: 'students', service: 'credentials', signer, url, timeoutMs: 100 });
      const error = await client.lookup('Student', ['x'], 'id').catch((e) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', subgraph: 'students' });
      expect(error.message).toMatch(pattern);
    };
    await expectUnavailable(slow.url, /students subgraph is unavailable \(no answer within 100 ms\)/);
    await expectUnavailable(failing.url, /refused the lookup \(boom\)/);
    await slow.close();
    await failing.close();
    await expectUnavailable(slow.url, /students subgraph is unavailable/);
  });
});
