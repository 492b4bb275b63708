import { ageOn, isUuid } from '@careergraph/kit';
import { generateStudentsWorld } from './students';

describe('the demo students world', () => {
  const world = generateStudentsWorld({ students: 2000, asOf: '2026-11-22' });

  it('is the same on every run', () => {
    const again = generateStudentsWorld({ students: 2000, asOf: '2026-11-22' });
    expect(again.students.slice(0, 50)).toEqual(world.students.slice(0, 50));
    expect(again.enrollments.length).toBe(world.enrollments.length);
  });

  it('has the issue\'s size: about 20 schools, 2,000 students, 40 programs', () => {
    expect(world.schools).toHaveLength(20);
    expect(world.students).toHaveLength(2000);
    expect(world.programs).toHaveLength(40);
    expect(world.students.every((s) => isUuid(s.id))).toBe(true);
  });

  it('keeps every student in a grade their school serves, of a plausible age', () => {
    const schools = new Map(world.schools.map((s) => [s.id, s]));
    for (const student of world.students) {
      const school = schools.get(student.schoolId)!;
      expect(student.gradeLevel).toBeGreaterThanOrEqual(Math.max(6, school.gradeLow));
      expect(student.gradeLevel).toBeLessThanOrEqual(school.gradeHigh);
      const age = ageOn(student.dateOfBirth, world.asOf);
      expect(age).toBeGreaterThanOrEqual(student.gradeLevel + 3);
      expect(age).toBeLessThanOrEqual(student.gradeLevel + 7);
    }
  });

  it('enrolls students only in programs their school offers, with completions inside the enrollment', () => {
    const students = new Map(world.students.map((s) => [s.id, s]));
    const offered = new Set(world.offerings.map((o) => `${o.programId}:${o.schoolId}`));
    const enrollments = new Map(world.enrollments.map((e) => [e.id, e]));
    expect(world.enrollments.length).toBeGreaterThan(100);
    for (const enrollment of world.enrollments) {
      expect(offered.has(`${enrollment.programId}:${students.get(enrollment.studentId)!.schoolId}`)).toBe(true);
    }
    for (const completion of world.completions) {
      const enrollment = enrollments.get(completion.enrollmentId)!;
      expect(completion.completedOn >= enrollment.beginDate).toBe(true);
      expect(completion.completedOn <= world.asOf).toBe(true);
    }
  });

  it('gives most students contact details and about 3% of families directory opt-outs', () => {
    const withEmail = world.students.filter((s) => s.email).length;
    const optedOut = world.students.filter((s) => s.directoryOptOuts.length > 0);
    expect(withEmail).toBeGreaterThan(1700);
    expect(world.students.filter((s) => s.phone).length).toBeGreaterThan(1500);
    expect(new Set(world.students.flatMap((s) => (s.email ? [s.email] : []))).size).toBe(withEmail);
    expect(optedOut.length).toBeGreaterThanOrEqual(30);
    expect(optedOut.length).toBeLessThanOrEqual(90);
    for (const { directoryOptOuts } of optedOut) {
      expect(directoryOptOuts.every((c) => ['NAME', 'GRADE_LEVEL', 'SCHOOL', 'CONTACT'].includes(c))).toBe(true);
    }
  });
});

describe('graduated classes', () => {
  const options = { students: 2000, asOf: '2026-11-22' };
  const enrolledOnly = generateStudentsWorld(options);
  const world = generateStudentsWorld({ ...options, graduatedClasses: 3, graduateCteShare: 0.6 });
  const graduates = world.students.filter((s) => s.enrollmentStatus === 'GRADUATED');

  it('leave the enrolled students, their enrollments and completions as they are without them', () => {
    expect(world.students.filter((s) => s.enrollmentStatus === 'ENROLLED')).toEqual(enrolledOnly.students);
    const graduateIds = new Set(graduates.map((s) => s.id));
    expect(world.enrollments.filter((e) => !graduateIds.has(e.studentId))).toEqual(enrolledOnly.enrollments);
    expect(enrolledOnly.students.every((s) => s.enrollmentStatus === 'ENROLLED')).toBe(true);
  });

  it('are whole past classes of 12th graders at high schools, with unique ids', () => {
    expect(graduates).toHaveLength(3 * Math.round(2000 / 7));
    expect([...new Set(graduates.map((s) => s.cohort))].sort()).toEqual([2024, 2025, 2026]);
    const highSchools = new Set(world.schools.filter((s) => s.kind === 'HIGH').map((s) => s.id));
    for (const graduate of graduates) {
      expect(graduate.gradeLevel).toBe(12);
      expect(highSchools.has(graduate.schoolId)).toBe(true);
      // 18 or 19 on graduation day, June of the cohort year.
      expect(ageOn(graduate.dateOfBirth, `${graduate.cohort}-06-15`)).toBeGreaterThanOrEqual(17);
      expect(ageOn(graduate.dateOfBirth, `${graduate.cohort}-06-15`)).toBeLessThanOrEqual(19);
    }
    expect(new Set(world.students.map((s) => s.id)).size).toBe(world.students.length);
    expect(new Set(world.students.map((s) => s.districtStudentId)).size).toBe(world.students.length);
  });

  it('were enrolled in programs only up to their graduation year, every enrollment ended', () => {
    const byId = new Map(graduates.map((s) => [s.id, s]));
    const theirs = world.enrollments.filter((e) => byId.has(e.studentId));
    expect(theirs.length).toBeGreaterThan(100);
    for (const enrollment of theirs) {
      const { cohort } = byId.get(enrollment.studentId)!;
      expect(Number(enrollment.schoolYear.slice(5))).toBeLessThanOrEqual(cohort);
      expect(enrollment.endDate).toBe(`${enrollment.schoolYear.slice(5)}-06-12`);
    }
    // Each graduate's enrollments run year after year up to grade 12.
    const last = new Map<string, string>();
    for (const e of theirs) if ((last.get(e.studentId) ?? '') < e.schoolYear) last.set(e.studentId, e.schoolYear);
    for (const [id, year] of last) expect(Number(year.slice(5))).toBe(byId.get(id)!.cohort);
  });
});
