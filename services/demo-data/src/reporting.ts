import { parseSchoolYear, type StudentReportingRef, type StudentReportingSnapshot, studentReportingSnapshot } from '@careergraph/kit';
import { gradeInYear, type StudentsWorld } from './students';

/**
 * The reporting snapshot the live services would have taken of a demo student for an event in
 * `schoolYear` at `schoolId`: the kit's mapping of what the students subgraph would have answered
 * then, with the grade the student was in that year (from the cohort).
 */
export function demoReportingSnapshots(world: StudentsWorld) {
  const programs = new Map(world.programs.map((p) => [p.id, p]));
  const refs = new Map<string, StudentReportingRef & { cohort: number }>(
    world.students.map((s) => [s.id, { ...s, school: { id: s.schoolId }, enrollments: [] }]),
  );
  for (const e of world.enrollments) refs.get(e.studentId)?.enrollments.push({ schoolYear: e.schoolYear, program: programs.get(e.programId)! });
  return (studentId: string, schoolYear: string, schoolId: string): StudentReportingSnapshot => {
    const student = refs.get(studentId);
    if (!student) throw new Error(`demo world has no student ${studentId}`);
    const { startYear } = parseSchoolYear('schoolYear', schoolYear);
    const gradeLevel = Math.min(12, Math.max(6, gradeInYear(student, startYear)));
    return studentReportingSnapshot({ ...student, gradeLevel }, schoolYear, schoolId);
  };
}
