import { AppError } from '@careergraph/kit';
import { DEFAULT_HAZARDOUS_OCCUPATION_RULES } from '../config/hazardous-occupations';
import {
  checkEligibility,
  checkPaperworkBefore,
  clearanceCovers,
  type EligibilityFacts,
  OPEN_FOR_APPLICATIONS,
  peakConcurrent,
  standingIssues,
  trainingAgreementGap,
} from './placement-eligibility';

describe('clearance levels', () => {
  it('lets LEVEL_I cover both levels and LEVEL_II only itself', () => {
    expect(clearanceCovers('LEVEL_I', 'LEVEL_I')).toBe(true);
    expect(clearanceCovers('LEVEL_I', 'LEVEL_II')).toBe(true);
    expect(clearanceCovers('LEVEL_II', 'LEVEL_II')).toBe(true);
    expect(clearanceCovers('LEVEL_II', 'LEVEL_I')).toBe(false);
  });
});

describe('training agreement completeness', () => {
  const signed = { signedOn: '2025-12-15', parentConsentOn: null, employmentCertificateOn: null, weeklyHourCap: 15 };

  it('needs parent consent under 18 and an employment certificate for paid work under 16', () => {
    expect(trainingAgreementGap({ ...signed, signedOn: null }, 18, false)).toMatch(/no signed/);
    expect(trainingAgreementGap(signed, 18, true)).toBeNull();
    expect(trainingAgreementGap(signed, 17, false)).toMatch(/consent/);
    const consented = { ...signed, parentConsentOn: '2025-12-15' };
    expect(trainingAgreementGap(consented, 15, false)).toBeNull();
    expect(trainingAgreementGap(consented, 15, true)).toMatch(/employment certificate/);
    expect(trainingAgreementGap({ ...consented, employmentCertificateOn: '2025-12-20' }, 15, true)).toBeNull();
  });
});

describe('eligibility', () => {
  const facts: EligibilityFacts = {
    student: { id: 's', dateOfBirth: '2009-05-01', gradeLevel: 11, enrollmentStatus: 'ENROLLED', school: { id: 'school' }, enrollments: [] },
    opportunity: {
      id: 'o',
      status: 'PUBLISHED',
      startDate: '2026-01-05',
      endDate: '2026-05-29',
      slots: 2,
      minimumAge: 16,
      gradeLevels: [11, 12],
      requiredClearance: 'LEVEL_II',
      hazardousOccupation: null,
      compensation: { kind: 'WAGE', hourlyRate: 16 },
      partner: { id: 'p', status: 'ACTIVE', agreement: { signedOn: '2025-07-01', expiresOn: '2027-06-30' }, insuranceExpiresOn: '2027-06-30', capacity: 10 },
      worksite: null,
      program: null,
    },
    supervisor: { id: 'c', partner: { id: 'p' }, roles: ['SUPERVISOR'], backgroundCheck: { level: 'LEVEL_II', status: 'CLEARED', expiresOn: null } },
    startDate: '2026-01-05',
    endDate: '2026-05-29',
    today: '2026-01-05',
  };
  const fields = { student: 'input.studentId', opportunity: 'input.opportunityId', supervisor: 'input.supervisorId', startDate: 'input.startDate', endDate: 'input.endDate' };

  it('places an enrolled student and refuses a graduate, naming the rule', () => {
    expect(() => checkEligibility(facts, fields, OPEN_FOR_APPLICATIONS, DEFAULT_HAZARDOUS_OCCUPATION_RULES)).not.toThrow();
    const graduate = { ...facts, student: { ...facts.student, gradeLevel: 12, enrollmentStatus: 'GRADUATED' as const } };
    const error = (() => {
      try {
        checkEligibility(graduate, fields, OPEN_FOR_APPLICATIONS, DEFAULT_HAZARDOUS_OCCUPATION_RULES);
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error!.message).toBe('input.studentId: the student is GRADUATED; only enrolled students can be placed');
    expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.studentId', rule: 'STUDENT_NOT_ENROLLED' });
  });
});

describe('paperwork before hours', () => {
  const agreement = { signedOn: '2026-02-16', parentConsentOn: '2026-02-18', employmentCertificateOn: '2026-02-20', weeklyHourCap: 10 };
  const ruleOf = (workDate: string, age: number, paid: boolean) => {
    try {
      checkPaperworkBefore(workDate, agreement, age, paid, 'input.workDate');
      return null;
    } catch (e) {
      return (e as AppError).extensions.rule;
    }
  };

  it('names the first document signed after the work date, asking only what the age and pay need', () => {
    expect(ruleOf('2026-01-26', 14, true)).toBe('ENTRY_BEFORE_TRAINING_AGREEMENT');
    expect(ruleOf('2026-02-17', 14, true)).toBe('ENTRY_BEFORE_PARENT_CONSENT');
    expect(ruleOf('2026-02-19', 14, true)).toBe('ENTRY_BEFORE_EMPLOYMENT_CERTIFICATE');
    expect(ruleOf('2026-02-19', 14, false)).toBeNull();
    expect(ruleOf('2026-02-17', 18, true)).toBeNull();
    expect(ruleOf('2026-02-20', 14, true)).toBeNull();
  });
});

describe("a partner's places held at once", () => {
  const range = (startDate: string, endDate: string) => ({ startDate, endDate });

  it('counts the most placements overlapping on any one day of the range', () => {
    // Jan–Feb and Mar–Apr never overlap each other, so a Jan–Apr placement meets at most one at a time.
    expect(peakConcurrent([range('2026-01-01', '2026-02-28'), range('2026-03-01', '2026-04-30')], '2026-01-01', '2026-04-30')).toBe(1);
    // Ranges sharing a single day both count on it.
    expect(peakConcurrent([range('2026-01-01', '2026-02-28'), range('2026-02-28', '2026-04-30')], '2026-01-01', '2026-04-30')).toBe(2);
    // Ranges outside the placement's dates do not count.
    expect(peakConcurrent([range('2025-09-01', '2025-12-19'), range('2026-05-01', '2026-06-30')], '2026-01-05', '2026-04-30')).toBe(0);
  });
});

describe('standing as of today', () => {
  const partner = { id: 'p', status: 'ACTIVE' as const, agreement: { signedOn: '2025-07-01', expiresOn: '2026-06-30' }, insuranceExpiresOn: '2026-03-01', capacity: 5 };
  const supervisor = { id: 'c', partner: { id: 'p' }, roles: ['SUPERVISOR' as const], backgroundCheck: { level: 'LEVEL_I' as const, status: 'CLEARED' as const, expiresOn: '2026-05-01' } };

  it('lists every lapse on the day, the last day of a document still counting as current', () => {
    expect(standingIssues(partner, supervisor, '2026-03-01')).toEqual([]);
    expect(standingIssues(partner, supervisor, '2026-03-02').map((i) => i.rule)).toEqual(['INSURANCE_LAPSED']);
    expect(standingIssues({ ...partner, status: 'SUSPENDED' }, supervisor, '2026-07-01').map((i) => i.rule)).toEqual([
      'PARTNER_NOT_ACTIVE',
      'AGREEMENT_LAPSED',
      'INSURANCE_LAPSED',
      'SUPERVISOR_CLEARANCE_LAPSED',
    ]);
    expect(standingIssues(partner, { ...supervisor, backgroundCheck: null }, '2026-01-10').map((i) => i.message)).toEqual([
      "the supervisor's background check is missing; today is 2026-01-10",
    ]);
  });
});
