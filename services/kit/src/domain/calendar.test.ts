import { addDays, addYears } from './calendar';

describe('calendar arithmetic', () => {
  it('adds and subtracts days across months and years', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds calendar years, clamping Feb 29', () => {
    expect(addYears('2025-03-15', 1)).toBe('2026-03-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2026-06-30', -2)).toBe('2024-06-30');
  });
});
