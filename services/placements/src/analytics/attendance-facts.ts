import type { OwnerClient } from '@careergraph/kit';
import { print } from 'graphql';
import { ReportingAttendanceStudentsDocument, type ReportingAttendanceStudentsQuery } from '../generated/owners/graphql';

/** The query of src/owners/experiences.reads.graphql, printed once. */
const ATTENDANCE_STUDENTS = print(ReportingAttendanceStudentsDocument);

/** Most school years in one call (the experiences subgraph's limit). */
const YEARS_PER_CALL = 10;

/**
 * A student attending under one snapshot with its distinct engagements, as the experiences subgraph
 * answers it and the work-based learning statement reads it (jsonb_to_recordset, engagements unnested there).
 */
export type AttendanceFact = ReportingAttendanceStudentsQuery['reportingAttendanceStudents'][number];

/**
 * The group experiences students attended, as the experiences subgraph reports them (SERVICE-only
 * `reportingAttendanceStudents`, never in the public API; a row per student and snapshot with its
 * distinct engagements, so the answer grows with students, not attendances), for one request: each
 * year is asked once, however many filters the request's metrics use. An experiences subgraph that
 * cannot answer fails the family (null with an error at its path), as Perkins does without placements.
 */
export class AttendanceFacts {
  private readonly byYear = new Map<string, Promise<AttendanceFact[]>>();

  constructor(private readonly experiences: Pick<OwnerClient, 'execute'>) {}

  async of(years: readonly string[]): Promise<AttendanceFact[]> {
    const missing = [...new Set(years)].filter((year) => !this.byYear.has(year));
    for (let start = 0; start < missing.length; start += YEARS_PER_CALL) {
      const batch = missing.slice(start, start + YEARS_PER_CALL);
      const answer = this.experiences
        .execute<ReportingAttendanceStudentsQuery>(ATTENDANCE_STUDENTS, { schoolYears: batch })
        .then(({ reportingAttendanceStudents }) => reportingAttendanceStudents);
      for (const year of batch) this.byYear.set(year, answer.then((facts) => facts.filter((fact) => fact.schoolYear === year)));
    }
    return (await Promise.all(years.map((year) => this.byYear.get(year)!))).flat();
  }
}
