import { addDays, addYears, deterministicUuid, SeededRandom } from '@careergraph/kit';
import type { PartnersWorld } from './partners-world';
import { type DemoStudent, schoolYearInGrade, type StudentsWorld } from './students';

export interface DemoCredential {
  id: string;
  name: string;
  type: string;
  issuerId: string;
  careerCluster: string;
  ctid: string | null;
  creditHours: number | null;
  advancedCertification: boolean;
  recognizedPostsecondaryCredential: boolean;
  description: string | null;
}

export interface DemoCredentialAward {
  id: string;
  studentId: string;
  credentialId: string;
  earnedOn: string;
  schoolId: string;
  verificationStatus: 'SELF_REPORTED' | 'VERIFIED' | 'REVOKED';
  verifiedBy: string | null;
  verifiedAt: Date | null;
  revokedBy: string | null;
  revokedAt: Date | null;
  revocationReason: string | null;
  expiresOn: string | null;
  term: string | null;
  grade: string | null;
  creditHoursEarned: number | null;
  recordedBy: string;
}

export interface DemoReadinessDetermination {
  id: string;
  studentId: string;
  subject: 'MATH' | 'ENGLISH';
  eligible: boolean;
  basis: string;
  detail: string | null;
  asOf: string;
  recordedBy: string;
}

export interface CredentialsWorld {
  asOf: string;
  credentials: DemoCredential[];
  awards: DemoCredentialAward[];
  readiness: DemoReadinessDetermination[];
}

interface CredentialSpec {
  name: string;
  type: string;
  issuer: string;
  cluster: string;
  creditHours?: number;
  advanced?: boolean;
  /** Recognized postsecondary credential (Perkins 5S1); college courses are credit, not credentials. */
  recognized?: boolean;
  /** Years until it must be renewed; absent when it does not expire. */
  validYears?: number;
  description: string;
}

const CCC = 'City Colleges of Chicago';
const NCCER = 'National Center for Construction Education and Research';
const COMPTIA = 'CompTIA';
const NRA = 'National Restaurant Association';
const AWS = 'American Welding Society';
const ISBE = 'Illinois State Board of Education';
const IDPH = 'Illinois Department of Public Health';

/**
 * The demo catalog: real credentials and City Colleges courses CPS students earn. No CTIDs: the
 * demo does not invent Credential Engine identifiers it cannot vouch for.
 */
