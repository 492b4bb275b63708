import { clearanceCovers, trainingAgreementGap } from './placement-eligibility';

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
