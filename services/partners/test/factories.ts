import { addDays, addYears, today } from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { OpportunityEntity, PartnerContactEntity, PartnerEntity, WorksiteEntity } from '../src/entities';

let sequence = 0;
const next = () => ++sequence;

/** Small factories: each makes one valid row with overridable fields, and saves it. */
export function partnersFactories(dataSource: DataSource) {
  return {
    async partner(overrides: Partial<PartnerEntity> = {}): Promise<PartnerEntity> {
      return dataSource.getRepository(PartnerEntity).save({
        id: randomUUID(),
        name: `Test Partner ${next()}`,
        kind: 'EMPLOYER',
        industrySector: 'Manufacturing',
        careerClusters: ['MANUFACTURING'],
        status: 'PROSPECT',
        agreementSignedOn: null,
        agreementExpiresOn: null,
        insuranceExpiresOn: null,
        capacity: 10,
        ...overrides,
      });
    },

    /** An ACTIVE partner with an agreement and insurance current today for a year. */
    async activePartner(overrides: Partial<PartnerEntity> = {}): Promise<PartnerEntity> {
      return this.partner({
        status: 'ACTIVE',
        agreementSignedOn: addDays(today(), -30),
        agreementExpiresOn: addYears(today(), 1),
        insuranceExpiresOn: addYears(today(), 1),
        ...overrides,
      });
    },

    async worksite(partner: PartnerEntity, overrides: Partial<WorksiteEntity> = {}): Promise<WorksiteEntity> {
      return dataSource.getRepository(WorksiteEntity).save({
        id: randomUUID(),
        partnerId: partner.id,
        name: `Site ${next()}`,
        street: '1 W Madison St',
        city: 'Chicago',
        state: 'IL',
        postalCode: '60602',
        transitAccess: null,
        latitude: null,
        longitude: null,
        ...overrides,
      });
    },

    async contact(partner: PartnerEntity, overrides: Partial<PartnerContactEntity> = {}): Promise<PartnerContactEntity> {
      const n = next();
      return dataSource.getRepository(PartnerContactEntity).save({
        id: randomUUID(),
        partnerId: partner.id,
        firstName: `First${n}`,
        lastName: `Last${n}`,
        title: null,
        email: `contact${n}@example.org`,
        phone: null,
        roles: ['SUPERVISOR'],
        clearanceLevel: null,
        clearanceStatus: null,
        clearedOn: null,
        clearanceExpiresOn: null,
        ...overrides,
      });
    },

    async opportunity(partner: PartnerEntity, overrides: Partial<OpportunityEntity> = {}): Promise<OpportunityEntity> {
      return dataSource.getRepository(OpportunityEntity).save({
        id: randomUUID(),
        partnerId: partner.id,
        worksiteId: null,
        title: `Test Opportunity ${next()}`,
        description: 'A test opportunity.',
        continuumType: 'CAREER_DEVELOPMENT_EXPERIENCE',
        cedsType: 'PAID_INTERNSHIP',
        careerCluster: 'MANUFACTURING',
        programId: null,
        startDate: addDays(today(), 10),
        endDate: addDays(today(), 60),
        slots: 5,
        compensationKind: 'WAGE',
        hourlyRate: 16,
        minimumAge: 16,
        gradeLevels: [11, 12],
        requiredClearance: 'LEVEL_I',
        status: 'DRAFT',
        publishedAt: null,
        closeReason: null,
        ...overrides,
      });
    },
  };
}

/** A valid CreateOpportunityInput for `partnerId` (a paid manufacturing internship), as a partner's user or staff sends it. */
export function createOpportunityInput(partnerId: string, overrides: Record<string, unknown> = {}) {
  return {
    partnerId,
    title: 'Welding helper',
    description: 'Shop floor.',
    continuumType: 'CAREER_DEVELOPMENT_EXPERIENCE',
    cedsType: 'PAID_INTERNSHIP',
    careerCluster: 'MANUFACTURING',
    startDate: addDays(today(), 5),
    endDate: addDays(today(), 40),
    slots: 2,
    compensation: { kind: 'WAGE', hourlyRate: 16 },
    minimumAge: 16,
    gradeLevels: [11, 12],
    requiredClearance: 'LEVEL_I',
    ...overrides,
  };
}
