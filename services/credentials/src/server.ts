import { generateDemoFoundation } from '@careergraph/demo-data';
import { createSubgraphService, loadSubgraphTypeDefs, type SubgraphDeps, type SubgraphPackage } from '@careergraph/kit';
import { createEntityClients } from './clients';
import { type CredentialsConfig, loadCredentialsConfig } from './config';
import type { CredentialsContext } from './context';
import { credentialsEntities } from './entities';
import { createCredentialsLoaders } from './loaders';
import { credentialsMigrations } from './migrations';
import { createCredentialsRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedCredentialsDemo } from './seed/demo-seed';
import { createCredentialsServices } from './services';

/** The credentials subgraph, built but not listening (tests drive it in-process). */
export function buildCredentialsServer(deps: SubgraphDeps, config: CredentialsConfig = loadCredentialsConfig(deps.subgraphUrls)) {
  const repositories = createCredentialsRepositories(deps.dataSource);
  const clients = createEntityClients(config);
  const services = createCredentialsServices(repositories, config, clients);
  return createSubgraphService<CredentialsContext>(
    {
      name: 'credentials',
      typeDefs: loadSubgraphTypeDefs('credentials'),
      resolvers,
      createContext: (base) => ({ ...base, loaders: createCredentialsLoaders(repositories, clients), services }),
    },
    deps,
  );
}

export const credentialsSubgraph: SubgraphPackage = {
  name: 'credentials',
  schema: { schema: 'credentials', entities: credentialsEntities, migrations: credentialsMigrations },
  build: (deps) => buildCredentialsServer(deps),
  seedDemo: (dataSource, logger) => seedCredentialsDemo(dataSource, logger, generateDemoFoundation()),
};
