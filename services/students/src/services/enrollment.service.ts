import {
  ConflictError,
  NotFoundError,
  numberInRange,
  optionalText,
  parseId,
  parseSchoolYear,
  requiredText,
  schoolYearOf,
  today,
  uniqueViolation,
  UserInputError,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { StudentsContext } from '../context';
import type { CourseCompletionEntity } from '../entities/course-completion.entity';
import type { ProgramEnrollmentEntity } from '../entities/program-enrollment.entity';
import type {
  EnrollStudentInProgramInput,
  ExitProgramEnrollmentInput,
  RecordCourseCompletionInput,
} from '../generated/graphql';
import type { StudentsRepositories } from '../repositories';
import { studentScope } from '../policy';

const COURSE_CODE = /^[A-Z0-9][A-Z0-9.-]{0,19}$/;

/** Program enrollments and the course completions Perkins status is derived from. */
export class EnrollmentService {
  constructor(private readonly repositories: StudentsRepositories) {}

  async enroll(input: EnrollStudentInProgramInput, context: StudentsContext): Promise<ProgramEnrollmentEntity> {
    const studentId = parseId('input.studentId', input.studentId);
    const programId = parseId('input.programId', input.programId);
    const schoolYear = parseSchoolYear('input.schoolYear', input.schoolYear);
    if (input.beginDate < schoolYear.firstDay || input.beginDate > schoolYear.lastDay) {
      throw new UserInputError('input.beginDate', `${input.beginDate} is outside school year ${schoolYear.id}`, {
        rule: 'BEGIN_OUTSIDE_SCHOOL_YEAR',
      });
    }
    const [student, program] = await Promise.all([
      context.loaders.studentById.load(studentId),
      context.loaders.programById.load(programId),
    ]);
    if (!student) throw new UserInputError('input.studentId', `student ${studentId} does not exist`);
    if (!program) throw new UserInputError('input.programId', `program ${programId} does not exist`);
    await studentScope.require(context, student, { field: 'input.studentId', what: `student ${student.id}` });
    // A graduate's past years may still be recorded; no year after the class graduated.
    if (student.enrollmentStatus === 'GRADUATED' && schoolYear.startYear + 1 > student.cohort) {
      throw new UserInputError('input.schoolYear', `the student graduated with the class of ${student.cohort}, before ${schoolYear.id}`, {
        rule: 'STUDENT_GRADUATED',
      });
    }
    // A student the SIS withdrew (OneRoster `tobedeleted`) keeps their past years; no current or later one.
    if (student.enrollmentStatus === 'WITHDRAWN' && schoolYear.startYear >= schoolYearOf(today()).startYear) {
      throw new UserInputError('input.studentId', `the student was withdrawn from the district; no enrollment in ${schoolYear.id}`, {
        rule: 'STUDENT_WITHDRAWN',
      });
    }
    if (!(await this.repositories.programs.isOffered(programId, student.schoolId))) {
      throw new UserInputError('input.programId', `${program.name} is not offered at the student's school`, {
        rule: 'PROGRAM_NOT_OFFERED_AT_SCHOOL',
      });
    }
    const duplicate = () =>
      new UserInputError('input.programId', `the student is already enrolled in ${program.name} for ${schoolYear.id}`, {
        rule: 'DUPLICATE_ENROLLMENT',
      });
    if (await this.repositories.enrollments.findOne(studentId, programId, schoolYear.id)) throw duplicate();
    try {
      return await this.repositories.enrollments.insert({
        id: randomUUID(),
        studentId,
        programId,
        schoolYear: schoolYear.id,
        beginDate: input.beginDate,
        endDate: null,
        exitReason: null,
      } as ProgramEnrollmentEntity);
    } catch (error) {
      if (uniqueViolation(error) === 'UQ_program_enrollments_student_program_year') throw duplicate();
      throw error;
    }
  }

  async exit(input: ExitProgramEnrollmentInput, context: StudentsContext): Promise<ProgramEnrollmentEntity> {
    const enrollment = await this.existing(input.enrollmentId, context);
    if (enrollment.endDate) {
      throw new ConflictError(`the enrollment already ended on ${enrollment.endDate}`, {
        field: 'input.enrollmentId',
        rule: 'ENROLLMENT_ALREADY_ENDED',
      });
    }
    if (input.endDate < enrollment.beginDate) {
      throw new UserInputError('input.endDate', `${input.endDate} is before the begin date ${enrollment.beginDate}`, {
        rule: 'END_BEFORE_BEGIN',
      });
    }
    const { lastDay } = parseSchoolYear('schoolYear', enrollment.schoolYear);
    if (input.endDate > lastDay) {
      throw new UserInputError('input.endDate', `${input.endDate} is after the school year ends (${lastDay})`, {
        rule: 'END_AFTER_SCHOOL_YEAR',
      });
    }
    const exitReason = optionalText('input.exitReason', input.exitReason, 200);
    return (await this.repositories.enrollments.close(enrollment.id, input.endDate, exitReason))!;
  }

  async recordCompletion(
    input: RecordCourseCompletionInput,
    context: StudentsContext,
  ): Promise<{ enrollment: ProgramEnrollmentEntity; courseCompletion: CourseCompletionEntity }> {
    const enrollment = await this.existing(input.enrollmentId, context);
    const courseCode = input.courseCode.trim().toUpperCase();
    if (!COURSE_CODE.test(courseCode)) {
      throw new UserInputError('input.courseCode', 'must be 1 to 20 letters, digits, dots or dashes');
    }
    const courseTitle = requiredText('input.courseTitle', input.courseTitle, 200);
    const earnedCredits = numberInRange('input.earnedCredits', input.earnedCredits, 0, 10, { exclusiveMin: true });
    const lastDay = enrollment.endDate ?? parseSchoolYear('schoolYear', enrollment.schoolYear).lastDay;
    if (input.completedOn < enrollment.beginDate || input.completedOn > lastDay) {
      throw new UserInputError('input.completedOn', `must fall within the enrollment (${enrollment.beginDate} to ${lastDay})`, {
        rule: 'COMPLETION_OUTSIDE_ENROLLMENT',
      });
    }
    if (input.completedOn > today()) {
      throw new UserInputError('input.completedOn', 'must not be in the future', { rule: 'COMPLETION_IN_FUTURE' });
    }
    const duplicate = () =>
      new UserInputError('input.courseCode', `course ${courseCode} is already recorded for this enrollment`, {
        rule: 'DUPLICATE_COURSE_COMPLETION',
      });
    if (await this.repositories.enrollments.findCompletion(enrollment.id, courseCode)) throw duplicate();
    try {
      const courseCompletion = await this.repositories.enrollments.insertCompletion({
        id: randomUUID(),
        enrollmentId: enrollment.id,
        courseCode,
        courseTitle,
        completedOn: input.completedOn,
        earnedCredits,
      } as CourseCompletionEntity);
      return { enrollment, courseCompletion };
    } catch (error) {
      if (uniqueViolation(error) === 'UQ_course_completions_enrollment_course') throw duplicate();
      throw error;
    }
  }

  /** The enrollment, if it exists and its student is in the caller's scope. */
  private async existing(rawId: string, context: StudentsContext): Promise<ProgramEnrollmentEntity> {
    const id = parseId('input.enrollmentId', rawId);
    const enrollment = await this.repositories.enrollments.findById(id);
    if (!enrollment) throw new NotFoundError('ProgramEnrollment', id, 'input.enrollmentId');
    const student = (await context.loaders.studentById.load(enrollment.studentId))!;
    await studentScope.require(context, student, { field: 'input.enrollmentId', what: `student ${student.id}` });
    return enrollment;
  }
}

