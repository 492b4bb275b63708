import {
  ConflictError,
  type EmittedEvent,
  NotFoundError,
  numberInRange,
  pageRequest,
  parseId,
  parseSchoolYear,
  requiredText,
  schoolYearOf,
  today,
  toConnection,
  uniqueViolation,
  UserInputError,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { CredentialAwardConnection } from '../connections';
import type { CredentialsContext } from '../context';
import type { CredentialAwardEntity } from '../entities/credential-award.entity';
import type { CredentialEntity } from '../entities/credential.entity';
import type {
  CredentialAwardFilter,
  RecordCredentialAwardInput,
  RevokeCredentialAwardInput,
  VerificationStatus,
  VerifyCredentialAwardInput,
} from '../generated/graphql';
import type { CredentialsRepositories } from '../repositories';
import { AwardRepository, type AwardQuery } from '../repositories/award.repository';
import { awardDepartment } from './award-department';
import { isCourseType } from './credential.service';
import { awardScope, studentScope } from '../policy';
import { requireStudent, studentReportingSnapshotOf } from './student-directory';

const TERM = /^\d{4}-(FALL|SPRING|SUMMER)$/;
const NO_CREDIT_GRADES = ['F', 'W'];
const COURSE_FIELDS = ['term', 'grade', 'creditHoursEarned'] as const;

/** Students' credential awards and their SELF_REPORTED → VERIFIED / REVOKED life cycle. */
export class AwardService {
  constructor(private readonly repositories: CredentialsRepositories) {}

  async get(rawId: string, context: CredentialsContext): Promise<CredentialAwardEntity | null> {
    return awardScope.visible(context, await context.loaders.awardById.load(parseId('id', rawId)));
  }

  /** Narrowed to the caller's scope in SQL (the school and department snapshots, or the student's own). */
  async list(
    filter: CredentialAwardFilter | null | undefined,
    args: { first?: number | null; after?: string | null },
    context: CredentialsContext,
  ): Promise<CredentialAwardConnection> {
    const year = filter?.schoolYear ? parseSchoolYear('filter.schoolYear', filter.schoolYear) : undefined;
    const query: AwardQuery = {
      scope: awardScope.rowsFor(context.caller),
      studentId: filter?.studentId ? parseId('filter.studentId', filter.studentId) : undefined,
      credentialId: filter?.credentialId ? parseId('filter.credentialId', filter.credentialId) : undefined,
      schoolId: filter?.schoolId ? parseId('filter.schoolId', filter.schoolId) : undefined,
      verificationStatus: filter?.verificationStatus ?? undefined,
      earnedBetween: year ? { from: year.firstDay, to: year.lastDay } : undefined,
    };
    const page = pageRequest(args, { arity: 2 });
    const rows = await this.repositories.awards.page(query, page);
    return toConnection(rows, page, AwardRepository.cursorOf, () => this.repositories.awards.count(query));
  }

  /** A student's awards, most recent first; department staff see their department's only. */
  async ofStudent(studentId: string, status: VerificationStatus | null | undefined, context: CredentialsContext): Promise<CredentialAwardEntity[]> {
    const { loaders, caller } = context;
    const awards = await (caller.role === 'DEPARTMENT_STAFF' ? loaders.departmentAwardsByStudent : loaders.awardsByStudent).load(studentId);
    return status ? awards.filter((award) => award.verificationStatus === status) : awards;
  }

  async record(input: RecordCredentialAwardInput, context: CredentialsContext): Promise<CredentialAwardEntity> {
    const studentId = parseId('input.studentId', input.studentId);
    const credentialId = parseId('input.credentialId', input.credentialId);
    if (input.earnedOn > today()) {
      throw new UserInputError('input.earnedOn', 'must not be in the future', { rule: 'EARNED_IN_FUTURE' });
    }
    if (input.expiresOn != null && input.expiresOn <= input.earnedOn) {
      throw new UserInputError('input.expiresOn', `must be after the earned date ${input.earnedOn}`, { rule: 'EXPIRES_BEFORE_EARNED' });
    }
    const credential = await context.loaders.credentialById.load(credentialId);
    if (!credential) throw new UserInputError('input.credentialId', `credential ${credentialId} does not exist`);
    const course = courseFields(input, credential);
    // Last check before writing: the students subgraph says who the student is, where they study
    // (the caller's scope, and the school snapshot) and which programs they are in (the department).
    const student = await requireStudent(context.owners, studentId, 'input.studentId');
    await studentScope.require(context, { id: studentId }, { field: 'input.studentId', what: `student ${studentId}` });
    const award = {
      id: randomUUID(),
      studentId,
      credentialId,
      earnedOn: input.earnedOn,
      schoolId: student.school.id,
      department: awardDepartment(credential, student.enrollments),
      verificationStatus: 'SELF_REPORTED',
      verifiedBy: null,
      verifiedAt: null,
      revokedBy: null,
      revokedAt: null,
      revocationReason: null,
      expiresOn: input.expiresOn ?? null,
      ...course,
      recordedBy: context.caller.subject,
    } as CredentialAwardEntity;
    const schoolYear = schoolYearOf(award.earnedOn).id;
    const snapshot = await studentReportingSnapshotOf(context.owners, studentId, { schoolYear, schoolId: award.schoolId }, 'input.studentId');
    try {
      const { unitOfWork, awards, reporting } = this.repositories;
      return await unitOfWork.transaction(context, 'recordCredentialAward', async (tx, audit, emit) => {
        // One student's awards of one credential queue here, so the duplicate check and the insert
        // cannot interleave with another request's.
        await unitOfWork.lock(tx, `credential-award:${studentId}:${credentialId}`);
        const standing = await awards.standing(tx, studentId, credentialId);
        const clash = standing.find((other) => (course.term ? other.term === course.term : overlaps(other, award)));
        if (clash) throw duplicateAward(credential, clash);
        const inserted = await awards.insert(tx, award);
        audit({ entityType: 'CredentialAward', entityId: inserted.id, action: 'RECORDED', before: null, after: inserted });
        emit(awardEvent('award.recorded', inserted));
        await reporting.insertAwardSnapshot(tx, { awardId: award.id, schoolYear, ...snapshot });
        return inserted;
      });
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === 'UQ_credential_awards_course_term' || constraint === 'UQ_credential_awards_active') {
        throw duplicateAward(credential, null);
      }
      throw error;
    }
  }

  async verify(input: VerifyCredentialAwardInput, context: CredentialsContext): Promise<CredentialAwardEntity> {
    const award = await this.existing(input.awardId);
    await awardScope.require(context, award, { field: 'input.awardId', what: `award ${award.id}` });
    checkTransition(award, 'VERIFIED');
    const updated = await this.transition(
      award.id,
      ['SELF_REPORTED'],
      { verificationStatus: 'VERIFIED', verifiedBy: context.caller.subject, verifiedAt: new Date() },
      context,
      'verifyCredentialAward',
    );
    return updated ?? this.raced(award.id, 'VERIFIED');
  }

  async revoke(input: RevokeCredentialAwardInput, context: CredentialsContext): Promise<CredentialAwardEntity> {
    const award = await this.existing(input.awardId);
    await awardScope.require(context, award, { field: 'input.awardId', what: `award ${award.id}` });
    const reason = requiredText('input.reason', input.reason, 500);
    checkTransition(award, 'REVOKED');
    const updated = await this.transition(
      award.id,
      ['SELF_REPORTED', 'VERIFIED'],
      { verificationStatus: 'REVOKED', revokedBy: context.caller.subject, revokedAt: new Date(), revocationReason: reason },
      context,
      'revokeCredentialAward',
    );
    return updated ?? this.raced(award.id, 'REVOKED');
  }

  /**
   * Changes an award only if it is still in `expected` status, audited as `changes.verificationStatus`;
   * the row is locked first so `before` is exactly what the change replaced. Null when another
   * request moved it first (nothing is written then).
   */
  private transition(
    id: string,
    expected: VerificationStatus[],
    changes: Partial<CredentialAwardEntity> & { verificationStatus: VerificationStatus },
    context: CredentialsContext,
    operation: string,
  ): Promise<CredentialAwardEntity | null> {
    const { unitOfWork, awards } = this.repositories;
    return unitOfWork.transaction(context, operation, async (tx, audit, emit) => {
      const before = await awards.findByIdForUpdate(tx, id);
      if (!before || !expected.includes(before.verificationStatus)) return null;
      const after = await awards.update(tx, id, changes);
      audit({ entityType: 'CredentialAward', entityId: id, action: changes.verificationStatus, before, after });
      emit(awardEvent(`award.${changes.verificationStatus.toLowerCase()}`, after));
      return after;
    });
  }

  /** Another request changed the status between our read and our write: report what it is now. */
  private async raced(id: string, target: 'VERIFIED' | 'REVOKED'): Promise<never> {
    checkTransition((await this.repositories.awards.findById(id))!, target);
    throw new ConflictError('the award changed while this request ran; try again', { field: 'input.awardId' });
  }

  private async existing(rawId: string): Promise<CredentialAwardEntity> {
    const id = parseId('input.awardId', rawId);
    const award = await this.repositories.awards.findById(id);
    if (!award) throw new NotFoundError('CredentialAward', id, 'input.awardId');
    return award;
  }
}

