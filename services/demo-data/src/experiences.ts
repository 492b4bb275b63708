import { addDays, deterministicUuid, schoolYearOf, SeededRandom } from '@careergraph/kit';
import type { PartnersWorld } from './partners-world';
import type { DemoStudent, StudentsWorld } from './students';

export interface DemoExperience {
  id: string;
  kind: string;
  title: string;
  description: string | null;
  schoolId: string | null;
  hostPartnerIds: string[];
  startsAt: Date;
  endsAt: Date;
  schoolYear: string;
  gradeLevels: number[];
  capacity: number | null;
  continuumStage: string;
  cedsType: string | null;
  status: string;
  cancellationReason: string | null;
  createdBy: string;
}

export interface DemoExperienceRegistration {
  id: string;
  experienceId: string;
  studentId: string;
  schoolId: string;
  status: 'REGISTERED';
  source: 'SELF' | 'STAFF' | 'WALK_IN';
  registeredAt: Date;
  cancelledAt: null;
}

export interface DemoExperienceAttendance {
  id: string;
  experienceId: string;
  studentId: string;
  schoolId: string;
  status: 'PRESENT' | 'ABSENT' | 'EXCUSED';
  recordedAt: Date;
  recordedBy: string;
}

export interface DemoExperienceTeam {
  id: string;
  experienceId: string;
  name: string;
  rank: number | null;
  score: number | null;
  notes: string | null;
  memberIds: string[];
}

export interface ExperiencesWorld {
  experiences: DemoExperience[];
  registrations: DemoExperienceRegistration[];
  attendance: DemoExperienceAttendance[];
  teams: DemoExperienceTeam[];
}

export interface ExperiencesWorldOptions {
  /** Experiences per middle and high school over the school year. Default 4. */
  perSchool?: number;
  /** Students registered per school experience, [min, max]. Default [12, 40]. */
  roster?: [number, number];
}

/** What a school runs over a year, by kind: its stage and CEDS type (where one applies). */
const SCHOOL_EXPERIENCES = [
  { kind: 'GUEST_SPEAKER', title: 'Career Day: guest speakers', stage: 'AWARENESS', ceds: null, hours: 1 },
  { kind: 'WORKPLACE_TOUR', title: 'Workplace tour', stage: 'EXPLORATION', ceds: null, hours: 3 },
  { kind: 'JOB_SHADOW_DAY', title: 'Job shadow day', stage: 'EXPLORATION', ceds: 'JOB_SHADOWING', hours: 6 },
  { kind: 'MOCK_INTERVIEW', title: 'Mock interviews', stage: 'PREPARATION', ceds: 'OTHER', hours: 2 },
  { kind: 'TEAM_CHALLENGE', title: 'Design challenge', stage: 'EXPLORATION', ceds: 'SIMULATED_WORKSITE', hours: 4 },
  { kind: 'VIRTUAL_SESSION', title: 'Virtual career session', stage: 'AWARENESS', ceds: null, hours: 1 },
] as const;

/**
 * A school year of group experiences (issue 15): at each middle and high school, a few experiences
 * spread over the year (the past ones COMPLETED with attendance, the coming ones PUBLISHED with
 * registrations), and a district-wide career fair in the fall, attended by students of every
 * school. Deterministic: the same worlds give the same experiences.
 */
