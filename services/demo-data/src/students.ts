import { deterministicUuid, type SchoolYear, SeededRandom, schoolYearOf, schoolYearStartingIn, today } from '@careergraph/kit';
import {
  DISABILITY_WEIGHTS,
  FIRST_NAMES,
  GENDER_WEIGHTS,
  LAST_NAMES,
  NAMESAKES,
  NEIGHBORHOODS,
  NETWORKS,
  POSTAL_CODES,
  PROGRAM_SPECS,
  RACE_WEIGHTS,
  SCHOOL_SPECS,
  STREETS,
  type Department,
  type SchoolKind,
  type SchoolSpec,
} from './catalog';

export interface DemoSchool {
  id: string;
  name: string;
  districtSchoolId: string;
  network: string;
  kind: SchoolKind;
  gradeLow: number;
  gradeHigh: number;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  /** Within Chicago: for the distance from a student's school to a worksite. */
  latitude: number;
  longitude: number;
}

export interface DemoProgram {
  id: string;
  name: string;
  careerCluster: string;
  cipCode: string;
  department: Department;
  courses: { code: string; title: string }[];
}

export interface DemoStudent {
  id: string;
  districtStudentId: string;
  legalFirstName: string;
  legalLastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  /** The grade now; a graduate's is 12, the last attended. */
  gradeLevel: number;
  cohort: number;
  enrollmentStatus: 'ENROLLED' | 'GRADUATED';
  schoolId: string;
  englishLearner: boolean;
  disabilityPlan: string;
  economicallyDisadvantaged: boolean;
  raceEthnicity: string;
  gender: string;
  email: string | null;
  phone: string | null;
  /** Directory-information categories the family opted out of (NAME, GRADE_LEVEL, SCHOOL, CONTACT). */
  directoryOptOuts: string[];
}

export interface DemoEnrollment {
  id: string;
  studentId: string;
  programId: string;
  schoolYear: string;
  beginDate: string;
  endDate: string | null;
  exitReason: string | null;
}

export interface DemoCompletion {
  id: string;
  enrollmentId: string;
  courseCode: string;
  courseTitle: string;
  completedOn: string;
  earnedCredits: number;
}

export interface StudentsWorld {
  asOf: string;
  schools: DemoSchool[];
  programs: DemoProgram[];
  offerings: { programId: string; schoolId: string }[];
  students: DemoStudent[];
  enrollments: DemoEnrollment[];
  completions: DemoCompletion[];
}

export interface StudentsWorldOptions {
  students: number;
  /** The day the world is "as of"; school years and dates are laid out around it. */
  asOf?: string;
  /** Schools in all; past the named ones, schools get generated names (district scale). Default: the named ones. */
  schools?: number;
  /** The share of high schoolers at a school offering programs who enroll in one. Default 0.45. */
  cteShare?: number;
  /** The grade a program enrollment can start in at the earliest. Default 10. */
  firstCteGrade?: number;
  /** How many high schools offer each program, [min, max], for trades and for the others. */
  programReach?: { trades: [number, number]; other: [number, number] };
  /**
   * Past graduating classes kept as GRADUATED students (each about a seventh of `students`, at the
   * high schools) with their program enrollments, so reporting reaches back that many school
   * years with whole classes. Default 0.
   */
  graduatedClasses?: number;
  /**
   * The share of graduates at a school offering programs who were in one. An enrolled student's
   * first program grade is drawn up to the grade they are in now, so every one of them is enrolled
   * this year; a graduate's is drawn over all of grades `firstCteGrade`–12, so fewer of them were
   * enrolled in any one year, and a larger share gives each past year as many CTE students as this
   * one. Default `cteShare`.
   */
  graduateCteShare?: number;
}

/**
 * A spot within Chicago (41.70–42.00 N, 87.80–87.60 W), spread by the school's index and drawing
 * nothing from the world's random sequence, so every other generated value stays as it was.
 */
function schoolLocation(index: number): { latitude: number; longitude: number } {
  return { latitude: 41.7 + ((index * 7919) % 300) / 1000, longitude: -87.8 + ((index * 104729) % 200) / 1000 };
}

/** The school year in which the student of `cohort` is (or was) in `grade`. */
export function schoolYearInGrade(student: Pick<DemoStudent, 'cohort'>, grade: number): SchoolYear {
  return schoolYearStartingIn(student.cohort - 1 - (12 - grade));
}

/** The student's grade in the school year starting in `startYear` (above 12 once graduated). */
export function gradeInYear(student: Pick<DemoStudent, 'cohort'>, startYear: number): number {
  return 12 - (student.cohort - (startYear + 1));
}

const DEMO_REACH: NonNullable<StudentsWorldOptions['programReach']> = { trades: [5, 8], other: [2, 4] };
const DIRECTORY_CATEGORIES = ['NAME', 'GRADE_LEVEL', 'SCHOOL', 'CONTACT'] as const;
/** The 555-0100–0199 block is reserved for fiction, so no demo number reaches a real phone. */
const AREA_CODES = ['312', '773', '872'];