/** An event about an award, routed by its student and school (awards have no partner). */
function awardEvent(type: string, award: CredentialAwardEntity): EmittedEvent {
  return {
    type,
    subjectType: 'CredentialAward',
    subjectId: award.id,
    partnerId: null,
    studentId: award.studentId,
    schoolId: award.schoolId,
    data: { credentialId: award.credentialId, verificationStatus: award.verificationStatus },
  };
}

/** Course awards carry term, grade and credit hours; other awards carry none of them. */
function courseFields(
  input: RecordCredentialAwardInput,
  credential: CredentialEntity,
): Pick<CredentialAwardEntity, 'term' | 'grade' | 'creditHoursEarned'> {
  if (!isCourseType(credential.type)) {
    const given = COURSE_FIELDS.find((field) => input[field] != null);
    if (given) {
      throw new UserInputError(`input.${given}`, `only college courses have a ${given}; ${credential.name} is a ${credential.type}`, {
        rule: 'COURSE_FIELDS_MISMATCH',
      });
    }
    return { term: null, grade: null, creditHoursEarned: null };
  }
  const missing = COURSE_FIELDS.find((field) => input[field] == null);
  if (missing) {
    throw new UserInputError(`input.${missing}`, `is required for the college course ${credential.name}`, { rule: 'COURSE_FIELDS_MISMATCH' });
  }
  const term = input.term!.trim().toUpperCase();
  if (!TERM.test(term)) throw new UserInputError('input.term', 'must be written like 2025-FALL (FALL, SPRING or SUMMER)', { rule: 'TERM_FORMAT' });
  const grade = input.grade!;
  const hours = numberInRange('input.creditHoursEarned', input.creditHoursEarned!, 0, 20);
  if (hours > credential.creditHours!) {
    throw new UserInputError('input.creditHoursEarned', `${credential.name} is worth ${credential.creditHours} credit hours, not ${hours}`, {
      rule: 'CREDIT_HOURS_EXCEED_COURSE',
    });
  }
  if (NO_CREDIT_GRADES.includes(grade) && hours !== 0) {
    throw new UserInputError('input.creditHoursEarned', `must be 0 for grade ${grade}`, { rule: 'NO_CREDIT_FOR_GRADE' });
  }
  return { term, grade, creditHoursEarned: hours };
}

