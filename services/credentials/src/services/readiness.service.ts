import { optionalText, parseId, schoolYearOf, today, UserInputError } from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { CredentialsContext } from '../context';
import type { ReadinessDeterminationEntity } from '../entities/readiness-determination.entity';
import type { RecordCollegeReadinessInput } from '../generated/graphql';
import type { CollegeReadinessModel } from '../mappers';
import type { CredentialsRepositories } from '../repositories';
import { requireStudentScope } from './scope';
import type { StudentDirectory } from './student-directory';

/** Chicago Roadmap college-level math and English eligibility determinations. */
export class ReadinessService {
  constructor(
    private readonly repositories: CredentialsRepositories,
    private readonly students: StudentDirectory,
  ) {}

  async record(input: RecordCollegeReadinessInput, context: CredentialsContext): Promise<ReadinessDeterminationEntity> {
    const studentId = parseId('input.studentId', input.studentId);
    if (input.asOf > today()) throw new UserInputError('input.asOf', 'must not be in the future', { rule: 'AS_OF_IN_FUTURE' });
    const detail = optionalText('input.detail', input.detail, 500);
    const student = await this.students.require(studentId, 'input.studentId');
    context.loaders.studentById.prime(studentId, student);
    await requireStudentScope(context, 'recordCollegeReadiness', studentId, 'input.studentId');
    const id = randomUUID();
    const schoolYear = schoolYearOf(input.asOf).id;
    const snapshot = await this.students.reportingSnapshot(studentId, schoolYear, student.school.id, 'input.studentId');
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
    return this.repositories.reporting.insertDetermination(determination, { determinationId: id, schoolYear, ...snapshot });
  }
}

/** The latest determination per subject, from determinations ordered latest first. */
export function latestReadiness(determinations: ReadinessDeterminationEntity[]): CollegeReadinessModel {
  return {
    math: determinations.find((d) => d.subject === 'MATH') ?? null,
    english: determinations.find((d) => d.subject === 'ENGLISH') ?? null,
  };
}