const GRADES: Record<SchoolKind, [number, number]> = { ELEMENTARY: [0, 8], MIDDLE: [6, 8], HIGH: [9, 12] };

/** The demo district: the same output for the same options on every machine. */
export function generateStudentsWorld(options: StudentsWorldOptions): StudentsWorld {
  const random = new SeededRandom('careergraph-demo-students');
  const asOf = options.asOf ?? today();
  const current = schoolYearOf(asOf);

  const specs = [...SCHOOL_SPECS, ...generatedSchoolSpecs((options.schools ?? SCHOOL_SPECS.length) - SCHOOL_SPECS.length)];
  const schools: DemoSchool[] = specs.map((spec, i) => ({
    id: deterministicUuid('school', i),
    name: spec.name,
    districtSchoolId: String(610000 + i * 37),
    network: spec.network,
    kind: spec.kind,
    gradeLow: GRADES[spec.kind][0],
    gradeHigh: GRADES[spec.kind][1],
    street: `${1000 + random.int(0, 8999)} ${random.pick(STREETS)}`,
    city: 'Chicago',
    state: 'IL',
    postalCode: random.pick(POSTAL_CODES),
    ...schoolLocation(i),
  }));
  const highSchools = schools.filter((s) => s.kind === 'HIGH');

  const programs: DemoProgram[] = PROGRAM_SPECS.map((spec, i) => ({
    id: deterministicUuid('program', i),
    name: spec.name,
    careerCluster: spec.cluster,
    cipCode: spec.cip,
    department: spec.department,
    courses: ['I', 'II', 'III', 'IV'].map((level, n) => ({ code: `${spec.code}-${n + 1}01`, title: `${spec.name} ${level}` })),
  }));
  // Trades run at many high schools (DOMAIN.md: 80+ in the real district); other programs at a few.
  const reach = options.programReach ?? DEMO_REACH;
  const cteShare = options.cteShare ?? 0.45;
  const firstCteGrade = options.firstCteGrade ?? 10;
  const offerings = programs.flatMap((program) =>
    random
      .sample(highSchools, program.department === 'TRADES' ? random.int(...reach.trades) : random.int(...reach.other))
      .map((school) => ({ programId: program.id, schoolId: school.id })),
  );
  const programById = new Map(programs.map((p) => [p.id, p]));
  const offeredAt = new Map<string, string[]>();
  for (const { programId, schoolId } of offerings) offeredAt.set(schoolId, [...(offeredAt.get(schoolId) ?? []), programId]);

  const students: DemoStudent[] = [];
  const enrollments: DemoEnrollment[] = [];
  const completions: DemoCompletion[] = [];
  const schoolWeights = schools.map((school) => [school, school.kind === 'HIGH' ? 4 : 1] as const);
  // Contact details and opt-outs draw from their own sequence, so the rest of the world is unchanged.
  const contacts = new SeededRandom('careergraph-demo-student-contacts');

  for (let i = 0; i < options.students; i++) {
    const school = random.weighted(schoolWeights);
    const gradeLevel = random.int(Math.max(6, school.gradeLow), school.gradeHigh);
    const birthYear = current.startYear - gradeLevel - 6 + (random.chance(0.7) ? 1 : 0);
    const student = demoStudent(random, contacts, {
      id: deterministicUuid('student', i),
      districtStudentId: String(50000000 + i * 7),
      birthYear: () => birthYear,
      gradeLevel,
      cohort: current.startYear + 1 + (12 - gradeLevel),
      enrollmentStatus: 'ENROLLED',
      schoolId: school.id,
    });
    students.push(student);

    const offered = offeredAt.get(school.id) ?? [];
    if (gradeLevel < firstCteGrade || offered.length === 0 || !random.chance(cteShare)) continue;
    enrollInProgram(random, student, programById.get(random.pick(offered))!, firstCteGrade, String(i), asOf, enrollments, completions);
  }

  // Graduates draw from their own sequences, so the enrolled students are the same with or without them.
  const graduates = new SeededRandom('careergraph-demo-graduates');
  const graduateContacts = new SeededRandom('careergraph-demo-graduate-contacts');
  const classSize = Math.round(options.students / 7);
  for (let k = 1; k <= (options.graduatedClasses ?? 0); k++) {
    const cohort = current.startYear + 1 - k;
    for (let n = 0; n < classSize; n++) {
      const school = graduates.pick(highSchools);
      const student = demoStudent(graduates, graduateContacts, {
        id: deterministicUuid('student', `graduate:${cohort}:${n}`),
        districtStudentId: String(40000000 + ((k - 1) * classSize + n) * 7),
        // 18 or 19 on graduation day.
        birthYear: () => cohort - 19 + (graduates.chance(0.7) ? 1 : 0),
        gradeLevel: 12,
        cohort,
        enrollmentStatus: 'GRADUATED',
        schoolId: school.id,
      });
      students.push(student);
      const offered = offeredAt.get(school.id) ?? [];
      if (offered.length === 0 || !graduates.chance(options.graduateCteShare ?? cteShare)) continue;
      const program = programById.get(graduates.pick(offered))!;
      enrollInProgram(graduates, student, program, firstCteGrade, `graduate:${cohort}:${n}`, asOf, enrollments, completions);
    }
  }
  return { asOf, schools, programs, offerings, students, enrollments, completions };
}

