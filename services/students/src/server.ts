import { createSubgraphService, loadSubgraphTypeDefs, type SubgraphDeps, type SubgraphPackage } from '@careergraph/kit';
import type { StudentsContext } from './context';
import { studentsEntities } from './entities';
import { createStudentsLoaders } from './loaders';
import { studentsMigrations } from './migrations';
import { createStudentsRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedStudentsDemo } from './seed/demo-seed';
import { createStudentsServices } from './services';

/** The students subgraph, built but not listening (tests drive it in-process). */
export function buildStudentsServer(deps: SubgraphDeps) {
  const repositories = createStudentsRepositories(deps.dataSource);
  const services = createStudentsServices(repositories);
  return createSubgraphService<StudentsContext>(
    {
      name: 'students',
      typeDefs: loadSubgraphTypeDefs('students'),
      resolvers,
      createContext: (base) => ({ ...base, loaders: createStudentsLoaders(repositories), services }),
    },
    deps,
  );
}

export const studentsSubgraph: SubgraphPackage = {
  name: 'students',
  schema: { schema: 'students', entities: studentsEntities, migrations: studentsMigrations },
  build: buildStudentsServer,
  seedDemo: (dataSource, logger) => seedStudentsDemo(dataSource, logger),
};
