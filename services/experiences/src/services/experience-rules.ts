import { ConflictError, integerInRange, optionalText, requiredText, schoolYearOf, today, UserInputError } from '@careergraph/kit';
import type { ExperienceEntity } from '../entities/experience.entity';
import type { ExperienceStatus } from '../generated/graphql';

/** Grades group experiences are for (middle and high school). */
export const GRADE_LEVELS = { min: 6, max: 12 } as const;

/** Rows one attendance call or bulk registration takes: a career fair's roster. */
export const MAX_ROSTER_ROWS = 2000;

/** The fields every experience must keep valid, checked on create and on every update. */
export interface ExperienceFields {
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  gradeLevels: number[];
  capacity: number | null;
}

/** The fields checked and normalized (grades sorted, text trimmed); refuses with the input field named. */
export function checkExperienceFields(fields: ExperienceFields): ExperienceFields {
  const title = requiredText('input.title', fields.title);
  const description = optionalText('input.description', fields.description, 4000);
  if (fields.endsAt.getTime() <= fields.startsAt.getTime()) {
    throw new UserInputError('input.endsAt', 'must be after startsAt', { rule: 'ENDS_BEFORE_START' });
  }
  if (fields.gradeLevels.length === 0) throw new UserInputError('input.gradeLevels', 'name at least one grade', { rule: 'GRADE_LEVELS' });
  fields.gradeLevels.forEach((grade, i) => integerInRange(`input.gradeLevels.${i}`, grade, GRADE_LEVELS.min, GRADE_LEVELS.max));
  if (fields.capacity !== null) integerInRange('input.capacity', fields.capacity, 1, 100_000);
  return { ...fields, title, description, gradeLevels: [...new Set(fields.gradeLevels)].sort((a, b) => a - b) };
}

/** The school year an experience counts in: its start's date in the district's time zone. */
export function experienceSchoolYear(startsAt: Date): string {
  return schoolYearOf(today(undefined, startsAt)).id;
}

/** What the status machine allows: DRAFT → PUBLISHED → COMPLETED; DRAFT or PUBLISHED → CANCELLED. */
const TRANSITIONS: Record<ExperienceStatus, readonly ExperienceStatus[]> = {
  DRAFT: ['PUBLISHED', 'CANCELLED'],
  PUBLISHED: ['COMPLETED', 'CANCELLED'],
  CANCELLED: [],
  COMPLETED: [],
};

export function checkTransition(experience: Pick<ExperienceEntity, 'status'>, target: ExperienceStatus): void {
  if (!TRANSITIONS[experience.status].includes(target)) {
    throw new ConflictError(`a ${experience.status} experience cannot become ${target}`, { field: 'input.id', rule: 'INVALID_TRANSITION' });
  }
}

/** What eligibility needs of a student: their grade and school now. */
export interface EligibleStudent {
  gradeLevel: number;
  school: { id: string };
}

/** Why a student may not take part (null when they may): grade, then school for school-based experiences. */
export function ineligibility(experience: Pick<ExperienceEntity, 'gradeLevels' | 'schoolId'>, student: EligibleStudent): { rule: string; message: string } | null {
  if (!experience.gradeLevels.includes(student.gradeLevel)) {
    return { rule: 'GRADE_NOT_ELIGIBLE', message: `grade ${student.gradeLevel} is not among the experience's grades (${experience.gradeLevels.join(', ')})` };
  }
  if (experience.schoolId && experience.schoolId !== student.school.id) {
    return { rule: 'OTHER_SCHOOL', message: "the experience is for another school's students" };
  }
  return null;
}

/** Registration is open while the experience is PUBLISHED and has not started. */
export function checkRegistrationOpen(experience: Pick<ExperienceEntity, 'status' | 'startsAt'>, now = new Date()): void {
  if (experience.status !== 'PUBLISHED') {
    throw new ConflictError(`a ${experience.status} experience takes no registrations`, { field: 'input.experienceId', rule: 'EXPERIENCE_NOT_OPEN' });
  }
  if (experience.startsAt.getTime() <= now.getTime()) {
    throw new ConflictError('registration closed when the experience started', { field: 'input.experienceId', rule: 'REGISTRATION_CLOSED' });
  }
}

/** Attendance and results are recorded once a PUBLISHED (or COMPLETED, for corrections) experience has started. */
export function checkAttendanceOpen(experience: Pick<ExperienceEntity, 'status' | 'startsAt'>, now = new Date()): void {
  if (experience.status !== 'PUBLISHED' && experience.status !== 'COMPLETED') {
    throw new ConflictError(`a ${experience.status} experience takes no attendance`, { field: 'input.experienceId', rule: 'EXPERIENCE_NOT_OPEN' });
  }
  if (experience.startsAt.getTime() > now.getTime()) {
    throw new ConflictError('attendance is recorded once the experience has started', { field: 'input.experienceId', rule: 'ATTENDANCE_BEFORE_START' });
  }
}

/** A roster's size and its students appearing once each. */
export function checkRoster(studentIds: readonly string[], field: (index: number) => string, listField: string): void {
  if (studentIds.length > MAX_ROSTER_ROWS) {
    throw new UserInputError(listField, `at most ${MAX_ROSTER_ROWS} rows per call, got ${studentIds.length}`, { rule: 'TOO_MANY_ROWS' });
  }
  const seen = new Set<string>();
  studentIds.forEach((id, i) => {
    if (seen.has(id)) throw new UserInputError(field(i), `student ${id} appears more than once`, { rule: 'DUPLICATE_STUDENT' });
    seen.add(id);
  });
}
