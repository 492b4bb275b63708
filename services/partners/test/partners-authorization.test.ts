import { addDays, addYears, type Caller, countStatements, createLogger, policyMatrix, ROLES, today } from '@careergraph/kit';
import { DISTRICT_ADMIN, expectRefused, openTestDataSource, testCaller, type TestDataSource } from '@careergraph/kit/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { OpportunityEntity, PartnerContactEntity, PartnerEntity, WorksiteEntity } from '../src/entities';
import { partnersPolicy } from '../src/policy';
import { loadPartnersSettings } from '../src/config/partners-settings';
import { partnersSubgraph } from '../src/server';
import { createOpportunityInput, partnersFactories } from './factories';
import { MatchingOwnersTestPeer } from './support/matching-owners-test-peer';

let db: TestDataSource;
let dataSource: DataSource;
let server: ReturnType<typeof partnersSubgraph.build>;
let make: ReturnType<typeof partnersFactories>;
/** Students and placements for the student's matches. */
let owners: MatchingOwnersTestPeer;

/** Partner A (the partner user's own, publishing), B (another, publishing) and C (publishes nothing). */
interface World {
  partner: PartnerEntity;
  worksite: WorksiteEntity;
  contact: PartnerContactEntity;
  draft: OpportunityEntity;
  published: OpportunityEntity;
}
let a: World;
let b: World;
let quiet: { partner: PartnerEntity; worksite: WorksiteEntity };

async function world(): Promise<World> {
  const partner = await make.activePartner();
  const worksite = await make.worksite(partner);
  const contact = await make.contact(partner, {
    clearanceLevel: 'LEVEL_I',
    clearanceStatus: 'CLEARED',
    clearedOn: addDays(today(), -10),
    clearanceExpiresOn: addYears(addDays(today(), -10), 1),
  });
  const draft = await make.opportunity(partner, { worksiteId: worksite.id });
  const published = await make.opportunity(partner, { worksiteId: worksite.id, status: 'PUBLISHED', publishedAt: new Date() });
  return { partner, worksite, contact, draft, published };
}

let partnerA: Caller;
let partnerB: Caller;
const student = testCaller('STUDENT', { studentId: randomUUID() });
const school = testCaller('SCHOOL_STAFF', { schoolIds: [randomUUID()] });
const department = testCaller('DEPARTMENT_STAFF', { department: 'CTE' });
const analyst = testCaller('ANALYST');

beforeAll(async () => {
  db = await openTestDataSource(partnersSubgraph.schema);
  dataSource = db.dataSource;
  owners = new MatchingOwnersTestPeer();
  const ownersUrl = await owners.start();
  owners.students.set(student.scope.studentId!, {
    id: student.scope.studentId!,
    dateOfBirth: '2009-05-01',
    gradeLevel: 11,
    enrollmentStatus: 'ENROLLED',
    school: null,
    enrollments: [],
    careerInterests: null,
  });
  const subgraphUrls = { students: ownersUrl, placements: ownersUrl };
  server = partnersSubgraph.build({ dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls }, loadPartnersSettings({}));
  make = partnersFactories(dataSource);
  a = await world();
  b = await world();
  const partner = await make.activePartner();
  quiet = { partner, worksite: await make.worksite(partner) };
  await make.opportunity(partner);
  partnerA = testCaller('PARTNER_USER', { partnerId: a.partner.id });
  partnerB = testCaller('PARTNER_USER', { partnerId: b.partner.id });
});

afterAll(async () => {
  await server.stop();
  await owners.stop();
  await db.close();
});

const as = (caller: Caller, query: string, variables?: Record<string, unknown>) => server.execute({ query, variables }, { caller });
const callers: Record<string, Caller> = {
  DISTRICT_ADMIN,
  DEPARTMENT_STAFF: department,
  SCHOOL_STAFF: school,
  ANALYST: analyst,
  STUDENT: student,
  get PARTNER_USER() {
    return partnerA;
  },
};
const database = () => ({ dataSource, schema: 'partners' });
const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => [error.extensions?.code, error.extensions?.rule]);

