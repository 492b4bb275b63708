import { addDays, SeededRandom } from '@careergraph/kit';
import { PROGRAM_SPECS } from './catalog';
import type { StudentsWorld } from './students';

/** A student's career interests as the students subgraph stores them (one row per student). */
export interface DemoCareerInterests {
  studentId: string;
  clusters: string[];
  inventoryName: string | null;
  inventoryTakenOn: string | null;
  inventoryClusters: string[] | null;
  updatedBy: string;
  updatedAt: Date;
}

const CLUSTERS = [...new Set(PROGRAM_SPECS.map((spec) => spec.cluster))];
const INVENTORY = 'Career Clusters Interest Survey';

/**
 * Interests for a third of the enrolled high schoolers: their open program's cluster first (when
 * they have one), then two or three others; half of them with an inventory result taken this
 * fall. Drawn from their own random sequence, so the rest of the world is unchanged.
 */
export function generateCareerInterests(world: StudentsWorld): DemoCareerInterests[] {
  const random = new SeededRandom('career-interests');
  const programCluster = new Map(world.programs.map((program) => [program.id, program.careerCluster]));
  const openCluster = new Map(
    world.enrollments.filter((e) => e.endDate === null).map((e) => [e.studentId, programCluster.get(e.programId)!]),
  );
  return world.students
    .filter((student, i) => student.enrollmentStatus === 'ENROLLED' && student.gradeLevel >= 9 && i % 3 === 0)
    .map((student) => {
      const own = openCluster.get(student.id);
      const others = random.sample(CLUSTERS.filter((cluster) => cluster !== own), random.int(2, 3));
      const inventory = random.chance(0.5) ? random.sample(CLUSTERS, 3) : null;
      return {
        studentId: student.id,
        clusters: own ? [own, ...others] : others,
        inventoryName: inventory && INVENTORY,
        inventoryTakenOn: inventory && addDays(world.asOf, -random.int(7, 60)),
        inventoryClusters: inventory,
        updatedBy: `student-${student.id}`,
        updatedAt: new Date(`${world.asOf}T12:00:00Z`),
      };
    });
}