const CATALOG: CredentialSpec[] = [
  { name: 'NCCER Core Curriculum', type: 'INDUSTRY_CERTIFICATION', issuer: NCCER, cluster: 'ARCHITECTURE_AND_CONSTRUCTION', recognized: true, description: 'Introductory craft skills: safety, hand and power tools, blueprints, rigging.' },
  { name: 'NCCER Carpentry Level 1', type: 'INDUSTRY_CERTIFICATION', issuer: NCCER, cluster: 'ARCHITECTURE_AND_CONSTRUCTION', advanced: true, recognized: true, description: 'Floor, wall and ceiling systems; building materials.' },
  { name: 'NCCER Electrical Level 1', type: 'INDUSTRY_CERTIFICATION', issuer: NCCER, cluster: 'ARCHITECTURE_AND_CONSTRUCTION', advanced: true, recognized: true, description: 'Electrical theory, the National Electrical Code, residential wiring.' },
  { name: 'NCCER HVAC Level 1', type: 'INDUSTRY_CERTIFICATION', issuer: NCCER, cluster: 'ARCHITECTURE_AND_CONSTRUCTION', advanced: true, recognized: true, description: 'Heating, ventilation and air conditioning fundamentals.' },
  { name: 'OSHA 10-Hour Construction Safety', type: 'INDUSTRY_CERTIFICATION', issuer: NCCER, cluster: 'ARCHITECTURE_AND_CONSTRUCTION', description: 'OSHA Outreach Training Program card, delivered through NCCER-accredited training.' },
  { name: 'AWS D1.1 Structural Steel Welder Qualification', type: 'INDUSTRY_CERTIFICATION', issuer: AWS, cluster: 'MANUFACTURING', advanced: true, recognized: true, validYears: 1, description: 'Welder performance qualification to AWS D1.1 Structural Welding Code – Steel.' },
  { name: 'AWS SENSE Entry Level Welder', type: 'INDUSTRY_CERTIFICATION', issuer: AWS, cluster: 'MANUFACTURING', recognized: true, description: 'Schools Excelling through National Skills Standards Education, level I.' },
  { name: 'CompTIA IT Fundamentals+', type: 'INDUSTRY_CERTIFICATION', issuer: COMPTIA, cluster: 'INFORMATION_TECHNOLOGY', recognized: true, description: 'Basic IT knowledge and skills.' },
  { name: 'CompTIA A+', type: 'INDUSTRY_CERTIFICATION', issuer: COMPTIA, cluster: 'INFORMATION_TECHNOLOGY', advanced: true, recognized: true, validYears: 3, description: 'Entry-level IT support: hardware, operating systems, troubleshooting.' },
  { name: 'CompTIA Network+', type: 'INDUSTRY_CERTIFICATION', issuer: COMPTIA, cluster: 'INFORMATION_TECHNOLOGY', advanced: true, recognized: true, validYears: 3, description: 'Designing, configuring and troubleshooting networks.' },
  { name: 'CompTIA Security+', type: 'INDUSTRY_CERTIFICATION', issuer: COMPTIA, cluster: 'INFORMATION_TECHNOLOGY', advanced: true, recognized: true, validYears: 3, description: 'Core cybersecurity skills.' },
  { name: 'ServSafe Food Handler', type: 'INDUSTRY_CERTIFICATION', issuer: NRA, cluster: 'HOSPITALITY_AND_TOURISM', recognized: true, validYears: 3, description: 'Food safety basics for food service workers.' },
  { name: 'ServSafe Manager', type: 'INDUSTRY_CERTIFICATION', issuer: NRA, cluster: 'HOSPITALITY_AND_TOURISM', advanced: true, recognized: true, validYears: 5, description: 'ANSI-accredited Certified Food Protection Manager.' },
  { name: 'ServSafe Allergens', type: 'INDUSTRY_CERTIFICATION', issuer: NRA, cluster: 'HOSPITALITY_AND_TOURISM', recognized: true, validYears: 3, description: 'Food allergen awareness for food service.' },
  { name: 'Certified Nursing Assistant', type: 'OCCUPATIONAL_LICENSE', issuer: IDPH, cluster: 'HEALTH_SCIENCE', advanced: true, recognized: true, description: 'Listed on the Illinois Health Care Worker Registry after the state competency exam.' },
  { name: 'Youth Apprenticeship Certificate: Advanced Manufacturing', type: 'APPRENTICESHIP_CERTIFICATE', issuer: CCC, cluster: 'MANUFACTURING', advanced: true, recognized: true, description: 'Completion of a registered youth apprenticeship with an employer partner.' },
  { name: 'Illinois College and Career Pathway Endorsement: Health Science', type: 'ENDORSEMENT', issuer: ISBE, cluster: 'HEALTH_SCIENCE', description: 'Diploma endorsement under the Postsecondary and Workforce Readiness Act.' },
  { name: 'Illinois College and Career Pathway Endorsement: Information Technology', type: 'ENDORSEMENT', issuer: ISBE, cluster: 'INFORMATION_TECHNOLOGY', description: 'Diploma endorsement under the Postsecondary and Workforce Readiness Act.' },
  { name: 'Illinois College and Career Pathway Endorsement: Manufacturing, Engineering and Trades', type: 'ENDORSEMENT', issuer: ISBE, cluster: 'MANUFACTURING', description: 'Diploma endorsement under the Postsecondary and Workforce Readiness Act.' },
  { name: 'MATH 118 General Education Mathematics', type: 'DUAL_CREDIT_COURSE', issuer: CCC, cluster: 'SCIENCE_TECHNOLOGY_ENGINEERING_AND_MATHEMATICS', creditHours: 4, description: 'College-level quantitative reasoning.' },
  { name: 'MATH 140 College Algebra', type: 'DUAL_CREDIT_COURSE', issuer: CCC, cluster: 'SCIENCE_TECHNOLOGY_ENGINEERING_AND_MATHEMATICS', creditHours: 4, description: 'Functions, equations and their applications.' },
  { name: 'ENGLISH 101 Composition I', type: 'DUAL_CREDIT_COURSE', issuer: CCC, cluster: 'ARTS_AV_TECHNOLOGY_AND_COMMUNICATIONS', creditHours: 3, description: 'Academic writing.' },
  { name: 'ENGLISH 102 Composition II', type: 'DUAL_ENROLLMENT_COURSE', issuer: CCC, cluster: 'ARTS_AV_TECHNOLOGY_AND_COMMUNICATIONS', creditHours: 3, description: 'Research writing.' },
  { name: 'CIS 120 Microcomputer Applications', type: 'DUAL_CREDIT_COURSE', issuer: CCC, cluster: 'INFORMATION_TECHNOLOGY', creditHours: 3, description: 'Office applications for business.' },
  { name: 'CIS 142 Introduction to Programming', type: 'DUAL_ENROLLMENT_COURSE', issuer: CCC, cluster: 'INFORMATION_TECHNOLOGY', creditHours: 3, description: 'Programming fundamentals.' },
  { name: 'WELDING 101 Introduction to Welding', type: 'DUAL_ENROLLMENT_COURSE', issuer: CCC, cluster: 'MANUFACTURING', creditHours: 3, description: 'Shielded metal arc welding, safety, blueprint reading.' },
  { name: 'NURSING 100 Introduction to Health Careers', type: 'DUAL_ENROLLMENT_COURSE', issuer: CCC, cluster: 'HEALTH_SCIENCE', creditHours: 3, description: 'Health care careers, medical terminology and ethics.' },
  { name: 'BIOLOGY 121 Biology I', type: 'DUAL_CREDIT_COURSE', issuer: CCC, cluster: 'HEALTH_SCIENCE', creditHours: 4, description: 'Cell biology, genetics and evolution, with laboratory.' },
  { name: 'PSYCHOLOGY 201 General Psychology', type: 'DUAL_CREDIT_COURSE', issuer: CCC, cluster: 'HUMAN_SERVICES', creditHours: 3, description: 'Introduction to the science of behavior.' },
  { name: 'CULINARY 101 Culinary Principles I', type: 'DUAL_ENROLLMENT_COURSE', issuer: CCC, cluster: 'HOSPITALITY_AND_TOURISM', creditHours: 3, description: 'Kitchen fundamentals at the Washburne Culinary & Hospitality Institute.' },
  { name: 'BUSINESS 111 Introduction to Business', type: 'DUAL_CREDIT_COURSE', issuer: CCC, cluster: 'BUSINESS_MANAGEMENT_AND_ADMINISTRATION', creditHours: 3, description: 'How businesses are organized and run.' },
];

