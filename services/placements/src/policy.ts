import { AGGREGATE_READERS, ALL_ROWS, defineScope, definePolicy, type RoleAccess, rowsRelated, rowsWhere, SHARED_METRIC_TYPES } from '@careergraph/kit';
import type { PlacementsContext } from './context';
import type { EntityKey } from './connections';
import type { PlacementEntity } from './entities/placement.entity';
import type { TimeEntryEntity } from './entities/time-entry.entity';

/** What decides whether a placement is in a caller's scope: the snapshots taken when it was created. */
export type ScopedPlacement = Pick<PlacementEntity, 'schoolId' | 'department' | 'partnerId' | 'studentId'>;

/**
 * The placements each role reaches: district staff all; school staff their schools' (the school
 * snapshot), department staff their department's programs' (the program snapshot), a partner its
 * own and its brokered employers', a student their own. Lists are narrowed to it in SQL, single records checked against it.
 */
export const placementScope = defineScope<ScopedPlacement, PlacementsContext>({
  entity: 'Placement',
  columns: { schoolId: 'school_id', department: 'department', partnerId: 'partner_id', studentId: 'student_id' },
  rules: {
    DISTRICT_ADMIN: () => ALL_ROWS,
    SERVICE: () => ALL_ROWS,
    SCHOOL_STAFF: (caller) => rowsWhere({ schoolId: caller.schoolIds }),
    DEPARTMENT_STAFF: (caller) => rowsWhere({ department: caller.department }),
    // An intermediary's users act for the employers it brokers (the gateway resolves them) as their own users do.
    PARTNER_USER: (caller) => rowsWhere({ partnerId: [caller.partnerId, ...caller.brokeredPartnerIds] }),
    STUDENT: (caller) => rowsWhere({ studentId: caller.studentId }),
  },
});

/** A time entry is in scope with its placement (lists are narrowed through the placement's SQL). */
const throughPlacement = () =>
  rowsRelated<TimeEntryEntity, PlacementsContext>({
    check: async (entry, context) => {
      const placement = await context.loaders.placementById.load(entry.placementId);
      return !!placement && placementScope.contains(context, placement);
    },
  });

const timeEntryScope = defineScope<TimeEntryEntity, PlacementsContext>({
  entity: 'TimeEntry',
  columns: {},
  rules: { DISTRICT_ADMIN: () => ALL_ROWS, SCHOOL_STAFF: throughPlacement, DEPARTMENT_STAFF: throughPlacement, PARTNER_USER: throughPlacement, STUDENT: throughPlacement },
});

// Another subgraph's entity as a stub here: a student reaches their own; a partner user its own partner.
const studentStubScope = defineScope<EntityKey>({ entity: 'Student', columns: { id: 'id' }, rules: { STUDENT: (caller) => rowsWhere({ id: caller.studentId }) } });
const partnerStubScope = defineScope<EntityKey>({ entity: 'Partner', columns: { id: 'id' }, rules: { PARTNER_USER: (caller) => rowsWhere({ id: caller.partnerId }) } });

