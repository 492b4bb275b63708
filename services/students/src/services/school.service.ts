import { integerInRange, pageRequest, toConnection } from '@careergraph/kit';
import type { SchoolConnection } from '../connections';
import type { SchoolFilter } from '../generated/graphql';
import type { StudentsRepositories } from '../repositories';
import { SchoolRepository } from '../repositories/school.repository';

export class SchoolService {
  constructor(private readonly repositories: StudentsRepositories) {}

  async list(filter: SchoolFilter | null | undefined, args: { first?: number | null; after?: string | null }): Promise<SchoolConnection> {
    const query = {
      kind: filter?.kind ?? undefined,
      network: filter?.network ?? undefined,
      gradeLevel: filter?.gradeLevel != null ? integerInRange('filter.gradeLevel', filter.gradeLevel, -1, 12) : undefined,
      search: filter?.search ? filter.search.slice(0, 100) : undefined,
    };
    const page = pageRequest(args, { arity: 2 });
    const rows = await this.repositories.schools.page(query, page);
    return toConnection(rows, page, SchoolRepository.cursorOf, () => this.repositories.schools.count(query));
  }
}
