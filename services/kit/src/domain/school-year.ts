import { UserInputError } from '../errors/app-errors';

/** A school year runs July 1 to June 30 and is written "2025-2026". */
export interface SchoolYear {
  id: string;
  startYear: number;
  firstDay: string;
  lastDay: string;
}

export function schoolYearStartingIn(startYear: number): SchoolYear {
  return {
    id: `${startYear}-${startYear + 1}`,
    startYear,
    firstDay: `${startYear}-07-01`,
    lastDay: `${startYear + 1}-06-30`,
  };
}

/**
 * The first calendar year of "YYYY-YYYY" (consecutive years), or null when `value` is not a school
 * year. The first year has no leading zero: "0999-1000" would give a first day of "999-07-01",
 * which is not a date the Date scalar can answer.
 */
function startYearOf(value: string): number | null {
  const match = /^([1-9]\d{3})-(\d{4})$/.exec(value);
  return match && Number(match[2]) === Number(match[1]) + 1 ? Number(match[1]) : null;
}

export function parseSchoolYear(field: string, value: string): SchoolYear {
  const startYear = startYearOf(value);
  if (startYear === null) throw new UserInputError(field, `"${value.slice(0, 20)}" is not a school year; write it like 2025-2026`);
  return schoolYearStartingIn(startYear);
}

/**
 * What `Query.schoolYear(id:)` answers: the year, or null when `id` is not a school year. The field
 * is shareable across the subgraphs that contribute a year's metrics, so that the gateway asks them
 * side by side; they all answer it from this one rule, as federation requires of a shared field.
 */
export function schoolYearReference(id: string): { id: string } | null {
  return startYearOf(id) === null ? null : { id };
}

/** The school year a date (YYYY-MM-DD) falls in. */
export function schoolYearOf(date: string): SchoolYear {
  const year = Number(date.slice(0, 4));
  return schoolYearStartingIn(Number(date.slice(5, 7)) >= 7 ? year : year - 1);
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs more than formatting with it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today as YYYY-MM-DD in the district's time zone (configurable; Chicago by default). */
export function today(timeZone = process.env.DISTRICT_TIME_ZONE ?? 'America/Chicago', now = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

/** Whole years between a birth date and a date, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
