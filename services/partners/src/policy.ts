import { ALL_ROWS, anyOfRows, defineScope, definePolicy, type RoleAccess, rowsRelated, rowsWhere, type ScopeRules } from '@careergraph/kit';
import type { PartnersContext } from './context';
import type { OpportunityEntity } from './entities/opportunity.entity';
import type { PartnerBrokerageEntity } from './entities/partner-brokerage.entity';

/** Staff and analysts read every organisation; the scopes below narrow partner users and students. */
const EVERY_ORGANISATION = {
  DISTRICT_ADMIN: () => ALL_ROWS,
  DEPARTMENT_STAFF: () => ALL_ROWS,
  SCHOOL_STAFF: () => ALL_ROWS,
  ANALYST: () => ALL_ROWS,
  SERVICE: () => ALL_ROWS,
} as const;

/**
 * Records that belong to a partner (its profile, worksites, contacts), by the partner's id: a
 * PARTNER_USER reaches its own partner's; a STUDENT a partner with a PUBLISHED opportunity (one they
 * can apply to).
 */
function partnerOwned<Row extends object>(key: keyof Row & string): ScopeRules<Row, PartnersContext> {
  const partnerOf = (row: Row) => row[key] as string;
  return {
    ...EVERY_ORGANISATION,
    PARTNER_USER: (caller) => rowsWhere({ [key]: caller.partnerId } as never),
    STUDENT: () =>
      rowsRelated({
        check: (row, context) => context.loaders.partnerPublishes.load(partnerOf(row)),
        sql: (alias) => ({
          clause: `EXISTS (SELECT 1 FROM partners.opportunities so WHERE so.partner_id = ${alias}.${key === 'id' ? 'id' : 'partner_id'} AND so.status = 'PUBLISHED')`,
          params: {},
        }),
      }),
  };
}

export const partnerScope = defineScope<{ id: string }, PartnersContext>({ entity: 'Partner', columns: { id: 'id' }, rules: partnerOwned('id') });
export const worksiteScope = defineScope<{ partnerId: string }, PartnersContext>({
  entity: 'Worksite',
  columns: { partnerId: 'partner_id' },
  rules: partnerOwned('partnerId'),
});
export const contactScope = defineScope<{ partnerId: string }, PartnersContext>({
  entity: 'PartnerContact',
  columns: { partnerId: 'partner_id' },
  rules: partnerOwned('partnerId'),
});

/**
 * A partner user's own partner and the employers it brokers today (an intermediary's; the gateway
 * puts them into the caller's scope). Only opportunities are widened to them, here and in placements.
 */
const ownOrBrokered = (caller: { partnerId: string; brokeredPartnerIds: readonly string[] }) => [caller.partnerId, ...caller.brokeredPartnerIds];

/** Opportunities: a partner user its own partner's and its brokered employers', a student the PUBLISHED ones (what they can apply to). */
export const opportunityScope = defineScope<Pick<OpportunityEntity, 'partnerId' | 'status'>, PartnersContext>({
  entity: 'Opportunity',
  columns: { partnerId: 'partner_id', status: 'status' },
  rules: {
    ...EVERY_ORGANISATION,
    PARTNER_USER: (caller) => rowsWhere({ partnerId: ownOrBrokered(caller) }),
    STUDENT: () => rowsWhere({ status: 'PUBLISHED' }),
  },
});

/** The partner whose opportunities a caller creates and edits: a partner user its own, or an employer it brokers. */
export const opportunityHostScope = defineScope<{ id: string }, PartnersContext>({
  entity: 'Partner',
  columns: { id: 'id' },
  rules: { DISTRICT_ADMIN: () => ALL_ROWS, DEPARTMENT_STAFF: () => ALL_ROWS, PARTNER_USER: (caller) => rowsWhere({ id: ownOrBrokered(caller) }) },
});

/** A brokerage: staff all, a partner user those it is a side of (never another intermediary's). */
export const brokerageScope = defineScope<Pick<PartnerBrokerageEntity, 'intermediaryPartnerId' | 'employerPartnerId'>, PartnersContext>({
  entity: 'PartnerBrokerage',
  columns: { intermediaryPartnerId: 'intermediary_partner_id', employerPartnerId: 'employer_partner_id' },
  rules: {
    ...EVERY_ORGANISATION,
    PARTNER_USER: (caller) => anyOfRows(rowsWhere({ intermediaryPartnerId: caller.partnerId }), rowsWhere({ employerPartnerId: caller.partnerId })),
  },
});

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
    // A student's own matches, judged on their own record.
    opportunitiesForMe: { STUDENT: 'ALL' },
    worksite: ORGANISATION,
    partnerContact: STAFF_AND_OWN_PARTNER,
    // The coordinator's reminders: the integrations subgraph's signed calls only.
    reportingExpiringCompliance: { SERVICE: 'ALL' },
    // The gateway's lookup of a partner user's partner and brokered employers, once per token.
    partnerAccess: { SERVICE: 'ALL' },
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
    // Inviting a partner registers it: the vetting departments' work.
    invitePartner: VETTING,
    revokePartnerInvitation: VETTING,
    resendPartnerInvitation: VETTING,
    // Any partner user may try a link; the service admits only the invited, verified e-mail.
    acceptPartnerInvitation: { PARTNER_USER: 'ALL' },
    // The mailer's mint at send time: the integrations subgraph's signed calls only.
    issuePartnerInvitationLink: { SERVICE: 'ALL' },
    // The prospect's own user hands its profile to staff; staff move statuses with changePartnerStatus.
    submitPartnerForVetting: { PARTNER_USER: 'OWN' },
    // Who acts for whom is decided by staff, never by the intermediary.
    createPartnerBrokerage: VETTING,
    endPartnerBrokerage: VETTING,
  },
  types: {
    ExpiringCompliance: { access: {} },
    Partner: {
      access: ORGANISATION,
      fields: {
        statusHistory: STAFF_AND_OWN_PARTNER,
        agreement: { ...STAFF_AND_OWN_PARTNER, ANALYST: 'ALL' },
        insuranceExpiresOn: { ...STAFF_AND_OWN_PARTNER, ANALYST: 'ALL' },
        contacts: STAFF_AND_OWN_PARTNER,
        // Who changed a partner's status and what it was before: the vetting departments' record.
        auditTrail: VETTING,
        invitation: VETTING,
        brokeredEmployers: STAFF_AND_OWN_PARTNER,
        brokeredBy: STAFF_AND_OWN_PARTNER,
      },
      scope: partnerScope,
    },
    // Who was invited, and when: the inviting departments' record (the token is never stored).
    PartnerInvitation: { access: VETTING },
    PartnerBrokerage: { access: STAFF_AND_OWN_PARTNER, scope: brokerageScope },
    Worksite: { access: ORGANISATION, scope: worksiteScope },
    PartnerContact: {
      // Staff read contacts whole, background-check status included: they match supervisors to
      // students. A partner user reads its own people's checks (it submitted them).
      access: STAFF_AND_OWN_PARTNER,
      scope: contactScope,
    },
    Opportunity: { access: ORGANISATION, scope: opportunityScope },
    // A reference to the students subgraph's program: an id and nothing else.
    Program: { access: EVERY_ROLE },
  },
});