export interface CredentialsWorldOptions {
  /** How many credentials a high schooler in grade 10-12 earns: `[[count, weight], ...]`. */
  awardCounts?: readonly (readonly [number, number])[];
  /** The share of seniors (and graduates) in an early college program, five courses each. Default 0.12. */
  earlyCollegeShare?: number;
}

const AWARD_COUNTS = [[0, 58], [1, 22], [2, 12], [3, 8]] as const;
const GRADE_WEIGHTS = [['A', 30], ['B', 30], ['C', 18], ['D', 6], ['P', 6], ['F', 5], ['W', 5]] as const;
const STATUS_WEIGHTS = [['VERIFIED', 60], ['SELF_REPORTED', 32], ['REVOKED', 8]] as const;
const SEED_SUBJECT = 'demo-seed';
/** College-ready benchmarks: SAT math 530 / ERW 480; PSAT/NMSQT math 510 / ERW 460. */
const BENCHMARKS = { SAT_SCORE: { MATH: 530, ENGLISH: 480 }, PSAT_SCORE: { MATH: 510, ENGLISH: 460 } } as const;

/**
 * The credentials slice of the demo world: a catalog issued by partners of the partners world
 * (found by name), awards to grades 10–12 earned in their high school years up to `asOf`, and
 * college readiness determinations for grades 11–12. Deterministic.
 */
