import { ageOn, parseSchoolYear, schoolYearOf, schoolYearReference, today } from './school-year';

describe('school years', () => {
  it('parses "2025-2026" into its first and last day', () => {
    expect(parseSchoolYear('input.schoolYear', '2025-2026')).toEqual({
      id: '2025-2026',
      startYear: 2025,
      firstDay: '2025-07-01',
      lastDay: '2026-06-30',
    });
  });

  it.each(['2025', '2025-2027', '25-26', '2025/2026', '0000-0001', '0999-1000'])('refuses %s naming the field', (value) => {
    expect(() => parseSchoolYear('input.schoolYear', value)).toThrow(/^input\.schoolYear: .* is not a school year/);
  });

  it('answers the shared schoolYear root field: the year, or null for what is not one', () => {
    expect(schoolYearReference('2025-2026')).toEqual({ id: '2025-2026' });
    for (const value of ['2025', '2025-2027', '25-26', '2025/2026', '0999-1000', '']) expect(schoolYearReference(value)).toBeNull();
  });

  it('places a date in its school year (July 1 starts a new one)', () => {
    expect(schoolYearOf('2025-06-30').id).toBe('2024-2025');
    expect(schoolYearOf('2025-07-01').id).toBe('2025-2026');
  });

  it('computes age in whole years and today in the district time zone', () => {
    expect(ageOn('2010-03-15', '2026-03-14')).toBe(15);
    expect(ageOn('2010-03-15', '2026-03-15')).toBe(16);
    expect(today('America/Chicago', new Date('2026-01-01T03:00:00Z'))).toBe('2025-12-31');
  });
});
