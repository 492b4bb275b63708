import { createLogger } from '@careergraph/kit';
import { createRestartableTestDatabase, DISTRICT_ADMIN, openRestartableDataSource, type RestartableTestDatabase } from '@careergraph/kit/testing';
import { loadPartnersSettings } from '../src/config/partners-settings';
import { partnersSubgraph } from '../src/server';

/**
 * An audit event is written in its mutation's transaction, so it is committed before the answer:
 * a service that stops right after answering, and its database with it, still has it once both
 * are started again (PGlite on its files; a real server keeps the database).
 */
const logger = createLogger('test', 'silent');
let db: RestartableTestDatabase;

beforeAll(async () => {
  db = await createRestartableTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

it('keeps the audit event of a partner status change across a restart of the partners subgraph', async () => {
  const before = await openRestartableDataSource(partnersSubgraph.schema, db);
  const first = partnersSubgraph.build({ dataSource: before.dataSource, logger, production: false, subgraphUrls: {} }, loadPartnersSettings({}));
  const created = await first.execute(
    {
      query: `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }`,
      variables: { input: { name: 'Restart Clinic', kind: 'EMPLOYER', industrySector: 'Health Care', careerClusters: ['HEALTH_SCIENCE'], capacity: 4 } },
    },
    { caller: DISTRICT_ADMIN },
  );
  const id = (created.data as { createPartner: { partner: { id: string } } }).createPartner.partner.id;
  const changed = await first.execute(
    {
      query: `mutation($input: ChangePartnerStatusInput!) { changePartnerStatus(input: $input) { partner { status } } }`,
      variables: { input: { partnerId: id, status: 'VETTING', reason: 'Site visit booked' } },
    },
    { caller: DISTRICT_ADMIN },
  );
  expect(changed.errors).toBeUndefined();
  await first.stop();
  await before.close();
  await db.restart();

  const after = await openRestartableDataSource(partnersSubgraph.schema, db);
  const second = partnersSubgraph.build({ dataSource: after.dataSource, logger, production: false, subgraphUrls: {} }, loadPartnersSettings({}));
  const trail = await second.execute(
    { query: `query($id: ID!) { partner(id: $id) { auditTrail { edges { node { operation action actorSubject before after } } } } }`, variables: { id } },
    { caller: DISTRICT_ADMIN },
  );
  expect(trail.errors).toBeUndefined();
  const events = (trail.data as any).partner.auditTrail.edges.map((edge: any) => edge.node);
  expect(events).toEqual([
    expect.objectContaining({ operation: 'createPartner', action: 'CREATED', actorSubject: DISTRICT_ADMIN.subject, before: null }),
    expect.objectContaining({
      operation: 'changePartnerStatus',
      actorSubject: DISTRICT_ADMIN.subject,
      before: expect.objectContaining({ status: 'PROSPECT' }),
      after: expect.objectContaining({ status: 'VETTING' }),
    }),
  ]);
  await second.stop();
  await after.close();
});