/** Roles reaching placements, within `placementScope`; ANALYST gets no rows here, only aggregates. */
const SCOPED: RoleAccess = { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN', DEPARTMENT_STAFF: 'OWN', PARTNER_USER: 'OWN', STUDENT: 'OWN' };
/** Who reaches another subgraph's entity as a stub here; lists under it are narrowed to SCOPED in SQL. */
const REFERENCE: RoleAccess = { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'ALL', DEPARTMENT_STAFF: 'ALL', PARTNER_USER: 'ALL', STUDENT: 'ALL' };
/** District, school and department staff managing placements in their scope. */
const STAFF: RoleAccess = { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN', DEPARTMENT_STAFF: 'OWN' };
/** A signature's evidence (the guardian's e-mail, the client's address and agent): the staff who answer for the agreement. */
const SIGNATURE_EVIDENCE: RoleAccess = { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'ALL' };

export const placementsPolicy = definePolicy<PlacementsContext>({
  subgraph: 'placements',
  // Root fields gate roles; services narrow lists in SQL and refuse single records outside the scope.
  Query: {
    placement: SCOPED,
    placements: SCOPED,
    timeEntries: SCOPED,
    schoolYear: AGGREGATE_READERS,
    // For Perkins 5S3: the students subgraph's signed calls only.
    reportingWorkBasedLearningSet: { SERVICE: 'ALL' },
    reportingWorkBasedLearningHours: { SERVICE: 'ALL' },
    reportingPendingTimeEntries: { SERVICE: 'ALL' },
    // A student's opportunity matches: the partners subgraph's signed calls only.
    reportingSlotsHeld: { SERVICE: 'ALL' },
  },
  Mutation: {
    createPlacement: STAFF,
    changePlacementStatus: STAFF,
    recordTrainingAgreement: STAFF,
    // Training agreements: school staff prepare and sign as the coordinator; the student and the host partner sign their own.
    prepareTrainingAgreement: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN' },
    signTrainingAgreement: { SCHOOL_STAFF: 'OWN', PARTNER_USER: 'OWN', STUDENT: 'OWN' },
    // The one-time-link mailer (integrations subgraph) mints the link it mails: SERVICE only.
    issueGuardianSigningLink: { SERVICE: 'ALL' },
    // Students log their own hours; school staff may enter a paper time sheet for them.
    submitTimeEntry: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN', STUDENT: 'OWN' },
    // Approving hours and evaluating are the host partner's (its supervisor's) acts.
    approveTimeEntry: { DISTRICT_ADMIN: 'ALL', PARTNER_USER: 'OWN' },
    rejectTimeEntry: { DISTRICT_ADMIN: 'ALL', PARTNER_USER: 'OWN' },
    bulkApproveTimeEntries: { DISTRICT_ADMIN: 'ALL', PARTNER_USER: 'OWN' },
    recordEvaluation: { DISTRICT_ADMIN: 'ALL', PARTNER_USER: 'OWN' },
    recordReflection: { DISTRICT_ADMIN: 'ALL', STUDENT: 'OWN' },
    // Self-service: a student applies, withdraws and accepts for themself (the token's student)…
    applyToOpportunity: { STUDENT: 'OWN' },
    withdrawApplication: { STUDENT: 'OWN' },
    acceptOffer: { STUDENT: 'OWN' },
    // …and the host partner chooses among its applicants; staff keep changePlacementStatus and these.
    offerPlacement: { ...STAFF, PARTNER_USER: 'OWN' },
    declineApplication: { ...STAFF, PARTNER_USER: 'OWN' },
  },
  types: {
    Placement: {
      access: SCOPED,
      fields: {
        // The student's own reflection is an education record the host partner has no need for.
        reflection: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN', DEPARTMENT_STAFF: 'OWN', STUDENT: 'OWN' },
        auditTrail: STAFF,
        // Compliance lapses are for the staff who act on them and the partner whose paperwork lapsed.
        standing: { ...STAFF, PARTNER_USER: 'OWN' },
      },
      scope: placementScope,
    },
    TimeEntry: { access: SCOPED, scope: timeEntryScope },
    // Reached only through Placement.trainingAgreement, so within a placement the caller reaches;
    // where a signature came from and the guardian's e-mail are for the staff who answer for it.
    AgreementSignature: {
      access: REFERENCE,
      fields: { signerEmail: SIGNATURE_EVIDENCE, clientAddress: SIGNATURE_EVIDENCE, userAgent: SIGNATURE_EVIDENCE },
    },
    // The hours digest's input: SERVICE (the integrations subgraph) only.
    PendingTimeEntry: { access: {} },
    // The mailer's freshly minted link: SERVICE only.
    GuardianSigningLink: { access: {} },
    // The endorsement's hours: SERVICE (the students subgraph) only.
    StudentWorkBasedLearningHours: { access: {} },
    Student: {
      // Here a Student is only an id with placement data on it: its placements are narrowed to
      // the caller in SQL (a partner sees its own, never a refusal that would null a whole list),
      // and what the students subgraph knows of the student it guards itself.
      access: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'ALL', DEPARTMENT_STAFF: 'ALL', PARTNER_USER: 'ALL', STUDENT: 'OWN' },
      fields: {
        // A student's hours and pay across every placement are not a host partner's business.
        workBasedLearningHours: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'ALL', DEPARTMENT_STAFF: 'ALL', STUDENT: 'OWN' },
        stipendTotal: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'ALL', DEPARTMENT_STAFF: 'ALL', STUDENT: 'OWN' },
        // Read by the students subgraph's signed lookups (SERVICE reads every field) for its own authorization.
        partnerAccess: { DISTRICT_ADMIN: 'ALL' },
      },
      scope: studentStubScope,
    },
    Partner: {
      // Partner.placements is narrowed in SQL, so another partner's record answers an empty list.
      access: REFERENCE,
      fields: {
        // What a partner owes across all its students; not for one student.
        stipendTotal: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'ALL', DEPARTMENT_STAFF: 'ALL', PARTNER_USER: 'OWN' },
      },
      scope: partnerStubScope,
    },
    // Opportunities are published to everyone who can place a student; their placements are narrowed in SQL.
    Opportunity: { access: REFERENCE },
    Worksite: { access: REFERENCE },
    PartnerContact: { access: REFERENCE },
    // School and Program carry only an id and their work-based-learning metrics here, so an analyst
    // may be handed them (per-school and per-program tables).
    School: { access: { ...REFERENCE, ANALYST: 'ALL' }, fields: { workBasedLearning: AGGREGATE_READERS } },
    Program: { access: { ...REFERENCE, ANALYST: 'ALL' }, fields: { workBasedLearning: AGGREGATE_READERS } },
    // Aggregates: exact or suppressed per caller by the metric cube, never row by row.
    SchoolYear: { access: AGGREGATE_READERS },
    WorkBasedLearningMetrics: { access: AGGREGATE_READERS },
    ...SHARED_METRIC_TYPES,
  },
});