/** One operation per root field, aimed at partner A's records (in scope for every allowed role). */
const rootOperations: Record<string, () => { query: string; variables: Record<string, unknown> }> = {
  'Query.partner': () => ({ query: `query($id: ID!) { partner(id: $id) { id } }`, variables: { id: a.partner.id } }),
  'Query.partners': () => ({ query: `{ partners { totalCount } }`, variables: {} }),
  'Query.opportunity': () => ({ query: `query($id: ID!) { opportunity(id: $id) { id } }`, variables: { id: a.published.id } }),
  'Query.opportunities': () => ({ query: `{ opportunities { totalCount } }`, variables: {} }),
  'Query.opportunitiesForMe': () => ({ query: `{ opportunitiesForMe { totalCount } }`, variables: {} }),
  'Query.worksite': () => ({ query: `query($id: ID!) { worksite(id: $id) { id } }`, variables: { id: a.worksite.id } }),
  'Query.partnerContact': () => ({ query: `query($id: ID!) { partnerContact(id: $id) { id } }`, variables: { id: a.contact.id } }),
  'Query.reportingExpiringCompliance': () => ({
    query: `query($from: Date!, $to: Date!) { reportingExpiringCompliance(from: $from, to: $to) { partnerId } }`,
    variables: { from: '2026-01-01', to: '2026-12-31' },
  }),
  'Mutation.createPartner': () => ({
    query: `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }`,
    variables: { input: { name: `New ${randomUUID()}`, kind: 'EMPLOYER', industrySector: 'Retail', careerClusters: ['MARKETING'], capacity: 2 } },
  }),
  'Mutation.updatePartner': () => ({
    query: `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id } } }`,
    variables: { input: { id: a.partner.id, capacity: 7 } },
  }),
  'Mutation.changePartnerStatus': () => ({
    query: `mutation($input: ChangePartnerStatusInput!) { changePartnerStatus(input: $input) { partner { id } } }`,
    variables: { input: { partnerId: a.partner.id, status: 'SUSPENDED', reason: 'Review' } },
  }),
  'Mutation.recordPartnerAgreement': () => ({
    query: `mutation($input: RecordPartnerAgreementInput!) { recordPartnerAgreement(input: $input) { partner { id } } }`,
    variables: { input: { partnerId: a.partner.id, signedOn: today(), expiresOn: addYears(today(), 2) } },
  }),
  'Mutation.recordPartnerInsurance': () => ({
    query: `mutation($input: RecordPartnerInsuranceInput!) { recordPartnerInsurance(input: $input) { partner { id } } }`,
    variables: { input: { partnerId: a.partner.id, certificateExpiresOn: addYears(today(), 2) } },
  }),
  'Mutation.createWorksite': () => ({
    query: `mutation($input: CreateWorksiteInput!) { createWorksite(input: $input) { worksite { id } } }`,
    variables: { input: { partnerId: a.partner.id, name: 'Annex', address: { street: '2 N State St', city: 'Chicago', state: 'IL', postalCode: '60602' } } },
  }),
  'Mutation.updateWorksite': () => ({
    query: `mutation($input: UpdateWorksiteInput!) { updateWorksite(input: $input) { worksite { id } } }`,
    variables: { input: { id: a.worksite.id, transitAccess: 'Red Line' } },
  }),
  'Mutation.createPartnerContact': () => ({
    query: `mutation($input: CreatePartnerContactInput!) { createPartnerContact(input: $input) { contact { id } } }`,
    variables: { input: { partnerId: a.partner.id, firstName: 'Rosa', lastName: 'Diaz', email: 'rosa@example.org', roles: ['COORDINATOR'] } },
  }),
  'Mutation.recordBackgroundCheck': () => ({
    query: `mutation($input: RecordBackgroundCheckInput!) { recordBackgroundCheck(input: $input) { contact { id } } }`,
    variables: { input: { contactId: a.contact.id, level: 'LEVEL_II', status: 'PENDING' } },
  }),
  'Mutation.createOpportunity': () => ({
    query: `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
    variables: { input: createOpportunityInput(a.partner.id) },
  }),
  'Mutation.updateOpportunity': () => ({
    query: `mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { opportunity { id } } }`,
    variables: { input: { id: a.draft.id, slots: 3 } },
  }),
  'Mutation.publishOpportunity': () => ({
    query: `mutation($input: PublishOpportunityInput!) { publishOpportunity(input: $input) { opportunity { id } } }`,
    variables: { input: { opportunityId: a.draft.id } },
  }),
  'Mutation.closeOpportunity': () => ({
    query: `mutation($input: CloseOpportunityInput!) { closeOpportunity(input: $input) { opportunity { id } } }`,
    variables: { input: { opportunityId: a.published.id } },
  }),
  // Self-onboarding and brokerages (partner-onboarding.test.ts tests each rule); here only who may call them.
  'Query.partnerAccess': () => ({ query: `query($s: String!) { partnerAccess(subject: $s) { partnerId } }`, variables: { s: 'someone' } }),
  'Mutation.invitePartner': () => ({
    query: `mutation($input: InvitePartnerInput!) { invitePartner(input: $input) { invitation { id } } }`,
    variables: {
      input: {
        partner: { name: `Invited ${randomUUID()}`, kind: 'EMPLOYER', industrySector: 'Retail', careerClusters: ['MARKETING'], capacity: 2 },
        contact: { firstName: 'Ana', lastName: 'Ruiz', email: 'ana@example.org' },
      },
    },
  }),
  'Mutation.revokePartnerInvitation': () => ({
    query: `mutation($id: ID!) { revokePartnerInvitation(input: { invitationId: $id }) { invitation { id } } }`,
    variables: { id: randomUUID() },
  }),
  'Mutation.resendPartnerInvitation': () => ({
    query: `mutation($id: ID!) { resendPartnerInvitation(input: { invitationId: $id }) { invitation { id } } }`,
    variables: { id: randomUUID() },
  }),
  'Mutation.acceptPartnerInvitation': () => ({
    query: `mutation($t: String!) { acceptPartnerInvitation(input: { token: $t }) { partnerId } }`,
    variables: { t: 'not-a-token' },
  }),
  'Mutation.issuePartnerInvitationLink': () => ({
    query: `mutation($id: ID!) { issuePartnerInvitationLink(invitationId: $id) { url } }`,
    variables: { id: randomUUID() },
  }),
  'Mutation.submitPartnerForVetting': () => ({
    query: `mutation($id: ID!) { submitPartnerForVetting(input: { partnerId: $id }) { partner { id } } }`,
    variables: { id: a.partner.id },
  }),
  'Mutation.createPartnerBrokerage': () => ({
    query: `mutation($i: ID!, $e: ID!) { createPartnerBrokerage(input: { intermediaryPartnerId: $i, employerPartnerId: $e }) { brokerage { id } } }`,
    variables: { i: a.partner.id, e: b.partner.id },
  }),
  'Mutation.endPartnerBrokerage': () => ({
    query: `mutation($id: ID!) { endPartnerBrokerage(input: { brokerageId: $id }) { brokerage { id } } }`,
    variables: { id: randomUUID() },
  }),
};


describe('role gates on every root field, from the policy', () => {
  const cells = policyMatrix(partnersPolicy).filter((cell) => cell.subject === 'root');

  it('has an operation for every root field the policy names', () => {
    expect(new Set(cells.map((cell) => cell.coordinate))).toEqual(new Set(Object.keys(rootOperations)));
  });

  it.each(cells.filter((cell) => cell.access === 'DENY').map((cell) => [cell.coordinate, cell.role] as const))(
    'refuses %s to %s with ROLE_POLICY, nothing written',
    async (coordinate, role) => {
      const { query, variables } = rootOperations[coordinate]();
      const error = await expectRefused(() => as(callers[role], query, variables), database(), { code: 'FORBIDDEN', rule: 'ROLE_POLICY' });
      expect(error.message).toContain(coordinate);
    },
  );

  it.each(
    cells.filter((cell) => cell.subject === 'root' && cell.coordinate.startsWith('Query.') && cell.access !== 'DENY').map((cell) => [cell.coordinate, cell.role] as const),
  )('answers %s to %s within its scope', async (coordinate, role) => {
    const { query, variables } = rootOperations[coordinate]();
    const result = await as(callers[role], query, variables);
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data!)[0]).not.toBeNull();
  });
});

describe('a partner user', () => {
  it('lists only its own partner and all of its own opportunities (drafts too), in SQL', async () => {
    const result = await as(partnerA, `{ partners(first: 100) { totalCount edges { node { id } } }
      opportunities(first: 100) { totalCount edges { node { id status } } } }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.partners).toEqual({ totalCount: 1, edges: [{ node: { id: a.partner.id } }] });
    expect(data.opportunities.totalCount).toBe(2);
    expect(data.opportunities.edges.map((edge: any) => edge.node.id).sort()).toEqual([a.draft.id, a.published.id].sort());
    const filtered = await as(partnerA, `query($id: ID!) { opportunities(filter: { partnerId: $id }) { totalCount edges { node { id } } } }`, { id: b.partner.id });
    expect(filtered.data).toEqual({ opportunities: { totalCount: 0, edges: [] } });
  });

  it.each([
    ['partner', () => b.partner.id],
    ['opportunity', () => b.published.id],
    ['worksite', () => b.worksite.id],
    ['partnerContact', () => b.contact.id],
  ])('is refused another partner\'s %s by id, with one FORBIDDEN', async (field, id) => {
    const result = await as(partnerA, `query($id: ID!) { ${field}(id: $id) { id } }`, { id: id() });
    expect(result.data).toEqual({ [field]: null });
    expect(codes(result)).toEqual([['FORBIDDEN', 'OUTSIDE_SCOPE']]);
  });

  it('is refused another partner\'s records by _entities, and gets its own', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Partner { id name } ... on PartnerContact { id email } ... on Opportunity { id title } ... on Worksite { id name } } }`;
    const representations = [
      { __typename: 'Partner', id: b.partner.id },
      { __typename: 'PartnerContact', id: b.contact.id },
      { __typename: 'Opportunity', id: b.draft.id },
      { __typename: 'Worksite', id: b.worksite.id },
      { __typename: 'PartnerContact', id: a.contact.id },
    ];
    const result = await as(partnerA, query, { representations });
    const entities = (result.data as any)._entities;
    expect(entities.slice(0, 4)).toEqual([null, null, null, null]);
    expect(entities[4]).toEqual({ id: a.contact.id, email: a.contact.email });
    expect(codes(result)).toEqual(Array(4).fill(['FORBIDDEN', 'OUTSIDE_SCOPE']));
  });

  it('reads its own records nested (contacts with checks, worksites, opportunities) and nothing of another', async () => {
    const result = await as(partnerA, `query($id: ID!) { partner(id: $id) { name statusHistory { toStatus }
      contacts { id backgroundCheck { status } } worksites { id } opportunities { totalCount edges { node { worksite { partner { id } } } } } } }`, { id: a.partner.id });
    expect(result.errors).toBeUndefined();
    const partner = (result.data as any).partner;
    expect(partner.contacts).toEqual([{ id: a.contact.id, backgroundCheck: { status: 'CLEARED' } }]);
    expect(partner.opportunities.totalCount).toBe(2);
    expect(partner.opportunities.edges.every((edge: any) => edge.node.worksite.partner.id === a.partner.id)).toBe(true);
    // Reaching another partner through an entity reference stops at the reference.
    const nested = await as(partnerA, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Opportunity { partner { contacts { email } } } } }`, {
      r: [{ __typename: 'Opportunity', id: b.published.id }],
    });
    expect((nested.data as any)._entities).toEqual([null]);
    expect(codes(nested)).toEqual([['FORBIDDEN', 'OUTSIDE_SCOPE']]);
  });

  it('manages its own worksites, contacts and draft opportunities, and may close its own', async () => {
    for (const coordinate of ['Mutation.updatePartner', 'Mutation.createWorksite', 'Mutation.updateWorksite', 'Mutation.createPartnerContact', 'Mutation.createOpportunity', 'Mutation.updateOpportunity']) {
      const { query, variables } = rootOperations[coordinate]();
      const result = await as(partnerA, query, variables);
      expect([coordinate, result.errors]).toEqual([coordinate, undefined]);
    }
    const own = await make.opportunity(a.partner, { status: 'PUBLISHED', publishedAt: new Date() });
    const closed = await as(partnerA, `mutation($id: ID!) { closeOpportunity(input: { opportunityId: $id }) { opportunity { status } } }`, { id: own.id });
    expect(closed.data).toEqual({ closeOpportunity: { opportunity: { status: 'CLOSED' } } });
  });

  it.each([
    ['Mutation.updatePartner', 'input.id'],
    ['Mutation.createWorksite', 'input.partnerId'],
    ['Mutation.updateWorksite', 'input.id'],
    ['Mutation.createPartnerContact', 'input.partnerId'],
    ['Mutation.createOpportunity', 'input.partnerId'],
    ['Mutation.updateOpportunity', 'input.id'],
    ['Mutation.closeOpportunity', 'input.opportunityId'],
  ])('is refused %s on another partner\'s records (OUTSIDE_SCOPE at %s), nothing written', async (coordinate, field) => {
    // Partner B's user aims at partner A's records.
    const { query, variables } = rootOperations[coordinate]();
    await expectRefused(() => as(partnerB, query, variables), database(), { code: 'FORBIDDEN', field, rule: 'OUTSIDE_SCOPE' });
  });
});