/** Two awards of one credential overlap unless one expired before the other was earned. */
function overlaps(a: Pick<CredentialAwardEntity, 'earnedOn' | 'expiresOn'>, b: Pick<CredentialAwardEntity, 'earnedOn' | 'expiresOn'>): boolean {
  return (a.expiresOn === null || a.expiresOn > b.earnedOn) && (b.expiresOn === null || b.expiresOn > a.earnedOn);
}

function checkTransition(award: CredentialAwardEntity, target: 'VERIFIED' | 'REVOKED'): void {
  if (award.verificationStatus === 'REVOKED') {
    throw new ConflictError('the award is revoked; revocation is final', { field: 'input.awardId', rule: 'AWARD_REVOKED' });
  }
  if (target === 'VERIFIED' && award.verificationStatus === 'VERIFIED') {
    throw new ConflictError(`the award was already verified by ${award.verifiedBy}`, { field: 'input.awardId', rule: 'ALREADY_VERIFIED' });
  }
}

function duplicateAward(credential: CredentialEntity, clash: CredentialAwardEntity | null): UserInputError {
  const what = clash?.term ? `for ${clash.term}` : clash ? `(earned ${clash.earnedOn}, still valid)` : 'already';
  return new UserInputError('input.credentialId', `the student already holds ${credential.name} ${what}`, { rule: 'DUPLICATE_AWARD' });
}
