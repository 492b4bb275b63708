import { randomUUID } from 'node:crypto';
import { createLogger, DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, DEVELOPMENT_SIGNING_SECRET, type CareerGraphClaims } from '@careergraph/kit';
import { signedHeaders } from '@careergraph/kit/testing';
import { SUBGRAPH_PACKAGES } from '@careergraph/stack';
import { importJWK, SignJWT } from 'jose';
import { DEFAULT_LIMITS } from '../src/hardening';
import { type HttpAnswer, postRaw } from './support/http-answer';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * How failures reach a client through a production gateway (issue 14, items 1 and 6): every
 * deliberate refusal, whichever subgraph raised it, keeps its code, message, `field` and `rule`;
 * only an unexpected error is masked, with the request id to find it in the logs.
 */
let supergraph: RunningSupergraph;
let production: string;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
  production = await supergraph.startGateway({ production: true, signingSecrets: [DEVELOPMENT_SIGNING_SECRET] });
});

afterAll(async () => {
  await supergraph?.stop();
});

const ADMIN: CareerGraphClaims = { role: 'DISTRICT_ADMIN' };

async function send(query: string, variables: Record<string, unknown> = {}, claims = ADMIN, url = production): Promise<HttpAnswer> {
  return postRaw(url, { query, variables }, { authorization: `Bearer ${await supergraph.token(claims)}`, 'x-request-id': `req-${randomUUID()}` });
}

