import { type CareerGraphClaims, mintDevelopmentToken, type Role, ROLES } from '@careergraph/kit';
import { generateDemoFoundation, generatePlacementsWorld } from '@careergraph/demo-data';

export interface DemoIdentity {
  role: Role;
  /** What the role reaches, in words, with the ids its token carries. */
  reaches: string;
  token: string;
}

/**
 * What each role's demo identity reaches in the demo district: an active placement gives the
 * partner, the student and the student's school; the student's program gives the department. Ids
 * come from the same deterministic generator that seeded the databases.
 */
export function demoScopes(): Record<Role, { claims: Omit<CareerGraphClaims, 'role'>; reaches: string }> {
  const { students, partners } = generateDemoFoundation();
  const { placements } = generatePlacementsWorld(students, partners);
  const placement = placements.find((p) => p.status === 'ACTIVE') ?? placements[0];
  const student = students.students.find((s) => s.id === placement.studentId)!;
  const school = students.schools.find((s) => s.id === placement.schoolId)!;
  const partner = partners.partners.find((p) => p.id === placement.partnerId)!;
  const enrollment = students.enrollments.find((e) => e.studentId === student.id);
  const program = students.programs.find((p) => p.id === enrollment?.programId) ?? students.programs[0];
  const studentName = `${student.preferredName ?? student.legalFirstName} ${student.legalLastName}`;
  return {
    DISTRICT_ADMIN: { claims: {}, reaches: 'everything' },
    DEPARTMENT_STAFF: { claims: { department: program.department }, reaches: `department ${program.department} (${program.name} and the other ${program.department} programs)` },
    SCHOOL_STAFF: { claims: { schoolIds: [school.id] }, reaches: `school ${school.name} (${school.id})` },
    PARTNER_USER: { claims: { partnerId: partner.id }, reaches: `partner ${partner.name} (${partner.id})` },
    ANALYST: { claims: {}, reaches: 'aggregates only' },
    STUDENT: { claims: { studentId: student.id }, reaches: `student ${studentName} (${student.id}), placed with ${partner.name}` },
  };
}

/** One development token per role, scoped as demoScopes says. */
export async function demoIdentities(key: Parameters<typeof mintDevelopmentToken>[0]): Promise<DemoIdentity[]> {
  const scopes = demoScopes();
  return Promise.all(
    ROLES.map(async (role) => ({
      role,
      reaches: scopes[role].reaches,
      token: await mintDevelopmentToken(key, { role, subject: `demo-${role.toLowerCase().replace(/_/g, '-')}`, ...scopes[role].claims }),
    })),
  );
}
