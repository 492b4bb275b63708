import { REPORTING_SET_MAX_STUDENTS } from '@careergraph/kit';
import type { StudentsOwners } from '../owners/students-owners';
import { type EndorsementFacts, NO_ENDORSEMENT_FACTS } from './endorsement-progress';

/** Per-student outcomes another subgraph owns, by `<schoolYear>|<studentId>`; only students holding one are present. */
export type FlagsByStudentYear = Map<string, Record<string, boolean>>;

const OUTCOME_FIELDS = ['recognizedPostsecondaryCredential', 'postsecondaryCredit', 'advancedCreditOrCredential', 'meetsSemesterGoal'] as const;

export type StudentYear = { schoolYear: string; studentId: string };

const ENDORSEMENT_QUERIES = {
  experiences: `query ReportingExperiencesAttended($schoolYear: ID!, $studentIds: [ID!]!) {
    facts: reportingExperiencesAttended(schoolYear: $schoolYear, studentIds: $studentIds) { studentId careerExplorationActivities teamChallenges }
  }`,
  placements: `query ReportingWorkBasedLearningHours($schoolYear: ID!, $studentIds: [ID!]!) {
    facts: reportingWorkBasedLearningHours(schoolYear: $schoolYear, studentIds: $studentIds) { studentId workBasedLearningHours: hours }
  }`,
  credentials: `query ReportingEndorsementFacts($schoolYear: ID!, $studentIds: [ID!]!) {
    facts: reportingEndorsementFacts(schoolYear: $schoolYear, studentIds: $studentIds) { studentId earlyCollegeCreditHours mathReady englishReady }
  }`,
} as const;

/** `rows` by school year, in calls of at most REPORTING_SET_MAX_STUDENTS distinct students. */
function callsByYear(rows: readonly StudentYear[]): { schoolYear: string; studentIds: string[] }[] {
  const idsByYear = new Map<string, Set<string>>();
  for (const { schoolYear, studentId } of rows) {
    if (!idsByYear.has(schoolYear)) idsByYear.set(schoolYear, new Set());
    idsByYear.get(schoolYear)!.add(studentId);
  }
  return [...idsByYear].flatMap(([schoolYear, idSet]) => {
    const ids = [...idSet];
    const calls = [];
    for (let start = 0; start < ids.length; start += REPORTING_SET_MAX_STUDENTS) calls.push({ schoolYear, studentIds: ids.slice(start, start + REPORTING_SET_MAX_STUDENTS) });
    return calls;
  });
}

/**
 * Asks credentials and placements for the per-student flags a rate needs (Perkins 5S1–5S3, the
 * cohort goal) through their SERVICE-only reporting-set fields, never exposed in the public API:
 * per school year, the students asked go in calls of at most REPORTING_SET_MAX_STUDENTS, and only
 * those holding an outcome come back.
 */
export class ReportingFlags {
  constructor(private readonly owners: StudentsOwners) {}

  /** Credential outcomes by the end of each year of `rows`. */
  outcomes(rows: readonly StudentYear[]): Promise<FlagsByStudentYear> {
    const query = `query ReportingOutcomeSet($schoolYear: ID!, $studentIds: [ID!]!) {
      reportingOutcomeSet(schoolYear: $schoolYear, studentIds: $studentIds) { ${OUTCOME_FIELDS.join(' ')} }
    }`;
    return this.ask('credentials', rows, query, (data: { reportingOutcomeSet: Record<string, string[]> }) =>
      OUTCOME_FIELDS.map((flag) => [flag, data.reportingOutcomeSet[flag]] as const),
    );
  }

  /** Work-based learning by the end of each year of `rows`. */
  workBasedLearning(rows: readonly StudentYear[]): Promise<FlagsByStudentYear> {
    const query = `query ReportingWorkBasedLearningSet($schoolYear: ID!, $studentIds: [ID!]!) {
      reportingWorkBasedLearningSet(schoolYear: $schoolYear, studentIds: $studentIds)
    }`;
    return this.ask('placements', rows, query, (data: { reportingWorkBasedLearningSet: string[] }) => [
      ['workBasedLearning', data.reportingWorkBasedLearningSet] as const,
    ]);
  }

  /**
   * The endorsement's facts by the end of each year of `rows` (College and Career Pathway
   * Endorsement): one call per owner and batch, the three owners side by side; students no owner
   * knows are absent (NO_ENDORSEMENT_FACTS).
   */
  async endorsementFacts(rows: readonly StudentYear[]): Promise<Map<string, EndorsementFacts>> {
    const result = new Map<string, EndorsementFacts>();
    for (const { schoolYear, studentIds } of callsByYear(rows)) {
      const answers = await Promise.all(
        (Object.keys(ENDORSEMENT_QUERIES) as (keyof typeof ENDORSEMENT_QUERIES)[]).map((owner) =>
          this.owners[owner].execute<{ facts: ({ studentId: string } & Partial<EndorsementFacts>)[] }>(ENDORSEMENT_QUERIES[owner], { schoolYear, studentIds }),
        ),
      );
      for (const { facts } of answers) {
        for (const { studentId, ...known } of facts) {
          const key = `${schoolYear}|${studentId}`;
          result.set(key, { ...NO_ENDORSEMENT_FACTS, ...result.get(key), ...known });
        }
      }
    }
    return result;
  }

  private async ask<T>(
    subgraph: keyof StudentsOwners,
    rows: readonly StudentYear[],
    query: string,
    holders: (data: T) => (readonly [flag: string, studentIds: string[]])[],
  ): Promise<FlagsByStudentYear> {
    const result: FlagsByStudentYear = new Map();
    if (rows.length === 0) return result;
    const client = this.owners[subgraph];
    // One call after another: each is one statement in the owner, and a district's years and
    // classes together must not hold all of its connections at once.
    for (const { schoolYear, studentIds: asked } of callsByYear(rows)) {
      const data = await client.execute<T>(query, { schoolYear, studentIds: asked });
      for (const [flag, studentIds] of holders(data)) {
        for (const studentId of studentIds) {
          const key = `${schoolYear}|${studentId}`;
          // Set in place: a district's class is about 51,000 students, a fresh object each is GC work.
          const held = result.get(key);
          if (held) held[flag] = true;
          else result.set(key, { [flag]: true });
        }
      }
    }
    return result;
  }
}
