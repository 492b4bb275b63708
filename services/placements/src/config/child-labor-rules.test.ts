import { ConfigError } from '@careergraph/kit';
import { DEFAULT_CHILD_LABOR_RULES, isoWeekOf, isSchoolDay, laborDay, latestEndMinuteOn, loadChildLaborRules } from './child-labor-rules';

describe('child labor rule table', () => {
  it('uses the Illinois defaults and lets CHILD_LABOR_RULES override single keys', () => {
    expect(loadChildLaborRules(undefined)).toBe(DEFAULT_CHILD_LABOR_RULES);
    const rules = loadChildLaborRules('{"maxMinutesSchoolDay": 240, "nonSchoolDates": ["2026-02-16"]}');
    expect(rules).toMatchObject({ maxMinutesSchoolDay: 240, maxMinutesNonSchoolDay: 480, nonSchoolDates: ['2026-02-16'] });
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown key', '{"maxHours": 3}'],
    ['a negative limit', '{"maxMinutesSchoolWeek": -1}'],
    ['a malformed term date', '{"schoolTermStart": "8/18"}'],
    ['malformed non-school dates', '{"nonSchoolDates": ["Feb 16"]}'],
  ])('refuses %s', (_case, json) => {
    expect(() => loadChildLaborRules(json)).toThrow(ConfigError);
  });

  it('counts weekdays inside the term, minus configured holidays, as school days', () => {
    const rules = { ...DEFAULT_CHILD_LABOR_RULES, nonSchoolDates: ['2026-02-16'] };
    expect(isSchoolDay(rules, '2026-02-13')).toBe(true); // Friday
    expect(isSchoolDay(rules, '2026-02-14')).toBe(false); // Saturday
    expect(isSchoolDay(rules, '2026-02-16')).toBe(false); // Presidents' Day, configured
    expect(isSchoolDay(rules, '2026-07-15')).toBe(false); // summer weekday
    expect(isSchoolDay(rules, '2025-08-18')).toBe(true); // first day of the term
  });

  it('extends the evening limit from June 1 to Labor Day', () => {
    expect(laborDay(2026)).toBe('2026-09-07');
    expect(laborDay(2025)).toBe('2025-09-01');
    expect(latestEndMinuteOn(DEFAULT_CHILD_LABOR_RULES, '2026-05-31')).toBe(19 * 60);
    expect(latestEndMinuteOn(DEFAULT_CHILD_LABOR_RULES, '2026-06-01')).toBe(21 * 60);
    expect(latestEndMinuteOn(DEFAULT_CHILD_LABOR_RULES, '2026-09-07')).toBe(21 * 60);
    expect(latestEndMinuteOn(DEFAULT_CHILD_LABOR_RULES, '2026-09-08')).toBe(19 * 60);
  });

  it('finds the Monday-to-Sunday week of a date, across a year end', () => {
    expect(isoWeekOf('2026-01-01')).toMatchObject({ monday: '2025-12-29', sunday: '2026-01-04' });
    expect(isoWeekOf('2026-02-08').monday).toBe('2026-02-02');
  });
});
