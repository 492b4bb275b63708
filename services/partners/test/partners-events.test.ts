import { createLogger } from '@careergraph/kit';
import { DISTRICT_ADMIN, expectRefused, openTestDataSource, type TestDataSource } from '@careergraph/kit/testing';
import { loadPartnersSettings } from '../src/config/partners-settings';
import { partnersSubgraph } from '../src/server';
import { partnersFactories } from './factories';

let db: TestDataSource;
let server: ReturnType<typeof partnersSubgraph.build>;
let make: ReturnType<typeof partnersFactories>;

beforeAll(async () => {
  db = await openTestDataSource(partnersSubgraph.schema);
  server = partnersSubgraph.build({ dataSource: db.dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls: {} }, loadPartnersSettings({}));
  make = partnersFactories(db.dataSource);
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

const run = (query: string, variables: Record<string, unknown>) => server.execute({ query, variables }, { caller: DISTRICT_ADMIN });
const CHANGE_STATUS = `mutation($input: ChangePartnerStatusInput!) { changePartnerStatus(input: $input) { partner { status } } }`;
const PUBLISH = `mutation($input: PublishOpportunityInput!) { publishOpportunity(input: $input) { opportunity { status } } }`;
const CLOSE = `mutation($input: CloseOpportunityInput!) { closeOpportunity(input: $input) { opportunity { status } } }`;

/** The outbox events of one partner, in the order recorded. */
const eventsOf = (partnerId: string) =>
  db.dataSource.query(
    `SELECT type, source, subject_type, subject_id, partner_id, student_id, school_id, data FROM partners.outbox_events
      WHERE partner_id = $1 ORDER BY position`,
    [partnerId],
  );

it('records a partner status change and an opportunity published and closed, routed by the partner', async () => {
  const partner = await make.activePartner();
  const opportunity = await make.opportunity(partner);
  for (const [query, input] of [
    [PUBLISH, { opportunityId: opportunity.id }],
    [CLOSE, { opportunityId: opportunity.id, reason: 'Filled' }],
    [CHANGE_STATUS, { partnerId: partner.id, status: 'SUSPENDED', reason: 'Insurance review' }],
  ] as const) {
    expect((await run(query, { input })).errors).toBeUndefined();
  }
  const routing = { source: 'partners', partner_id: partner.id, student_id: null, school_id: null };
  expect(await eventsOf(partner.id)).toEqual([
    { ...routing, type: 'opportunity.published', subject_type: 'Opportunity', subject_id: opportunity.id, data: { status: 'PUBLISHED', fromStatus: 'DRAFT' } },
    { ...routing, type: 'opportunity.closed', subject_type: 'Opportunity', subject_id: opportunity.id, data: { status: 'CLOSED', fromStatus: 'PUBLISHED' } },
    { ...routing, type: 'partner.status-changed', subject_type: 'Partner', subject_id: partner.id, data: { status: 'SUSPENDED', fromStatus: 'ACTIVE' } },
  ]);
});

it('records nothing for a refused publish', async () => {
  const partner = await make.partner();
  const opportunity = await make.opportunity(partner);
  await expectRefused(() => run(PUBLISH, { input: { opportunityId: opportunity.id } }), { dataSource: db.dataSource, schema: 'partners' }, {
    code: 'CONFLICT',
    field: 'input.opportunityId',
    rule: 'PARTNER_NOT_ACTIVE',
  });
  expect(await eventsOf(partner.id)).toEqual([]);
});
