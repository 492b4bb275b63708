import {
  ageOn,
  isUuid,
  integerInRange,
  optionalText,
  pageRequest,
  parseId,
  requiredText,
  NotFoundError,
  outsideScope,
  schoolYearOf,
  today,
  toConnection,
  uniqueViolation,
  UserInputError,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import type { StudentConnection } from '../connections';
import type { StudentsSettings } from '../config/students-settings';
import type { StudentsContext } from '../context';
import type { SchoolEntity } from '../entities/school.entity';
import type { StudentEntity } from '../entities/student.entity';
import type { CreateStudentInput, GraduateClassInput, StudentFilter, UpdateDirectoryOptOutsInput, UpdateStudentInput } from '../generated/graphql';
import type { StudentsRepositories } from '../repositories';
import { StudentRepository, type StudentQuery } from '../repositories/student.repository';
import { requestedFields } from './requested-fields';
import { schoolScope, studentScope } from '../policy';

export const MIN_GRADE = 6;
export const MAX_GRADE = 12;
export const DISTRICT_STUDENT_ID = /^[A-Za-z0-9-]{1,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{7,20}$/;

export class StudentService {
  constructor(
    private readonly repositories: StudentsRepositories,
    private readonly settings: Pick<StudentsSettings, 'graduationOpensOn' | 'today'>,
  ) {}

  async list(
    filter: StudentFilter | null | undefined,
    args: { first?: number | null; after?: string | null },
    context: StudentsContext,
  ): Promise<StudentConnection> {
    const query = { ...studentQuery(filter), scope: studentScope.rowsFor(context.caller) };
    const page = pageRequest(args, { arity: 3 });
    const rows = await this.repositories.students.page(query, page);
    return toConnection(rows, page, StudentRepository.cursorOf, () => this.repositories.students.count(query));
  }

  /**
   * One student for `student(id)` and `_entities`: null when there is none, FORBIDDEN (OUTSIDE_SCOPE)
   * when the caller may not see it, recorded as a refused disclosure for a partner.
   */
  async findVisible(id: string, context: StudentsContext, info: GraphQLResolveInfo): Promise<StudentEntity | null> {
    const student = await context.loaders.studentById.load(id);
    if (!student) return null;
    let visible: boolean;
    try {
      visible = await studentScope.contains(context, student);
    } catch (error) {
      // Placements could not vouch for the partner: refused, never answered without the check.
      context.disclosures.refusedLookup(student.id, requestedFields(info, 'Student'), 'SERVICE_UNAVAILABLE');
      throw error;
    }
    if (!visible) {
      context.disclosures.refusedLookup(student.id, requestedFields(info, 'Student'), 'OUTSIDE_SCOPE');
      throw outsideScope(context.caller, 'this Student');
    }
    return student;
  }

  /** `_entities` hands out only well-formed ids' students, under the same scope as `student(id)`. */
  reference(id: string, context: StudentsContext, info: GraphQLResolveInfo): Promise<StudentEntity | null> | null {
    return isUuid(id) ? this.findVisible(id, context, info) : null;
  }

  async updateDirectoryOptOuts(input: UpdateDirectoryOptOutsInput, context: StudentsContext): Promise<StudentEntity> {
    const student = await this.existing(input.studentId, 'input.studentId');
    await studentScope.require(context, student, { field: 'input.studentId', what: `student ${student.id}` });
    const directoryOptOuts = [...new Set(input.optOuts)].sort();
    return (await this.repositories.students.update(student.id, { directoryOptOuts }))!;
  }

  async create(input: CreateStudentInput, context: StudentsContext): Promise<StudentEntity> {
    const districtStudentId = input.districtStudentId.trim();
    if (!DISTRICT_STUDENT_ID.test(districtStudentId)) {
      throw new UserInputError('input.districtStudentId', 'must be 1 to 20 letters, digits or dashes');
    }
    const student = Object.assign({} as StudentEntity, {
      id: randomUUID(),
      districtStudentId,
      legalFirstName: requiredText('input.legalFirstName', input.legalFirstName, 100),
      legalLastName: requiredText('input.legalLastName', input.legalLastName, 100),
      preferredName: optionalText('input.preferredName', input.preferredName, 100),
      dateOfBirth: validDateOfBirth('input.dateOfBirth', input.dateOfBirth),
      gradeLevel: integerInRange('input.gradeLevel', input.gradeLevel, MIN_GRADE, MAX_GRADE),
      cohort: validCohort('input.cohort', input.cohort),
      schoolId: parseId('input.schoolId', input.schoolId),
      englishLearner: input.englishLearner,
      disabilityPlan: input.disabilityPlan,
      economicallyDisadvantaged: input.economicallyDisadvantaged,
      raceEthnicity: input.raceEthnicity,
      gender: input.gender,
      email: validEmail('input.email', input.email),
      phone: validPhone('input.phone', input.phone),
    });
    await schoolScope.require(context, { id: student.schoolId }, { field: 'input.schoolId', what: `school ${student.schoolId}` });
    await this.checkSchoolServesGrade(student, context, 'input.schoolId');
    if (await this.repositories.students.findByDistrictStudentId(districtStudentId)) {
      throw duplicateDistrictId(districtStudentId);
    }
    try {
      return await this.repositories.students.insert(student);
    } catch (error) {
      // Two creates raced past the check above; the unique constraint decided.
      if (uniqueViolation(error) === 'UQ_students_district_student_id') throw duplicateDistrictId(districtStudentId);
      throw error;
    }
  }

  async update(input: UpdateStudentInput, context: StudentsContext): Promise<StudentEntity> {
    const current = await this.existing(input.id, 'input.id');
    const { id } = current;
    await studentScope.require(context, current, { field: 'input.id', what: `student ${current.id}` });
    const changes: Partial<StudentEntity> = {};
    if (input.legalFirstName != null) changes.legalFirstName = requiredText('input.legalFirstName', input.legalFirstName, 100);
    if (input.legalLastName != null) changes.legalLastName = requiredText('input.legalLastName', input.legalLastName, 100);
    if (input.preferredName !== undefined) changes.preferredName = optionalText('input.preferredName', input.preferredName, 100);
    if (input.dateOfBirth != null) changes.dateOfBirth = validDateOfBirth('input.dateOfBirth', input.dateOfBirth);
    if (input.gradeLevel != null) changes.gradeLevel = integerInRange('input.gradeLevel', input.gradeLevel, MIN_GRADE, MAX_GRADE);
    if (input.cohort != null) changes.cohort = validCohort('input.cohort', input.cohort);
    if (input.enrollmentStatus != null) changes.enrollmentStatus = input.enrollmentStatus;
    if (input.schoolId != null) changes.schoolId = parseId('input.schoolId', input.schoolId);
    if (input.englishLearner != null) changes.englishLearner = input.englishLearner;
    if (input.disabilityPlan != null) changes.disabilityPlan = input.disabilityPlan;
    if (input.economicallyDisadvantaged != null) changes.economicallyDisadvantaged = input.economicallyDisadvantaged;
    if (input.raceEthnicity != null) changes.raceEthnicity = input.raceEthnicity;
    if (input.gender != null) changes.gender = input.gender;
    if (input.email !== undefined) changes.email = validEmail('input.email', input.email);
    if (input.phone !== undefined) changes.phone = validPhone('input.phone', input.phone);
    // One student graduates by the class's rule: a senior, once the class may graduate.
    if (changes.enrollmentStatus === 'GRADUATED' && current.enrollmentStatus !== 'GRADUATED') {
      const { gradeLevel, cohort } = { ...current, ...changes };
      if (gradeLevel !== MAX_GRADE) {
        throw new UserInputError('input.enrollmentStatus', `only a grade-${MAX_GRADE} student graduates, not one in grade ${gradeLevel}`, { rule: 'NOT_A_SENIOR' });
      }
      this.assertClassMayGraduate(cohort, 'input.enrollmentStatus');
    }
    // A move between schools needs both in the caller's scope (a district administrator otherwise).
    if (changes.schoolId !== undefined) await schoolScope.require(context, { id: changes.schoolId }, { field: 'input.schoolId', what: `school ${changes.schoolId}` });
    if (changes.schoolId !== undefined || changes.gradeLevel !== undefined) {
      await this.checkSchoolServesGrade({ ...current, ...changes }, context, changes.schoolId ? 'input.schoolId' : 'input.gradeLevel');
    }
    const updated = await this.repositories.students.update(id, changes);
    if (!updated) throw new NotFoundError('Student', id, 'input.id');
    return updated;
  }

  /**
   * The class of `input.cohort` graduates: its ENROLLED grade-12 students at the school (or the
   * caller's schools) become GRADUATED in one statement. Returns how many changed. This school
   * year's class may graduate from its GRADUATION_OPENS_ON day; an earlier class at any time.
   */
  async graduateClass(input: GraduateClassInput, context: StudentsContext): Promise<number> {
    const cohort = validCohort('input.cohort', input.cohort);
    this.assertClassMayGraduate(cohort, 'input.cohort');
    const schoolId = input.schoolId ? parseId('input.schoolId', input.schoolId) : undefined;
    if (schoolId) {
      await schoolScope.require(context, { id: schoolId }, { field: 'input.schoolId', what: `school ${schoolId}` });
      if (!(await context.loaders.schoolById.load(schoolId))) throw new UserInputError('input.schoolId', `school ${schoolId} does not exist`);
    }
    // District administrators reach every school, school staff only theirs (the policy admits no one else).
    const schoolIds = context.caller.role === 'DISTRICT_ADMIN' ? undefined : context.caller.scope.schoolIds;
    return this.repositories.students.graduate(cohort, { schoolId, schoolIds });
  }

  /** A later class, or this school year's before its GRADUATION_OPENS_ON day, may not graduate yet. */
  private assertClassMayGraduate(cohort: number, field: string): void {
    const on = this.settings.today();
    const graduatingNow = schoolYearOf(on).startYear + 1;
    const opensOn = `${graduatingNow}-${this.settings.graduationOpensOn}`;
    if (cohort > graduatingNow || (cohort === graduatingNow && on < opensOn)) {
      const when = cohort > graduatingNow ? `after this school year (the class of ${graduatingNow})` : `from ${opensOn}, the end of its senior year`;
      throw new UserInputError(field, `the class of ${cohort} graduates ${when}`, { rule: 'CLASS_NOT_GRADUATING_YET' });
    }
  }

  private async existing(rawId: string, field: string): Promise<StudentEntity> {
    const id = parseId(field, rawId);
    const student = await this.repositories.students.findById(id);
    if (!student) throw new NotFoundError('Student', id, field);
    return student;
  }

  private async checkSchoolServesGrade(
    student: Pick<StudentEntity, 'schoolId' | 'gradeLevel'>,
    context: StudentsContext,
    field: string,
  ): Promise<SchoolEntity> {
    const school = await context.loaders.schoolById.load(student.schoolId);
    if (!school) throw new UserInputError('input.schoolId', `school ${student.schoolId} does not exist`);
    checkGradeServed(school, student.gradeLevel, field);
    return school;
  }
}

export function checkGradeServed(school: Pick<SchoolEntity, 'name' | 'gradeLow' | 'gradeHigh'>, gradeLevel: number, field: string): void {
  if (gradeLevel < school.gradeLow || gradeLevel > school.gradeHigh) {
    throw new UserInputError(field, `${school.name} serves grades ${school.gradeLow}–${school.gradeHigh}, not grade ${gradeLevel}`, {
      rule: 'GRADE_NOT_SERVED_BY_SCHOOL',
    });
  }
}

function studentQuery(filter: StudentFilter | null | undefined): StudentQuery {
  if (!filter) return { enrollmentStatus: 'ENROLLED' };
  return {
    enrollmentStatus: filter.enrollmentStatus ?? 'ENROLLED',
    schoolId: filter.schoolId ? parseId('filter.schoolId', filter.schoolId) : undefined,
    programId: filter.programId ? parseId('filter.programId', filter.programId) : undefined,
    gradeLevel: filter.gradeLevel != null ? integerInRange('filter.gradeLevel', filter.gradeLevel, MIN_GRADE, MAX_GRADE) : undefined,
    cohort: filter.cohort != null ? validCohort('filter.cohort', filter.cohort) : undefined,
    search: filter.search ? filter.search.slice(0, 100) : undefined,
  };
}

/** Students in grades 6–12 are roughly 10 to 21 years old; anything else is a typo. */
export function validDateOfBirth(field: string, dateOfBirth: string): string {
  const age = ageOn(dateOfBirth, today());
  if (age < 9 || age > 22) throw new UserInputError(field, `gives an age of ${age}; students in grades 6–12 are 9 to 22`);
  return dateOfBirth;
}

export function validEmail(field: string, email: string | null | undefined): string | null {
  const value = optionalText(field, email, 254);
  if (value !== null && !EMAIL.test(value)) throw new UserInputError(field, 'must be an email address like name@example.org');
  return value;
}

export function validPhone(field: string, phone: string | null | undefined): string | null {
  const value = optionalText(field, phone, 20);
  if (value !== null && (!PHONE.test(value) || value.replace(/\D/g, '').length < 7)) {
    throw new UserInputError(field, 'must be a phone number: at least 7 digits, up to 20 characters with +, spaces, dots, dashes or parentheses');
  }
  return value;
}

export function validCohort(field: string, cohort: number): number {
  return integerInRange(field, cohort, 2000, 2100);
}

function duplicateDistrictId(districtStudentId: string): UserInputError {
  return new UserInputError('input.districtStudentId', `a student with district id ${districtStudentId} already exists`, {
    rule: 'DUPLICATE_DISTRICT_STUDENT_ID',
  });
}
