import { addDays, addYears, today } from '@careergraph/kit';
import {
  AcceptPartnerInvitationDocument,
  ChangePartnerStatusDocument,
  CreateOpportunityDocument,
  CreatePartnerBrokerageDocument,
  CreatePartnerContactDocument,
  CreateWorksiteDocument,
  InvitePartnerDocument,
  MyOpportunitiesDocument,
  PartnerBrokeragesDocument,
  PartnerDirectoryDocument,
  PartnerProfileDocument,
  PublishOpportunityDocument,
  RecordPartnerAgreementDocument,
  RecordPartnerInsuranceDocument,
  SubmitPartnerForVettingDocument,
  UpdateOpportunityDocument,
  UpdatePartnerProfileDocument,
} from '@careergraph/client';
import { ok, type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
});

afterAll(async () => {
  await supergraph?.stop();
});

const rules = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (result.errors ?? []).map((error) => error.extensions?.rule);

const opportunity = (partnerId: string, title: string) => ({
  partnerId,
  title,
  description: 'Shadow a machinist on the floor.',
  continuumType: 'CAREER_EXPLORATION' as const,
  cedsType: 'JOB_SHADOWING' as const,
  careerCluster: 'MANUFACTURING' as const,
  startDate: addDays(today(), 20),
  endDate: addDays(today(), 21),
  slots: 3,
  compensation: { kind: 'UNPAID' as const },
  minimumAge: 14,
  gradeLevels: [10, 11, 12],
  requiredClearance: 'LEVEL_II' as const,
});

describe('a partner onboarding itself, through the gateway', () => {
  it('is invited, accepts with its verified e-mail, completes its profile, is vetted and publishes', async () => {
    const invited = ok(
      await supergraph.request(InvitePartnerDocument, {
        input: {
          partner: { name: 'Calumet Fabrication Works', kind: 'EMPLOYER', industrySector: 'Manufacturing', careerClusters: ['MANUFACTURING'], capacity: 3 },
          contact: { firstName: 'Rae', lastName: 'Nguyen', email: 'Rae.Nguyen@calumet-fab.example.org', title: 'Plant manager' },
        },
      }),
    ).invitePartner;
    const partnerId = invited.invitation.partner.id;
    expect(invited.invitation).toMatchObject({ email: 'rae.nguyen@calumet-fab.example.org', status: 'PENDING', partner: { status: 'PROSPECT' } });

    // The mailed link's page says who is invited and how to accept; the gateway forwards it signed.
    const landing = await fetch(new URL(invited.link.url, supergraph.gatewayUrl));
    expect(landing.status).toBe(200);
    const html = await landing.text();
    expect(html).toContain('Calumet Fabrication Works is invited to CareerGraph');
    expect(html).toContain('rae.nguyen@calumet-fab.example.org');
    expect((await fetch(new URL('/partners/invitation?token=forged', supergraph.gatewayUrl))).status).toBe(400);

    // Signed in through the identity provider: a verified e-mail, no partnerId claim.
    const rae = { role: 'PARTNER_USER' as const, subject: 'idp|rae-nguyen', email: 'rae.nguyen@calumet-fab.example.org', email_verified: true };
    const before = await supergraph.requestAs(rae, PartnerProfileDocument, { id: partnerId });
    expect(rules(before)).toContain('OUTSIDE_SCOPE');
    const wrongPerson = await supergraph.requestAs({ ...rae, subject: 'idp|someone', email: 'someone@example.org' }, AcceptPartnerInvitationDocument, {
      input: { token: invited.link.token },
    });
    expect(rules(wrongPerson)).toEqual(['INVITATION_EMAIL_MISMATCH']);
    const accepted = ok(await supergraph.requestAs(rae, AcceptPartnerInvitationDocument, { input: { token: invited.link.token } }));
    expect(accepted.acceptPartnerInvitation).toMatchObject({ partnerId, partnerName: 'Calumet Fabrication Works' });
    expect((await fetch(new URL(invited.link.url, supergraph.gatewayUrl))).status).toBe(400);

    // From the next request the gateway finds the membership: the partner's records are Rae's.
    const directory = ok(await supergraph.requestAs(rae, PartnerDirectoryDocument, { first: 10 }));
    expect(directory.partners!.edges.map((edge) => edge.node.id)).toEqual([partnerId]);
    ok(await supergraph.requestAs(rae, UpdatePartnerProfileDocument, { input: { id: partnerId, capacity: 5, industrySector: 'Metal fabrication' } }));
    ok(
      await supergraph.requestAs(rae, CreateWorksiteDocument, {
        input: { partnerId, name: 'Calumet plant', address: { street: '13100 S Torrence Ave', city: 'Chicago', state: 'IL', postalCode: '60633' } },
      }),
    );
    ok(
      await supergraph.requestAs(rae, CreatePartnerContactDocument, {
        input: { partnerId, firstName: 'Omar', lastName: 'Haddad', email: 'omar.haddad@calumet-fab.example.org', roles: ['SUPERVISOR'] },
      }),
    );
    const draft = ok(await supergraph.requestAs(rae, CreateOpportunityDocument, { input: opportunity(partnerId, 'Welding shop shadow day') }));
    expect(draft.createOpportunity.opportunity.status).toBe('DRAFT');
    const submitted = ok(await supergraph.requestAs(rae, SubmitPartnerForVettingDocument, { input: { partnerId } }));
    expect(submitted.submitPartnerForVetting.partner.status).toBe('VETTING');
    // Vetting and publishing stay the district's.
    const selfActivate = await supergraph.requestAs(rae, ChangePartnerStatusDocument, { input: { partnerId, status: 'ACTIVE', reason: 'ready' } });
    expect(rules(selfActivate)).toEqual(['ROLE_POLICY']);

    ok(await supergraph.request(RecordPartnerAgreementDocument, { input: { partnerId, signedOn: today(), expiresOn: addYears(today(), 2) } }));
    ok(await supergraph.request(RecordPartnerInsuranceDocument, { input: { partnerId, certificateExpiresOn: addYears(today(), 1) } }));
    ok(await supergraph.request(ChangePartnerStatusDocument, { input: { partnerId, status: 'ACTIVE', reason: 'Vetted: agreement and insurance on file' } }));
    const published = ok(await supergraph.request(PublishOpportunityDocument, { input: { opportunityId: draft.createOpportunity.opportunity.id } }));
    expect(published.publishOpportunity.opportunity.status).toBe('PUBLISHED');
  });
});

