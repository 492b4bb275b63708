import { type Caller, definePolicy, type RoleAccess } from '@careergraph/kit';
import type { PartnersContext } from './context';
import type { OpportunityEntity } from './entities/opportunity.entity';
import type { PartnerContactEntity } from './entities/partner-contact.entity';
import type { PartnerEntity } from './entities/partner.entity';
import type { WorksiteEntity } from './entities/worksite.entity';

/**
 * Whether a partner is in the caller's scope: a PARTNER_USER's own partner; for a STUDENT, a
 * partner with a PUBLISHED opportunity (one they can apply to). Other roles read partners ALL.
 */
export function inPartnerScope(caller: Caller, partnerId: string, context: PartnersContext): boolean | Promise<boolean> {
  if (caller.role === 'PARTNER_USER') return partnerId === caller.scope.partnerId;
  if (caller.role === 'STUDENT') return context.loaders.partnerPublishes.load(partnerId);
  return false;
}

// Partners, worksites and opportunities are organisations' data, not student records: staff read
// them all (they place students), a partner user only its own, a student what they can apply to.
// ANALYST reads organisations, worksites and opportunities for reporting (where students worked, and
// what they did) but no people: contacts, vetting history and the audit trail name individuals.
const ORGANISATION: RoleAccess = {
  DISTRICT_ADMIN: 'ALL',
  DEPARTMENT_STAFF: 'ALL',
  SCHOOL_STAFF: 'ALL',
  ANALYST: 'ALL',
  PARTNER_USER: 'OWN',
  STUDENT: 'OWN',
};

// Vetting facts (status history, agreement, insurance) and contacts are for staff and the partner
// itself; students see the opportunity, not how the partner was vetted or who works there.
const STAFF_AND_OWN_PARTNER: RoleAccess = { DISTRICT_ADMIN: 'ALL', DEPARTMENT_STAFF: 'ALL', SCHOOL_STAFF: 'ALL', PARTNER_USER: 'OWN' };

// Registering and vetting partners (status, agreement, insurance, background checks) and
// publishing opportunities to students is district and department work; school staff place students
// (placements subgraph) but do not vet partners.
const VETTING: RoleAccess = { DISTRICT_ADMIN: 'ALL', DEPARTMENT_STAFF: 'ALL' };

// A partner user keeps its own profile, worksites, contacts and draft opportunities, and may close
// its own published opportunity; never its status, its clearances, or another partner's records.
const VETTING_AND_OWN_PARTNER: RoleAccess = { ...VETTING, PARTNER_USER: 'OWN' };

const EVERY_ROLE: RoleAccess = {
  DISTRICT_ADMIN: 'ALL',
  DEPARTMENT_STAFF: 'ALL',
  SCHOOL_STAFF: 'ALL',
  ANALYST: 'ALL',
  PARTNER_USER: 'ALL',
  STUDENT: 'ALL',
};

export const partnersPolicy = definePolicy<PartnersContext>({
  subgraph: 'partners',
  Query: {
    // Lists are narrowed to the scope in SQL (services/); single lookups answer FORBIDDEN outside it.
    partner: ORGANISATION,
    partners: ORGANISATION,
    opportunity: ORGANISATION,
    opportunities: ORGANISATION,
    worksite: ORGANISATION,
    partnerContact: STAFF_AND_OWN_PARTNER,
  },
  Mutation: {
    createPartner: VETTING,
    updatePartner: VETTING_AND_OWN_PARTNER,
    changePartnerStatus: VETTING,
    recordPartnerAgreement: VETTING,
    recordPartnerInsurance: VETTING,
    createWorksite: VETTING_AND_OWN_PARTNER,
    updateWorksite: VETTING_AND_OWN_PARTNER,
    createPartnerContact: VETTING_AND_OWN_PARTNER,
    recordBackgroundCheck: VETTING,
    createOpportunity: VETTING_AND_OWN_PARTNER,
    updateOpportunity: VETTING_AND_OWN_PARTNER,
    // Publishing puts an opportunity in front of students: staff review it first.
    publishOpportunity: VETTING,
    closeOpportunity: VETTING_AND_OWN_PARTNER,
  },
  types: {
    Partner: {
      access: ORGANISATION,
      fields: {
        statusHistory: STAFF_AND_OWN_PARTNER,
        agreement: { ...STAFF_AND_OWN_PARTNER, ANALYST: 'ALL' },
        insuranceExpiresOn: { ...STAFF_AND_OWN_PARTNER, ANALYST: 'ALL' },
        contacts: STAFF_AND_OWN_PARTNER,
        // Who changed a partner's status and what it was before: the vetting departments' record.
        auditTrail: VETTING,
      },
      owns: (caller, partner: PartnerEntity, context) => inPartnerScope(caller, partner.id, context),
    },
    Worksite: {
      access: ORGANISATION,
      owns: (caller, worksite: WorksiteEntity, context) => inPartnerScope(caller, worksite.partnerId, context),
    },
    PartnerContact: {
      // Staff read contacts whole, background-check status included: they match supervisors to
      // students. A partner user reads its own people's checks (it submitted them).
      access: STAFF_AND_OWN_PARTNER,
      owns: (caller, contact: PartnerContactEntity, context) => inPartnerScope(caller, contact.partnerId, context),
    },
    Opportunity: {
      access: ORGANISATION,
      owns: (caller, opportunity: OpportunityEntity) =>
        caller.role === 'STUDENT' ? opportunity.status === 'PUBLISHED' : opportunity.partnerId === caller.scope.partnerId,
    },
    // A reference to the students subgraph's program: an id and nothing else.
    Program: { access: EVERY_ROLE },
  },
});
