import { addDays, addYears, countStatements, createLogger, today } from '@careergraph/kit';
import { DISTRICT_ADMIN, expectRefused as expectRefusal, openTestDataSource, type TestDataSource } from '@careergraph/kit/testing';
import type { DataSource } from 'typeorm';
import { loadPartnersSettings } from '../src/config/partners-settings';
import { partnersSubgraph } from '../src/server';
import { partnersFactories } from './factories';

let db: TestDataSource;
let dataSource: DataSource;
let server: ReturnType<typeof partnersSubgraph.build>;
let make: ReturnType<typeof partnersFactories>;

beforeAll(async () => {
  db = await openTestDataSource(partnersSubgraph.schema);
  dataSource = db.dataSource;
  server = partnersSubgraph.build({ dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls: {} }, loadPartnersSettings({}));
  make = partnersFactories(dataSource);
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

const run = (query: string, variables?: Record<string, unknown>) => server.execute({ query, variables }, { caller: DISTRICT_ADMIN });
const TODAY = today();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function accepted(query: string, variables: Record<string, unknown>) {
  const result = await run(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as any;
}

/** A mutation that must be refused: its code, field and rule, and the schema left exactly as it was. */
const expectRefused = (query: string, variables: Record<string, unknown>, code: string, field: string, rule?: string) =>
  expectRefusal(() => run(query, variables), { dataSource, schema: 'partners' }, { code, field, rule });

const CREATE_PARTNER = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) {
  partner { id name status capacity careerClusters statusHistory { fromStatus toStatus changedBy reason } } } }`;
const UPDATE_PARTNER = `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id name capacity } } }`;
const CHANGE_STATUS = `mutation($input: ChangePartnerStatusInput!) { changePartnerStatus(input: $input) {
  partner { status statusHistory { fromStatus toStatus changedBy reason } } change { fromStatus toStatus changedBy reason changedAt } } }`;
const AGREEMENT = `mutation($input: RecordPartnerAgreementInput!) { recordPartnerAgreement(input: $input) { partner { agreement { signedOn expiresOn current } } } }`;
const INSURANCE = `mutation($input: RecordPartnerInsuranceInput!) { recordPartnerInsurance(input: $input) { partner { insuranceExpiresOn } } }`;

describe('createPartner and updatePartner', () => {
  const input = (name: string) => ({ name, kind: 'EMPLOYER', industrySector: 'Health Care', careerClusters: ['HEALTH_SCIENCE'], capacity: 12 });

  it('registers a PROSPECT with its first history entry', async () => {
    const data = await accepted(CREATE_PARTNER, { input: input(' Mercy Clinic ') });
    expect(data.createPartner.partner).toMatchObject({
      name: 'Mercy Clinic',
      status: 'PROSPECT',
      statusHistory: [{ fromStatus: null, toStatus: 'PROSPECT', changedBy: DISTRICT_ADMIN.subject }],
    });
  });

  it.each([
    ['a capacity of 0', { capacity: 0 }, 'input.capacity', undefined],
    ['a capacity over 10000', { capacity: 10001 }, 'input.capacity', undefined],
    ['no career clusters', { careerClusters: [] }, 'input.careerClusters', 'CAREER_CLUSTERS_REQUIRED'],
    ['a repeated career cluster', { careerClusters: ['HEALTH_SCIENCE', 'HEALTH_SCIENCE'] }, 'input.careerClusters', 'DUPLICATE_CAREER_CLUSTER'],
    ['an empty name', { name: '  ' }, 'input.name', undefined],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, 'input.name', undefined],
  ])('refuses %s', async (_case, override, field, rule) => {
    await expectRefused(CREATE_PARTNER, { input: { ...input(`P-${Math.random()}`), ...override } }, 'BAD_USER_INPUT', field, rule);
  });

  it('refuses a name another partner has, ignoring case, on create and on update', async () => {
    await make.partner({ name: 'Acme Tool Works' });
    await expectRefused(CREATE_PARTNER, { input: input('ACME tool works') }, 'BAD_USER_INPUT', 'input.name', 'DUPLICATE_PARTNER_NAME');
    const other = await make.partner();
    await expectRefused(UPDATE_PARTNER, { input: { id: other.id, name: 'acme TOOL works' } }, 'BAD_USER_INPUT', 'input.name', 'DUPLICATE_PARTNER_NAME');
  });

  it('updates only the given fields and keeps its own name', async () => {
    const partner = await make.partner({ name: 'Keep Name Inc' });
    const data = await accepted(UPDATE_PARTNER, { input: { id: partner.id, name: 'KEEP NAME INC', capacity: 40 } });
    expect(data.updatePartner.partner).toEqual({ id: partner.id, name: 'KEEP NAME INC', capacity: 40 });
    await expectRefused(UPDATE_PARTNER, { input: { id: partner.id, capacity: 0 } }, 'BAD_USER_INPUT', 'input.capacity');
    await expectRefused(UPDATE_PARTNER, { input: { id: UNKNOWN, capacity: 3 } }, 'NOT_FOUND', 'input.id');
  });
});

describe('partner status machine', () => {
  const allowed: [string, string][] = [
    ['PROSPECT', 'VETTING'], ['VETTING', 'ACTIVE'], ['VETTING', 'INACTIVE'], ['ACTIVE', 'SUSPENDED'],
    ['ACTIVE', 'INACTIVE'], ['SUSPENDED', 'ACTIVE'], ['SUSPENDED', 'INACTIVE'], ['INACTIVE', 'VETTING'],
  ];
  const statuses = ['PROSPECT', 'VETTING', 'ACTIVE', 'SUSPENDED', 'INACTIVE'];
  const refused = statuses.flatMap((from) => statuses.filter((to) => !allowed.some(([f, t]) => f === from && t === to)).map((to) => [from, to]));

  it.each(allowed)('allows %s → %s and appends the history in the same step', async (from, to) => {
    const partner = await make.activePartner({ status: from as never });
    const data = await accepted(CHANGE_STATUS, { input: { partnerId: partner.id, status: to, reason: 'Reviewed' } });
    expect(data.changePartnerStatus.change).toMatchObject({ fromStatus: from, toStatus: to, changedBy: DISTRICT_ADMIN.subject, reason: 'Reviewed' });
    expect(data.changePartnerStatus.partner.status).toBe(to);
    expect(data.changePartnerStatus.partner.statusHistory.at(-1)).toMatchObject({ fromStatus: from, toStatus: to });
  });

  it.each(refused)('refuses %s → %s', async (from, to) => {
    const partner = await make.activePartner({ status: from as never });
    const error = await expectRefused(CHANGE_STATUS, { input: { partnerId: partner.id, status: to, reason: 'Try' } }, 'BAD_USER_INPUT', 'input.status', 'INVALID_STATUS_TRANSITION');
    expect(error.extensions).toMatchObject({ from, to });
  });

  it('requires a reason', async () => {
    const partner = await make.partner();
    await expectRefused(CHANGE_STATUS, { input: { partnerId: partner.id, status: 'VETTING', reason: ' ' } }, 'BAD_USER_INPUT', 'input.reason');
  });

  it('refuses to activate without a current agreement or unexpired insurance', async () => {
    const noAgreement = await make.activePartner({ status: 'VETTING', agreementSignedOn: null, agreementExpiresOn: null });
    await expectRefused(CHANGE_STATUS, { input: { partnerId: noAgreement.id, status: 'ACTIVE', reason: 'Ok' } }, 'BAD_USER_INPUT', 'input.status', 'AGREEMENT_NOT_CURRENT');
    const expired = await make.activePartner({ status: 'VETTING', agreementSignedOn: addYears(TODAY, -3), agreementExpiresOn: addDays(TODAY, -1) });
    await expectRefused(CHANGE_STATUS, { input: { partnerId: expired.id, status: 'ACTIVE', reason: 'Ok' } }, 'BAD_USER_INPUT', 'input.status', 'AGREEMENT_NOT_CURRENT');
    const uninsured = await make.activePartner({ status: 'SUSPENDED', insuranceExpiresOn: addDays(TODAY, -1) });
    await expectRefused(CHANGE_STATUS, { input: { partnerId: uninsured.id, status: 'ACTIVE', reason: 'Ok' } }, 'BAD_USER_INPUT', 'input.status', 'INSURANCE_NOT_CURRENT');
    const insuredToday = await make.activePartner({ status: 'SUSPENDED', insuranceExpiresOn: TODAY });
    await accepted(CHANGE_STATUS, { input: { partnerId: insuredToday.id, status: 'ACTIVE', reason: 'Renewed' } });
  });

  it('answers NOT_FOUND for an unknown partner', async () => {
    await expectRefused(CHANGE_STATUS, { input: { partnerId: UNKNOWN, status: 'VETTING', reason: 'x' } }, 'NOT_FOUND', 'input.partnerId');
  });
});

describe('agreement and insurance', () => {
  it('records an agreement and reports whether it is current', async () => {
    const partner = await make.partner();
    const data = await accepted(AGREEMENT, { input: { partnerId: partner.id, signedOn: TODAY, expiresOn: addYears(TODAY, 1) } });
    expect(data.recordPartnerAgreement.partner.agreement).toEqual({ signedOn: TODAY, expiresOn: addYears(TODAY, 1), current: true });
    const old = await accepted(AGREEMENT, { input: { partnerId: partner.id, signedOn: addYears(TODAY, -3), expiresOn: addYears(TODAY, -1) } });
    expect(old.recordPartnerAgreement.partner.agreement.current).toBe(false);
  });

  it('refuses an agreement signed in the future or expiring before it was signed', async () => {
    const partner = await make.partner();
    await expectRefused(AGREEMENT, { input: { partnerId: partner.id, signedOn: addDays(TODAY, 1), expiresOn: addYears(TODAY, 1) } }, 'BAD_USER_INPUT', 'input.signedOn', 'AGREEMENT_SIGNED_IN_FUTURE');
    await expectRefused(AGREEMENT, { input: { partnerId: partner.id, signedOn: TODAY, expiresOn: TODAY } }, 'BAD_USER_INPUT', 'input.expiresOn', 'AGREEMENT_EXPIRES_BEFORE_SIGNED');
  });

  it('records any insurance expiry, even a past one', async () => {
    const partner = await make.partner();
    const data = await accepted(INSURANCE, { input: { partnerId: partner.id, certificateExpiresOn: '2020-01-31' } });
    expect(data.recordPartnerInsurance.partner.insuranceExpiresOn).toBe('2020-01-31');
    await expectRefused(INSURANCE, { input: { partnerId: UNKNOWN, certificateExpiresOn: TODAY } }, 'NOT_FOUND', 'input.partnerId');
  });
});

describe('worksites and contacts', () => {
  const CREATE_WORKSITE = `mutation($input: CreateWorksiteInput!) { createWorksite(input: $input) { worksite { id name address { state postalCode } location { latitude } partner { id } } } }`;
  const UPDATE_WORKSITE = `mutation($input: UpdateWorksiteInput!) { updateWorksite(input: $input) { worksite { id transitAccess location { latitude } } } }`;
  const CREATE_CONTACT = `mutation($input: CreatePartnerContactInput!) { createPartnerContact(input: $input) { contact { id email roles backgroundCheck { status } partner { id } } } }`;
  const CHECK = `mutation($input: RecordBackgroundCheckInput!) { recordBackgroundCheck(input: $input) { contact { backgroundCheck { level status clearedOn expiresOn } } } }`;
  const address = { street: '1 W Madison St', city: 'Chicago', state: 'il', postalCode: '60602' };

  it('creates and updates a worksite, and refuses a bad address or unknown partner', async () => {
    const partner = await make.partner();
    const data = await accepted(CREATE_WORKSITE, { input: { partnerId: partner.id, name: 'Plant', address, location: { latitude: 41.88, longitude: -87.63 } } });
    expect(data.createWorksite.worksite).toMatchObject({ address: { state: 'IL' }, location: { latitude: 41.88 }, partner: { id: partner.id } });
    const id = data.createWorksite.worksite.id;
    const updated = await accepted(UPDATE_WORKSITE, { input: { id, transitAccess: 'CTA Blue Line', location: null } });
    expect(updated.updateWorksite.worksite).toEqual({ id, transitAccess: 'CTA Blue Line', location: null });
    await expectRefused(CREATE_WORKSITE, { input: { partnerId: partner.id, name: 'X', address: { ...address, postalCode: '6060' } } }, 'BAD_USER_INPUT', 'input.address.postalCode');
    await expectRefused(CREATE_WORKSITE, { input: { partnerId: UNKNOWN, name: 'X', address } }, 'NOT_FOUND', 'input.partnerId');
    await expectRefused(UPDATE_WORKSITE, { input: { id, location: { latitude: 91, longitude: 0 } } }, 'BAD_USER_INPUT', 'input.location.latitude');
  });

  it('creates a contact and refuses a bad email or no roles', async () => {
    const partner = await make.partner();
    const input = { partnerId: partner.id, firstName: 'Rosa', lastName: 'Diaz', email: 'rosa@example.org', roles: ['SUPERVISOR', 'SUPERVISOR'] };
    const data = await accepted(CREATE_CONTACT, { input });
    expect(data.createPartnerContact.contact).toMatchObject({ roles: ['SUPERVISOR'], backgroundCheck: null, partner: { id: partner.id } });
    await expectRefused(CREATE_CONTACT, { input: { ...input, email: 'rosa-at-example' } }, 'BAD_USER_INPUT', 'input.email');
    await expectRefused(CREATE_CONTACT, { input: { ...input, roles: [] } }, 'BAD_USER_INPUT', 'input.roles', 'ROLES_REQUIRED');
  });

  it('records CLEARED, PENDING and DENIED checks', async () => {
    const contact = await make.contact(await make.partner());
    const cleared = await accepted(CHECK, { input: { contactId: contact.id, level: 'LEVEL_I', status: 'CLEARED', clearedOn: TODAY, expiresOn: addYears(TODAY, 1) } });
    expect(cleared.recordBackgroundCheck.contact.backgroundCheck).toEqual({ level: 'LEVEL_I', status: 'CLEARED', clearedOn: TODAY, expiresOn: addYears(TODAY, 1) });
    const level2 = await accepted(CHECK, { input: { contactId: contact.id, level: 'LEVEL_II', status: 'CLEARED', clearedOn: TODAY, expiresOn: addYears(TODAY, 3) } });
    expect(level2.recordBackgroundCheck.contact.backgroundCheck.level).toBe('LEVEL_II');
    for (const status of ['PENDING', 'DENIED']) {
      const data = await accepted(CHECK, { input: { contactId: contact.id, level: 'LEVEL_I', status } });
      expect(data.recordBackgroundCheck.contact.backgroundCheck).toEqual({ level: 'LEVEL_I', status, clearedOn: null, expiresOn: null });
    }
  });

  it.each([
    ['CLEARED without a clearance date', { clearedOn: null }, 'input.clearedOn', 'CLEARANCE_DATES_REQUIRED'],
    ['CLEARED without an expiry', { expiresOn: null }, 'input.expiresOn', 'CLEARANCE_DATES_REQUIRED'],
    ['an expiry on the clearance date', { expiresOn: TODAY }, 'input.expiresOn', 'CLEARANCE_EXPIRES_BEFORE_CLEARED'],
    ['a LEVEL_I check lasting over a year', { expiresOn: addDays(addYears(TODAY, 1), 1) }, 'input.expiresOn', 'LEVEL_I_EXPIRES_WITHIN_A_YEAR'],
    ['a clearance date in the future', { clearedOn: addDays(TODAY, 1), expiresOn: addDays(TODAY, 30) }, 'input.clearedOn', 'CLEARED_IN_FUTURE'],
    ['dates on a PENDING check', { status: 'PENDING' }, 'input.clearedOn', 'CLEARANCE_DATES_ONLY_WHEN_CLEARED'],
  ])('refuses %s', async (_case, override, field, rule) => {
    const contact = await make.contact(await make.partner());
    const input = { contactId: contact.id, level: 'LEVEL_I', status: 'CLEARED', clearedOn: TODAY, expiresOn: addYears(TODAY, 1), ...override };
    await expectRefused(CHECK, { input }, 'BAD_USER_INPUT', field, rule);
  });

  it('answers NOT_FOUND for an unknown contact', async () => {
    await expectRefused(CHECK, { input: { contactId: UNKNOWN, level: 'LEVEL_II', status: 'PENDING' } }, 'NOT_FOUND', 'input.contactId');
  });
});

describe('opportunities', () => {
  const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity {
    id status gradeLevels compensation { kind hourlyRate } program { id } worksite { id } partner { id } } } }`;
  const UPDATE = `mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { opportunity { id title slots program { id } } } }`;
  const PUBLISH = `mutation($input: PublishOpportunityInput!) { publishOpportunity(input: $input) { opportunity { id status publishedAt } } }`;
  const CLOSE = `mutation($input: CloseOpportunityInput!) { closeOpportunity(input: $input) { opportunity { id status } } }`;
  const programId = '5c2a2b47-6a43-4d55-9a55-0d3b8f7f1a01';
  const input = (partnerId: string, worksiteId?: string) => ({
    partnerId,
    worksiteId,
    title: 'CNC Paid Internship',
    description: 'Six weeks on the shop floor.',
    continuumType: 'CAREER_DEVELOPMENT_EXPERIENCE',
    cedsType: 'PAID_INTERNSHIP',
    careerCluster: 'MANUFACTURING',
    programId,
    startDate: addDays(TODAY, 10),
    endDate: addDays(TODAY, 52),
    slots: 4,
    compensation: { kind: 'WAGE', hourlyRate: 13 },
    minimumAge: 16,
    gradeLevels: [11, 12],
    requiredClearance: 'LEVEL_I',
  });

  it('creates a DRAFT with a program reference and the partner\'s own worksite', async () => {
    const partner = await make.partner();
    const site = await make.worksite(partner);
    const data = await accepted(CREATE, { input: { ...input(partner.id, site.id), gradeLevels: [12, 10, 11] } });
    expect(data.createOpportunity.opportunity).toMatchObject({
      status: 'DRAFT',
      gradeLevels: [10, 11, 12],
      compensation: { kind: 'WAGE', hourlyRate: 13 },
      program: { id: programId },
      worksite: { id: site.id },
      partner: { id: partner.id },
    });
  });

  it('records the hazardous-occupation category an opportunity declares, and changes or clears it on a DRAFT', async () => {
    const HAZARD = `query($id: ID!) { opportunity(id: $id) { id hazardousOccupation } }`;
    const partner = await make.partner();
    const plain = await accepted(CREATE, { input: input(partner.id) });
    const id = plain.createOpportunity.opportunity.id;
    expect((await accepted(HAZARD, { id })).opportunity).toEqual({ id, hazardousOccupation: null });
    const roofing = await accepted(CREATE, { input: { ...input(partner.id), hazardousOccupation: 'ROOFING' } });
    const roofingId = roofing.createOpportunity.opportunity.id;
    expect((await accepted(HAZARD, { id: roofingId })).opportunity).toEqual({ id: roofingId, hazardousOccupation: 'ROOFING' });
    await accepted(UPDATE, { input: { id: roofingId, hazardousOccupation: 'MANUFACTURING_MINING_OR_PROCESSING' } });
    expect((await accepted(HAZARD, { id: roofingId })).opportunity.hazardousOccupation).toBe('MANUFACTURING_MINING_OR_PROCESSING');
    await accepted(UPDATE, { input: { id: roofingId, slots: 3 } });
    expect((await accepted(HAZARD, { id: roofingId })).opportunity.hazardousOccupation).toBe('MANUFACTURING_MINING_OR_PROCESSING');
    await accepted(UPDATE, { input: { id: roofingId, hazardousOccupation: null } });
    expect((await accepted(HAZARD, { id: roofingId })).opportunity.hazardousOccupation).toBeNull();
    // The column refuses what the enum does not name, whoever writes it.
    await expect(
      dataSource.query(`UPDATE partners.opportunities SET hazardous_occupation = 'JUGGLING' WHERE id = $1`, [roofingId]),
    ).rejects.toThrow(/CHK_opportunities_hazardous_occupation/);
  });

  it('accepts unpaid work without a rate and a stipend above zero', async () => {
    const partner = await make.partner();
    await accepted(CREATE, { input: { ...input(partner.id), compensation: { kind: 'UNPAID' } } });
    await accepted(CREATE, { input: { ...input(partner.id), compensation: { kind: 'STIPEND', hourlyRate: 5 } } });
  });

  it.each([
    ['an end before the start', { endDate: addDays(TODAY, 5) }, 'input.endDate', 'END_BEFORE_START'],
    ['0 slots', { slots: 0 }, 'input.slots', undefined],
    ['501 slots', { slots: 501 }, 'input.slots', undefined],
    ['a minimum age of 10', { minimumAge: 10 }, 'input.minimumAge', undefined],
    ['a minimum age of 22', { minimumAge: 22 }, 'input.minimumAge', undefined],
    ['no grade levels', { gradeLevels: [] }, 'input.gradeLevels', 'GRADE_LEVELS_REQUIRED'],
    ['grade 5', { gradeLevels: [5, 9] }, 'input.gradeLevels[0]', undefined],
    ['a repeated grade', { gradeLevels: [11, 11] }, 'input.gradeLevels', 'DUPLICATE_GRADE_LEVEL'],
    ['a wage below the youth minimum', { compensation: { kind: 'WAGE', hourlyRate: 12.99 } }, 'input.compensation.hourlyRate', 'BELOW_MINIMUM_WAGE'],
    ['a wage without a rate', { compensation: { kind: 'WAGE' } }, 'input.compensation.hourlyRate', 'HOURLY_RATE_REQUIRED'],
    ['unpaid work with a rate', { compensation: { kind: 'UNPAID', hourlyRate: 5 } }, 'input.compensation.hourlyRate', 'UNPAID_HAS_NO_RATE'],
    ['a stipend of zero', { compensation: { kind: 'STIPEND', hourlyRate: 0 } }, 'input.compensation.hourlyRate', undefined],
    ['a malformed program id', { programId: 'program-1' }, 'input.programId', undefined],
  ])('refuses %s', async (_case, override, field, rule) => {
    const partner = await make.partner();
    await expectRefused(CREATE, { input: { ...input(partner.id), ...override } }, 'BAD_USER_INPUT', field, rule);
  });

  it('refuses another partner\'s worksite and an unknown one', async () => {
    const partner = await make.partner();
    const elsewhere = await make.worksite(await make.partner());
    await expectRefused(CREATE, { input: input(partner.id, elsewhere.id) }, 'BAD_USER_INPUT', 'input.worksiteId', 'WORKSITE_OF_ANOTHER_PARTNER');
    await expectRefused(CREATE, { input: input(partner.id, UNKNOWN) }, 'NOT_FOUND', 'input.worksiteId');
  });

  it('updates a DRAFT, checking the merged result, and refuses to change a published one', async () => {
    const partner = await make.partner();
    const draft = await make.opportunity(partner, { programId });
    const data = await accepted(UPDATE, { input: { id: draft.id, slots: 8, programId: null } });
    expect(data.updateOpportunity.opportunity).toMatchObject({ slots: 8, program: null });
    await expectRefused(UPDATE, { input: { id: draft.id, endDate: addDays(draft.startDate, -1) } }, 'BAD_USER_INPUT', 'input.endDate', 'END_BEFORE_START');
    const elsewhere = await make.worksite(await make.partner());
    await expectRefused(UPDATE, { input: { id: draft.id, worksiteId: elsewhere.id } }, 'BAD_USER_INPUT', 'input.worksiteId', 'WORKSITE_OF_ANOTHER_PARTNER');
    const published = await make.opportunity(partner, { status: 'PUBLISHED', publishedAt: new Date() });
    await expectRefused(UPDATE, { input: { id: published.id, slots: 2 } }, 'CONFLICT', 'input.id', 'OPPORTUNITY_NOT_DRAFT');
  });

  it('publishes a DRAFT of an ACTIVE partner whose agreement covers it, then closes it', async () => {
    const draft = await make.opportunity(await make.activePartner());
    const data = await accepted(PUBLISH, { input: { opportunityId: draft.id } });
    expect(data.publishOpportunity.opportunity).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(String) });
    await expectRefused(PUBLISH, { input: { opportunityId: draft.id } }, 'CONFLICT', 'input.opportunityId', 'OPPORTUNITY_NOT_DRAFT');
    const closed = await accepted(CLOSE, { input: { opportunityId: draft.id, reason: 'Filled' } });
    expect(closed.closeOpportunity.opportunity.status).toBe('CLOSED');
    await expectRefused(CLOSE, { input: { opportunityId: draft.id } }, 'CONFLICT', 'input.opportunityId', 'OPPORTUNITY_NOT_PUBLISHED');
  });

  it('refuses to close a DRAFT', async () => {
    const draft = await make.opportunity(await make.activePartner());
    await expectRefused(CLOSE, { input: { opportunityId: draft.id } }, 'CONFLICT', 'input.opportunityId', 'OPPORTUNITY_NOT_PUBLISHED');
  });

  it.each([
    ['a partner that is not ACTIVE', { status: 'VETTING' }, {}, 'PARTNER_NOT_ACTIVE'],
    ['an agreement that is not current', { agreementSignedOn: addYears(TODAY, -2), agreementExpiresOn: addDays(TODAY, -1) }, {}, 'AGREEMENT_NOT_CURRENT'],
    ['an agreement ending before the opportunity', { agreementExpiresOn: addDays(TODAY, 30) }, {}, 'AGREEMENT_NOT_CURRENT'],
    ['expired insurance', { insuranceExpiresOn: addDays(TODAY, -1) }, {}, 'INSURANCE_NOT_CURRENT'],
    ['an opportunity that already ended', {}, { startDate: addDays(TODAY, -20), endDate: addDays(TODAY, -1) }, 'OPPORTUNITY_ENDED'],
  ])('refuses to publish with %s', async (_case, partnerOverride, opportunityOverride, rule) => {
    const draft = await make.opportunity(await make.activePartner(partnerOverride as never), opportunityOverride);
    await expectRefused(PUBLISH, { input: { opportunityId: draft.id } }, 'CONFLICT', 'input.opportunityId', rule);
  });

  it('applies the configured youth minimum wage', async () => {
    const strict = partnersSubgraph.build({ dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls: {} }, loadPartnersSettings({ YOUTH_MINIMUM_WAGE: '15' }));
    const partner = await make.partner();
    const result = await strict.execute({ query: CREATE, variables: { input: { ...input(partner.id), compensation: { kind: 'WAGE', hourlyRate: 14 } } } }, { caller: DISTRICT_ADMIN });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'BELOW_MINIMUM_WAGE' });
    await strict.stop();
  });
});