describe('a student', () => {
  it('lists partners with a published opportunity and published opportunities only, in SQL', async () => {
    const result = await as(student, `{ partners(first: 100) { edges { node { id opportunities(first: 100) { edges { node { status } } } } } }
      opportunities(first: 100) { edges { node { id status } } } }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    const ids = data.partners.edges.map((edge: any) => edge.node.id);
    expect(ids).toEqual(expect.arrayContaining([a.partner.id, b.partner.id]));
    expect(ids).not.toContain(quiet.partner.id);
    const statuses = [
      ...data.opportunities.edges.map((edge: any) => edge.node.status),
      ...data.partners.edges.flatMap((edge: any) => edge.node.opportunities.edges.map((e: any) => e.node.status)),
    ];
    expect(new Set(statuses)).toEqual(new Set(['PUBLISHED']));
    const drafts = await as(student, `{ opportunities(filter: { status: DRAFT }) { totalCount } }`);
    expect(drafts.data).toEqual({ opportunities: { totalCount: 0 } });
  });

  it.each([
    ['a draft opportunity', 'opportunity', () => a.draft.id],
    ['a partner with nothing published', 'partner', () => quiet.partner.id],
    ['its worksite', 'worksite', () => quiet.worksite.id],
  ])('is refused %s by id', async (_case, field, id) => {
    const result = await as(student, `query($id: ID!) { ${field}(id: $id) { id } }`, { id: id() });
    expect(result.data).toEqual({ [field]: null });
    expect(codes(result)).toEqual([['FORBIDDEN', 'OUTSIDE_SCOPE']]);
  });

  it('reads a published opportunity with its partner\'s name and worksite, but no contacts or vetting', async () => {
    const result = await as(student, `query($id: ID!) { opportunity(id: $id) { title worksite { name address { city } }
      partner { name contacts { email } statusHistory { toStatus } agreement { current } auditTrail { totalCount } } } }`, { id: a.published.id });
    const opportunity = (result.data as any).opportunity;
    expect(opportunity).toMatchObject({ title: a.published.title, worksite: { name: a.worksite.name }, partner: { name: a.partner.name } });
    expect(opportunity.partner).toMatchObject({ contacts: null, statusHistory: null, agreement: null, auditTrail: null });
    expect(codes(result)).toEqual(Array(4).fill(['FORBIDDEN', 'ROLE_POLICY']));
  });
});

describe('staff and analysts', () => {
  it('lets school staff read contacts\' background checks but not the audit trail', async () => {
    const result = await as(school, `query($id: ID!) { partner(id: $id) { name contacts { backgroundCheck { status expiresOn } } auditTrail { totalCount } } }`, { id: b.partner.id });
    expect((result.data as any).partner).toMatchObject({ name: b.partner.name, contacts: [{ backgroundCheck: { status: 'CLEARED' } }], auditTrail: null });
    expect(codes(result)).toEqual([['FORBIDDEN', 'ROLE_POLICY']]);
  });

  it('lets analysts read organisations and opportunities, never the people or the vetting record', async () => {
    const result = await as(analyst, `query($id: ID!) { partner(id: $id) { name capacity agreement { current } worksites { name }
      opportunities { totalCount } contacts { email } statusHistory { toStatus } } }`, { id: b.partner.id });
    expect((result.data as any).partner).toMatchObject({ name: b.partner.name, agreement: { current: true }, opportunities: { totalCount: 2 }, contacts: null, statusHistory: null });
    expect(codes(result)).toEqual([['FORBIDDEN', 'ROLE_POLICY'], ['FORBIDDEN', 'ROLE_POLICY']]);
    const contact = await as(analyst, `{ _entities(representations: [{ __typename: "PartnerContact", id: "${b.contact.id}" }]) { ... on PartnerContact { email } } }`);
    expect(codes(contact)).toEqual([['FORBIDDEN', 'ROLE_POLICY']]);
  });
});

describe('audit trail of partner status changes', () => {
  const CHANGE = `mutation($input: ChangePartnerStatusInput!) { changePartnerStatus(input: $input) { partner { status } } }`;
  const TRAIL = `query($id: ID!, $after: String) { partner(id: $id) { auditTrail(first: 1, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { actorSubject actorRole operation action before after } } } } }`;

  it('records who changed what, before and after, in the change\'s transaction, and pages through it', async () => {
    const created = await as(department, `mutation { createPartner(input: { name: "Audit Works ${randomUUID()}", kind: EMPLOYER,
      industrySector: "Energy", careerClusters: [MANUFACTURING], capacity: 3 }) { partner { id } } }`);
    const id = (created.data as any).createPartner.partner.id;
    const changed = await as(department, CHANGE, { input: { partnerId: id, status: 'VETTING', reason: 'Site visit' } });
    expect(changed.errors).toBeUndefined();

    const first = (await as(DISTRICT_ADMIN, TRAIL, { id })).data as any;
    expect(first.partner.auditTrail.totalCount).toBe(2);
    expect(first.partner.auditTrail.edges[0].node).toMatchObject({
      actorSubject: department.subject,
      actorRole: 'DEPARTMENT_STAFF',
      operation: 'createPartner',
      action: 'CREATED',
      before: null,
      after: { id, status: 'PROSPECT' },
    });
    const second = (await as(department, TRAIL, { id, after: first.partner.auditTrail.pageInfo.endCursor })).data as any;
    expect(second.partner.auditTrail).toMatchObject({ pageInfo: { hasNextPage: false } });
    expect(second.partner.auditTrail.edges[0].node).toMatchObject({
      operation: 'changePartnerStatus',
      action: 'STATUS_CHANGED',
      before: { id, status: 'PROSPECT' },
      after: { id, status: 'VETTING' },
    });
  });

  it('writes nothing, audit included, when the change is refused by a rule or by the policy', async () => {
    const partner = await make.partner();
    const input = { partnerId: partner.id, status: 'ACTIVE', reason: 'Too early' };
    await expectRefused(() => as(DISTRICT_ADMIN, CHANGE, { input }), database(), { code: 'BAD_USER_INPUT', field: 'input.status', rule: 'INVALID_STATUS_TRANSITION' });
    await expectRefused(() => as(partnerA, CHANGE, { input: { ...input, partnerId: a.partner.id, status: 'SUSPENDED' } }), database(), {
      code: 'FORBIDDEN',
      rule: 'ROLE_POLICY',
    });
  });

  it('keeps audit events append-only', async () => {
    await expect(dataSource.query(`UPDATE partners.audit_events SET action = 'FORGED'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM partners.audit_events`)).rejects.toThrow(/append-only/);
  });

  it('reads the trails of a page of partners in one statement', async () => {
    const { result, statements } = await countStatements(() =>
      as(DISTRICT_ADMIN, `{ partners(first: 20) { edges { node { auditTrail(first: 5) { edges { node { action } } } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    // The page of partners, then one windowed statement for all their trails.
    expect(statements).toBe(2);
  });

  it.each(ROLES.filter((role) => !['DISTRICT_ADMIN', 'DEPARTMENT_STAFF'].includes(role)))('hides the trail from %s', async (role) => {
    const result = await as(callers[role], `query($id: ID!) { partner(id: $id) { auditTrail { totalCount } } }`, { id: a.partner.id });
    expect(codes(result)).toEqual([['FORBIDDEN', 'ROLE_POLICY']]);
  });
});
