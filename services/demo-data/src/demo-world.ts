import { generatePartnersWorld, type PartnersWorldOptions } from './partners';
import type { PartnersWorld } from './partners-world';
import type { CredentialsWorldOptions } from './credentials';
import type { PlacementsWorldOptions } from './placements';
import { generateStudentsWorld, type StudentsWorld, type StudentsWorldOptions } from './students';

/** The size of the demo district `npm start` loads. */
export const DEMO_STUDENTS_OPTIONS: StudentsWorldOptions = { students: 2000 };

/** The sizes `npm run seed -- --scale <name>` knows; both run the same generators. */
export type WorldScaleName = 'demo' | 'district';

export interface WorldScale {
  students: StudentsWorldOptions;
  partners: PartnersWorldOptions;
  placements: PlacementsWorldOptions;
  credentials: CredentialsWorldOptions;
}

export const WORLD_SCALES: Record<WorldScaleName, WorldScale> = {
  demo: { students: DEMO_STUDENTS_OPTIONS, partners: {}, placements: {}, credentials: {} },
  /**
   * A big-city district (DOMAIN.md): about 650 schools and 360,000 students in grades 6-12, some
   * 16,000 of them in a CTE program each year; 1,000 partners with 2,500 worksites; about 80,000
   * placements with their time entries over this and the two school years before it (about
   * 1,500,000: Monday, Wednesday and Friday afternoons and Saturday mornings, 10 h a week under a
   * 15-hour cap, within the under-16 limits of 3 h a school day and 24 h a school week), and about
   * 150,000 credential awards (4% of seniors in early college). Programs take students from grade 8 (middle-grades exploration), and the four classes
   * graduated since stay as GRADUATED students (about 206,000) with their enrollments, placements
   * and awards, so each of the last five school years has its 16,000 CTE students and a whole
   * graduating class.
   */
  district: {
    students: { students: 360_000, schools: 650, cteShare: 0.075, firstCteGrade: 8, programReach: { trades: [40, 60], other: [10, 25] }, graduatedClasses: 4, graduateCteShare: 0.1 },
    partners: { partners: 1000, worksitesPerPartner: [1, 4], opportunities: 12_000, historyYears: 2, plans: { current: 0.3, draft: 0.05 }, workExperienceShare: 0.85 },
    placements: {
      placedShare: 0.3,
      pastYears: 2,
      endedOutcomes: ['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'TERMINATED', 'WITHDRAWN', 'DECLINED'],
      drawCandidates: true,
      schedule: {
        shifts: [
          ...[1, 3, 5].map((weekday) => ({ weekday, start: 15 * 60 + 30, end: 17 * 60 + 30 })),
          { weekday: 6, start: 9 * 60, end: 13 * 60 },
        ],
        weeklyHourCap: 15,
      },
      absenceRate: 0.1,
    },
    credentials: { awardCounts: [[0, 70], [1, 22], [2, 6], [3, 2]], earlyCollegeShare: 0.04 },
  },
};

/** The students and partners slices every later slice (placements, credentials) builds on. */
export function generateDemoFoundation(options: StudentsWorldOptions = DEMO_STUDENTS_OPTIONS, partnerOptions: PartnersWorldOptions = {}): {
  students: StudentsWorld;
  partners: PartnersWorld;
} {
  const students = generateStudentsWorld(options);
  return { students, partners: generatePartnersWorld(students, partnerOptions) };
}

const foundations = new Map<WorldScaleName, ReturnType<typeof generateDemoFoundation>>();

/**
 * The foundation of a scale, generated once per process: the seed command loads every subgraph's
 * slice of one world, and a district world takes seconds to generate.
 */
export function worldFoundation(scale: WorldScaleName): ReturnType<typeof generateDemoFoundation> {
  let foundation = foundations.get(scale);
  if (!foundation) {
    foundation = generateDemoFoundation(WORLD_SCALES[scale].students, WORLD_SCALES[scale].partners);
    foundations.set(scale, foundation);
  }
  return foundation;
}
