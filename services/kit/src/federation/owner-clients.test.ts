import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import { DEVELOPMENT_SIGNING_SECRET, IDENTITY_HEADER, IdentitySigner } from '../auth/identity-token';
import { AppError } from '../errors/app-errors';
import { EntityClient } from './entity-client';
import { defineOwners, type OwnerFragment } from './owner-clients';

const signer = new IdentitySigner([DEVELOPMENT_SIGNING_SECRET]);

interface Received {
  body: { query: string; variables: Record<string, any> };
  headers: http.IncomingHttpHeaders;
}

/** A real HTTP peer that answers like a subgraph would, keeping every request it received. */
async function peer(answer: (body: Received['body']) => unknown, delayMs = 0) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw);
      received.push({ body, headers: req.headers });
      setTimeout(() => res.end(JSON.stringify(answer(body))), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Answers `_entities` with each representation's id and typename, null for ids starting with "missing". */
const entities = (body: Received['body']) => ({
  data: {
    _entities: body.variables.representations.map(({ __typename, id }: { __typename: string; id: string }) =>
      id.startsWith('missing') ? null : { __typename, id, name: `${__typename} ${id}` },
    ),
  },
});

const fragment = <T>(source: string) => parse(source) as OwnerFragment<T>;
const OpportunityDates = fragment<{ id: string; name: string }>('fragment OpportunityDates on Opportunity { id startDate endDate }');
const OpportunityReporting = fragment<{ id: string }>('fragment OpportunityReporting on Opportunity { id careerCluster partner { industrySector } }');
const Supervisor = fragment<{ id: string }>('fragment Supervisor on PartnerContact { id roles }');

describe('owner clients', () => {
  it('asks each owner once per tick for every type, with every reader’s fields, signed as SERVICE with the request id', async () => {
    const partners = await peer(entities);
    const owners = defineOwners(
      { service: 'placements', signer, timeoutMs: 1000 },
      { partners: { url: partners.url, reads: [OpportunityDates, OpportunityReporting, Supervisor] } },
    )({ requestId: 'req-12345678' });
    const [opportunity, supervisor, missing] = await Promise.all([
      owners.partners.load(OpportunityDates, 'o1'),
      owners.partners.load(Supervisor, 'c1'),
      owners.partners.load(Supervisor, 'missing-1'),
    ]);
    expect(opportunity).toEqual({ __typename: 'Opportunity', id: 'o1', name: 'Opportunity o1' });
    expect(supervisor).toMatchObject({ id: 'c1' });
    expect(missing).toBeNull();
    // A second reader of an entity already read finds it in the request's cache.
    expect(await owners.partners.load(OpportunityReporting, 'o1')).toBe(opportunity);
    expect(partners.received).toHaveLength(1);
    const [{ body, headers }] = partners.received;
    expect(body.variables.representations).toEqual([
      { __typename: 'Opportunity', id: 'o1' },
      { __typename: 'PartnerContact', id: 'c1' },
      { __typename: 'PartnerContact', id: 'missing-1' },
    ]);
    expect(body.query).toContain('... on Opportunity { ...OpportunityDates ...OpportunityReporting }');
    expect(body.query).toContain('... on PartnerContact { ...Supervisor }');
    expect(body.query).toContain('fragment OpportunityReporting on Opportunity');
    expect(headers['x-request-id']).toBe('req-12345678');
    expect(await signer.verify(headers[IDENTITY_HEADER] as string, body.query)).toMatchObject({ subject: 'service:placements', role: 'SERVICE' });
    await partners.close();
  });

  it('sends only the types asked, with the declared request variables they use', async () => {
    const placements = await peer(entities);
    const Access = fragment<{ id: string }>('fragment Access on Student { id partnerAccess(partnerId: $partnerId) { placementId } }');
    const owners = defineOwners(
      { service: 'students', signer, timeoutMs: 1000 },
      { placements: { url: () => placements.url, reads: [Access], variables: { partnerId: 'ID!' } } },
    )({ requestId: 'req-1', variables: { partnerId: 'p1' } });
    await owners.placements.loadMany(Access, ['s1', 's2']);
    const [{ body }] = placements.received;
    expect(body.query).toMatch(/^query OwnerLookup\(\$representations: \[_Any!\]!, \$partnerId: ID!\)/);
    expect(body.variables).toMatchObject({ partnerId: 'p1' });
    await placements.close();
  });

  it('splits a long batch into requests of at most maxBatch, one after another, answering in the order asked', async () => {
    const students = await peer(entities);
    const Student = fragment<{ id: string }>('fragment S on Student { id }');
    const owners = defineOwners({ service: 'credentials', signer, timeoutMs: 1000, maxBatch: 4 }, { students: { url: students.url, reads: [Student] } })({
      requestId: 'req-1',
    });
    const ids = Array.from({ length: 10 }, (_, i) => `s${i}`);
    expect((await owners.students.loadMany(Student, ids)).map((s) => s?.id)).toEqual(ids);
    expect(students.received.map(({ body }) => body.variables.representations.length)).toEqual([4, 4, 2]);
    await students.close();
  });

  it('refuses a fragment not declared for the owner', async () => {
    const owners = defineOwners({ service: 'placements', signer, timeoutMs: 1000 }, { partners: { url: 'http://127.0.0.1:9/', reads: [Supervisor] } })({
      requestId: 'req-1',
    });
    expect(() => owners.partners.load(OpportunityDates, 'o1')).toThrow(/not declared as a read of partners/);
  });

  it('turns a slow, failing, unreachable or unknown owner into SERVICE_UNAVAILABLE naming it', async () => {
    const slow = await peer(() => ({}), 500);
    const failing = await peer(() => ({ errors: [{ message: 'boom' }] }));
    const expectUnavailable = async (url: string | undefined, pattern: RegExp) => {
      const owners = defineOwners({ service: 'placements', signer, timeoutMs: 100 }, { partners: { url: () => url, reads: [Supervisor] } })({
        requestId: 'req-1',
      });
      const error = await owners.partners.load(Supervisor, 'c1').catch((e) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', subgraph: 'partners' });
      expect(error.message).toMatch(pattern);
    };
    await expectUnavailable(slow.url, /partners subgraph is unavailable \(no answer within 100 ms\)/);
    await expectUnavailable(failing.url, /refused the lookup \(boom\)/);
    await slow.close();
    await failing.close();
    await expectUnavailable(slow.url, /partners subgraph is unavailable/);
    await expectUnavailable(undefined, /no URL is known for the partners subgraph/);
  });

  it('gives reporting operations their own deadline, and entity lookups keep the short one', async () => {
    // Answers in 300 ms: too slow for a 100 ms lookup, in time for a 2 s report.
    const slow = await peer((body) => (body.query.includes('_entities') ? entities(body) : { data: { reportingAttendanceStudents: [] } }), 300);
    const owners = defineOwners(
      { service: 'placements', signer, timeoutMs: 100, reportTimeoutMs: 2000 },
      { partners: { url: slow.url, reads: [Supervisor] } },
    )({ requestId: 'req-1' });
    expect(await owners.partners.execute('query { reportingAttendanceStudents(schoolYears: ["2025-2026"]) { studentId } }', {})).toEqual({
      reportingAttendanceStudents: [],
    });
    await expect(owners.partners.load(Supervisor, 'c1')).rejects.toThrow(/no answer within 100 ms/);
    await slow.close();
  });

  it("ends every lookup before the request's deadline, so the subgraph's other fields still reach the gateway", async () => {
    const slow = await peer(() => ({ data: { reportingAttendanceStudents: [] } }), 2000);
    // The gateway waits 600 ms more for this request: the 30 s report wait is cut to what is left, less a margin.
    const owners = defineOwners(
      { service: 'students', signer, timeoutMs: 3000, reportTimeoutMs: 30_000 },
      { partners: { url: slow.url, reads: [Supervisor] } },
    )({ requestId: 'req-1', deadline: Date.now() + 600 });
    const started = Date.now();
    const error = await owners.partners.execute('query { reportingAttendanceStudents(schoolYears: []) { studentId } }', {}).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/partners subgraph is unavailable \(no answer within \d+ ms\)/);
    expect(Number(/within (\d+) ms/.exec((error as Error).message)![1])).toBeLessThanOrEqual(350);
    expect(Date.now() - started).toBeLessThan(600);
    await slow.close();
  });
});

describe('EntityClient', () => {
  it('runs a signed operation on an owner’s SERVICE-only root field and returns its data', async () => {
    const subgraph = await peer(() => ({ data: { reportingWorkBasedLearningSet: ['s1'] } }));
    const client = new EntityClient({ subgraph: 'placements', service: 'students', signer, url: subgraph.url, timeoutMs: 1000 });
    const query = 'query($ids: [ID!]!) { reportingWorkBasedLearningSet(schoolYear: "2025-2026", studentIds: $ids) }';
    expect(await client.execute(query, { ids: ['s1', 's2'] })).toEqual({ reportingWorkBasedLearningSet: ['s1'] });
    const [{ body, headers }] = subgraph.received;
    expect(body).toEqual({ query, variables: { ids: ['s1', 's2'] } });
    expect(await signer.verify(headers[IDENTITY_HEADER] as string, query)).toMatchObject({ subject: 'service:students', role: 'SERVICE' });
    await subgraph.close();
  });
});
