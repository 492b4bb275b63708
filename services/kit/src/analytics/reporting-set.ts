import { type SchoolYear, parseSchoolYear } from '../domain/school-year';
import { UserInputError } from '../errors/app-errors';
import { parseId } from '../ids';

/**
 * The most students one reporting-set call may ask about. A district's graduating class (about
 * 53,000) goes in three calls, each request well under a subgraph's 1 MB body limit.
 */
export const REPORTING_SET_MAX_STUDENTS = 20_000;

/**
 * Checks a reporting-set call (a SERVICE-only root field answering, of the students asked, those
 * holding a per-student outcome in a school year) before any SQL runs.
 */
export function parseReportingSetArguments(schoolYear: string, studentIds: readonly string[]): { year: SchoolYear; studentIds: string[] } {
  const year = parseSchoolYear('schoolYear', schoolYear);
  if (studentIds.length > REPORTING_SET_MAX_STUDENTS) {
    throw new UserInputError('studentIds', `at most ${REPORTING_SET_MAX_STUDENTS} students per call (${studentIds.length} were given)`);
  }
  return { year, studentIds: studentIds.map((id) => parseId('studentIds', id)) };
}
