import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Caller, createLogger, serviceCaller, type SubgraphDeps } from '@careergraph/kit';
import { DISTRICT_ADMIN, expectRefused, openTestDataSource, testCaller, type TestDataSource } from '@careergraph/kit/testing';
import { studentsSubgraph } from '@careergraph/students';
import { studentsFactories } from '@careergraph/students/test/factories';
import { PlacementsTestPeer } from '@careergraph/students/test/support/placements-test-peer';
import { Webhook } from 'standardwebhooks';
import { type IntegrationsSettings, loadIntegrationsSettings } from '../src/config/integrations-settings';
import { integrationsSubgraph } from '../src/server';
import type { WebhookDeliveryWorker } from '../src/webhooks/webhook-delivery.worker';

/**
 * The inbox, endpoints and deliveries of the integrations subgraph, in-process on its own test
 * database, with the real students subgraph (over HTTP, on its own database, its placements lookups
 * answered by the test peer) and a real webhook receiver on 127.0.0.1. The worker's rounds are
 * driven directly; retries are made due by moving `next_attempt_at`, never by sleeping.
 */
const logger = createLogger('test', 'silent');
let db: TestDataSource;
let studentsDb: TestDataSource;
let peer: PlacementsTestPeer;
let students: ReturnType<typeof studentsSubgraph.build>;
let server: ReturnType<typeof integrationsSubgraph.build>;
let worker: WebhookDeliveryWorker;
let settings: IntegrationsSettings;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}
let receiver: Server;
let receiverUrl: string;
let received: Received[] = [];
let answerStatus = 200;

const partnerA = randomUUID();
const partnerB = randomUUID();
const userA = testCaller('PARTNER_USER', { partnerId: partnerA }, 'partner-a-user');
const userB = testCaller('PARTNER_USER', { partnerId: partnerB }, 'partner-b-user');
const relay = serviceCaller('placements');

beforeAll(async () => {
  studentsDb = await openTestDataSource(studentsSubgraph.schema);
  db = await openTestDataSource(integrationsSubgraph.schema);
  peer = new PlacementsTestPeer();
  const placementsUrl = await peer.start();
  students = studentsSubgraph.build({ dataSource: studentsDb.dataSource, logger, production: false, subgraphUrls: { placements: placementsUrl } });
  const studentsUrl = await students.listen('127.0.0.1', 0);
  const deps: SubgraphDeps = { dataSource: db.dataSource, logger, production: false, subgraphUrls: { students: studentsUrl } };
  settings = loadIntegrationsSettings(deps.subgraphUrls, { WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '3000' });
  server = integrationsSubgraph.build(deps, settings);
  worker = integrationsSubgraph.workers!(deps, settings).find((candidate) => candidate.name === 'webhook-delivery') as WebhookDeliveryWorker;
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answerStatus).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});

afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
  await server?.stop();
  await students?.stop();
  await peer?.stop();
  await db?.close();
  await studentsDb?.close();
});

beforeEach(() => {
  received = [];
  answerStatus = 200;
});

const as = <T = Record<string, any>>(caller: Caller, query: string, variables?: Record<string, unknown>) =>
  server.execute<T>({ query, variables }, { caller });
const integrations = () => ({ dataSource: db.dataSource, schema: 'integrations' });

const INGEST = `mutation ($events: [DomainEventInput!]!) { ingestDomainEvents(events: $events) }`;
const CREATE = `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id partnerId url eventTypes enabled } } }`;
const DELIVERIES = `query ($filter: WebhookDeliveryFilter) { webhookDeliveries(filter: $filter) { totalCount edges { node {
  id eventId eventType status attempts nextAttemptAt lastResponseStatus lastError deliveredAt endpoint { id } } } } }`;

const event = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  type: 'placement.offered',
  occurredAt: '2026-03-02T15:04:05.000Z',
  source: 'placements',
  subjectType: 'Placement',
  subjectId: randomUUID(),
  partnerId: partnerA,
  studentId: null,
  schoolId: null,
  data: { placementId: randomUUID(), status: 'OFFERED' },
  ...overrides,
});