export function generateCredentialsWorld(students: StudentsWorld, partners: PartnersWorld, options: CredentialsWorldOptions = {}): CredentialsWorld {
  const awardCounts = options.awardCounts ?? AWARD_COUNTS;
  const random = new SeededRandom('careergraph-demo-credentials');
  const { asOf } = students;
  const issuers = new Map(partners.partners.map((p) => [p.name, p.id]));
  const missing = [...new Set(CATALOG.map((spec) => spec.issuer))].filter((name) => !issuers.has(name));
  if (missing.length > 0) {
    throw new Error(`generateCredentialsWorld: the partners world has no partner named ${missing.map((n) => `"${n}"`).join(', ')}`);
  }
  const credentials: DemoCredential[] = CATALOG.map((spec, i) => ({
    id: deterministicUuid('credential', i),
    name: spec.name,
    type: spec.type,
    issuerId: issuers.get(spec.issuer)!,
    careerCluster: spec.cluster,
    ctid: null,
    creditHours: spec.creditHours ?? null,
    advancedCertification: spec.advanced ?? false,
    recognizedPostsecondaryCredential: spec.recognized ?? false,
    description: spec.description,
  }));
  const specOf = new Map(credentials.map((c, i) => [c.id, CATALOG[i]]));
  const courses = credentials.filter((c) => c.creditHours !== null);
  const others = credentials.filter((c) => c.creditHours === null);
  const highSchools = new Set(students.schools.filter((s) => s.kind === 'HIGH').map((s) => s.id));
  const awards: DemoCredentialAward[] = [];
  const readiness: DemoReadinessDetermination[] = [];

  /**
   * A day of the student's school year of grade `grade`, `fromDay`–`toDay` days after July 1
   * (62 = September 1, 349 = June 15); null when it is still to come.
   */
  const dateIn = (student: DemoStudent, grade: number, fromDay: number, toDay: number): string | null => {
    const year = schoolYearInGrade(student, grade);
    const date = addDays(year.firstDay, random.int(fromDay, toDay));
    return date <= asOf ? date : null;
  };

  const addAward = (student: DemoStudent, credential: DemoCredential, earnedOn: string, course?: { term: string; grade: string }, status?: DemoCredentialAward['verificationStatus']) => {
    const validYears = specOf.get(credential.id)!.validYears;
    const verificationStatus = status ?? random.weighted(STATUS_WEIGHTS);
    const checkedOn = minDate(addDays(earnedOn, random.int(3, 30)), asOf);
    const verified = verificationStatus === 'VERIFIED' || (verificationStatus === 'REVOKED' && random.chance(0.4));
    const noCredit = course && (course.grade === 'F' || course.grade === 'W');
    awards.push({
      id: deterministicUuid('credential-award', awards.length),
      studentId: student.id,
      credentialId: credential.id,
      earnedOn,
      schoolId: student.schoolId,
      verificationStatus,
      verifiedBy: verified ? SEED_SUBJECT : null,
      verifiedAt: verified ? new Date(`${checkedOn}T15:00:00Z`) : null,
      revokedBy: verificationStatus === 'REVOKED' ? SEED_SUBJECT : null,
      revokedAt: verificationStatus === 'REVOKED' ? new Date(`${checkedOn}T16:00:00Z`) : null,
      revocationReason: verificationStatus === 'REVOKED' ? random.pick(['The issuer has no record of this credential', 'Recorded for the wrong student']) : null,
      expiresOn: validYears ? addYears(earnedOn, validYears) : null,
      term: course?.term ?? null,
      grade: course?.grade ?? null,
      creditHoursEarned: course ? (noCredit ? 0 : credential.creditHours) : null,
      recordedBy: SEED_SUBJECT,
    });
  };

  /** A course in a term of high school grade `grade`: fall ends in December, spring in May. */
  const addCourse = (student: DemoStudent, credential: DemoCredential, grade: number, fall: boolean, courseGrade: string, status?: DemoCredentialAward['verificationStatus']): boolean => {
    const year = schoolYearInGrade(student, grade);
    const earnedOn = fall ? `${year.startYear}-12-${pad(random.int(12, 19))}` : `${year.startYear + 1}-05-${pad(random.int(15, 29))}`;
    if (earnedOn > asOf) return false;
    const term = fall ? `${year.startYear}-FALL` : `${year.startYear + 1}-SPRING`;
    addAward(student, credential, earnedOn, { term, grade: courseGrade }, status);
    return true;
  };

  for (const student of students.students) {
    if (!highSchools.has(student.schoolId) || student.gradeLevel < 10) continue;
    // A few seniors in an early college program: two courses a term in grade 11 and one more in
    // grade 12's fall reach the semester's worth of credit (DOMAIN.md's goal).
    if (student.gradeLevel === 12 && random.chance(options.earlyCollegeShare ?? 0.12)) {
      const terms = [[11, true], [11, true], [11, false], [11, false], [12, true]] as const;
      random.sample(courses, terms.length).forEach((course, n) => {
        addCourse(student, course, terms[n][0], terms[n][1], random.pick(['A', 'B', 'C']), 'VERIFIED');
      });
      continue;
    }
    const count = random.weighted(awardCounts);
    for (const credential of random.sample([...others, ...courses], count)) {
      const grade = random.int(10, student.gradeLevel);
      if (credential.creditHours !== null) {
        addCourse(student, credential, grade, random.chance(0.5), random.weighted(GRADE_WEIGHTS));
        continue;
      }
      // Endorsements come with the diploma, so only seniors near graduation hold one.
      const earnedOn = credential.type === 'ENDORSEMENT' ? dateIn(student, 12, 323, 349) : dateIn(student, grade, 62, 349);
      if (earnedOn) addAward(student, credential, earnedOn);
    }
  }

  students.students.forEach((student, i) => {
    if (!highSchools.has(student.schoolId) || student.gradeLevel < 11 || !random.chance(0.7)) return;
    for (const subject of ['MATH', 'ENGLISH'] as const) {
      // The PSAT in grade 11's fall, then for some the SAT in grade 11's spring.
      const tests = [['PSAT_SCORE', 11, '10-20'], ['SAT_SCORE', 11, '04-12']] as const;
      for (const [n, [basis, grade, day]] of tests.entries()) {
        if (n === 1 && !random.chance(0.6)) continue;
        const year = schoolYearInGrade(student, grade);
        const on = `${day.startsWith('10') ? year.startYear : year.startYear + 1}-${day}`;
        if (on > asOf) continue;
        const score = 10 * random.int(38, 65);
        const benchmark = BENCHMARKS[basis][subject];
        readiness.push({
          id: deterministicUuid('readiness', `${i}:${subject}:${basis}`),
          studentId: student.id,
          subject,
          eligible: score >= benchmark,
          basis,
          detail: `${basis === 'SAT_SCORE' ? 'SAT' : 'PSAT/NMSQT'} ${subject === 'MATH' ? 'math' : 'evidence-based reading and writing'} ${score} (benchmark ${benchmark})`,
          asOf: on,
          recordedBy: SEED_SUBJECT,
        });
      }
    }
  });
  return { asOf, credentials, awards, readiness };
}



function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
