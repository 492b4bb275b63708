import { awardDepartment, type EnrollmentInProgram } from './award-department';

const enrolled = (schoolYear: string, department: 'CTE' | 'TRADES' | 'ROADMAP', careerCluster = 'MANUFACTURING'): EnrollmentInProgram =>
  ({ schoolYear, program: { department, careerCluster } }) as EnrollmentInProgram;

describe('awardDepartment', () => {
  const welding = { type: 'INDUSTRY_CERTIFICATION', careerCluster: 'MANUFACTURING' } as const;

  it('gives college courses to the Chicago Roadmap, whatever the student is enrolled in', () => {
    expect(awardDepartment({ type: 'DUAL_CREDIT_COURSE', careerCluster: 'MANUFACTURING' }, [enrolled('2025-2026', 'TRADES')])).toBe('ROADMAP');
    expect(awardDepartment({ type: 'DUAL_ENROLLMENT_COURSE', careerCluster: 'FINANCE' }, [])).toBe('ROADMAP');
  });

  it('gives other credentials to the most recent program of their career cluster', () => {
    const enrollments = [enrolled('2024-2025', 'CTE'), enrolled('2025-2026', 'TRADES'), enrolled('2026-2027', 'ROADMAP', 'FINANCE')];
    expect(awardDepartment(welding, enrollments)).toBe('TRADES');
  });

  it('gives none when no program of the student matches', () => {
    expect(awardDepartment(welding, [enrolled('2025-2026', 'CTE', 'HEALTH_SCIENCE')])).toBeNull();
    expect(awardDepartment(welding, [])).toBeNull();
  });
});