export function generateExperiencesWorld(students: StudentsWorld, partners: PartnersWorld, options: ExperiencesWorldOptions = {}): ExperiencesWorld {
  const random = new SeededRandom('careergraph-demo-experiences');
  const perSchool = options.perSchool ?? 4;
  const [minRoster, maxRoster] = options.roster ?? [12, 40];
  const { asOf } = students;
  const year = schoolYearOf(asOf);
  const hosts = partners.partners.filter((p) => p.status === 'ACTIVE').map((p) => p.id);
  const enrolled = students.students.filter((s) => s.enrollmentStatus === 'ENROLLED');
  const bySchool = new Map<string, DemoStudent[]>();
  for (const student of enrolled) bySchool.set(student.schoolId, [...(bySchool.get(student.schoolId) ?? []), student]);
  const world: ExperiencesWorld = { experiences: [], registrations: [], attendance: [], teams: [] };
  let n = 0;

  const add = (
    spec: { kind: string; title: string; stage: string; ceds: string | null; hours: number },
    schoolId: string | null,
    day: string,
    grades: number[],
    roster: DemoStudent[],
    draft = false,
  ) => {
    const id = deterministicUuid('experience', n++);
    const startsAt = new Date(`${day}T14:00:00Z`);
    const past = day < asOf;
    world.experiences.push({
      id,
      kind: spec.kind,
      title: spec.title,
      description: null,
      schoolId,
      // A career fair has every active partner at a booth (once planned); the others one host each, in turn.
      hostPartnerIds: draft ? [] : spec.kind === 'CAREER_FAIR' ? hosts : hosts.length > 0 ? [hosts[n % hosts.length]] : [],
      startsAt,
      endsAt: new Date(startsAt.getTime() + spec.hours * 3_600_000),
      schoolYear: year.id,
      gradeLevels: grades,
      capacity: spec.kind === 'CAREER_FAIR' ? null : Math.max(roster.length, maxRoster),
      continuumStage: spec.stage,
      cedsType: spec.ceds,
      status: draft ? 'DRAFT' : past ? 'COMPLETED' : 'PUBLISHED',
      cancellationReason: null,
      createdBy: 'demo-seed',
    });
    const registeredAt = new Date(startsAt.getTime() - 7 * 86_400_000);
    const present: string[] = [];
    roster.forEach((student, i) => {
      const walkIn = past && spec.kind === 'CAREER_FAIR' && random.chance(0.15);
      world.registrations.push({
        id: deterministicUuid('experience-registration', `${id}:${i}`),
        experienceId: id,
        studentId: student.id,
        schoolId: student.schoolId,
        status: 'REGISTERED',
        source: walkIn ? 'WALK_IN' : random.chance(0.4) ? 'SELF' : 'STAFF',
        registeredAt: walkIn ? startsAt : registeredAt,
        cancelledAt: null,
      });
      if (!past) return;
      const status = walkIn ? 'PRESENT' : random.weighted([['PRESENT', 85], ['ABSENT', 10], ['EXCUSED', 5]] as const);
      if (status === 'PRESENT') present.push(student.id);
      world.attendance.push({
        id: deterministicUuid('experience-attendance', `${id}:${i}`),
        experienceId: id,
        studentId: student.id,
        schoolId: student.schoolId,
        status,
        recordedAt: new Date(startsAt.getTime() + spec.hours * 3_600_000),
        recordedBy: 'demo-seed',
      });
    });
    if (past && spec.kind === 'TEAM_CHALLENGE') {
      const teams = Math.min(4, Math.floor(present.length / 3));
      for (let t = 0; t < teams; t++) {
        world.teams.push({
          id: deterministicUuid('experience-team', `${id}:${t}`),
          experienceId: id,
          name: `Team ${t + 1}`,
          rank: t + 1,
          score: 100 - t * 7,
          notes: null,
          memberIds: present.filter((_, i) => i % teams === t),
        });
      }
    }
  };

  const schools = students.schools.filter((s) => s.kind === 'MIDDLE' || s.kind === 'HIGH');
  for (const school of schools) {
    const grades = Array.from({ length: school.gradeHigh - school.gradeLow + 1 }, (_, i) => school.gradeLow + i).filter((g) => g >= 6 && g <= 12);
    const pupils = (bySchool.get(school.id) ?? []).filter((s) => grades.includes(s.gradeLevel));
    if (grades.length === 0 || pupils.length === 0) continue;
    for (let i = 0; i < perSchool; i++) {
      const spec = SCHOOL_EXPERIENCES[(i + n) % SCHOOL_EXPERIENCES.length];
      // Spread over the school year: September to May.
      const day = addDays(`${year.startYear}-09-15`, Math.round((i * 240) / perSchool) + random.int(0, 10));
      add(spec, school.id, day, grades, random.sample(pupils, Math.min(pupils.length, random.int(minRoster, maxRoster))));
    }
  }
  // The district-wide fall career fair: high schoolers of every school.
  const highSchoolers = enrolled.filter((s) => s.gradeLevel >= 9);
  const fair = { kind: 'CAREER_FAIR', title: 'District Career Fair', stage: 'AWARENESS', ceds: null, hours: 4 };
  add(fair, null, `${year.startYear}-10-22`, [9, 10, 11, 12], random.sample(highSchoolers, Math.min(highSchoolers.length, Math.max(40, Math.round(highSchoolers.length * 0.2)))));
  // Next year's fair, still being planned: a DRAFT only staff see.
  add({ ...fair, title: 'District Career Expo' }, null, `${year.startYear + 1}-10-21`, [9, 10, 11, 12], [], true);
  return world;
}