/** The answer's only error, which must leak no stack, SQL or address. */
function onlyError(answer: HttpAnswer) {
  expect(answer.body?.errors).toHaveLength(1);
  expect(answer.text).not.toMatch(/stacktrace|https?:\/\/|SELECT|INSERT|UPDATE|QueryFailedError|\bat [\w.]+ \(/);
  return answer.body!.errors![0];
}

const APPROVE = 'mutation($id: ID!) { approveTimeEntry(input: { id: $id }) { timeEntry { id } } }';
const REJECT = 'mutation($id: ID!) { rejectTimeEntry(input: { id: $id, reason: "Hours do not match the shift log" }) { timeEntry { id } } }';

describe('refusals raised by subgraphs keep their meaning in production', () => {
  it('BAD_USER_INPUT and NOT_FOUND, with the field', async () => {
    expect(onlyError(await send(APPROVE, { id: 'not-an-id' }))).toMatchObject({
      message: expect.stringMatching(/^input\.id: /),
      path: ['approveTimeEntry'],
      extensions: { code: 'BAD_USER_INPUT', field: 'input.id', serviceName: 'placements' },
    });
    const unknown = randomUUID();
    expect(onlyError(await send(APPROVE, { id: unknown }))).toEqual({
      message: `input.id: TimeEntry ${unknown} does not exist`,
      path: ['approveTimeEntry'],
      extensions: { code: 'NOT_FOUND', field: 'input.id', entity: 'TimeEntry', serviceName: 'placements', requestId: expect.stringMatching(/^req-/) },
    });
  });

  it('CONFLICT ENTRY_ALREADY_DECIDED', async () => {
    const approved = await send('{ timeEntries(filter: { status: APPROVED }, first: 1) { edges { node { id } } } }');
    const id = approved.body!.data.timeEntries.edges[0].node.id as string;
    expect(onlyError(await send(REJECT, { id }))).toMatchObject({
      message: `input.id: time entry ${id} is already APPROVED`,
      extensions: { code: 'CONFLICT', field: 'input.id', rule: 'ENTRY_ALREADY_DECIDED', serviceName: 'placements' },
    });
  });

  it('CONFLICT IDEMPOTENCY_KEY_REUSED', async () => {
    // Only the database knows an earlier entry's key; the test reads it as the client that sent it would know it.
    const [earlier] = (await supergraph.dataSources.placements.query(
      `SELECT e.placement_id AS "placementId", e.idempotency_key AS "key", e.work_date::text AS "workDate", e.duration_minutes AS "minutes"
         FROM placements.time_entries e JOIN placements.placements p ON p.id = e.placement_id
        WHERE p.status = 'ACTIVE' ORDER BY e.work_date DESC LIMIT 1`,
    )) as { placementId: string; key: string; workDate: string; minutes: number }[];
    const answer = await send(
      'mutation($input: SubmitTimeEntryInput!) { submitTimeEntry(input: $input) { timeEntry { id } } }',
      { input: { placementId: earlier.placementId, workDate: earlier.workDate, durationMinutes: earlier.minutes + 15, idempotencyKey: earlier.key } },
    );
    expect(onlyError(answer)).toMatchObject({
      message: 'input.idempotencyKey: this idempotency key was already used for a different time entry',
      extensions: { code: 'CONFLICT', field: 'input.idempotencyKey', rule: 'IDEMPOTENCY_KEY_REUSED', serviceName: 'placements' },
    });
  });

  it('CONFLICT NO_SLOTS_LEFT for every loser of the last-slot race', async () => {
    // A one-slot copy of a demo opportunity, applied to by the students staff placed on the original
    // (so every rule but the slot count holds for them), and every applicant offered it at once. The
    // copy names no program: a placement records one only for students enrolled in it.
    const [original] = (await supergraph.dataSources.placements.query(
      `SELECT opportunity_id AS "opportunityId",
              json_agg(json_build_object('studentId', student_id, 'supervisorId', supervisor_id, 'plannedHours', planned_hours)) AS applicants
         FROM placements.placements WHERE status = 'APPLIED' AND supervisor_id IS NOT NULL GROUP BY opportunity_id ORDER BY count(*) DESC LIMIT 1`,
    )) as { opportunityId: string; applicants: { studentId: string; supervisorId: string; plannedHours: number }[] }[];
    expect(original.applicants.length).toBeGreaterThanOrEqual(2);
    const source = (
      await send(
        `query($id: ID!) { opportunity(id: $id) {
          partner { id } worksite { id } title description continuumType cedsType careerCluster
          startDate endDate compensation { kind hourlyRate } minimumAge gradeLevels requiredClearance hazardousOccupation } }`,
        { id: original.opportunityId },
      )
    ).body!.data.opportunity;
    const { partner, worksite, compensation, ...copied } = source;
    const created = await send('mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }', {
      input: { ...copied, partnerId: partner.id, worksiteId: worksite?.id, compensation, title: `${copied.title} (one slot)`, slots: 1 },
    });
    const opportunityId = created.body!.data.createOpportunity.opportunity.id as string;
    expect((await send('mutation($id: ID!) { publishOpportunity(input: { opportunityId: $id }) { opportunity { status } } }', { id: opportunityId })).body?.errors).toBeUndefined();
    const placementIds: string[] = [];
    for (const applicant of original.applicants) {
      const placed = await send('mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }', {
        input: { ...applicant, opportunityId, plannedHours: Number(applicant.plannedHours) },
      });
      expect(placed.body?.errors).toBeUndefined();
      placementIds.push(placed.body!.data.createPlacement.placement.id);
    }
    const offers = await Promise.all(
      placementIds.map((placementId) =>
        send('mutation($id: ID!) { changePlacementStatus(input: { placementId: $id, status: OFFERED }) { placement { status } } }', { id: placementId }),
      ),
    );
    expect(offers.filter((offer) => !offer.body!.errors)).toHaveLength(1);
    const losers = offers.filter((offer) => offer.body!.errors);
    expect(losers).toHaveLength(placementIds.length - 1);
    for (const loser of losers) {
      expect(onlyError(loser)).toMatchObject({
        message: "input.placementId: the opportunity's 1 slot(s) are all taken",
        extensions: { code: 'CONFLICT', rule: 'NO_SLOTS_LEFT', serviceName: 'placements' },
      });
    }
  });

  it('FORBIDDEN for a role the field is not for', async () => {
    const answer = await send('{ placements(first: 1) { totalCount } }', {}, { role: 'ANALYST' });
    expect(onlyError(answer)).toMatchObject({ path: ['placements'], extensions: { code: 'FORBIDDEN' } });
  });
});

describe("the gateway's own refusals in production", () => {
  it('UNAUTHENTICATED for a token that never expires', async () => {
    const token = await new SignJWT({ role: 'DISTRICT_ADMIN' })
      .setProtectedHeader({ alg: 'ES256', kid: supergraph.developmentKey.kid })
      .setSubject('forever')
      .setIssuer(DEVELOPMENT_ISSUER)
      .setAudience(DEFAULT_AUDIENCE)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 5 * 365 * 86_400)
      .sign(await importJWK(supergraph.developmentKey, 'ES256'));
    const answer = await postRaw(production, { query: '{ schools(first: 1) { totalCount } }' }, { authorization: `Bearer ${token}` });
    expect(answer.status).toBe(401);
    expect(onlyError(answer)).toEqual({
      message: 'invalid token: it has no expiry (exp claim); tokens must expire',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('OPERATION_TOO_COMPLEX and RATE_LIMITED', async () => {
    let selection = 'id';
    for (let i = 0; i < DEFAULT_LIMITS.maxDepth; i++) selection = `students(first: 1) { edges { node { school { ${selection} } } } }`;
    const deep = await send(`{ schools(first: 1) { edges { node { ${selection} } } } }`);
    expect(deep.status).toBe(400);
    expect(onlyError(deep)).toMatchObject({ message: expect.stringMatching(/depth limit/), extensions: { code: 'OPERATION_TOO_COMPLEX' } });

    const limited = await supergraph.startGateway({
      production: true,
      signingSecrets: [DEVELOPMENT_SIGNING_SECRET],
      hardening: { rateLimit: { points: 1, windowSeconds: 60, keyPrefix: `failure-${randomUUID()}` } },
    });
    const claims = { role: 'DISTRICT_ADMIN' as const, subject: `rate-${randomUUID()}` };
    expect((await send('{ schools(first: 1) { totalCount } }', {}, claims, limited)).body?.errors).toBeUndefined();
    const refused = await send('{ schools(first: 1) { totalCount } }', {}, claims, limited);
    expect(refused.status).toBe(429);
    expect(onlyError(refused)).toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } });
  });
});

describe('unexpected errors', () => {
  /** Runs `check` against the partners subgraph itself built for production, on the same database. */
  async function withProductionPartners(check: (url: string) => Promise<void>) {
    const partners = SUBGRAPH_PACKAGES.find((subgraph) => subgraph.name === 'partners')!;
    const service = partners.build({
      dataSource: supergraph.dataSources.partners,
      logger: createLogger('partners', 'silent'),
      production: true,
      subgraphUrls: supergraph.subgraphUrls,
      signingSecrets: [DEVELOPMENT_SIGNING_SECRET],
    });
    try {
      await check(await service.listen('127.0.0.1', 0));
    } finally {
      await service.stop();
    }
  }

  it('a subgraph in production passes its refusals as they are and masks its unexpected errors', async () => {
    const query = 'query($id: ID!) { partner(id: $id) { name } }';
    const ask = async (url: string, id: string) => postRaw(url, { query, variables: { id } }, await signedHeaders(query));
    const partners = supergraph.dataSources.partners;
    const [{ id }] = (await partners.query('SELECT id FROM partners.partners LIMIT 1')) as { id: string }[];
    await withProductionPartners(async (url) => {
      expect(onlyError(await ask(url, 'not-an-id')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', requestId: expect.any(String) });
      await partners.query('ALTER TABLE partners.partners RENAME COLUMN name TO name_drifted');
      try {
        const answer = await ask(url, id);
        expect(onlyError(answer)).toEqual({
          message: 'Internal server error',
          path: ['partner'],
          locations: expect.any(Array),
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
        });
        expect(answer.text).not.toMatch(/name_drifted|does not exist/);
      } finally {
        await partners.query('ALTER TABLE partners.partners RENAME COLUMN name_drifted TO name');
      }
    });
  });

  it("masks a subgraph's unexpected error, keeping the request id and the subgraph's name", async () => {
    // Schema drift the code does not expect: the partners table loses a column for a moment. The
    // subgraphs here run in development, so theirs is the full error, stack and SQL included.
    const partners = supergraph.dataSources.partners;
    const [{ id }] = (await partners.query('SELECT id FROM partners.partners LIMIT 1')) as { id: string }[];
    await partners.query('ALTER TABLE partners.partners RENAME COLUMN name TO name_drifted');
    try {
      const answer = await postRaw(
        production,
        { query: 'query($id: ID!) { partner(id: $id) { name } }', variables: { id } },
        { authorization: `Bearer ${await supergraph.token(ADMIN)}`, 'x-request-id': 'req-drift' },
      );
      expect(onlyError(answer)).toEqual({
        message: 'Internal server error',
        path: ['partner'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'partners', requestId: 'req-drift' },
      });
      expect(answer.text).not.toMatch(/name_drifted|does not exist/);
    } finally {
      await partners.query('ALTER TABLE partners.partners RENAME COLUMN name_drifted TO name');
    }
  });
});

describe('deadlines', () => {
  it("gives a school year's figures the report deadline and every other operation the interactive one", async () => {
    // An interactive deadline no subgraph can meet: only the report deadline lets an answer through.
    const impatient = await supergraph.startGateway({ production: true, signingSecrets: [DEVELOPMENT_SIGNING_SECRET], subgraphTimeoutMs: 1 });
    const interactive = await send('{ schools(first: 1) { totalCount } }', {}, ADMIN, impatient);
    expect(onlyError(interactive)).toMatchObject({ path: ['schools'], extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'students', timeoutMs: 1 } });
    const report = await send('query($year: ID!) { schoolYear(id: $year) { id workBasedLearning { hasData } } }', { year: '2025-2026' }, ADMIN, impatient);
    expect(report.body).toEqual({ data: { schoolYear: { id: '2025-2026', workBasedLearning: { hasData: expect.any(Boolean) } } } });
  });
});
