import { parseSchoolYear, type StudentReportingSnapshot } from '@careergraph/kit';
import { gradeInYear, type StudentsWorld } from './students';

/**
 * The reporting snapshot the live services would have taken of a demo student for an event in
 * `schoolYear` at `schoolId`: the grade the student was in that year (from the cohort), the
 * student's subgroups and that year's program enrollments.
 */
export function demoReportingSnapshots(world: StudentsWorld) {
  const students = new Map(world.students.map((s) => [s.id, s]));
  const programs = new Map(world.programs.map((p) => [p.id, p]));
  const enrollments = new Map<string, { schoolYear: string; programId: string }[]>();
  for (const e of world.enrollments) enrollments.set(e.studentId, [...(enrollments.get(e.studentId) ?? []), e]);
  return (studentId: string, schoolYear: string, schoolId: string): StudentReportingSnapshot => {
    const student = students.get(studentId);
    if (!student) throw new Error(`demo world has no student ${studentId}`);
    const { startYear } = parseSchoolYear('schoolYear', schoolYear);
    const yearPrograms = (enrollments.get(studentId) ?? [])
      .filter((e) => e.schoolYear === schoolYear)
      .map((e) => programs.get(e.programId)!);
    const sorted = (values: string[]) => [...new Set(values)].sort();
    return {
      schoolId,
      gradeLevel: Math.min(12, Math.max(6, gradeInYear(student, startYear))),
      economicallyDisadvantaged: student.economicallyDisadvantaged,
      raceEthnicity: student.raceEthnicity,
      gender: student.gender,
      englishLearner: student.englishLearner,
      disabilityPlan: student.disabilityPlan,
      programIds: sorted(yearPrograms.map((p) => p.id)),
      departments: sorted(yearPrograms.map((p) => p.department)),
      careerClusters: sorted(yearPrograms.map((p) => p.careerCluster)),
    };
  };
}
