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
