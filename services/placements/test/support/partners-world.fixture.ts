import { deterministicUuid } from '@careergraph/kit';
import type { DemoOpportunity, PartnersWorld } from '@careergraph/demo-data';

const id = (name: string) => deterministicUuid('placements-test-fixture', name);

/** A small partners slice: one partner in good standing with four opportunities around 2026-03-16, one suspended. */
export function partnersWorld(): PartnersWorld {
  const partner = (partnerId: string, status: string) => ({
    id: partnerId,
    name: `Partner ${partnerId}`,
    kind: 'EMPLOYER',
    industrySector: 'Manufacturing',
    careerClusters: ['MANUFACTURING'],
    status,
    agreementSignedOn: '2024-07-01',
    agreementExpiresOn: '2027-06-30',
    insuranceExpiresOn: '2027-06-30',
    capacity: 50,
  });
  const contact = (contactId: string, partnerId: string, roles: string[], level: string | null) => ({
    id: contactId,
    partnerId,
    firstName: 'Pat',
    lastName: 'Rivera',
    title: null,
    email: `${contactId}@example.org`,
    phone: null,
    roles,
    clearanceLevel: level,
    clearanceStatus: level ? 'CLEARED' : null,
    clearedOn: level ? '2024-06-01' : null,
    clearanceExpiresOn: level ? '2027-06-30' : null,
  });
  const opportunity = (opportunityId: string, partnerId: string, o: Partial<DemoOpportunity>): DemoOpportunity => ({
    id: opportunityId,
    partnerId,
    worksiteId: null,
    title: `Opportunity ${opportunityId}`,
    description: 'Hands-on work',
    continuumType: 'CAREER_DEVELOPMENT_EXPERIENCE',
    cedsType: 'PAID_INTERNSHIP',
    careerCluster: 'MANUFACTURING',
    programId: null,
    startDate: '2026-01-12',
    endDate: '2026-05-29',
    slots: 30,
    compensationKind: 'WAGE',
    hourlyRate: 15,
    minimumAge: 14,
    gradeLevels: [9, 10, 11, 12],
    requiredClearance: 'LEVEL_II',
    status: 'PUBLISHED',
    ...o,
  });
  const good = '00000000-0000-4000-8000-00000000000a';
  const bad = '00000000-0000-4000-8000-00000000000b';
  return {
    partners: [partner(good, 'ACTIVE'), partner(bad, 'SUSPENDED')],
    worksites: [],
    contacts: [
      contact(id('c1'), good, ['SUPERVISOR'], 'LEVEL_I'),
      contact(id('c2'), good, ['SUPERVISOR'], 'LEVEL_II'),
      contact(id('c3'), good, ['COORDINATOR'], 'LEVEL_I'),
      contact(id('c4'), bad, ['SUPERVISOR'], 'LEVEL_I'),
    ],
    opportunities: [
      opportunity(id('o-last-year'), good, { startDate: '2025-01-13', endDate: '2025-05-30', status: 'CLOSED', slots: 40, compensationKind: 'UNPAID', hourlyRate: null }),
      opportunity(id('o-fall'), good, { startDate: '2025-09-08', endDate: '2025-12-19', status: 'CLOSED', compensationKind: 'STIPEND', hourlyRate: 16 }),
      opportunity(id('o-running'), good, { slots: 25, minimumAge: 16, gradeLevels: [11, 12], requiredClearance: 'LEVEL_I' }),
      opportunity(id('o-summer'), good, { startDate: '2026-06-15', endDate: '2026-08-07', slots: 20 }),
      opportunity(id('o-suspended'), bad, {}),
    ],
  };
}
