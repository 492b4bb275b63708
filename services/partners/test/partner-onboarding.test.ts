import { addDays, type Caller, countStatements, createLogger, serviceCaller, today } from '@careergraph/kit';
import { DISTRICT_ADMIN, expectRefused, openTestDataSource, signedHeaders, testCaller, type TestDataSource } from '@careergraph/kit/testing';
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { OpportunityEntity, PartnerContactEntity, PartnerEntity } from '../src/entities';
import { loadPartnersSettings } from '../src/config/partners-settings';
import { partnersSubgraph } from '../src/server';
import { createOpportunityInput, partnersFactories } from './factories';

let db: TestDataSource;
let dataSource: DataSource;
let server: ReturnType<typeof partnersSubgraph.build>;
let make: ReturnType<typeof partnersFactories>;

beforeAll(async () => {
  db = await openTestDataSource(partnersSubgraph.schema);
  dataSource = db.dataSource;
  server = partnersSubgraph.build(
    { dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls: {} },
    loadPartnersSettings({}),
  );
  make = partnersFactories(dataSource);
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

const as = (caller: Caller, query: string, variables?: Record<string, unknown>) => server.execute({ query, variables }, { caller });
const database = () => ({ dataSource, schema: 'partners' });
const data = (result: { data?: unknown; errors?: unknown }) => {
  expect(result.errors).toBeUndefined();
  return result.data as any;
};
/** A person signed in through the identity provider with a verified e-mail and no partnerId claim. */
const person = (email: string | undefined, subject = `idp|${randomUUID()}`): Caller => ({ ...testCaller('PARTNER_USER', {}, subject), ...(email ? { email } : {}) });
const MAILER = serviceCaller('integrations');
const GATEWAY = serviceCaller('gateway');

const INVITE = `mutation($input: InvitePartnerInput!) { invitePartner(input: $input) {
  invitation { id email status expiresAt invitedBy partner { id name status contacts { email roles } } } link { token url expiresAt } } }`;
const ACCEPT = `mutation($t: String!) { acceptPartnerInvitation(input: { token: $t }) { partnerId partnerName memberSince } }`;
const ACCESS = `query($s: String!, $p: ID) { partnerAccess(subject: $s, partnerId: $p) { partnerId brokeredPartnerIds } }`;

let invited = 0;
async function invite(email = `contact${++invited}@example.org`) {
  const result = await as(DISTRICT_ADMIN, INVITE, {
    input: {
      partner: { name: `Invited ${randomUUID()}`, kind: 'EMPLOYER', industrySector: 'Health Care', careerClusters: ['HEALTH_SCIENCE'], capacity: 4 },
      contact: { firstName: 'Maya', lastName: 'Okafor', email: email.toUpperCase(), title: 'HR lead' },
    },
  });
  return data(result).invitePartner as { invitation: any; link: { token: string; url: string; expiresAt: string } };
}

describe('inviting a partner', () => {
  it('registers the PROSPECT with its contact and a pending invitation, stores only the link\'s hash and asks the mailer privately', async () => {
    const { invitation, link } = await invite('maya@example.org');
    expect(invitation).toMatchObject({ email: 'maya@example.org', status: 'PENDING', invitedBy: DISTRICT_ADMIN.subject });
    expect(invitation.partner).toMatchObject({ status: 'PROSPECT', contacts: [{ email: 'MAYA@EXAMPLE.ORG', roles: ['COORDINATOR'] }] });
    expect(link.url).toBe(`/partners/invitation?token=${link.token}`);
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const hashes: { token_hash: string }[] = await dataSource.query(`SELECT token_hash FROM partners.partner_invitation_tokens WHERE invitation_id = $1`, [invitation.id]);
    expect(hashes).toEqual([{ token_hash: createHash('sha256').update(link.token).digest('hex') }]);
    const dump: { row: string }[] = await dataSource.query(`SELECT t::text AS row FROM partners.partner_invitations t UNION ALL SELECT t::text FROM partners.outbox_events t`);
    expect(dump.some(({ row }) => row.includes(link.token))).toBe(false);
    const events = await dataSource.query(`SELECT type, audience, subject_type, partner_id, data FROM partners.outbox_events WHERE subject_id = $1`, [invitation.id]);
    expect(events).toEqual([
      {
        type: 'partner.invitation-issued',
        audience: 'INTERNAL',
        subject_type: 'PartnerInvitation',
        partner_id: invitation.partner.id,
        data: { email: 'maya@example.org', partnerName: invitation.partner.name, expiresAt: invitation.expiresAt },
      },
    ]);
  });

  it('refuses a name already taken, nothing written', async () => {
    const taken = await make.partner();
    await expectRefused(
      () =>
        as(DISTRICT_ADMIN, INVITE, {
          input: {
            partner: { name: taken.name.toUpperCase(), kind: 'EMPLOYER', industrySector: 'Retail', careerClusters: ['MARKETING'], capacity: 1 },
            contact: { firstName: 'A', lastName: 'B', email: 'ab@example.org' },
          },
        }),
      database(),
      { code: 'BAD_USER_INPUT', field: 'input.partner.name', rule: 'DUPLICATE_PARTNER_NAME' },
    );
  });
});

describe('the invitation page', () => {
  let url: string;
  beforeAll(async () => {
    url = await server.listen('127.0.0.1', 0);
  });

  /** The page as the gateway forwards it: signed for GET and this path. */
  async function page(token: string, signed = true) {
    const headers = signed ? await signedHeaders('GET /partners/invitation', serviceCaller('gateway')) : {};
    const response = await fetch(new URL(`/partners/invitation?token=${encodeURIComponent(token)}`, url), { headers });
    return { status: response.status, policy: response.headers.get('content-security-policy'), body: await response.text() };
  }

  it('shows a pending invitation to a signed request only, and refuses unknown, used and unsigned links', async () => {
    const { invitation, link } = await invite('page@example.org');
    const shown = await page(link.token);
    expect(shown.status).toBe(200);
    expect(shown.policy).toBe("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'");
    expect(shown.body).toContain(`${invitation.partner.name} is invited to CareerGraph`);
    expect(shown.body).toContain('page@example.org');
    expect((await page(link.token, false)).status).toBe(401);
    expect(await page('forged')).toMatchObject({ status: 400, body: expect.stringContaining('This invitation link is not valid') });
    expect(await page('')).toMatchObject({ status: 400, body: expect.stringContaining('This invitation link is not valid') });
    data(await as(person('page@example.org'), ACCEPT, { t: link.token }));
    expect(await page(link.token)).toMatchObject({ status: 400, body: expect.stringContaining('has already been accepted') });
  });
});

describe('accepting an invitation', () => {
  it('makes the invited, verified person a member of the partner, once', async () => {
    const { invitation, link } = await invite('lee@example.org');
    const lee = person('lee@example.org');
    const accepted = data(await as(lee, ACCEPT, { t: link.token })).acceptPartnerInvitation;
    expect(accepted).toMatchObject({ partnerId: invitation.partner.id, partnerName: invitation.partner.name });
    expect(data(await as(GATEWAY, ACCESS, { s: lee.subject })).partnerAccess).toEqual({ partnerId: invitation.partner.id, brokeredPartnerIds: [] });
    const status = data(await as(DISTRICT_ADMIN, `query($id: ID!) { partner(id: $id) { invitation { status acceptedAt } } }`, { id: invitation.partner.id }));
    expect(status.partner.invitation).toMatchObject({ status: 'ACCEPTED', acceptedAt: accepted.memberSince });
    const trail = await dataSource.query(
      `SELECT entity_type, action FROM partners.audit_events WHERE operation = 'acceptPartnerInvitation' AND actor_subject = $1 ORDER BY entity_type`,
      [lee.subject],
    );
    expect(trail).toEqual([
      { entity_type: 'PartnerInvitation', action: 'ACCEPTED' },
      { entity_type: 'PartnerMembership', action: 'CREATED' },
    ]);
    // One-time: the same link again, by anyone, is refused.
    await expectRefused(() => as(person('lee@example.org'), ACCEPT, { t: link.token }), database(), {
      code: 'CONFLICT',
      field: 'input.token',
      rule: 'INVITATION_ALREADY_USED',
    });
  });

  it.each([
    ['no verified e-mail', () => person(undefined), 'FORBIDDEN', 'EMAIL_NOT_VERIFIED'],
    ['another e-mail', () => person('someone.else@example.org'), 'FORBIDDEN', 'INVITATION_EMAIL_MISMATCH'],
    ['a caller already acting for a partner', () => ({ ...testCaller('PARTNER_USER', { partnerId: randomUUID() }), email: 'kim@example.org' }), 'CONFLICT', 'ALREADY_A_MEMBER'],
  ])('refuses %s, nothing written', async (_case, caller, code, rule) => {
    const { link } = await invite('kim@example.org');
    await expectRefused(() => as(caller(), ACCEPT, { t: link.token }), database(), { code, field: 'input.token', rule });
  });

  it('refuses an unknown, a revoked and an expired link with their rules, nothing written', async () => {
    await expectRefused(() => as(person('x@example.org'), ACCEPT, { t: 'x'.repeat(43) }), database(), {
      code: 'BAD_USER_INPUT',
      field: 'input.token',
      rule: 'INVITATION_TOKEN_UNKNOWN',
    });
    const revoked = await invite('rev@example.org');
    data(await as(DISTRICT_ADMIN, `mutation($id: ID!) { revokePartnerInvitation(input: { invitationId: $id }) { invitation { status } } }`, { id: revoked.invitation.id }));
    await expectRefused(() => as(person('rev@example.org'), ACCEPT, { t: revoked.link.token }), database(), { code: 'CONFLICT', rule: 'INVITATION_REVOKED' });
    const expired = await invite('exp@example.org');
    await dataSource.query(`UPDATE partners.partner_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.invitation.id]);
    await expectRefused(() => as(person('exp@example.org'), ACCEPT, { t: expired.link.token }), database(), { code: 'CONFLICT', rule: 'INVITATION_EXPIRED' });
    const read = data(await as(DISTRICT_ADMIN, `query($id: ID!) { partner(id: $id) { invitation { status } } }`, { id: expired.invitation.partner.id }));
    expect(read.partner.invitation.status).toBe('EXPIRED');
  });

  it('refuses a person who is already a member of another partner', async () => {
    const first = await invite('twice@example.org');
    const second = await invite('twice@example.org');
    const twice = person('twice@example.org');
    data(await as(twice, ACCEPT, { t: first.link.token }));
    await expectRefused(() => as(twice, ACCEPT, { t: second.link.token }), database(), { code: 'CONFLICT', rule: 'ALREADY_A_MEMBER' });
  });
});

describe('resending, revoking and the mailer\'s link', () => {
  const RESEND = `mutation($id: ID!) { resendPartnerInvitation(input: { invitationId: $id }) { invitation { status expiresAt } link { token } } }`;
  const ISSUE = `mutation($id: ID!) { issuePartnerInvitationLink(invitationId: $id) { token url expiresAt } }`;

  it('resends an expired invitation with a new link and expiry; the old link is dead', async () => {
    const { invitation, link } = await invite('again@example.org');
    await dataSource.query(`UPDATE partners.partner_invitations SET expires_at = now() - interval '1 day' WHERE id = $1`, [invitation.id]);
    const resent = data(await as(DISTRICT_ADMIN, RESEND, { id: invitation.id })).resendPartnerInvitation;
    expect(resent.invitation.status).toBe('PENDING');
    expect(resent.link.token).not.toBe(link.token);
    await expectRefused(() => as(person('again@example.org'), ACCEPT, { t: link.token }), database(), { code: 'BAD_USER_INPUT', rule: 'INVITATION_TOKEN_UNKNOWN' });
    data(await as(person('again@example.org'), ACCEPT, { t: resent.link.token }));
    await expectRefused(() => as(DISTRICT_ADMIN, RESEND, { id: invitation.id }), database(), {
      code: 'CONFLICT',
      field: 'input.invitationId',
      rule: 'INVITATION_ALREADY_USED',
    });
  });

  it('mints the mailer a further link (the staff one keeps working) only while the invitation is pending', async () => {
    const { invitation, link } = await invite('mail@example.org');
    const issued = data(await as(MAILER, ISSUE, { id: invitation.id })).issuePartnerInvitationLink;
    expect(issued.url).toBe(`/partners/invitation?token=${issued.token}`);
    expect(issued.expiresAt).toBe(invitation.expiresAt);
    const tokens = await dataSource.query(`SELECT count(*)::int AS n FROM partners.partner_invitation_tokens WHERE invitation_id = $1`, [invitation.id]);
    expect(tokens).toEqual([{ n: 2 }]);
    data(await as(person('mail@example.org'), ACCEPT, { t: link.token }));
    await expectRefused(() => as(MAILER, ISSUE, { id: invitation.id }), database(), { code: 'CONFLICT', field: 'invitationId', rule: 'INVITATION_ALREADY_USED' });
    await expectRefused(() => as(MAILER, ISSUE, { id: randomUUID() }), database(), { code: 'NOT_FOUND', field: 'invitationId' });
  });

  it('revokes only a pending invitation', async () => {
    const { invitation } = await invite('gone@example.org');
    const REVOKE = `mutation($id: ID!) { revokePartnerInvitation(input: { invitationId: $id }) { invitation { status } } }`;
    expect(data(await as(DISTRICT_ADMIN, REVOKE, { id: invitation.id })).revokePartnerInvitation.invitation.status).toBe('REVOKED');
    await expectRefused(() => as(DISTRICT_ADMIN, REVOKE, { id: invitation.id }), database(), { code: 'CONFLICT', field: 'input.invitationId', rule: 'INVITATION_REVOKED' });
  });
});

describe('a prospect\'s own user', () => {
  it('completes the profile, worksite, contact and a draft opportunity, then submits for vetting', async () => {
    const { invitation, link } = await invite('owner@example.org');
    const owner = person('owner@example.org');
    data(await as(owner, ACCEPT, { t: link.token }));
    // From the next request the gateway puts the membership's partner into the scope.
    const member: Caller = { ...owner, scope: { ...owner.scope, partnerId: invitation.partner.id, brokeredPartnerIds: [] } };
    const partnerId = invitation.partner.id;
    const SUBMIT = `mutation($id: ID!) { submitPartnerForVetting(input: { partnerId: $id }) { partner { status statusHistory { toStatus reason } } } }`;
    await expectRefused(() => as(member, SUBMIT, { id: partnerId }), database(), { code: 'CONFLICT', field: 'input.partnerId', rule: 'WORKSITE_REQUIRED' });
    data(await as(member, `mutation($id: ID!) { updatePartner(input: { id: $id, capacity: 6 }) { partner { capacity } } }`, { id: partnerId }));
    data(await as(member, `mutation($id: ID!) { createWorksite(input: { partnerId: $id, name: "Clinic",
      address: { street: "1 W Madison St", city: "Chicago", state: "IL", postalCode: "60602" } }) { worksite { id } } }`, { id: partnerId }));
    data(await as(member, `mutation($id: ID!) { createPartnerContact(input: { partnerId: $id, firstName: "Sam", lastName: "Lee",
      email: "sam@example.org", roles: [SUPERVISOR] }) { contact { id } } }`, { id: partnerId }));
    const draft = data(await as(member, `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { status } } }`, {
      input: createOpportunityInput(partnerId, { title: 'Front desk helper', description: 'Greets patients.', careerCluster: 'HEALTH_SCIENCE' }),
    }));
    expect(draft.createOpportunity.opportunity.status).toBe('DRAFT');
    // Another partner's user may not submit it.
    await expectRefused(() => as(testCaller('PARTNER_USER', { partnerId: randomUUID() }), SUBMIT, { id: partnerId }), database(), {
      code: 'FORBIDDEN',
      field: 'input.partnerId',
      rule: 'OUTSIDE_SCOPE',
    });
    const submitted = data(await as(member, SUBMIT, { id: partnerId })).submitPartnerForVetting.partner;
    expect(submitted.status).toBe('VETTING');
    expect(submitted.statusHistory.at(-1)).toEqual({ toStatus: 'VETTING', reason: 'Submitted for vetting by the partner' });
    await expectRefused(() => as(member, SUBMIT, { id: partnerId }), database(), { code: 'CONFLICT', field: 'input.partnerId', rule: 'NOT_A_PROSPECT' });
    // A person with no membership and no partnerId reaches nothing of it.
    const stranger = await as(person('nobody@example.org'), `query($id: ID!) { partner(id: $id) { id } }`, { id: partnerId });
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'OUTSIDE_SCOPE' });
  });
});


describe('brokerages', () => {
  const CREATE = `mutation($input: CreatePartnerBrokerageInput!) { createPartnerBrokerage(input: $input) {
    brokerage { id since until active intermediaryName employerName } } }`;
  const END = `mutation($input: EndPartnerBrokerageInput!) { endPartnerBrokerage(input: $input) { brokerage { until active } } }`;
  let gps: PartnerEntity;
  let employer: PartnerEntity;
  let unbrokered: PartnerEntity;
  let employerDraft: OpportunityEntity;
  let employerContact: PartnerContactEntity;
  let intermediaryUser: Caller;

  beforeAll(async () => {
    gps = await make.activePartner({ kind: 'INTERMEDIARY', name: `GPS Education Partners ${randomUUID()}` });
    employer = await make.activePartner();
    unbrokered = await make.activePartner();
    employerDraft = await make.opportunity(employer);
    await make.opportunity(unbrokered);
    employerContact = await make.contact(employer);
  });

  it('lets staff broker an employer for an intermediary, which the gateway then resolves', async () => {
    const created = data(await as(DISTRICT_ADMIN, CREATE, { input: { intermediaryPartnerId: gps.id, employerPartnerId: employer.id } }));
    expect(created.createPartnerBrokerage.brokerage).toMatchObject({ since: today(), until: null, active: true, intermediaryName: gps.name, employerName: employer.name });
    const access = data(await as(GATEWAY, ACCESS, { s: 'gps-user', p: gps.id })).partnerAccess;
    expect(access).toEqual({ partnerId: gps.id, brokeredPartnerIds: [employer.id] });
    intermediaryUser = testCaller('PARTNER_USER', { partnerId: gps.id, brokeredPartnerIds: access.brokeredPartnerIds }, 'gps-user');
  });

  it.each([
    ['an intermediary that is not one', () => ({ intermediaryPartnerId: employer.id, employerPartnerId: unbrokered.id }), 'BAD_USER_INPUT', 'input.intermediaryPartnerId', 'NOT_AN_INTERMEDIARY'],
    ['brokering itself', () => ({ intermediaryPartnerId: gps.id, employerPartnerId: gps.id }), 'BAD_USER_INPUT', 'input.employerPartnerId', 'SELF_BROKERAGE'],
    ['an end before the start', () => ({ intermediaryPartnerId: gps.id, employerPartnerId: unbrokered.id, since: today(), until: addDays(today(), -1) }), 'BAD_USER_INPUT', 'input.until', 'UNTIL_BEFORE_SINCE'],
    ['a pair already brokered', () => ({ intermediaryPartnerId: gps.id, employerPartnerId: employer.id }), 'CONFLICT', 'input.employerPartnerId', 'BROKERAGE_EXISTS'],
  ])('refuses %s, nothing written', async (_case, input, code, field, rule) => {
    await expectRefused(() => as(DISTRICT_ADMIN, CREATE, { input: input() }), database(), { code, field, rule });
  });

  it('widens the intermediary\'s user to the employer\'s opportunities: list, draft, edit', async () => {
    const list = data(await as(intermediaryUser, `{ opportunities(first: 100) { edges { node { id } } } }`));
    const ids = list.opportunities.edges.map((edge: any) => edge.node.id);
    expect(ids).toContain(employerDraft.id);
    const created = data(await as(intermediaryUser, `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id status } } }`, {
      input: createOpportunityInput(employer.id),
    }));
    expect(created.createOpportunity.opportunity.status).toBe('DRAFT');
    data(await as(intermediaryUser, `mutation($id: ID!) { updateOpportunity(input: { id: $id, slots: 5 }) { opportunity { slots } } }`, { id: employerDraft.id }));
    await expectRefused(
      () => as(intermediaryUser, `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`, { input: createOpportunityInput(unbrokered.id) }),
      database(),
      { code: 'FORBIDDEN', field: 'input.partnerId', rule: 'OUTSIDE_SCOPE' },
    );
    // Publishing stays the district's, for the employer's own users and the intermediary alike.
    await expectRefused(() => as(intermediaryUser, `mutation($id: ID!) { publishOpportunity(input: { opportunityId: $id }) { opportunity { id } } }`, { id: employerDraft.id }), database(), {
      code: 'FORBIDDEN',
      rule: 'ROLE_POLICY',
    });
  });

  it.each([
    ['the employer\'s profile', `query($id: ID!) { partner(id: $id) { id } }`, () => ({ id: employer.id })],
    ['its contacts', `query($id: ID!) { partnerContact(id: $id) { id } }`, () => ({ id: employerContact.id })],
  ])('refuses the intermediary\'s user %s', async (_case, query, variables) => {
    const result = await as(intermediaryUser, query, variables());
    expect(result.errors?.map((error) => error.extensions?.rule)).toEqual(['OUTSIDE_SCOPE']);
  });

  it.each([
    ['updatePartner', `mutation($id: ID!) { updatePartner(input: { id: $id, capacity: 9 }) { partner { id } } }`, 'input.id'],
    ['createWorksite', `mutation($id: ID!) { createWorksite(input: { partnerId: $id, name: "X", address: { street: "1 Main", city: "Chicago", state: "IL", postalCode: "60602" } }) { worksite { id } } }`, 'input.partnerId'],
    ['createPartnerContact', `mutation($id: ID!) { createPartnerContact(input: { partnerId: $id, firstName: "A", lastName: "B", email: "a@b.org", roles: [SUPERVISOR] }) { contact { id } } }`, 'input.partnerId'],
  ])('refuses the intermediary\'s user %s on the employer, nothing written', async (_case, query, field) => {
    await expectRefused(() => as(intermediaryUser, query, { id: employer.id }), database(), { code: 'FORBIDDEN', field, rule: 'OUTSIDE_SCOPE' });
  });

  it('lists brokerages on both sides, each side\'s profile only to whoever reaches it', async () => {
    const BOTH = `query($g: ID!, $e: ID!) { g: partner(id: $g) { brokeredEmployers { totalCount edges { node { employerName employer { id } } } } }
      e: partner(id: $e) { brokeredBy { totalCount edges { node { intermediaryName } } } } }`;
    const staff = data(await as(DISTRICT_ADMIN, BOTH, { g: gps.id, e: employer.id }));
    expect(staff.g.brokeredEmployers).toEqual({ totalCount: 1, edges: [{ node: { employerName: employer.name, employer: { id: employer.id } } }] });
    expect(staff.e.brokeredBy).toEqual({ totalCount: 1, edges: [{ node: { intermediaryName: gps.name } }] });
    const own = data(await as(intermediaryUser, `query($g: ID!) { partner(id: $g) { brokeredEmployers { edges { node { employerName employer { id } } } } } }`, { g: gps.id }));
    expect(own.partner.brokeredEmployers.edges).toEqual([{ node: { employerName: employer.name, employer: null } }]);
  });

  it.each([1, 10, 100])('pages brokerages of many partners in a fixed number of statements (first: %i)', async (first) => {
    const { result, statements } = await countStatements(() =>
      as(DISTRICT_ADMIN, `query($n: Int!) { partners(first: 100) { edges { node { brokeredEmployers(first: $n) { totalCount edges { node { id } } }
        brokeredBy(first: $n) { totalCount edges { node { id } } } } } } }`, { n: first }),
    );
    expect(result.errors).toBeUndefined();
    // The page of partners; then for each side one windowed page and one grouped count.
    expect(statements).toBe(5);
  });

  it('ends a brokerage, after which the intermediary reaches the employer no more', async () => {
    const [{ id }] = await dataSource.query(`SELECT id FROM partners.partner_brokerages WHERE intermediary_partner_id = $1`, [gps.id]);
    const yesterday = addDays(today(), -1);
    await dataSource.query(`UPDATE partners.partner_brokerages SET since = $2 WHERE id = $1`, [id, addDays(today(), -10)]);
    expect(data(await as(DISTRICT_ADMIN, END, { input: { brokerageId: id, until: yesterday } })).endPartnerBrokerage.brokerage).toEqual({ until: yesterday, active: false });
    expect(data(await as(GATEWAY, ACCESS, { s: 'gps-user', p: gps.id })).partnerAccess.brokeredPartnerIds).toEqual([]);
    await expectRefused(() => as(DISTRICT_ADMIN, END, { input: { brokerageId: id } }), database(), { code: 'CONFLICT', field: 'input.brokerageId', rule: 'BROKERAGE_ENDED' });
    // A new one may start after the old one ended.
    data(await as(DISTRICT_ADMIN, CREATE, { input: { intermediaryPartnerId: gps.id, employerPartnerId: employer.id } }));
  });
});
