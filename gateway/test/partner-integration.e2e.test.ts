import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApproveTimeEntryDocument,
  ChangePlacementStatusDocument,
  CreateWebhookEndpointDocument,
  PlacementsChangedSinceDocument,
  persistedDocumentHash,
  ReplayWebhookDeliveryDocument,
  WebhookDeliveriesDocument,
  type WebhookDeliveryFilter,
} from '@careergraph/client';
import { PollingWorker } from '@careergraph/kit';
import type { DocumentNode } from 'graphql';
import { Webhook } from 'standardwebhooks';
import { type GraphQLResponse, ok, type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * Issue 16's done-when, through the real supergraph, as a partner system integrates
 * (docs/integration.md): district IT registers the partner's machine client, the system syncs the
 * placements changed since it last looked, registers webhooks and hears of an offer and an approved
 * hour, signed, with the student as the partner may see them (a recorded disclosure); a receiver
 * that keeps failing ends DEAD, visible and replayable. Background work runs a round at a time.
 */
let supergraph: RunningSupergraph;
const receivers: Server[] = [];
/** What the partner's receiver got: each request's headers and raw body. */
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
let receiverUrl: string;
let failingReceiverUrl: string;

/** Partner P: one of its placements to offer, one of its submitted hours to approve. */
let partnerId: string;
let applied: { placementId: string; studentId: string };
let submitted: { timeEntryId: string; studentId: string };
/** Another partner's application, offered alongside. */
let otherPartnerPlacementId: string;

let token: string;
let endpoint: { id: string; secret: string };
let failingEndpointId: string;
/** Taken before the partner's changes: the sync's `since`. */
let beforeChanges: Date;

async function receiver(status: number): Promise<string> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (status < 300) received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(status).end();
    });
  });
  receivers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/careergraph/hooks`;
}

/** One round of a subgraph's background worker (the outbox relay, the webhook sender). */
async function runOnce(subgraph: string, worker: string): Promise<number> {
  const found = supergraph.workers(subgraph).find((candidate) => candidate.name === worker);
  if (!(found instanceof PollingWorker)) throw new Error(`${subgraph} has no polling worker ${worker}`);
  return found.runOnce();
}

/** A persisted document run with the machine client's token, as `{ documentId, variables }`. */
async function asClient<TData>(document: DocumentNode, variables: Record<string, unknown>): Promise<TData> {
  const response = await fetch(supergraph.gatewayUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ documentId: persistedDocumentHash(document), variables }),
  });
  expect(response.status).toBe(200);
  return ok((await response.json()) as GraphQLResponse<TData>);
}

/** An application of the partner's that staff placed (with a supervisor, so changePlacementStatus offers it) and can still be offered a slot. */
async function offerable(partner: string): Promise<{ placementId: string; studentId: string }> {
  type Node = { id: string; student: { id: string }; supervisor: { id: string } | null; opportunity: { slotsRemaining: number } };
  const answer = ok(
    await supergraph.request<{ placements: { edges: { node: Node }[] } }, unknown>(
      `query($partnerId: ID!) { placements(filter: { partnerId: $partnerId, status: APPLIED }, first: 50) {
        edges { node { id student { id } supervisor { id } opportunity { slotsRemaining } } } } }`,
      { partnerId: partner },
    ),
  );
  const { node } = answer.placements.edges.find((edge) => edge.node.supervisor && edge.node.opportunity.slotsRemaining > 0)!;
  return { placementId: node.id, studentId: node.student.id };
}

const deliveries = (filter: WebhookDeliveryFilter) =>
  asClient<{ webhookDeliveries: { edges: { node: { id: string; status: string; attempts: number; nextAttemptAt: string | null; lastResponseStatus: number | null } }[] } }>(
    WebhookDeliveriesDocument,
    { filter },
  ).then((data) => data.webhookDeliveries.edges.map((edge) => edge.node));

beforeAll(async () => {
  // Two attempts, the retry due within 100 ms: the dead letter without waiting for the real backoff.
  supergraph = await startSupergraph({ seedDemo: true, env: { WEBHOOK_MAX_ATTEMPTS: '2', WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_RETRY_CAP_MS: '100' } });
  [receiverUrl, failingReceiverUrl] = [await receiver(204), await receiver(500)];
  const placements = supergraph.dataSources.placements;
  const [row] = (await placements.query(
    `SELECT t.id AS "timeEntryId", p.student_id AS "studentId", p.partner_id AS "partnerId"
       FROM placements.time_entries t JOIN placements.placements p ON p.id = t.placement_id
      WHERE t.status = 'SUBMITTED' AND p.status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM placements.placements a WHERE a.partner_id = p.partner_id AND a.status = 'APPLIED' AND a.supervisor_id IS NOT NULL)
      ORDER BY p.partner_id, t.id LIMIT 1`,
  )) as { timeEntryId: string; studentId: string; partnerId: string }[];
  ({ partnerId, ...submitted } = row);
  applied = await offerable(partnerId);
  const [other] = (await placements.query(`SELECT partner_id AS id FROM placements.placements WHERE partner_id <> $1 AND status = 'APPLIED' AND supervisor_id IS NOT NULL ORDER BY 1 LIMIT 1`, [
    partnerId,
  ])) as { id: string }[];
  otherPartnerPlacementId = (await offerable(other.id)).placementId;
});

afterAll(async () => {
  await supergraph?.stop();
  await Promise.all(receivers.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe("a partner system's integration", () => {
  it('gets a client credentials token for the API client district IT registered for its partner', async () => {
    const registered = ok(
      await supergraph.request<{ registerApiClient: { clientSecret: string; apiClient: { clientId: string } } }, unknown>(
        `mutation($input: RegisterApiClientInput!) { registerApiClient(input: $input) { clientSecret apiClient { clientId } } }`,
        { input: { name: 'Partner placement sync', partnerId, scopes: ['PARTNER'] } },
      ),
    ).registerApiClient;
    const response = await fetch(new URL('/oauth/token', supergraph.gatewayUrl), {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${registered.apiClient.clientId}:${registered.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { access_token: string; token_type: string; scope: string };
    expect(answer).toMatchObject({ token_type: 'Bearer', scope: 'partner' });
    token = answer.access_token;
  });

  it('registers webhook endpoints for its partner with that token (persisted CreateWebhookEndpoint)', async () => {
    const create = (url: string, eventTypes: string[]) =>
      asClient<{ createWebhookEndpoint: { endpoint: { id: string; partnerId: string }; secret: string } }>(CreateWebhookEndpointDocument, {
        input: { url, eventTypes },
      }).then((data) => data.createWebhookEndpoint);
    const created = await create(receiverUrl, ['placement.offered', 'time-entry.approved']);
    expect(created.endpoint.partnerId).toBe(partnerId);
    endpoint = { id: created.endpoint.id, secret: created.secret };
    failingEndpointId = (await create(failingReceiverUrl, ['placement.offered'])).endpoint.id;
    // The partner's record here lists both (district IT's view through the Partner entity).
    const listed = ok(
      await supergraph.request<{ partner: { webhookEndpoints: { edges: { node: { id: string } }[] }; apiClients: { name: string }[] } }, unknown>(
        `query($id: ID!) { partner(id: $id) { webhookEndpoints { edges { node { id } } } apiClients { name } } }`,
        { id: partnerId },
      ),
    ).partner;
    expect(listed.webhookEndpoints.edges.map((edge) => edge.node.id)).toEqual([endpoint.id, failingEndpointId]);
    expect(listed.apiClients).toEqual([{ name: 'Partner placement sync' }]);
  });

  it("hears of an offer and an approved hour: signed deliveries with the student, the read recorded as the partner's", async () => {
    beforeChanges = new Date();
    const supervisor = { role: 'PARTNER_USER' as const, partnerId, subject: 'partner-supervisor' };
    ok(await supergraph.request(ChangePlacementStatusDocument, { input: { placementId: applied.placementId, status: 'OFFERED' } }));
    // Another partner's change, which P's sync and webhooks never see.
    ok(await supergraph.request(ChangePlacementStatusDocument, { input: { placementId: otherPartnerPlacementId, status: 'OFFERED' } }));
    ok(await supergraph.requestAs(supervisor, ApproveTimeEntryDocument, { input: { id: submitted.timeEntryId } }));

    expect(await runOnce('placements', 'placements-outbox-relay')).toBe(3);
    // P's two events to the receiver, the offer to the failing one; the other partner's offer to no one.
    expect(await runOnce('integrations', 'webhook-delivery')).toBe(3);

    expect(received).toHaveLength(2);
    const verifier = new Webhook(endpoint.secret);
    const payloads = received.map(({ headers, body }) => verifier.verify(body, headers as Record<string, string>) as { type: string; data: Record<string, unknown> });
    const byType = Object.fromEntries(payloads.map((payload) => [payload.type, payload.data]));
    expect(Object.keys(byType).sort()).toEqual(['placement.offered', 'time-entry.approved']);
    expect(byType['placement.offered']).toMatchObject({ student: { id: applied.studentId } });
    expect(byType['time-entry.approved']).toMatchObject({ student: { id: submitted.studentId } });
    // A forged body does not verify.
    expect(() => verifier.verify(received[0].body.replace('"type"', '"typ\\u0065"'), received[0].headers as Record<string, string>)).toThrow();

    const disclosures = ok(
      await supergraph.request<{ student: { disclosures: { edges: { node: Record<string, unknown> }[] } } }, unknown>(
        `query($id: ID!) { student(id: $id) { disclosures(first: 100) { edges { node { recipientSubject recipientRole partnerId operationName allowed } } } } }`,
        { id: applied.studentId },
      ),
    ).student.disclosures.edges.map((edge) => edge.node);
    expect(disclosures).toContainEqual({
      recipientSubject: `webhook-endpoint:${endpoint.id}`,
      recipientRole: 'PARTNER_USER',
      partnerId,
      operationName: 'WebhookStudent',
      allowed: true,
    });
  });

  it("syncs only its partner's placements changed since a time, oldest change first (persisted PlacementsChangedSince)", async () => {
    type Page = { placements: { edges: { node: { id: string; updatedAt: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const sync = async (since: Date, first: number) => {
      const nodes: { id: string; updatedAt: number }[] = [];
      let after: string | null = null;
      do {
        const page: Page['placements'] = (await asClient<Page>(PlacementsChangedSinceDocument, { since: since.toISOString(), first, after })).placements;
        nodes.push(...page.edges.map((edge) => edge.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return nodes;
    };
    expect((await sync(beforeChanges, 100)).map((node) => node.id)).toEqual([applied.placementId]);
    // A full sync in small pages: every placement of P, none of another partner's, in change order.
    const everything = await sync(new Date('2000-01-01T00:00:00Z'), 7);
    const expected = (await supergraph.dataSources.placements.query(
      `SELECT id FROM placements.placements WHERE partner_id = $1 ORDER BY updated_at, id`,
      [partnerId],
    )) as { id: string }[];
    expect(everything.map((node) => node.id)).toEqual(expected.map((row) => row.id));
    expect(everything.map((node) => node.id)).not.toContain(otherPartnerPlacementId);
  });

  it('dead-letters a delivery its receiver keeps refusing, lists it, and replays it', async () => {
    const [failed] = await deliveries({ endpointId: failingEndpointId });
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, lastResponseStatus: 500 });
    // The retry is due within the configured 100 ms; wait for it, not for an outcome.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(failed.nextAttemptAt!) - Date.now() + 20)));
    expect(await runOnce('integrations', 'webhook-delivery')).toBe(1);

    expect(await deliveries({ status: 'DEAD' })).toEqual([expect.objectContaining({ id: failed.id, status: 'DEAD', attempts: 2, lastResponseStatus: 500 })]);
    const replayed = await asClient<{ replayWebhookDelivery: { delivery: { id: string; status: string; attempts: number } } }>(ReplayWebhookDeliveryDocument, {
      input: { id: failed.id },
    });
    expect(replayed.replayWebhookDelivery.delivery).toMatchObject({ id: failed.id, status: 'PENDING', attempts: 0 });
    expect(await deliveries({ status: 'DEAD' })).toEqual([]);
    expect(received).toHaveLength(2);
  });
});
