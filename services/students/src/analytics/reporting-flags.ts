import { REPORTING_SET_MAX_STUDENTS } from '@careergraph/kit';
import type { StudentsOwners } from '../owners/students-owners';

/** Per-student outcomes another subgraph owns, by `<schoolYear>|<studentId>`; only students holding one are present. */
export type FlagsByStudentYear = Map<string, Record<string, boolean>>;

const OUTCOME_FIELDS = ['recognizedPostsecondaryCredential', 'postsecondaryCredit', 'advancedCreditOrCredential', 'meetsSemesterGoal'] as const;

type StudentYear = { schoolYear: string; studentId: string };

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

  private async ask<T>(
    subgraph: keyof StudentsOwners,
    rows: readonly StudentYear[],
    query: string,
    holders: (data: T) => (readonly [flag: string, studentIds: string[]])[],
  ): Promise<FlagsByStudentYear> {
    const result: FlagsByStudentYear = new Map();
    if (rows.length === 0) return result;
    const client = this.owners[subgraph];
    const idsByYear = new Map<string, Set<string>>();
    for (const { schoolYear, studentId } of rows) {
      if (!idsByYear.has(schoolYear)) idsByYear.set(schoolYear, new Set());
      idsByYear.get(schoolYear)!.add(studentId);
    }
    // One call after another: each is one statement in the owner, and a district's years and
    // classes together must not hold all of its connections at once.
    for (const [schoolYear, idSet] of idsByYear) {
      const ids = [...idSet];
      for (let start = 0; start < ids.length; start += REPORTING_SET_MAX_STUDENTS) {
        const data = await client.execute<T>(query, { schoolYear, studentIds: ids.slice(start, start + REPORTING_SET_MAX_STUDENTS) });
        for (const [flag, studentIds] of holders(data)) {
          for (const studentId of studentIds) {
            const key = `${schoolYear}|${studentId}`;
            result.set(key, { ...result.get(key), [flag]: true });
          }
        }
      }
    }
    return result;
  }
}
