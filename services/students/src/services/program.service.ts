import { parseId } from '@careergraph/kit';
import type { ProgramEntity } from '../entities/program.entity';
import type { ProgramFilter } from '../generated/graphql';
import type { StudentsRepositories } from '../repositories';

export class ProgramService {
  constructor(private readonly repositories: StudentsRepositories) {}

  list(filter: ProgramFilter | null | undefined): Promise<ProgramEntity[]> {
    return this.repositories.programs.list({
      department: filter?.department ?? undefined,
      careerCluster: filter?.careerCluster ?? undefined,
      schoolId: filter?.schoolId ? parseId('filter.schoolId', filter.schoolId) : undefined,
    });
  }
}
