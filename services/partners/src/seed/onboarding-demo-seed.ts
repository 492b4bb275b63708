import { addDays, deterministicUuid, oneTimeTokenHash, type Tx } from '@careergraph/kit';
import type { PartnersWorld } from '@careergraph/demo-data';
import {
  OpportunityEntity,
  PartnerBrokerageEntity,
  PartnerContactEntity,
  PartnerEntity,
  PartnerInvitationEntity,
  PartnerInvitationTokenEntity,
  PartnerMembershipEntity,
  PartnerStatusChangeEntity,
  WorksiteEntity,
} from '../entities';

const id = (name: string) => deterministicUuid('partner-onboarding-demo', name);
const at = (day: string) => new Date(`${day}T15:00:00Z`);

/**
 * Self-onboarding in the demo world (docs/self-service.md): an invitation still pending, a prospect
 * whose contact accepted and is mid-way through its profile, and GPS Education Partners brokering
 * two manufacturing employers. The pending link's token is thrown away: staff resend it to try.
 */
export async function seedOnboardingDemo(tx: Tx, world: PartnersWorld, asOf: string): Promise<void> {
  const pending = prospect('Lakeshore Precision Machining', 'Manufacturing', ['MANUFACTURING']);
  const midway = prospect('Northside Community Clinic', 'Health Care', ['HEALTH_SCIENCE']);
  await tx.insert(PartnerEntity, [pending, midway]);
  await tx.insert(PartnerStatusChangeEntity, [pending, midway].map((partner) => ({
    id: id(`history:${partner.name}`),
    partnerId: partner.id,
    fromStatus: null,
    toStatus: 'PROSPECT' as const,
    reason: 'Invited to onboard',
    changedBy: 'demo-district-admin',
    changedAt: at(addDays(asOf, -3)),
  })));
  await tx.insert(PartnerContactEntity, [
    contact(pending, 'Dana', 'Kowalski', 'dana.kowalski@lakeshore-precision.example.org', 'COORDINATOR'),
    contact(midway, 'Imani', 'Brooks', 'imani.brooks@northside-clinic.example.org', 'COORDINATOR'),
    contact(midway, 'Luis', 'Ortega', 'luis.ortega@northside-clinic.example.org', 'SUPERVISOR'),
  ]);
  const invitations = [
    invitation(pending, 'dana.kowalski@lakeshore-precision.example.org', asOf, null),
    invitation(midway, 'imani.brooks@northside-clinic.example.org', asOf, at(addDays(asOf, -2))),
  ];
  await tx.insert(PartnerInvitationEntity, invitations);
  await tx.insert(PartnerInvitationTokenEntity, {
    tokenHash: oneTimeTokenHash(`demo-discarded:${pending.id}`),
    invitationId: invitations[0].id,
  });
  await tx.insert(PartnerMembershipEntity, {
    id: id('membership:northside'),
    subject: 'demo-onboarding-partner-user',
    partnerId: midway.id,
    email: 'imani.brooks@northside-clinic.example.org',
    invitationId: invitations[1].id,
    createdAt: at(addDays(asOf, -2)),
  });
  const clinic: WorksiteEntity = Object.assign(new WorksiteEntity(), {
    id: id('worksite:northside'),
    partnerId: midway.id,
    name: 'Northside Community Clinic — Lawrence Ave',
    street: '4753 N Broadway',
    city: 'Chicago',
    state: 'IL',
    postalCode: '60640',
    transitAccess: 'Red Line, Lawrence',
    latitude: null,
    longitude: null,
  });
  await tx.insert(WorksiteEntity, clinic);
  await tx.insert(OpportunityEntity, Object.assign(new OpportunityEntity(), {
    id: id('opportunity:northside'),
    partnerId: midway.id,
    worksiteId: clinic.id,
    title: 'Patient Services Job Shadow',
    description: 'A morning at the front desk and in triage with a medical assistant.',
    continuumType: 'CAREER_EXPLORATION',
    cedsType: 'JOB_SHADOWING',
    careerCluster: 'HEALTH_SCIENCE',
    programId: null,
    startDate: addDays(asOf, 30),
    endDate: addDays(asOf, 31),
    slots: 4,
    compensationKind: 'UNPAID',
    hourlyRate: null,
    minimumAge: 14,
    gradeLevels: [10, 11, 12],
    requiredClearance: 'LEVEL_II',
    hazardousOccupation: null,
    status: 'DRAFT',
    publishedAt: null,
    closeReason: null,
  }));
  const gps = world.partners.find((partner) => partner.name === 'GPS Education Partners');
  const employers = world.partners
    .filter((partner) => partner.kind === 'EMPLOYER' && partner.status === 'ACTIVE' && partner.careerClusters.includes('MANUFACTURING'))
    .slice(0, 2);
  if (!gps) return;
  await tx.insert(PartnerBrokerageEntity, employers.map((employer) => ({
    id: id(`brokerage:${employer.id}`),
    intermediaryPartnerId: gps.id,
    employerPartnerId: employer.id,
    since: addDays(asOf, -120),
    until: null,
    createdBy: 'demo-district-admin',
    createdAt: at(addDays(asOf, -120)),
  })));
}

function prospect(name: string, industrySector: string, careerClusters: PartnerEntity['careerClusters']): PartnerEntity {
  return Object.assign(new PartnerEntity(), {
    id: id(`partner:${name}`),
    name,
    kind: 'EMPLOYER',
    industrySector,
    careerClusters,
    status: 'PROSPECT',
    agreementSignedOn: null,
    agreementExpiresOn: null,
    insuranceExpiresOn: null,
    capacity: 4,
  });
}

function contact(partner: PartnerEntity, firstName: string, lastName: string, email: string, role: 'COORDINATOR' | 'SUPERVISOR'): PartnerContactEntity {
  return Object.assign(new PartnerContactEntity(), {
    id: id(`contact:${email}`),
    partnerId: partner.id,
    firstName,
    lastName,
    title: null,
    email,
    phone: null,
    roles: [role],
    clearanceLevel: null,
    clearanceStatus: null,
    clearedOn: null,
    clearanceExpiresOn: null,
  });
}

function invitation(partner: PartnerEntity, email: string, asOf: string, acceptedAt: Date | null): PartnerInvitationEntity {
  return Object.assign(new PartnerInvitationEntity(), {
    id: id(`invitation:${partner.name}`),
    partnerId: partner.id,
    email,
    status: acceptedAt ? 'ACCEPTED' : 'PENDING',
    expiresAt: at(addDays(asOf, 11)),
    invitedBy: 'demo-district-admin',
    createdAt: at(addDays(asOf, -3)),
    acceptedAt,
  });
}
