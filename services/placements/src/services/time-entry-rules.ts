import { UserInputError } from '@careergraph/kit';
import { type ChildLaborRules, isoWeekOf, isSchoolDay, latestEndMinuteOn } from '../config/child-labor-rules';

/** A new or existing entry as the rules see it: minutes after midnight, and minutes worked. */
export interface EntryShape {
  workDate: string;
  startMinute: number | null;
  endMinute: number | null;
  mealBreakMinutes: number;
  durationMinutes: number;
}

/** Which input field each rule blames. */
export interface EntryFields {
  start: string;
  end: string;
  duration: string;
  mealBreak: string;
}

const MINUTES_IN_DAY = 24 * 60;

export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

const hours = (minutes: number) => `${Math.round((minutes / 60) * 100) / 100} h`;

/** Rules for every student: at most 24 hours in a day, no overlapping entries, the agreement's weekly cap. */
export function checkGeneralLimits(
  entry: EntryShape,
  sameDay: EntryShape[],
  placementWeekMinutes: number,
  weeklyHourCap: number | null,
  fields: EntryFields,
): void {
  const dayMinutes = sameDay.reduce((sum, e) => sum + e.durationMinutes, 0);
  if (dayMinutes + entry.durationMinutes > MINUTES_IN_DAY) {
    throw new UserInputError(fields.duration, `${hours(dayMinutes)} are already recorded on ${entry.workDate}; a day has 24`, {
      rule: 'OVER_24_HOURS_IN_DAY',
    });
  }
  if (entry.startMinute !== null && entry.endMinute !== null) {
    const clash = sameDay.find(
      (e) => e.startMinute !== null && e.endMinute !== null && e.startMinute < entry.endMinute! && entry.startMinute! < e.endMinute,
    );
    if (clash) {
      throw new UserInputError(
        fields.start,
        `overlaps the entry from ${formatMinute(clash.startMinute!)} to ${formatMinute(clash.endMinute!)} on ${entry.workDate}`,
        { rule: 'OVERLAPPING_ENTRY' },
      );
    }
  }
  if (weeklyHourCap !== null && placementWeekMinutes + entry.durationMinutes > weeklyHourCap * 60) {
    throw new UserInputError(
      fields.duration,
      `${hours(placementWeekMinutes)} are already recorded that week; the training agreement caps it at ${weeklyHourCap} h`,
      { rule: 'OVER_WEEKLY_CAP' },
    );
  }
}

/**
 * Child labor rules for a student under the configured age on the work date: hours of the day,
 * daily and school-week totals (across all the student's placements), and the meal break.
 */
export function checkChildLabor(
  rules: ChildLaborRules,
  entry: EntryShape,
  sameDay: EntryShape[],
  sameWeek: EntryShape[],
  fields: EntryFields,
): void {
  if (entry.startMinute === null || entry.endMinute === null) {
    throw new UserInputError(fields.start, `students under ${rules.underAge} must record a start and end time`, {
      rule: 'CHILD_LABOR_TIMES_REQUIRED',
    });
  }
  const latest = latestEndMinuteOn(rules, entry.workDate);
  if (entry.startMinute < rules.earliestStartMinute || entry.endMinute > latest) {
    throw new UserInputError(
      entry.startMinute < rules.earliestStartMinute ? fields.start : fields.end,
      `students under ${rules.underAge} may work only between ${formatMinute(rules.earliestStartMinute)} and ${formatMinute(latest)} on ${entry.workDate}`,
      { rule: 'CHILD_LABOR_TIME_OF_DAY' },
    );
  }
  if (entry.durationMinutes > rules.mealBreakAfterMinutes && entry.mealBreakMinutes < rules.mealBreakMinutes) {
    throw new UserInputError(
      fields.mealBreak,
      `students under ${rules.underAge} working more than ${hours(rules.mealBreakAfterMinutes)} need a ${rules.mealBreakMinutes}-minute meal break`,
      { rule: 'CHILD_LABOR_MEAL_BREAK' },
    );
  }
  const schoolDay = isSchoolDay(rules, entry.workDate);
  const dayLimit = schoolDay ? rules.maxMinutesSchoolDay : rules.maxMinutesNonSchoolDay;
  const dayMinutes = sameDay.reduce((sum, e) => sum + e.durationMinutes, 0);
  if (dayMinutes + entry.durationMinutes > dayLimit) {
    throw new UserInputError(
      fields.duration,
      `students under ${rules.underAge} may work at most ${hours(dayLimit)} on a ${schoolDay ? '' : 'non-'}school day; ${hours(dayMinutes)} are already recorded`,
      { rule: 'CHILD_LABOR_DAILY_HOURS' },
    );
  }
  const schoolWeek = isoWeekOf(entry.workDate).days.some((day) => isSchoolDay(rules, day));
  const weekMinutes = sameWeek.reduce((sum, e) => sum + e.durationMinutes, 0);
  if (schoolWeek && weekMinutes + entry.durationMinutes > rules.maxMinutesSchoolWeek) {
    throw new UserInputError(
      fields.duration,
      `students under ${rules.underAge} may work at most ${hours(rules.maxMinutesSchoolWeek)} in a school week; ${hours(weekMinutes)} are already recorded`,
      { rule: 'CHILD_LABOR_WEEKLY_HOURS' },
    );
  }
}
