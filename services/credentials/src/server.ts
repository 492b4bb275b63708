import { generateDemoFoundation } from '@careergraph/demo-data';
import {
  createSubgraphService,
  loadSubgraphTypeDefs,
  MetricCubes,
  type SubgraphDeps,
  type SubgraphPackage,
  subgraphSigner,
  suppressionThreshold,
} from '@careergraph/kit';
import { collegeReadinessFamily, credentialAttainmentFamily } from './analytics/credential-attainment.family';
import { mountBadgeRoutes } from './badge-routes';
import { createEntityClients } from './clients';
import { type CredentialsConfig, loadCredentialsConfig } from './config';
import type { CredentialsContext } from './context';
import { credentialsEntities } from './entities';
import { createCredentialsLoaders } from './loaders';
import { credentialsMigrations } from './migrations';
import { credentialsPolicy } from './policy';
import { createCredentialsRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedCredentialsDistrict, seedCredentialsDemo } from './seed/demo-seed';
import { createCredentialsServices } from './services';

/** The credentials subgraph, built but not listening (tests drive it in-process). */
export function buildCredentialsServer(deps: SubgraphDeps, config: CredentialsConfig = loadCredentialsConfig(deps.subgraphUrls)) {
  const repositories = createCredentialsRepositories(deps.dataSource);
  const clients = createEntityClients(config, subgraphSigner(deps));
  const services = createCredentialsServices(repositories, config, clients);
  const families = [credentialAttainmentFamily(config.tuitionPerCreditHour), collegeReadinessFamily];
  const threshold = suppressionThreshold();
  return createSubgraphService<CredentialsContext>(
    {
      name: 'credentials',
      typeDefs: loadSubgraphTypeDefs('credentials'),
      resolvers,
      policy: credentialsPolicy,
      createContext: (base) => ({
        ...base,
        loaders: createCredentialsLoaders(repositories, clients, base.caller),
        services,
        analytics: new MetricCubes(families, repositories.reporting.run, base.caller, threshold),
      }),
      routes: (app) => mountBadgeRoutes(app, services.badges, deps.logger),
    },
    deps,
  );
}

export const credentialsSubgraph: SubgraphPackage<CredentialsConfig> = {
  name: 'credentials',
  policy: credentialsPolicy,
  schema: { schema: 'credentials', entities: credentialsEntities, migrations: credentialsMigrations },
  loadSettings: (subgraphUrls, source) => loadCredentialsConfig(subgraphUrls, source),
  build: (deps, settings) => buildCredentialsServer(deps, settings),
  seedDemo: (dataSource, logger) => seedCredentialsDemo(dataSource, logger, generateDemoFoundation()),
  seedDistrict: seedCredentialsDistrict,
};