describe('queries', () => {
  const PARTNERS = `query($filter: PartnerFilter, $first: Int, $after: String) { partners(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;
  const OPPORTUNITIES = `query($filter: OpportunityFilter, $first: Int, $after: String) { opportunities(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id title startDate } } pageInfo { hasNextPage endCursor } } }`;
  const prefix = `Q${Date.now().toString(36)}`;
  const names = (data: any) => data.partners.edges.map((e: any) => e.node.name);

  it('filters partners by search (start of any word), kind, status and cluster, and pages every one once', async () => {
    await make.partner({ name: `${prefix} Harbor Welding`, kind: 'EMPLOYER', status: 'ACTIVE', careerClusters: ['MANUFACTURING'] });
    await make.partner({ name: `${prefix} Lakeside Clinic`, kind: 'COMMUNITY_ORGANIZATION', careerClusters: ['HEALTH_SCIENCE', 'HUMAN_SERVICES'] });
    await make.partner({ name: `${prefix} Wel_ding 100%`, kind: 'EMPLOYER' });
    expect(names(await accepted(PARTNERS, { filter: { search: 'weld' } })).filter((n: string) => n.startsWith(prefix))).toEqual([`${prefix} Harbor Welding`]);
    expect(names(await accepted(PARTNERS, { filter: { search: prefix.toLowerCase() } }))).toHaveLength(3);
    expect(names(await accepted(PARTNERS, { filter: { search: 'wel_' } }))).toEqual([`${prefix} Wel_ding 100%`]);
    expect(names(await accepted(PARTNERS, { filter: { search: 'arbor' } }))).toEqual([]);
    expect(names(await accepted(PARTNERS, { filter: { search: prefix, kind: 'COMMUNITY_ORGANIZATION' } }))).toEqual([`${prefix} Lakeside Clinic`]);
    expect(names(await accepted(PARTNERS, { filter: { search: prefix, status: 'ACTIVE' } }))).toEqual([`${prefix} Harbor Welding`]);
    expect(names(await accepted(PARTNERS, { filter: { search: prefix, careerCluster: 'HUMAN_SERVICES' } }))).toEqual([`${prefix} Lakeside Clinic`]);

    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const data = await accepted(PARTNERS, { first: 2, after });
      total = data.partners.totalCount;
      seen.push(...names(data));
      after = data.partners.pageInfo.hasNextPage ? data.partners.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('filters opportunities by openOn, status, partner, cluster, types, program and search, paging in start-date order', async () => {
    const partner = await make.activePartner();
    const running = await make.opportunity(partner, { title: 'Open Lab Shadow', status: 'PUBLISHED', publishedAt: new Date(), startDate: addDays(TODAY, -5), endDate: addDays(TODAY, 5), programId: '5c2a2b47-6a43-4d55-9a55-0d3b8f7f1a02' });
    await make.opportunity(partner, { title: 'Open Lab Draft', startDate: addDays(TODAY, -5), endDate: addDays(TODAY, 5) });
    await make.opportunity(partner, { title: 'Future Lab', status: 'PUBLISHED', publishedAt: new Date(), startDate: addDays(TODAY, 10), continuumType: 'CAREER_AWARENESS', cedsType: 'OTHER', careerCluster: 'HEALTH_SCIENCE' });
    const ids = (data: any) => data.opportunities.edges.map((e: any) => e.node.title);
    expect(ids(await accepted(OPPORTUNITIES, { filter: { partnerId: partner.id, openOn: TODAY } }))).toEqual(['Open Lab Shadow']);
    expect(ids(await accepted(OPPORTUNITIES, { filter: { partnerId: partner.id, status: 'DRAFT' } }))).toEqual(['Open Lab Draft']);
    expect(ids(await accepted(OPPORTUNITIES, { filter: { partnerId: partner.id, careerCluster: 'HEALTH_SCIENCE' } }))).toEqual(['Future Lab']);
    expect(ids(await accepted(OPPORTUNITIES, { filter: { partnerId: partner.id, continuumType: 'CAREER_AWARENESS' } }))).toEqual(['Future Lab']);
    expect(ids(await accepted(OPPORTUNITIES, { filter: { partnerId: partner.id, cedsType: 'OTHER' } }))).toEqual(['Future Lab']);
    expect(ids(await accepted(OPPORTUNITIES, { filter: { programId: running.programId } }))).toEqual(['Open Lab Shadow']);
    expect(ids(await accepted(OPPORTUNITIES, { filter: { partnerId: partner.id, search: 'lab' } }))).toEqual(['Open Lab Draft', 'Open Lab Shadow', 'Future Lab']);
    const page1 = await accepted(OPPORTUNITIES, { filter: { partnerId: partner.id }, first: 2 });
    const page2 = await accepted(OPPORTUNITIES, { filter: { partnerId: partner.id }, first: 2, after: page1.opportunities.pageInfo.endCursor });
    expect([...ids(page1), ...ids(page2)]).toEqual(['Open Lab Draft', 'Open Lab Shadow', 'Future Lab']);
    expect(page2.opportunities.pageInfo.hasNextPage).toBe(false);
    expect(page1.opportunities.totalCount).toBe(3);
  });

  it('lists a partner\'s worksites, contacts, history and opportunities by status', async () => {
    const partner = await make.activePartner();
    await make.worksite(partner);
    await make.contact(partner, { clearanceLevel: 'LEVEL_II', clearanceStatus: 'PENDING' });
    await make.opportunity(partner);
    await make.opportunity(partner, { status: 'PUBLISHED', publishedAt: new Date() });
    const data = await accepted(`query($id: ID!) { partner(id: $id) { worksites { id } contacts { backgroundCheck { status } }
      agreement { current } published: opportunities(status: PUBLISHED) { totalCount } all: opportunities(first: 1) { totalCount edges { node { id } } } } }`, { id: partner.id });
    expect(data.partner).toMatchObject({
      worksites: [expect.any(Object)],
      contacts: [{ backgroundCheck: { status: 'PENDING' } }],
      agreement: { current: true },
      published: { totalCount: 1 },
      all: { totalCount: 2 },
    });
    expect(data.partner.all.edges).toHaveLength(1);
  });

  it("pages each partner's opportunities with cursors, all partners in one statement per page", async () => {
    const busy = await make.activePartner();
    const quiet = await make.activePartner();
    for (let i = 0; i < 5; i++) await make.opportunity(busy, { startDate: addDays(TODAY, 10 + i) });
    await make.opportunity(quiet, { startDate: addDays(TODAY, 30) });
    const PAGE = `query($busy: ID!, $quiet: ID!, $after: String) {
      busy: partner(id: $busy) { opportunities(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }
      quiet: partner(id: $quiet) { opportunities(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage } } } }`;
    const all = (await accepted(OPPORTUNITIES, { filter: { partnerId: busy.id }, first: 10 })).opportunities.edges.map((e: any) => e.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    let hasNextPage = true;
    while (hasNextPage) {
      const { result, statements } = await countStatements(() => run(PAGE, { busy: busy.id, quiet: quiet.id, after }));
      expect(result.errors).toBeUndefined();
      const { busy: b, quiet: q } = result.data as any;
      // Two partners by id (one batch), one page statement and one count for both partners.
      expect(statements).toBe(3);
      expect(b.opportunities.totalCount).toBe(5);
      expect(q.opportunities.totalCount).toBe(1);
      if (after === null) expect(q.opportunities).toMatchObject({ edges: [expect.any(Object)], pageInfo: { hasNextPage: false } });
      seen.push(...b.opportunities.edges.map((e: any) => e.node.id));
      ({ hasNextPage, endCursor: after } = b.opportunities.pageInfo);
    }
    expect(seen).toEqual(all);
    expect(seen).toHaveLength(5);
  });

  it('refuses a malformed cursor or filter id', async () => {
    const bad = await run(OPPORTUNITIES, { after: 'nope!' });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const badId = await run(OPPORTUNITIES, { filter: { partnerId: 'x' } });
    expect(badId.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.partnerId' });
  });
});

describe('the demo seed', () => {
  it('loads into an empty schema only, within every constraint', async () => {
    const fresh = await openTestDataSource(partnersSubgraph.schema);
    try {
      const logger = createLogger('test', 'silent');
      expect(await partnersSubgraph.seedDemo!(fresh.dataSource, logger)).toBe(true);
      expect(await partnersSubgraph.seedDemo!(fresh.dataSource, logger)).toBe(false);
      const [counts] = await fresh.dataSource.query(`SELECT (SELECT count(*)::int FROM partners.partners) AS partners,
        (SELECT count(*)::int FROM partners.opportunities WHERE status = 'PUBLISHED') AS published,
        (SELECT count(*)::int FROM partners.partner_status_changes WHERE from_status IS NULL) AS registrations`);
      expect(counts.partners).toBeGreaterThanOrEqual(55);
      expect(counts.registrations).toBe(counts.partners);
      expect(counts.published).toBeGreaterThan(50);
    } finally {
      await fresh.close();
    }
  });
});
