import { randomUUID } from 'node:crypto';
import { AppError } from '../errors/app-errors';
import { parseReportingSetArguments, REPORTING_SET_MAX_STUDENTS } from './reporting-set';

const refusal = (schoolYear: string, ids: string[]) => {
  try {
    parseReportingSetArguments(schoolYear, ids);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { message: (error as AppError).message, ...(error as AppError).extensions };
  }
  throw new Error('expected a refusal');
};

describe('parseReportingSetArguments', () => {
  it('returns the school year and the ids, lower-cased', () => {
    const id = randomUUID();
    const { year, studentIds } = parseReportingSetArguments('2025-2026', [id.toUpperCase()]);
    expect(year).toMatchObject({ id: '2025-2026', lastDay: '2026-06-30' });
    expect(studentIds).toEqual([id]);
  });

  it('refuses a malformed school year or id, and more students than one call may ask about', () => {
    expect(refusal('2025', [])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolYear' });
    expect(refusal('2025-2026', ['1; DROP'])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'studentIds', message: 'studentIds: "1; DROP" is not a valid id' });
    const tooMany = Array.from({ length: REPORTING_SET_MAX_STUDENTS + 1 }, () => randomUUID());
    expect(refusal('2025-2026', tooMany)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'studentIds',
      message: `studentIds: at most ${REPORTING_SET_MAX_STUDENTS} students per call (${REPORTING_SET_MAX_STUDENTS + 1} were given)`,
    });
  });
});
