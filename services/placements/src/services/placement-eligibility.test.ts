import { AppError } from '@careergraph/kit';
import { checkEligibility, clearanceCovers, type EligibilityFacts, OPEN_FOR_APPLICATIONS, trainingAgreementGap } from './placement-eligibility';

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
    student: { id: 's', dateOfBirth: '2009-05-01', gradeLevel: 11, enrollmentStatus: 'ENROLLED', school: { id: 'school' } },
    opportunity: {
      id: 'o',
      status: 'PUBLISHED',
      startDate: '2026-01-05',
      endDate: '2026-05-29',
      slots: 2,
      minimumAge: 16,
      gradeLevels: [11, 12],
      requiredClearance: 'LEVEL_II',
      compensation: { kind: 'WAGE', hourlyRate: 16 },
      partner: { id: 'p', status: 'ACTIVE', agreement: { signedOn: '2025-07-01', expiresOn: '2027-06-30' }, insuranceExpiresOn: '2027-06-30' },
      worksite: null,
      program: null,
    },
    supervisor: { id: 'c', partner: { id: 'p' }, roles: ['SUPERVISOR'], backgroundCheck: { level: 'LEVEL_II', status: 'CLEARED', expiresOn: null } },
    startDate: '2026-01-05',
    endDate: '2026-05-29',
  };
  const fields = { student: 'input.studentId', opportunity: 'input.opportunityId', supervisor: 'input.supervisorId', startDate: 'input.startDate', endDate: 'input.endDate' };

  it('places an enrolled student and refuses a graduate, naming the rule', () => {
    expect(() => checkEligibility(facts, fields, OPEN_FOR_APPLICATIONS)).not.toThrow();
    const graduate = { ...facts, student: { ...facts.student, gradeLevel: 12, enrollmentStatus: 'GRADUATED' as const } };
    const error = (() => {
      try {
        checkEligibility(graduate, fields, OPEN_FOR_APPLICATIONS);
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error!.message).toBe('input.studentId: the student is GRADUATED; only enrolled students can be placed');
    expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.studentId', rule: 'STUDENT_NOT_ENROLLED' });
  });
});
