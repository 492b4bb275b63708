import { optionalText, parseId, schoolYearOf, today, UserInputError } from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { CredentialsContext } from '../context';
import type { ReadinessDeterminationEntity } from '../entities/readiness-determination.entity';
import type { RecordCollegeReadinessInput } from '../generated/graphql';
import type { CollegeReadinessModel } from '../mappers';
import type { CredentialsRepositories } from '../repositories';
import { studentScope } from '../policy';
import { requireStudent, studentReportingSnapshotOf } from './student-directory';

/** Chicago Roadmap college-level math and English eligibility determinations. */
export class ReadinessService {
  constructor(private readonly repositories: CredentialsRepositories) {}

  async record(input: RecordCollegeReadinessInput, context: CredentialsContext): Promise<ReadinessDeterminationEntity> {
    const studentId = parseId('input.studentId', input.studentId);
    if (input.asOf > today()) throw new UserInputError('input.asOf', 'must not be in the future', { rule: 'AS_OF_IN_FUTURE' });
    const detail = optionalText('input.detail', input.detail, 500);
    const student = await requireStudent(context.owners, studentId, 'input.studentId');
    await studentScope.require(context, { id: studentId }, { field: 'input.studentId', what: `student ${studentId}` });
    const id = randomUUID();
    const schoolYear = schoolYearOf(input.asOf).id;
    const snapshot = await studentReportingSnapshotOf(context.owners, studentId, { schoolYear, schoolId: student.school.id }, 'input.studentId');
    const determination = {
      id,
      studentId,
      subject: input.subject,
      eligible: input.eligible,
      basis: input.basis,
      detail,
      asOf: input.asOf,
      recordedBy: context.caller.subject,
    } as ReadinessDeterminationEntity;
    const { unitOfWork, readiness, reporting } = this.repositories;
    return unitOfWork.transaction(context, 'recordCollegeReadiness', async (tx) => {
      const recorded = await readiness.insert(tx, determination);
      await reporting.insertReadinessSnapshot(tx, { determinationId: id, schoolYear, ...snapshot });
      return recorded;
    });
  }
}

/** The latest determination per subject, from determinations ordered latest first. */
export function latestReadiness(determinations: ReadinessDeterminationEntity[]): CollegeReadinessModel {
  return {
    math: determinations.find((d) => d.subject === 'MATH') ?? null,
    english: determinations.find((d) => d.subject === 'ENGLISH') ?? null,
  };
}
