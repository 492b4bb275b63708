import { parseSchoolYear, schoolYearOf, today, UserInputError } from '@careergraph/kit';
import type { StudentsRepositories } from '../repositories';

/** The longest range `schoolYears` lists at once. */
const MAX_YEARS = 20;

/** School years as entities: each subgraph adds its metrics to them. */
export class SchoolYearService {
  constructor(private readonly repositories: StudentsRepositories) {}

  /** From `from` (default: the earliest year with enrollments) to `to` (default: the current year), oldest first. */
  async list(from: string | null | undefined, to: string | null | undefined): Promise<{ id: string }[]> {
    const last = to ? parseSchoolYear('to', to) : schoolYearOf(today());
    const firstId = from ?? (await this.repositories.reporting.earliestEnrollmentYear()) ?? last.id;
    const first = parseSchoolYear('from', firstId);
    if (first.startYear > last.startYear) throw new UserInputError('from', `must not be after ${last.id}`);
    if (last.startYear - first.startYear >= MAX_YEARS) throw new UserInputError('from', `at most ${MAX_YEARS} school years at once`);
    return Array.from({ length: last.startYear - first.startYear + 1 }, (_, i) => ({
      id: `${first.startYear + i}-${first.startYear + i + 1}`,
    }));
  }
}
