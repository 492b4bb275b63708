/** An enum value as words: "HISPANIC_OR_LATINO" → "Hispanic or latino", "true"/"false" for yes/no dimensions. */
export function keyLabel(key: string, dimension?: string): string {
  if (key === 'true' || key === 'false') {
    const yes = key === 'true';
    if (dimension === 'ECONOMICALLY_DISADVANTAGED') return yes ? 'Economically disadvantaged' : 'Not economically disadvantaged';
    if (dimension === 'ENGLISH_LEARNER') return yes ? 'English learner' : 'Not an English learner';
    return yes ? 'Yes' : 'No';
  }
  // Acronyms the district writes in capitals stay so (IEP, CTE, STEM).
  if (/^(IEP|CTE|STEM|SECTION_504)$/.test(key)) return key.replace('SECTION_504', 'Section 504');
  const words = key.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The equity dimensions of issue 19: every rate is shown by one of these, with its gap. */
export const EQUITY_DIMENSIONS = [
  { value: 'ECONOMICALLY_DISADVANTAGED', label: 'Economically disadvantaged' },
  { value: 'RACE_ETHNICITY', label: 'Race/ethnicity' },
  { value: 'GENDER', label: 'Gender' },
  { value: 'ENGLISH_LEARNER', label: 'English learner' },
  { value: 'DISABILITY_PLAN', label: 'IEP/504' },
] as const;