/**
 * A student drawn from `random` (names, birth date, subgroups) with the given identity and
 * enrollment; `birthYear` is called where its draw falls in the sequence. Contact details and
 * opt-outs draw from `contacts`.
 */
function demoStudent(
  random: SeededRandom,
  contacts: SeededRandom,
  fields: Pick<DemoStudent, 'id' | 'districtStudentId' | 'gradeLevel' | 'cohort' | 'enrollmentStatus' | 'schoolId'> & { birthYear: () => number },
): DemoStudent {
  const firstName = random.pick(FIRST_NAMES);
  return {
    id: fields.id,
    districtStudentId: fields.districtStudentId,
    legalFirstName: firstName,
    legalLastName: random.pick(LAST_NAMES),
    preferredName: random.chance(0.08) ? `${firstName.slice(0, 3)}` : null,
    dateOfBirth: `${fields.birthYear()}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    gradeLevel: fields.gradeLevel,
    cohort: fields.cohort,
    enrollmentStatus: fields.enrollmentStatus,
    schoolId: fields.schoolId,
    englishLearner: random.chance(0.2),
    disabilityPlan: random.weighted(DISABILITY_WEIGHTS),
    economicallyDisadvantaged: random.chance(0.77),
    raceEthnicity: random.weighted(RACE_WEIGHTS),
    gender: random.weighted(GENDER_WEIGHTS),
    ...demoContact(contacts, fields.districtStudentId, firstName),
  };
}

/**
 * The student's enrollment in `program` from a grade drawn between `firstGrade` and the last grade
 * attended, one per school year, with the courses completed by `asOf` (a fall semester half the time).
 */
function enrollInProgram(
  random: SeededRandom,
  student: DemoStudent,
  program: DemoProgram,
  firstGrade: number,
  key: string,
  asOf: string,
  enrollments: DemoEnrollment[],
  completions: DemoCompletion[],
): void {
  const current = schoolYearOf(asOf);
  const startGrade = random.int(firstGrade, student.gradeLevel);
  let course = 0;
  for (let grade = startGrade; grade <= student.gradeLevel; grade++) {
    const year = schoolYearInGrade(student, grade);
    const isCurrent = year.id === current.id;
    const beginDate = minDate(`${year.startYear}-08-25`, asOf);
    const enrollment: DemoEnrollment = {
      id: deterministicUuid('enrollment', `${key}:${grade}`),
      studentId: student.id,
      programId: program.id,
      schoolYear: year.id,
      beginDate,
      endDate: isCurrent ? null : `${year.startYear + 1}-06-12`,
      exitReason: isCurrent ? null : 'Completed school year',
    };
    enrollments.push(enrollment);
    const semesterEnds = [`${year.startYear}-12-18`, `${year.startYear + 1}-06-05`];
    for (const completedOn of semesterEnds) {
      if (completedOn > asOf || completedOn < beginDate || course >= program.courses.length) continue;
      if (completedOn.endsWith('12-18') && !random.chance(0.5)) continue;
      const { code, title } = program.courses[course++];
      completions.push({
        id: deterministicUuid('completion', `${enrollment.id}:${code}`),
        enrollmentId: enrollment.id,
        courseCode: code,
        courseTitle: title,
        completedOn,
        earnedCredits: completedOn.endsWith('12-18') ? 0.5 : 1,
      });
    }
  }
}

/**
 * Schools past the named ones: neighborhood and namesake make the name; about a quarter are high
 * schools and a few middle schools, the rest elementary (grades K-8), as in a big-city district.
 */
function generatedSchoolSpecs(count: number): SchoolSpec[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const kind: SchoolKind = i % 4 === 0 ? 'HIGH' : i % 20 === 1 ? 'MIDDLE' : 'ELEMENTARY';
    const neighborhood = NEIGHBORHOODS[i % NEIGHBORHOODS.length];
    const namesake = NAMESAKES[Math.floor(i / NEIGHBORHOODS.length) % NAMESAKES.length];
    const suffix = kind === 'HIGH' ? 'High School' : kind === 'MIDDLE' ? 'Middle School' : 'Elementary School';
    return { name: `${neighborhood} ${namesake} ${suffix}`, kind, network: NETWORKS[i % NETWORKS.length] };
  });
}

/** Most students have an email and a phone on file; about 3% of families opt out of some directory information. */
function demoContact(random: SeededRandom, districtStudentId: string, firstName: string): Pick<DemoStudent, 'email' | 'phone' | 'directoryOptOuts'> {
  const email = random.chance(0.92) ? `${firstName.toLowerCase().replace(/[^a-z]/g, '')}.${districtStudentId}@students.careergraph.example` : null;
  const phone = random.chance(0.85) ? `${random.pick(AREA_CODES)}-555-01${pad(random.int(0, 99))}` : null;
  const directoryOptOuts = random.chance(0.03) ? random.sample(DIRECTORY_CATEGORIES, random.int(1, 2)).sort() : [];
  return { email, phone, directoryOptOuts };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