const ingest = async (...events: ReturnType<typeof event>[]) => {
  const result = await as(relay, INGEST, { events });
  expect(result.errors).toBeUndefined();
  return result.data!.ingestDomainEvents as number;
};

const createEndpoint = async (caller: Caller, input: Record<string, unknown>) => {
  const result = await as(caller, CREATE, { input: { url: receiverUrl, eventTypes: ['placement.offered'], ...input } });
  expect(result.errors).toBeUndefined();
  return result.data!.createWebhookEndpoint as { secret: string; endpoint: { id: string; partnerId: string } };
};

const deliveriesOf = async (endpointId: string) => {
  const result = await as(DISTRICT_ADMIN, DELIVERIES, { filter: { endpointId } });
  expect(result.errors).toBeUndefined();
  return result.data!.webhookDeliveries.edges.map((edge: { node: Record<string, any> }) => edge.node);
};

/** Moves every waiting retry to now: the clock the backoff waits on, without waiting. */
const makeRetriesDue = () => db.dataSource.query(`UPDATE integrations.webhook_deliveries SET next_attempt_at = now() WHERE next_attempt_at IS NOT NULL`);

/** Verifies a received request with the independent Standard Webhooks library; returns its payload. */
const verified = (secret: string, request: Received) =>
  new Webhook(secret).verify(request.body, {
    'webhook-id': request.headers['webhook-id'] as string,
    'webhook-timestamp': request.headers['webhook-timestamp'] as string,
    'webhook-signature': request.headers['webhook-signature'] as string,
  });

