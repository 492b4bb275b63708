import {
  ageOn,
  ConflictError,
  NotFoundError,
  numberInRange,
  optionalText,
  pageRequest,
  parseId,
  parseReportingSetArguments,
  parseSchoolYear,
  requiredText,
  schoolYearOf,
  toConnection,
  type Tx,
  uniqueViolation,
  type UnitOfWork,
  UserInputError,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { PlacementConnection } from '../connections';
import type { PlacementsContext } from '../context';
import type { PlacementStatusChangeEntity } from '../entities/placement-status-change.entity';
import type { PlacementEntity, PlacementStatus } from '../entities/placement.entity';
import type {
  ApplyToOpportunityInput,
  ChangePlacementStatusInput,
  CreatePlacementInput,
  OfferPlacementInput,
  PlacementFilter,
  RecordTrainingAgreementInput,
} from '../generated/graphql';
import type { PlacementsSettings } from '../config/placements-settings';
import type { PlacementsRepositories } from '../repositories';
import { CAPACITY_HOLDING, PlacementRepository, type PlacementQuery, SLOT_CONSUMING } from '../repositories/placement.repository';
import type { PendingTimeEntryRow } from '../repositories/reporting.repository';
import {
  agreementOf,
  checkEligibility,
  checkPartnerCapacity,
  checkSlotLeft,
  checkSupervisor,
  type EligibilityFields,
  eligibilityFailures,
  enrolledIn,
  failureList,
  OPEN_FOR_ACTIVATION,
  OPEN_FOR_APPLICATIONS,
  peakConcurrent,
  trainingAgreementGap,
} from './placement-eligibility';
import { assertInGoodStanding, checkPlacementStanding, lookUpOpportunity, placementStanding } from './placement-standing';
import { parseApplication } from './placement-application';
import { placementScope } from '../policy';
import { PlacementOpportunityFragmentDoc, PlacementProgramFragmentDoc, PlacementSupervisorFragmentDoc } from '../generated/owners/graphql';
import {
  lookUpStudent,
  type PlacementOpportunity,
  type PlacementProgram,
  type PlacementStudent,
  type PlacementSupervisor,
} from '../owners/placements-owners';
import { placementReportingSnapshot } from './reporting-snapshot.service';
import { placementEvent, placementStatusEvent } from './placement-events';
import { AGREEMENT_EDITABLE, checkAgreementComplete, type TrainingAgreementService } from './training-agreement.service';

/** The lifecycle: where each status may go next. Terminal statuses go nowhere. */
/** One digest pass's bound: weeks of a district's unreviewed hours fit well under it. */
const MAX_PENDING_TIME_ENTRIES = 5_000;

export const TRANSITIONS: Record<PlacementStatus, readonly PlacementStatus[]> = {
  APPLIED: ['OFFERED', 'DECLINED', 'WITHDRAWN'],
  OFFERED: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: ['ACTIVE', 'WITHDRAWN'],
  ACTIVE: ['COMPLETED', 'TERMINATED', 'WITHDRAWN'],
  COMPLETED: [],
  DECLINED: [],
  WITHDRAWN: [],
  TERMINATED: [],
};

const REASON_REQUIRED: readonly PlacementStatus[] = ['DECLINED', 'WITHDRAWN', 'TERMINATED'];

const CREATE_FIELDS: EligibilityFields = {
  student: 'input.studentId',
  opportunity: 'input.opportunityId',
  supervisor: 'input.supervisorId',
  startDate: 'input.startDate',
  endDate: 'input.endDate',
};

/** A student's application blames the availability dates it asked for; it has no supervisor to blame yet. */
const APPLY_FIELDS: EligibilityFields = {
  student: 'input.opportunityId',
  opportunity: 'input.opportunityId',
  supervisor: 'input.opportunityId',
  startDate: 'input.availability.from',
  endDate: 'input.availability.to',
};

/** Statuses an offer moves into; activation checks standing with everything else. */
const OFFER_STEPS: readonly PlacementStatus[] = ['OFFERED', 'ACCEPTED'];
/** What a student may still withdraw themself; past acceptance, staff handle it. */
const WITHDRAWABLE: readonly PlacementStatus[] = ['APPLIED', 'OFFERED'];

/** Who moves the placement and why (stored with the status change, named in the audit). */
interface StatusMove {
  operation: string;
  reason: string | null;
  /** The placement's opportunity, looked up when the move may take a slot or a place within the partner's capacity. */
  opportunity: PlacementOpportunity | null;
  /** Recorded with the move (e.g. the supervisor an offer assigns). */
  changes?: Partial<PlacementEntity>;
  /** The statuses the step applies to (narrower than the lifecycle allows), checked on the locked row. */
  from?: readonly PlacementStatus[];
}

export class PlacementService {
  constructor(
    private readonly repositories: PlacementsRepositories,
    private readonly settings: Pick<PlacementsSettings, 'hazardousOccupations' | 'today'>,
    private readonly agreements: TrainingAgreementService,
  ) {}

  /** Whether the placement's partner and supervisor are in good standing today, and if not why. */
  standing(placement: PlacementEntity, context: PlacementsContext) {
    return placementStanding(context, placement, this.settings.today());
  }

  /** Placements matching the filter, narrowed in SQL to what the caller may reach. */
  async list(
    filter: PlacementFilter | null | undefined,
    args: { first?: number | null; after?: string | null },
    context: PlacementsContext,
  ): Promise<PlacementConnection> {
    const query = { ...placementQuery(filter), scope: placementScope.rowsFor(context.caller) };
    const page = pageRequest(args, { arity: 2 });
    const rows = await this.repositories.placements.page(query, page);
    const cursorOf = query.changedSince ? PlacementRepository.changeCursorOf : PlacementRepository.cursorOf;
    return toConnection(rows, page, cursorOf, () => this.repositories.placements.count(query));
  }

  /** One placement by id; null when there is none, FORBIDDEN when it is outside the caller's scope. */
  /**
   * Of `studentIds`, those with work-based learning by the end of `schoolYear` (Perkins 5S3), asked
   * by the students subgraph for a whole year's concentrators at once: one statement.
   */
  async workBasedLearningSet(schoolYear: string, studentIds: readonly string[]): Promise<string[]> {
    const { year, studentIds: ids } = parseReportingSetArguments(schoolYear, studentIds);
    return [...(await this.repositories.reporting.studentsWithWorkBasedLearning(ids, year.lastDay))];
  }

  /**
   * Of `studentIds`, approved work-based learning hours by the end of `schoolYear` (the College and
   * Career Pathway Endorsement), asked by the students subgraph: one statement.
   */
  async workBasedLearningHours(schoolYear: string, studentIds: readonly string[]) {
    const { year, studentIds: ids } = parseReportingSetArguments(schoolYear, studentIds);
    return this.repositories.reporting.approvedHoursByStudent(ids, year.lastDay);
  }

  /** The hours digest's input: entries waiting for a decision since before `submittedBefore`. */
  pendingTimeEntries(submittedBefore: Date): Promise<PendingTimeEntryRow[]> {
    return this.repositories.reporting.pendingTimeEntries(submittedBefore, MAX_PENDING_TIME_ENTRIES);
  }

  async get(rawId: string, context: PlacementsContext): Promise<PlacementEntity | null> {
    const placement = await context.loaders.placementById.load(parseId('id', rawId));
    if (placement) await placementScope.require(context, placement, { field: 'id', what: `placement ${placement.id}` });
    return placement;
  }

  async create(input: CreatePlacementInput, context: PlacementsContext): Promise<PlacementEntity> {
    const studentId = parseId('input.studentId', input.studentId);
    const opportunityId = parseId('input.opportunityId', input.opportunityId);
    const supervisorId = parseId('input.supervisorId', input.supervisorId);
    const plannedHours = numberInRange('input.plannedHours', input.plannedHours, 0, 2000, { exclusiveMin: true });
    const { student, opportunity, supervisor } = await lookUp(context, { studentId, opportunityId, supervisorId }, CREATE_FIELDS);
    const startDate = input.startDate ?? opportunity.startDate;
    const endDate = input.endDate ?? opportunity.endDate;
    const program = await this.programOf(student, opportunity, startDate, context);
    // School staff create for their schools' students, department staff on their department's programs.
    const scoped = { studentId, partnerId: opportunity.partner.id, schoolId: student.school.id, department: program?.department ?? null };
    await placementScope.require(context, scoped, {
      field: context.caller.role === 'DEPARTMENT_STAFF' ? 'input.opportunityId' : 'input.studentId',
      what: 'a placement of this student on this opportunity',
    });
    checkEligibility(
      { student, opportunity, supervisor, startDate, endDate, today: this.settings.today() },
      CREATE_FIELDS,
      OPEN_FOR_APPLICATIONS,
      this.settings.hazardousOccupations,
    );
    const placement = newPlacement({ student, opportunity, program, startDate, endDate }, {
      supervisorId,
      plannedHours,
      transportationSupport: input.transportationSupport ?? 'NONE',
    });
    return this.record(context, 'createPlacement', placement, opportunity);
  }

  /**
   * A student applies for themself: every eligibility rule is checked (no supervisor yet; the
   * partner's offer assigns one) and all broken ones are reported together.
   */
  async apply(input: ApplyToOpportunityInput, context: PlacementsContext): Promise<PlacementEntity> {
    const opportunityId = parseId('input.opportunityId', input.opportunityId);
    const application = parseApplication(input);
    // For themself: only students may apply (policy), and a student's token always names them.
    const studentId = context.caller.scope.studentId!;
    const [student, opportunity] = await Promise.all([
      lookUpStudent(context.owners, studentId),
      lookUpOpportunity(context, opportunityId, 'input.opportunityId'),
    ]);
    if (!student) throw new NotFoundError('Student', studentId);
    const startDate = application.from ?? opportunity.startDate;
    const endDate = application.to ?? opportunity.endDate;
    const failures = eligibilityFailures(
      { student, opportunity, supervisor: null, startDate, endDate, today: this.settings.today() },
      APPLY_FIELDS,
      OPEN_FOR_APPLICATIONS,
      this.settings.hazardousOccupations,
    );
    if (failures.length > 0) {
      throw new UserInputError('input.opportunityId', `the student is not eligible: ${failures.map((f) => f.message).join('; ')}`, {
        rule: 'NOT_ELIGIBLE',
        extensions: { failures: failureList(failures) },
      });
    }
    const program = await this.programOf(student, opportunity, startDate, context);
    const placement = newPlacement({ student, opportunity, program, startDate, endDate }, {
      supervisorId: null,
      plannedHours: application.plannedHours(startDate, endDate),
      transportationSupport: 'NONE',
      applicationStatement: application.statement,
      availability: application.availability,
      applicationKey: application.idempotencyKey,
    });
    return this.record(context, 'applyToOpportunity', placement, opportunity);
  }

  /** The host partner (or staff) offers an application a place under a supervisor cleared for the work. */
  async offer(input: OfferPlacementInput, context: PlacementsContext): Promise<PlacementEntity> {
    const current = await this.findInScope(input.placementId, context);
    checkTransition(current.status, 'OFFERED');
    const supervisorId = parseId('input.supervisorId', input.supervisorId);
    const [opportunity, supervisor] = await Promise.all([
      lookUpOpportunity(context, current.opportunityId, 'input.placementId'),
      context.owners.partners.load(PlacementSupervisorFragmentDoc, supervisorId),
    ]);
    if (!supervisor) throw new UserInputError('input.supervisorId', `partner contact ${supervisorId} does not exist`, { rule: 'REFERENCE_NOT_FOUND' });
    checkSupervisor(supervisor, opportunity, current.startDate, 'input.supervisorId');
    checkPlacementStanding({ opportunity, supervisor }, this.settings.today(), 'input.placementId');
    const { placement } = await this.move(current, 'OFFERED', context, {
      operation: 'offerPlacement',
      reason: null,
      opportunity,
      changes: { supervisorId },
    });
    return placement;
  }

  /** The host partner (or staff) declines an application waiting for a decision. */
  async decline(rawId: string, rawReason: string, context: PlacementsContext): Promise<PlacementEntity> {
    const reason = requiredText('input.reason', rawReason, 1000);
    const current = await this.findInScope(rawId, context);
    return (await this.move(current, 'DECLINED', context, { operation: 'declineApplication', reason, opportunity: null, from: ['APPLIED'] })).placement;
  }

  /** A student withdraws their own application or offer. */
  async withdraw(rawId: string, rawReason: string | null | undefined, context: PlacementsContext): Promise<PlacementEntity> {
    const reason = optionalText('input.reason', rawReason, 1000);
    const current = await this.findInScope(rawId, context);
    return (await this.move(current, 'WITHDRAWN', context, { operation: 'withdrawApplication', reason, opportunity: null, from: WITHDRAWABLE })).placement;
  }

  /** A student accepts an offer made to them, while the partner and the supervisor are in good standing. */
  async acceptOffer(rawId: string, context: PlacementsContext): Promise<PlacementEntity> {
    const current = await this.findInScope(rawId, context);
    // Refused before the standing look-up, which an application not offered (no supervisor) would fail differently.
    if (current.status !== 'OFFERED') throw notInStatus(current, ['OFFERED']);
    const opportunity = await assertInGoodStanding(context, current, this.settings.today(), 'input.placementId');
    return (await this.move(current, 'ACCEPTED', context, { operation: 'acceptOffer', reason: null, opportunity, from: ['OFFERED'] })).placement;
  }

  /** The placement `input.placementId` names, refused when it is outside the caller's scope. */
  private async findInScope(rawId: string, context: PlacementsContext): Promise<PlacementEntity> {
    const id = parseId('input.placementId', rawId);
    const placement = await this.repositories.placements.findById(id);
    if (!placement) throw new NotFoundError('Placement', id, 'input.placementId');
    await placementScope.require(context, placement, { field: 'input.placementId', what: `placement ${placement.id}` });
    return placement;
  }

  /**
   * Records a new APPLIED placement under the partner's lock, so its checks of duplicates, the last
   * slot and the partner's capacity see every committed competitor. A retried application (same
   * student and idempotency key) returns the original.
   */
  private async record(context: PlacementsContext, operation: string, placement: PlacementEntity, opportunity: PlacementOpportunity): Promise<PlacementEntity> {
    const change = statusChange(placement.id, null, 'APPLIED', context, null, new Date());
    const snapshot = await placementReportingSnapshot(placement, context);
    const { unitOfWork, placements, reporting } = this.repositories;
    const attempt = () =>
      unitOfWork.transaction(context, operation, async (tx, audit, emit) => {
        await lockPartner(unitOfWork, tx, opportunity.partner.id);
        if (placement.applicationKey) {
          const earlier = await placements.findByApplicationKey(tx, placement.studentId, placement.applicationKey);
          if (earlier) return sameApplication(earlier, placement);
        }
        if (await placements.findOpenDuplicate(tx, placement.studentId, placement.opportunityId, null)) throw duplicatePlacement();
        checkSlotLeft(opportunity.slots, await placements.countOthersHoldingSlots(tx, placement.opportunityId, null), 'input.opportunityId');
        await this.checkCapacity(tx, opportunity, { id: null, startDate: placement.startDate, endDate: placement.endDate }, 'input.opportunityId');
        const created = await placements.insert(tx, placement, change);
        await reporting.insertSnapshot(tx, snapshot);
        audit({ entityType: 'Placement', entityId: created.id, action: 'CREATED', before: null, after: created });
        emit(placementEvent('placement.applied', created, { status: created.status, opportunityId: created.opportunityId }));
        return created;
      });
    try {
      return await attempt();
    } catch (error) {
      const violated = uniqueViolation(error);
      if (violated === 'UQ_placements_student_opportunity_open') throw duplicatePlacement();
      // A concurrent retry with the same key (on another partner's lock) committed first: answer with it.
      if (violated === 'UQ_placements_student_application_key') return attempt();
      throw error;
    }
  }

  async changeStatus(
    input: ChangePlacementStatusInput,
    context: PlacementsContext,
  ): Promise<{ placement: PlacementEntity; change: PlacementStatusChangeEntity }> {
    const id = parseId('input.placementId', input.placementId);
    const to = input.status;
    const reason = optionalText('input.reason', input.reason, 1000);
    if (REASON_REQUIRED.includes(to) && !reason) {
      throw new UserInputError('input.reason', `a reason is required to move a placement to ${to}`, { rule: 'REASON_REQUIRED' });
    }
    const current = await this.repositories.placements.findById(id);
    if (!current) throw new NotFoundError('Placement', id, 'input.placementId');
    await placementScope.require(context, current, { field: 'input.placementId', what: `placement ${current.id}` });
    checkTransition(current.status, to);
    let opportunity: PlacementOpportunity | null = null;
    if (to === 'ACTIVE') opportunity = await this.checkActivation(current, context);
    else if (OFFER_STEPS.includes(to)) opportunity = await assertInGoodStanding(context, current, this.settings.today(), 'input.placementId');
    else if (SLOT_CONSUMING.includes(to)) opportunity = await lookUpOpportunity(context, current.opportunityId, 'input.placementId');

    return this.move(current, to, context, { operation: 'changePlacementStatus', reason, opportunity });
  }

  /**
   * Moves the placement to `to` under the partner's lock: every change on the partner's placements
   * queues there, so the re-read of the status and the re-counts of slots and capacity see whatever
   * a concurrent request committed first. Audited, with the event named for the new status.
   */
  private move(
    current: Pick<PlacementEntity, 'id' | 'partnerId'>,
    to: PlacementStatus,
    context: PlacementsContext,
    { operation, reason, opportunity, changes = {}, from }: StatusMove,
  ): Promise<{ placement: PlacementEntity; change: PlacementStatusChangeEntity }> {
    const { unitOfWork, placements } = this.repositories;
    const { id } = current;
    return unitOfWork.transaction(context, operation, async (tx, audit, emit) => {
      await lockPartner(unitOfWork, tx, current.partnerId);
      const locked = (await placements.findById(id, tx))!;
      if (from && !from.includes(locked.status)) throw notInStatus(locked, from);
      checkTransition(locked.status, to);
      const change = statusChange(id, locked.status, to, context, reason, new Date());
      if (opportunity && SLOT_CONSUMING.includes(to) && !SLOT_CONSUMING.includes(locked.status)) {
        checkSlotLeft(opportunity.slots, await placements.countOthersHoldingSlots(tx, locked.opportunityId, id), 'input.placementId');
      }
      if (opportunity && CAPACITY_HOLDING.includes(to) && !CAPACITY_HOLDING.includes(locked.status)) {
        await this.checkCapacity(tx, opportunity, locked, 'input.placementId');
      }
      const placement = await placements.changeStatus(tx, id, change, changes);
      audit({ entityType: 'Placement', entityId: id, action: 'STATUS_CHANGED', before: locked, after: placement });
      emit(
        placementEvent(placementStatusEvent(to), placement, {
          status: to,
          fromStatus: locked.status,
          opportunityId: placement.opportunityId,
        }),
      );
      return { placement, change };
    });
  }

  async recordTrainingAgreement(input: RecordTrainingAgreementInput, context: PlacementsContext): Promise<PlacementEntity> {
    const id = parseId('input.placementId', input.placementId);
    const placement = await this.repositories.placements.findById(id);
    if (!placement) throw new NotFoundError('Placement', id, 'input.placementId');
    await placementScope.require(context, placement, { field: 'input.placementId', what: `placement ${placement.id}` });
    if (!AGREEMENT_EDITABLE.includes(placement.status)) {
      throw new UserInputError('input.placementId', `the placement is ${placement.status}; its agreement can no longer change`, {
        rule: 'PLACEMENT_CLOSED',
      });
    }
    for (const [field, date] of [
      ['input.parentConsentOn', input.parentConsentOn],
      ['input.employmentCertificateOn', input.employmentCertificateOn],
    ] as const) {
      if (date && date > placement.endDate) throw new UserInputError(field, `must not be after the placement ends (${placement.endDate})`);
    }
    if (input.signedOn > placement.endDate) {
      throw new UserInputError('input.signedOn', `must not be after the placement ends (${placement.endDate})`);
    }
    const changes = {
      agreementSignedOn: input.signedOn,
      parentConsentOn: input.parentConsentOn ?? null,
      employmentCertificateOn: input.employmentCertificateOn ?? null,
      weeklyHourCap: numberInRange('input.weeklyHourCap', input.weeklyHourCap, 0, 40, { exclusiveMin: true }),
      sharedStudentContact: [...new Set(input.sharedStudentContact ?? [])],
    };
    const { unitOfWork, placements } = this.repositories;
    return unitOfWork.transaction(context, 'recordTrainingAgreement', async (tx, audit, emit) => {
      const before = (await placements.findByIdForUpdate(tx, id))!;
      const after = await placements.update(tx, id, changes);
      audit({ entityType: 'Placement', entityId: id, action: 'AGREEMENT_RECORDED', before, after });
      await this.agreements.recordOnPaper(tx, audit, after, context.caller);
      emit(placementEvent('placement.agreement-recorded', after, { status: after.status, signedOn: after.agreementSignedOn }));
      return after;
    });
  }

  /**
   * The program the placement records: the opportunity's, only when the student is enrolled in it
   * in the placement's school year (department staff reach a placement through its program, so it
   * must be one whose students they reach). Department staff placing a student outside the program
   * are refused; for anyone else the placement is simply not a program placement.
   */
  private async programOf(student: PlacementStudent, opportunity: PlacementOpportunity, startDate: string, context: PlacementsContext): Promise<PlacementProgram | null> {
    if (!opportunity.program) return null;
    if (enrolledIn(student, opportunity.program.id, startDate)) return context.owners.students.load(PlacementProgramFragmentDoc, opportunity.program.id);
    if (context.caller.role === 'DEPARTMENT_STAFF') {
      throw new UserInputError(
        'input.studentId',
        `the student is not enrolled in the opportunity's program ${opportunity.program.id} in ${schoolYearOf(startDate).id}`,
        { rule: 'STUDENT_NOT_IN_PROGRAM' },
      );
    }
    return null;
  }

  /** Refuses when the partner's other placements holding a place already fill its capacity on some day of `placement`'s dates. */
  private async checkCapacity(
    tx: Tx,
    opportunity: PlacementOpportunity,
    placement: { id: string | null; startDate: string; endDate: string },
    field: string,
  ): Promise<void> {
    const held = await this.repositories.placements.capacityHeldByOthers(tx, opportunity.partner.id, placement.startDate, placement.endDate, placement.id);
    checkPartnerCapacity(opportunity.partner.capacity, peakConcurrent(held, placement.startDate, placement.endDate), field);
  }

  /** Activation re-checks everything creation checked (facts may have changed) plus the training agreement. */
  private async checkActivation(placement: PlacementEntity, context: PlacementsContext): Promise<PlacementOpportunity> {
    const field = 'input.placementId';
    const fields: EligibilityFields = { student: field, opportunity: field, supervisor: field, startDate: field, endDate: field };
    const facts = await lookUp(context, placement, fields);
    checkEligibility(
      { ...facts, startDate: placement.startDate, endDate: placement.endDate, today: this.settings.today() },
      fields,
      OPEN_FOR_ACTIVATION,
      this.settings.hazardousOccupations,
    );
    await checkAgreementComplete(this.repositories.agreements, placement.id, field);
    const age = ageOn(facts.student.dateOfBirth, placement.startDate);
    const gap = trainingAgreementGap(agreementOf(placement), age, placement.compensationKind !== 'UNPAID');
    if (gap) throw new UserInputError(field, gap, { rule: 'TRAINING_AGREEMENT_INCOMPLETE' });
    return facts.opportunity;
  }
}

/**
 * Serializes every write that could take one of the partner's places (the last slot of one of its
 * opportunities, or the last of its capacity), so each re-count sees every committed competitor.
 */
function lockPartner(unitOfWork: UnitOfWork, tx: Tx, partnerId: string): Promise<void> {
  return unitOfWork.lock(tx, `partner:${partnerId}`);
}

function checkTransition(from: PlacementStatus, to: PlacementStatus): void {
  if (!TRANSITIONS[from].includes(to)) {
    const allowed = TRANSITIONS[from].length > 0 ? `only to ${TRANSITIONS[from].join(', ')}` : 'nowhere; it is final';
    throw new UserInputError('input.status', `a ${from} placement cannot move to ${to} (${allowed})`, {
      rule: 'INVALID_STATUS_TRANSITION',
    });
  }
}

function statusChange(
  placementId: string,
  from: PlacementStatus | null,
  to: PlacementStatus,
  context: PlacementsContext,
  reason: string | null,
  at: Date,
): PlacementStatusChangeEntity {
  return { id: randomUUID(), placementId, fromStatus: from, toStatus: to, changedBy: context.caller.subject, changedAt: at, reason };
}

function duplicatePlacement(): ConflictError {
  return new ConflictError('the student already has an open placement on this opportunity', {
    field: 'input.studentId',
    rule: 'DUPLICATE_PLACEMENT',
  });
}

/** A self-service step refused because the placement is not (or no longer) in a status the step applies to. */
function notInStatus(placement: PlacementEntity, expected: readonly PlacementStatus[]): UserInputError {
  return new UserInputError('input.placementId', `the placement is ${placement.status}, not ${expected.join(' or ')}`, {
    rule: 'INVALID_STATUS_TRANSITION',
  });
}

/** A retried application answers with the original; the key used for another opportunity is a conflict. */
function sameApplication(earlier: PlacementEntity, retried: PlacementEntity): PlacementEntity {
  if (earlier.opportunityId === retried.opportunityId) return earlier;
  throw new ConflictError('this idempotency key was already used for an application to another opportunity', {
    field: 'input.idempotencyKey',
    rule: 'IDEMPOTENCY_KEY_REUSED',
  });
}

/** A new APPLIED placement of the student on the opportunity, with the school, program, year and pay snapshots. */
function newPlacement(
  on: { student: PlacementStudent; opportunity: PlacementOpportunity; program: PlacementProgram | null; startDate: string; endDate: string },
  details: Pick<PlacementEntity, 'supervisorId' | 'plannedHours' | 'transportationSupport'> &
    Partial<Pick<PlacementEntity, 'applicationStatement' | 'availability' | 'applicationKey'>>,
): PlacementEntity {
  const { student, opportunity, program, startDate, endDate } = on;
  return Object.assign({} as PlacementEntity, {
    id: randomUUID(),
    studentId: student.id,
    opportunityId: opportunity.id,
    partnerId: opportunity.partner.id,
    worksiteId: opportunity.worksite?.id ?? null,
    schoolId: student.school.id,
    programId: program?.id ?? null,
    department: program?.department ?? null,
    schoolYear: schoolYearOf(startDate).id,
    status: 'APPLIED' as const,
    startDate,
    endDate,
    compensationKind: opportunity.compensation.kind,
    hourlyRate: opportunity.compensation.kind === 'UNPAID' ? null : opportunity.compensation.hourlyRate,
    agreementSignedOn: null,
    parentConsentOn: null,
    employmentCertificateOn: null,
    weeklyHourCap: null,
    sharedStudentContact: [],
    applicationStatement: null,
    availability: null,
    applicationKey: null,
    ...details,
  });
}

/** The student, opportunity and supervisor from their owning subgraphs, looked up in parallel. */
async function lookUp(
  context: PlacementsContext,
  ids: { studentId: string; opportunityId: string; supervisorId: string | null },
  fields: EligibilityFields,
): Promise<{ student: PlacementStudent; opportunity: PlacementOpportunity; supervisor: PlacementSupervisor }> {
  const { supervisorId } = ids;
  // Only an application not offered yet has none, and only an offer (which assigns one) moves it on.
  if (!supervisorId) throw new UserInputError(fields.supervisor, 'the placement has no supervisor yet', { rule: 'SUPERVISOR_REQUIRED' });
  const [student, opportunity, supervisor] = await Promise.all([
    lookUpStudent(context.owners, ids.studentId),
    context.owners.partners.load(PlacementOpportunityFragmentDoc, ids.opportunityId),
    context.owners.partners.load(PlacementSupervisorFragmentDoc, supervisorId),
  ]);
  const missing = (field: string, what: string, id: string) =>
    new UserInputError(field, `${what} ${id} does not exist`, { rule: 'REFERENCE_NOT_FOUND' });
  if (!student) throw missing(fields.student, 'student', ids.studentId);
  if (!opportunity) throw missing(fields.opportunity, 'opportunity', ids.opportunityId);
  if (!supervisor) throw missing(fields.supervisor, 'partner contact', supervisorId);
  return { student, opportunity, supervisor };
}

function placementQuery(filter: PlacementFilter | null | undefined): PlacementQuery {
  if (!filter) return {};
  return {
    studentId: filter.studentId ? parseId('filter.studentId', filter.studentId) : undefined,
    partnerId: filter.partnerId ? parseId('filter.partnerId', filter.partnerId) : undefined,
    opportunityId: filter.opportunityId ? parseId('filter.opportunityId', filter.opportunityId) : undefined,
    schoolId: filter.schoolId ? parseId('filter.schoolId', filter.schoolId) : undefined,
    schoolYear: filter.schoolYear ? parseSchoolYear('filter.schoolYear', filter.schoolYear).id : undefined,
    status: filter.status ?? undefined,
    changedSince: filter.changedSince ?? undefined,
  };
}
