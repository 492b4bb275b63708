import { isUuid, schoolYearOf } from '@careergraph/kit';
import { generateCredentialsWorld } from './credentials';
import type { DemoPartner, PartnersWorld } from './partners-world';
import { generateStudentsWorld } from './students';

const ISSUERS = [
  'City Colleges of Chicago',
  'National Center for Construction Education and Research',
  'CompTIA',
  'National Restaurant Association',
  'American Welding Society',
  'Illinois State Board of Education',
  'Illinois Department of Public Health',
];

function partnersWorld(names: string[]): PartnersWorld {
  const partners = names.map(
    (name, i): DemoPartner => ({
      id: `00000000-0000-4000-8000-00000000000${i}`,
      name,
      kind: 'INDUSTRY_ASSOCIATION',
      industrySector: 'Education',
      careerClusters: [],
      status: 'ACTIVE',
      agreementSignedOn: null,
      agreementExpiresOn: null,
      insuranceExpiresOn: null,
      capacity: 0,
    }),
  );
  return { partners, worksites: [], contacts: [], opportunities: [] };
}

describe('the demo credentials world', () => {
  const students = generateStudentsWorld({ students: 300, asOf: '2026-11-22' });
  const partners = partnersWorld(ISSUERS);
  const world = generateCredentialsWorld(students, partners);
  const credentials = new Map(world.credentials.map((c) => [c.id, c]));
  const studentById = new Map(students.students.map((s) => [s.id, s]));
  const highSchools = new Set(students.schools.filter((s) => s.kind === 'HIGH').map((s) => s.id));

  it('is the same on every run', () => {
    expect(generateCredentialsWorld(students, partners)).toEqual(world);
  });

  it('has a catalog of about 30 credentials issued by partners found by name, with course hours only on courses', () => {
    expect(world.credentials.length).toBeGreaterThanOrEqual(28);
    const partnerIds = new Set(partners.partners.map((p) => p.id));
    for (const credential of world.credentials) {
      expect(isUuid(credential.id)).toBe(true);
      expect(partnerIds.has(credential.issuerId)).toBe(true);
      const course = credential.type === 'DUAL_CREDIT_COURSE' || credential.type === 'DUAL_ENROLLMENT_COURSE';
      expect(credential.creditHours !== null).toBe(course);
      if (course) expect(credential.creditHours).toBeGreaterThanOrEqual(3);
    }
    expect(world.credentials.filter((c) => c.creditHours !== null).length).toBeGreaterThanOrEqual(10);
    expect(new Set(world.credentials.map((c) => c.type)).size).toBe(6);
  });

  it('awards only high school students in grades 10–12, in their high school years, never after asOf', () => {
    expect(world.awards.length).toBeGreaterThan(40);
    for (const award of world.awards) {
      const student = studentById.get(award.studentId)!;
      const credential = credentials.get(award.credentialId)!;
      expect(student.gradeLevel).toBeGreaterThanOrEqual(10);
      expect(highSchools.has(student.schoolId)).toBe(true);
      expect(award.schoolId).toBe(student.schoolId);
      expect(award.earnedOn <= world.asOf).toBe(true);
      const yearsBack = schoolYearOf(world.asOf).startYear - schoolYearOf(award.earnedOn).startYear;
      expect(student.gradeLevel - yearsBack).toBeGreaterThanOrEqual(10);
      if (award.expiresOn) expect(award.expiresOn > award.earnedOn).toBe(true);
      if (credential.creditHours !== null) {
        expect(award.term).toMatch(/^\d{4}-(FALL|SPRING)$/);
        expect(award.creditHoursEarned).toBe(['F', 'W'].includes(award.grade!) ? 0 : credential.creditHours);
      } else {
        expect([award.term, award.grade, award.creditHoursEarned]).toEqual([null, null, null]);
      }
      if (award.verificationStatus === 'REVOKED') expect(award.revokedAt && award.revocationReason).toBeTruthy();
      if (award.verificationStatus === 'VERIFIED') expect(award.verifiedAt).toBeTruthy();
      for (const at of [award.verifiedAt, award.revokedAt]) if (at) expect(at.toISOString().slice(0, 10) <= world.asOf).toBe(true);
    }
  });

  it('never awards the same credential twice to a student, covers every status, and lets some students reach 12 hours', () => {
    const keys = world.awards.map((a) => `${a.studentId}:${a.credentialId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(world.awards.map((a) => a.verificationStatus))).toEqual(new Set(['SELF_REPORTED', 'VERIFIED', 'REVOKED']));
    const hours = new Map<string, number>();
    for (const award of world.awards) {
      if (award.verificationStatus === 'REVOKED' || !['A', 'B', 'C', 'D', 'P'].includes(award.grade ?? '')) continue;
      hours.set(award.studentId, (hours.get(award.studentId) ?? 0) + award.creditHoursEarned!);
    }
    expect([...hours.values()].filter((h) => h >= 12).length).toBeGreaterThan(0);
  });

  it('records readiness for grades 11–12 only, consistent with the scores, never after asOf', () => {
    expect(world.readiness.length).toBeGreaterThan(50);
    for (const determination of world.readiness) {
      expect(studentById.get(determination.studentId)!.gradeLevel).toBeGreaterThanOrEqual(11);
      expect(determination.asOf <= world.asOf).toBe(true);
      const [, score, benchmark] = /(\d+) \(benchmark (\d+)\)/.exec(determination.detail!)!;
      expect(determination.eligible).toBe(Number(score) >= Number(benchmark));
    }
    expect(new Set(world.readiness.map((r) => r.eligible))).toEqual(new Set([true, false]));
  });

  it('refuses a partners world without a named issuer, naming it', () => {
    expect(() => generateCredentialsWorld(students, partnersWorld(ISSUERS.filter((n) => n !== 'CompTIA')))).toThrow(/no partner named "CompTIA"/);
  });

  it('gives about 600 awards for the 2,000-student demo district', () => {
    const full = generateCredentialsWorld(generateStudentsWorld({ students: 2000, asOf: '2026-11-22' }), partners);
    expect(full.awards.length).toBeGreaterThan(450);
    expect(full.awards.length).toBeLessThan(800);
  });
});
