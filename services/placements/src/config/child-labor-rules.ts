import { ConfigError } from '@careergraph/kit';

/**
 * Hours rules for students under 16 (Illinois Child Labor Law defaults). States differ, so the
 * whole table is configuration: CHILD_LABOR_RULES (JSON) overrides any of these keys.
 */
export interface ChildLaborRules {
  /** The rules apply below this age on the work date. */
  underAge: number;
  maxMinutesSchoolDay: number;
  maxMinutesNonSchoolDay: number;
  /** In a week that has at least one school day. */
  maxMinutesSchoolWeek: number;
  /** Earliest start and latest end, minutes after midnight. */
  earliestStartMinute: number;
  latestEndMinute: number;
  /** Latest end from June 1 to Labor Day. */
  latestEndMinuteSummer: number;
  /** Work longer than this (minutes, meal excluded) needs a meal break of at least mealBreakMinutes. */
  mealBreakAfterMinutes: number;
  mealBreakMinutes: number;
  /** First and last school day of every school year, MM-DD. */
  schoolTermStart: string;
  schoolTermEnd: string;
  /** Weekdays inside the term with no school (holidays, breaks), YYYY-MM-DD. */
  nonSchoolDates: string[];
}

export const DEFAULT_CHILD_LABOR_RULES: ChildLaborRules = {
  underAge: 16,
  maxMinutesSchoolDay: 3 * 60,
  maxMinutesNonSchoolDay: 8 * 60,
  maxMinutesSchoolWeek: 24 * 60,
  earliestStartMinute: 7 * 60,
  latestEndMinute: 19 * 60,
  latestEndMinuteSummer: 21 * 60,
  mealBreakAfterMinutes: 5 * 60,
  mealBreakMinutes: 30,
  // CPS's calendar: school starts in the second half of August and ends in mid-June.
  schoolTermStart: '08-18',
  schoolTermEnd: '06-12',
  nonSchoolDates: [],
};

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Defaults overridden by the JSON in CHILD_LABOR_RULES; a malformed override fails startup. */
export function loadChildLaborRules(json: string | undefined): ChildLaborRules {
  if (!json) return DEFAULT_CHILD_LABOR_RULES;
  let override: Record<string, unknown>;
  try {
    override = JSON.parse(json) as Record<string, unknown>;
  } catch {
    throw new ConfigError(['CHILD_LABOR_RULES must be a JSON object']);
  }
  const rules = { ...DEFAULT_CHILD_LABOR_RULES, ...override } as ChildLaborRules;
  const problems: string[] = [];
  for (const key of Object.keys(override)) {
    if (!(key in DEFAULT_CHILD_LABOR_RULES)) problems.push(`CHILD_LABOR_RULES has an unknown key "${key}"`);
  }
  for (const [key, value] of Object.entries(rules)) {
    const fallback = DEFAULT_CHILD_LABOR_RULES[key as keyof ChildLaborRules];
    if (typeof fallback === 'number' && (!Number.isInteger(value) || (value as number) < 0)) {
      problems.push(`CHILD_LABOR_RULES.${key} must be a whole number ≥ 0`);
    }
  }
  if (!MONTH_DAY.test(rules.schoolTermStart)) problems.push('CHILD_LABOR_RULES.schoolTermStart must be MM-DD');
  if (!MONTH_DAY.test(rules.schoolTermEnd)) problems.push('CHILD_LABOR_RULES.schoolTermEnd must be MM-DD');
  if (!Array.isArray(rules.nonSchoolDates) || !rules.nonSchoolDates.every((d) => typeof d === 'string' && DATE.test(d))) {
    problems.push('CHILD_LABOR_RULES.nonSchoolDates must be a list of YYYY-MM-DD dates');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return rules;
}

/** Day of week, 0 = Sunday, of a YYYY-MM-DD date. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** A weekday inside the school term that is not a configured non-school date. */
export function isSchoolDay(rules: ChildLaborRules, date: string): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  const monthDay = date.slice(5);
  const inTerm = monthDay >= rules.schoolTermStart || monthDay <= rules.schoolTermEnd;
  return inTerm && !rules.nonSchoolDates.includes(date);
}

/** Labor Day: the first Monday of September. */
export function laborDay(year: number): string {
  const firstWeekday = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  const day = 1 + ((8 - firstWeekday) % 7);
  return `${year}-09-${String(day).padStart(2, '0')}`;
}

/** The latest a student under the age may work until on a date (the summer evening extension). */
export function latestEndMinuteOn(rules: ChildLaborRules, date: string): number {
  const year = Number(date.slice(0, 4));
  const summer = date >= `${year}-06-01` && date <= laborDay(year);
  return summer ? rules.latestEndMinuteSummer : rules.latestEndMinute;
}

/** The Monday to Sunday (ISO) week a date falls in. */
export function isoWeekOf(date: string): { monday: string; sunday: string; days: string[] } {
  const base = new Date(`${date}T00:00:00Z`);
  const offset = (base.getUTCDay() + 6) % 7;
  const days = Array.from({ length: 7 }, (_, i) => new Date(base.getTime() + (i - offset) * 86_400_000).toISOString().slice(0, 10));
  return { monday: days[0], sunday: days[6], days };
}
