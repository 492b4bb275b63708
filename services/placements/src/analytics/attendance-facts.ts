import type { OwnerClient } from '@careergraph/kit';

const ATTENDANCE_STUDENTS = `query ReportingAttendanceStudents($schoolYears: [ID!]!) {
  reportingAttendanceStudents(schoolYears: $schoolYears) {
    schoolYear studentId schoolId gradeLevel economicallyDisadvantaged raceEthnicity gender englishLearner disabilityPlan
    programIds departments careerClusters engagements { continuumType continuumStage cedsType }
  }
}`;

/** Most school years in one call (the experiences subgraph's limit). */
const YEARS_PER_CALL = 10;

/**
 * A student attending under one snapshot, as the work-based learning statement reads it
 * (jsonb_to_recordset's columns; `engagements` is unnested there, one fact each).
 */
export interface AttendanceFactRecord {
  school_year: string;
  student_id: string;
  school_id: string;
  grade_level: number;
  economically_disadvantaged: boolean;
  race_ethnicity: string;
  gender: string;
  english_learner: boolean;
  disability_plan: string;
  program_ids: string[];
  departments: string[];
  career_clusters: string[];
  engagements: { continuum_type: string | null; continuum_stage: string; ceds_type: string | null }[];
}

interface AttendanceReportingStudent {
  schoolYear: string;
  studentId: string;
  schoolId: string;
  gradeLevel: number;
  economicallyDisadvantaged: boolean;
  raceEthnicity: string;
  gender: string;
  englishLearner: boolean;
  disabilityPlan: string;
  programIds: string[];
  departments: string[];
  careerClusters: string[];
  engagements: { continuumType: string | null; continuumStage: string; cedsType: string | null }[];
}

/**
 * The group experiences students attended, as the experiences subgraph reports them (SERVICE-only
 * `reportingAttendanceStudents`, never in the public API; a row per student and snapshot with its
 * distinct engagements, so the answer grows with students, not attendances), for one request: each year is asked once,
 * however many filters the request's metrics use. An experiences subgraph that cannot answer fails
 * the family (null with an error at its path), as Perkins does without placements.
 */
export class AttendanceFacts {
  private readonly byYear = new Map<string, Promise<AttendanceFactRecord[]>>();

  constructor(private readonly experiences: Pick<OwnerClient, 'execute'>) {}

  async of(years: readonly string[]): Promise<AttendanceFactRecord[]> {
    const missing = [...new Set(years)].filter((year) => !this.byYear.has(year));
    for (let start = 0; start < missing.length; start += YEARS_PER_CALL) {
      const batch = missing.slice(start, start + YEARS_PER_CALL);
      const answer = this.experiences
        .execute<{ reportingAttendanceStudents: AttendanceReportingStudent[] }>(ATTENDANCE_STUDENTS, { schoolYears: batch })
        .then(({ reportingAttendanceStudents }) => reportingAttendanceStudents.map(toRecord));
      for (const year of batch) this.byYear.set(year, answer.then((facts) => facts.filter((fact) => fact.school_year === year)));
    }
    return (await Promise.all(years.map((year) => this.byYear.get(year)!))).flat();
  }
}

function toRecord(fact: AttendanceReportingStudent): AttendanceFactRecord {
  return {
    school_year: fact.schoolYear,
    student_id: fact.studentId,
    school_id: fact.schoolId,
    grade_level: fact.gradeLevel,
    economically_disadvantaged: fact.economicallyDisadvantaged,
    race_ethnicity: fact.raceEthnicity,
    gender: fact.gender,
    english_learner: fact.englishLearner,
    disability_plan: fact.disabilityPlan,
    program_ids: fact.programIds,
    departments: fact.departments,
    career_clusters: fact.careerClusters,
    engagements: fact.engagements.map((engagement) => ({
      continuum_type: engagement.continuumType,
      continuum_stage: engagement.continuumStage,
      ceds_type: engagement.cedsType,
    })),
  };
}