describe('an intermediary acting for the employers it brokers, through the gateway', () => {
  it('edits a brokered employer\'s opportunities and reaches its placements, never its profile or contacts', async () => {
    const gps = ok(await supergraph.request(PartnerDirectoryDocument, { filter: { search: 'GPS', kind: 'INTERMEDIARY' } })).partners!.edges[0].node;
    // The demo world's GPS brokers two manufacturers; staff add a third here.
    const demo = ok(await supergraph.request(PartnerBrokeragesDocument, { id: gps.id, first: 10 })).partner!.brokeredEmployers!;
    expect(demo.totalCount).toBe(2);
    const employer = ok(await supergraph.request(PartnerDirectoryDocument, { filter: { kind: 'EMPLOYER', status: 'ACTIVE', careerCluster: 'HEALTH_SCIENCE' }, first: 1 }))
      .partners!.edges[0].node;
    const created = ok(await supergraph.request(CreatePartnerBrokerageDocument, { input: { intermediaryPartnerId: gps.id, employerPartnerId: employer.id } }));
    expect(created.createPartnerBrokerage.brokerage).toMatchObject({ intermediaryName: 'GPS Education Partners', employerName: employer.name, active: true });

    const gpsUser = { role: 'PARTNER_USER' as const, subject: 'gps-coordinator', partnerId: gps.id };
    const draft = ok(await supergraph.requestAs(gpsUser, CreateOpportunityDocument, { input: opportunity(employer.id, 'Hospital facilities shadow day') }));
    const draftId = draft.createOpportunity.opportunity.id;
    const edited = ok(await supergraph.requestAs(gpsUser, UpdateOpportunityDocument, { input: { id: draftId, slots: 6 } }));
    expect(edited.updateOpportunity.opportunity.slots).toBe(6);
    const mine = ok(await supergraph.requestAs(gpsUser, MyOpportunitiesDocument, { filter: { partnerId: employer.id }, first: 100 }));
    expect(mine.opportunities!.edges.map((edge) => edge.node.id)).toContain(draftId);

    const profile = await supergraph.requestAs(gpsUser, PartnerProfileDocument, { id: employer.id });
    expect(profile.data?.partner ?? null).toBeNull();
    expect(rules(profile)).toContain('OUTSIDE_SCOPE');
    const contact = await supergraph.requestAs(gpsUser, CreatePartnerContactDocument, {
      input: { partnerId: employer.id, firstName: 'A', lastName: 'B', email: 'ab@example.org', roles: ['SUPERVISOR'] },
    });
    expect(rules(contact)).toEqual(['OUTSIDE_SCOPE']);

    // Placements of a brokered employer (the demo world's) are the intermediary's to read.
    const [placement] = await supergraph.dataSources.placements.query(
      `SELECT p.id FROM placements.placements p WHERE p.partner_id = ANY($1) ORDER BY p.id LIMIT 1`,
      [demoEmployerIds(demo)],
    );
    const read = await supergraph.requestAs(gpsUser, `query($id: ID!) { placement(id: $id) { id status } }`, { id: placement.id });
    expect(read.errors).toBeUndefined();
    expect((read.data as { placement: { id: string } }).placement.id).toBe(placement.id);
    const elsewhere = await supergraph.requestAs({ ...gpsUser, subject: 'other-partner', partnerId: employer.id }, `query($id: ID!) { placement(id: $id) { id } }`, {
      id: placement.id,
    });
    expect(rules(elsewhere)).toContain('OUTSIDE_SCOPE');
  });
});

function demoEmployerIds(connection: { edges: { node: { employerPartnerId: string } }[] }): string[] {
  return connection.edges.map((edge) => edge.node.employerPartnerId);
}