describe('the event inbox', () => {
  it('stores each event once by id: a re-sent batch counts only what is new', async () => {
    const first = event({ type: 'inbox-test.one' });
    const second = event({ type: 'inbox-test.two' });
    expect(await ingest(first, second)).toBe(2);
    expect(await ingest(first, second, event({ type: 'inbox-test.one' }))).toBe(1);
    const listed = await as(DISTRICT_ADMIN, `{ domainEvents(filter: { type: "inbox-test.one" }) { totalCount edges { node { id type partnerId data receivedAt } } } }`);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.domainEvents.totalCount).toBe(2);
    expect(listed.data!.domainEvents.edges[0].node).toMatchObject({ id: first.id, type: 'inbox-test.one', partnerId: partnerA, data: first.data });
  });

  it('pages in arrival order and filters by the time events occurred', async () => {
    const early = event({ type: 'inbox-test.paged', occurredAt: '2020-01-01T00:00:00.000Z' });
    const late = [1, 2, 3].map(() => event({ type: 'inbox-test.paged', occurredAt: '2030-01-01T00:00:00.000Z' }));
    await ingest(early, ...late);
    const page = `query ($after: String) { domainEvents(filter: { type: "inbox-test.paged", since: "2029-01-01T00:00:00Z" }, first: 2, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const one = await as(DISTRICT_ADMIN, page);
    const two = await as(DISTRICT_ADMIN, page, { after: one.data!.domainEvents.pageInfo.endCursor });
    const ids = [...one.data!.domainEvents.edges, ...two.data!.domainEvents.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toEqual(late.map((e) => e.id));
    expect(two.data!.domainEvents.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a malformed event with nothing stored, and anyone but a relay', async () => {
    await expectRefused(() => as(relay, INGEST, { events: [event(), event({ type: 'Not A Type' })] }), integrations(), {
      code: 'BAD_USER_INPUT',
      field: 'events[1].type',
    });
    await expectRefused(() => as(DISTRICT_ADMIN, INGEST, { events: [event()] }), integrations(), { code: 'FORBIDDEN', rule: 'ROLE_POLICY' });
    const partner = await as(userA, `{ domainEvents { totalCount } }`);
    expect(partner.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE_POLICY' });
  });
});

describe('webhook endpoints', () => {
  it("a partner user manages its own partner's endpoints and never sees or touches another's", async () => {
    const a = await createEndpoint(userA, { description: 'ATS' });
    const b = await createEndpoint(userB, {});
    expect(a.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(a.endpoint).toMatchObject({ partnerId: partnerA, url: receiverUrl, eventTypes: ['placement.offered'], enabled: true });

    const LIST = `{ webhookEndpoints(first: 100) { edges { node { id partnerId } } } }`;
    const seenBy = async (caller: Caller) => ((await as(caller, LIST)).data!.webhookEndpoints.edges as { node: { id: string } }[]).map((e) => e.node.id);
    expect(await seenBy(userA)).toContain(a.endpoint.id);
    expect(await seenBy(userA)).not.toContain(b.endpoint.id);
    expect(await seenBy(DISTRICT_ADMIN)).toEqual(expect.arrayContaining([a.endpoint.id, b.endpoint.id]));

    const UPDATE = `mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { id eventTypes description } } }`;
    await expectRefused(() => as(userB, UPDATE, { input: { id: a.endpoint.id, enabled: false } }), integrations(), {
      code: 'FORBIDDEN',
      field: 'input.id',
      rule: 'OUTSIDE_SCOPE',
    });
    await expectRefused(() => as(userB, CREATE, { input: { partnerId: partnerA, url: receiverUrl, eventTypes: ['placement.offered'] } }), integrations(), {
      code: 'FORBIDDEN',
      field: 'input.partnerId',
      rule: 'OUTSIDE_SCOPE',
    });
    const updated = await as(userA, UPDATE, { input: { id: a.endpoint.id, eventTypes: ['placement.offered', 'time-entry.approved'] } });
    expect(updated.data!.updateWebhookEndpoint.endpoint).toEqual({ id: a.endpoint.id, eventTypes: ['placement.offered', 'time-entry.approved'], description: 'ATS' });

    // The secret is kept encrypted: the plain value is nowhere in the table or the audit trail.
    const stored = await db.dataSource.query(`SELECT secret_ciphertext FROM integrations.webhook_endpoints WHERE id = $1`, [a.endpoint.id]);
    expect(stored[0].secret_ciphertext).not.toContain(a.secret.slice(6));
    const audits = await db.dataSource.query(`SELECT before::text, after::text FROM integrations.audit_events WHERE entity_id = $1`, [a.endpoint.id]);
    expect(JSON.stringify(audits)).not.toMatch(/secret/i);

    const ROTATE = `mutation ($input: RotateWebhookEndpointSecretInput!) { rotateWebhookEndpointSecret(input: $input) { secret } }`;
    const rotated = await as(userA, ROTATE, { input: { id: a.endpoint.id } });
    expect(rotated.data!.rotateWebhookEndpointSecret.secret).toMatch(/^whsec_/);
    expect(rotated.data!.rotateWebhookEndpointSecret.secret).not.toBe(a.secret);

    const DISABLE = `mutation ($input: DisableWebhookEndpointInput!) { disableWebhookEndpoint(input: $input) { endpoint { enabled } } }`;
    expect((await as(userA, DISABLE, { input: { id: a.endpoint.id } })).data!.disableWebhookEndpoint.endpoint.enabled).toBe(false);
    // Disabled endpoints queue nothing.
    await ingest(event());
    expect(await deliveriesOf(a.endpoint.id)).toEqual([]);
  });

  it('refuses a non-https URL (plain http only to loopback), a bad event type, and a district admin naming no partner', async () => {
    for (const url of ['http://partner.example.com/hooks', 'ftp://127.0.0.1/x', 'https://user:pw@partner.example.com/']) {
      await expectRefused(() => as(userA, CREATE, { input: { url, eventTypes: ['placement.offered'] } }), integrations(), {
        code: 'BAD_USER_INPUT',
        field: 'input.url',
      });
    }
    await expectRefused(() => as(userA, CREATE, { input: { url: receiverUrl, eventTypes: ['Placement Offered'] } }), integrations(), {
      code: 'BAD_USER_INPUT',
      field: 'input.eventTypes',
    });
    await expectRefused(() => as(DISTRICT_ADMIN, CREATE, { input: { url: receiverUrl, eventTypes: ['placement.offered'] } }), integrations(), {
      code: 'BAD_USER_INPUT',
      field: 'input.partnerId',
    });
  });
});

describe('webhook deliveries', () => {
  it('delivers a subscribed event of its partner, signed per Standard Webhooks, and nothing else', async () => {
    const partner = randomUUID();
    const user = testCaller('PARTNER_USER', { partnerId: partner });
    const { secret, endpoint } = await createEndpoint(user, {});
    const offered = event({ partnerId: partner });
    await ingest(offered, event({ partnerId: partner, type: 'placement.withdrawn' }), event({ partnerId: partnerB }));

    expect(await worker.runOnce()).toBeGreaterThanOrEqual(1);
    const deliveries = await deliveriesOf(endpoint.id);
    expect(deliveries).toHaveLength(1);
    const [delivery] = deliveries;
    // The webhook-id is the delivery's id (one per event and endpoint, the same on every attempt).
    const mine = received.filter((request) => request.headers['webhook-id'] === delivery.id);
    expect(mine).toHaveLength(1);
    expect(verified(secret, mine[0])).toEqual({ type: 'placement.offered', timestamp: offered.occurredAt, data: offered.data });
    expect(delivery).toMatchObject({ eventId: offered.id, eventType: 'placement.offered', status: 'DELIVERED', attempts: 1, lastResponseStatus: 200, nextAttemptAt: null });

    // Another partner's user does not see it; the partner does.
    expect((await as(userB, DELIVERIES, { filter: { endpointId: endpoint.id } })).data!.webhookDeliveries.totalCount).toBe(0);
    expect((await as(user, DELIVERIES, { filter: { endpointId: endpoint.id } })).data!.webhookDeliveries.totalCount).toBe(1);
  });

  it('never delivers an INTERNAL event, even to an endpoint subscribed to its type, nor lists it; it is stored once for the mailer', async () => {
    const partner = randomUUID();
    const user = testCaller('PARTNER_USER', { partnerId: partner });
    const { endpoint } = await createEndpoint(user, { eventTypes: ['partner.invitation-issued', 'placement.offered'] });
    const internal = event({ partnerId: partner, type: 'partner.invitation-issued', subjectType: 'PartnerInvitation', data: { email: 'new.contact@partner.example', partnerName: 'Acme' }, audience: 'INTERNAL' });
    const offered = event({ partnerId: partner });
    expect(await ingest(internal, offered)).toBe(2);
    expect(await ingest(internal)).toBe(0);

    await worker.runOnce();
    expect((await deliveriesOf(endpoint.id)).map((delivery: { eventId: string }) => delivery.eventId)).toEqual([offered.id]);
    expect(received.some((request) => request.body.includes('new.contact@partner.example'))).toBe(false);
    const listed = await as(DISTRICT_ADMIN, `{ domainEvents(filter: { type: "partner.invitation-issued" }) { totalCount edges { node { id } } } }`);
    expect(listed.data!.domainEvents).toEqual({ totalCount: 0, edges: [] });
    const [stored] = await db.dataSource.query(`SELECT audience FROM integrations.domain_events WHERE id = $1`, [internal.id]);
    expect(stored).toEqual({ audience: 'INTERNAL' });
  });

  it('retries a failing receiver with backoff, then gives up (DEAD); a replay sends it again', async () => {
    const partner = randomUUID();
    const user = testCaller('PARTNER_USER', { partnerId: partner });
    const { secret, endpoint } = await createEndpoint(user, {});
    await ingest(event({ partnerId: partner }));
    answerStatus = 503;

    await worker.runOnce();
    let [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'FAILED', attempts: 1, lastResponseStatus: 503, lastError: 'the receiver answered HTTP 503' });
    expect(new Date(delivery.nextAttemptAt).getTime()).toBeGreaterThan(Date.now());
    // Not due yet: the next round leaves it alone.
    const before = received.length;
    await worker.runOnce();
    expect(received.length).toBe(before);

    for (const attempts of [2, 3]) {
      await makeRetriesDue();
      await worker.runOnce();
      [delivery] = await deliveriesOf(endpoint.id);
      expect(delivery).toMatchObject({ attempts, status: attempts < 3 ? 'FAILED' : 'DEAD' });
    }
    expect(delivery.nextAttemptAt).toBeNull();
    await makeRetriesDue();
    await worker.runOnce();
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: 'DEAD', attempts: 3 });

    const REPLAY = `mutation ($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { delivery { id status attempts } } }`;
    await expectRefused(() => as(userB, REPLAY, { input: { id: delivery.id } }), integrations(), { code: 'FORBIDDEN', rule: 'OUTSIDE_SCOPE' });
    const replayed = await as(user, REPLAY, { input: { id: delivery.id } });
    expect(replayed.data!.replayWebhookDelivery.delivery).toEqual({ id: delivery.id, status: 'PENDING', attempts: 0 });
    answerStatus = 204;
    received = [];
    await worker.runOnce();
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: 'DELIVERED', attempts: 1, lastResponseStatus: 204, lastError: null });
    const resent = received.find((request) => request.headers['webhook-id'] === delivery.id)!;
    expect(verified(secret, resent)).toMatchObject({ type: 'placement.offered' });
  });

  it('reads the student as the partner: placed students are in the payload and recorded as disclosed; others are left out', async () => {
    const make = studentsFactories(studentsDb.dataSource);
    const school = await make.school();
    const placed = await make.student(school);
    const notPlaced = await make.student(school);
    const partner = randomUUID();
    const placementId = peer.place(placed.id, partner, { sharesPhone: false }).placementId;
    const { secret, endpoint } = await createEndpoint(testCaller('PARTNER_USER', { partnerId: partner }), {});
    const aboutPlaced = event({ partnerId: partner, studentId: placed.id, schoolId: school.id });
    const aboutOther = event({ partnerId: partner, studentId: notPlaced.id, schoolId: school.id });
    await ingest(aboutPlaced, aboutOther);

    await worker.runOnce();
    const payloads = received.map((request) => verified(secret, request) as { data: Record<string, unknown> });
    const of = (e: ReturnType<typeof event>) => payloads.find((payload) => payload.data.placementId === e.data.placementId)!;
    expect(of(aboutPlaced).data).toEqual({
      ...aboutPlaced.data,
      student: { id: placed.id, preferredName: placed.legalFirstName, gradeLevel: placed.gradeLevel, school: { name: school.name } },
    });
    expect(of(aboutOther).data).toEqual(aboutOther.data);
    expect((await deliveriesOf(endpoint.id)).map((delivery: { status: string }) => delivery.status)).toEqual(['DELIVERED', 'DELIVERED']);

    // The students subgraph recorded both as a partner's reads: one disclosed, one refused.
    const recorded = await studentsDb.dataSource.query(
      `SELECT student_id, recipient_subject, recipient_role, partner_id, placement_id, allowed, operation_name
         FROM students.disclosures WHERE student_id = ANY($1::uuid[]) ORDER BY allowed DESC`,
      [[placed.id, notPlaced.id]],
    );
    expect(recorded).toEqual([
      expect.objectContaining({
        student_id: placed.id,
        recipient_subject: `webhook-endpoint:${endpoint.id}`,
        recipient_role: 'PARTNER_USER',
        partner_id: partner,
        placement_id: placementId,
        allowed: true,
        operation_name: 'WebhookStudent',
      }),
      expect.objectContaining({ student_id: notPlaced.id, recipient_subject: `webhook-endpoint:${endpoint.id}`, allowed: false }),
    ]);
  });
});
