import { generateDemoFoundation } from '@careergraph/demo-data';
import { defineSubgraph, MetricCubes, OutboxRelay, type SubgraphRuntimeDeps } from '@careergraph/kit';
import { collegeReadinessFamily, credentialAttainmentFamily } from './analytics/credential-attainment.family';
import { mountBadgeRoutes } from './badge-routes';
import { type CredentialsSettings, loadCredentialsSettings } from './config/credentials-settings';
import type { CredentialsContext } from './context';
import { credentialsEntities } from './entities';
import { createCredentialsLoaders } from './loaders';
import { credentialsMigrations } from './migrations';
import { credentialsOwners } from './owners/credentials-owners';
import { credentialsPolicy } from './policy';
import { createCredentialsRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedCredentialsDemo, seedCredentialsDistrict } from './seed/demo-seed';
import { createCredentialsServices } from './services';

/** The credentials subgraph: the credential catalog, awards and their badges, early college credit and readiness. */
export const credentialsSubgraph = defineSubgraph<CredentialsSettings, CredentialsContext, ReturnType<typeof credentialsRuntime>>({
  name: 'credentials',
  schema: { schema: 'credentials', entities: credentialsEntities, migrations: credentialsMigrations },
  resolvers,
  policy: credentialsPolicy,
  loadSettings: loadCredentialsSettings,
  runtime: credentialsRuntime,
  context: (base, { repositories, services, owners, families, threshold }) => ({
    ...base,
    loaders: createCredentialsLoaders(repositories, base.caller),
    owners: owners({ requestId: base.requestId, deadline: base.deadline }),
    services,
    analytics: new MetricCubes(families, repositories.reporting.run, base.caller, threshold),
  }),
  routes: ({ services }, deps) => (app) => mountBadgeRoutes(app, services.badges, deps.logger),
  seedDemo: (dataSource, logger) => seedCredentialsDemo(dataSource, logger, generateDemoFoundation()),
  seedDistrict: seedCredentialsDistrict,
  workers: (_runtime, deps) => [new OutboxRelay(deps, 'credentials')],
});

function credentialsRuntime(deps: SubgraphRuntimeDeps, settings: CredentialsSettings) {
  const repositories = createCredentialsRepositories(deps.dataSource);
  return {
    repositories,
    services: createCredentialsServices(repositories, settings),
    owners: credentialsOwners(settings, deps.signer),
    families: [credentialAttainmentFamily(settings.tuitionPerCreditHour), collegeReadinessFamily],
    threshold: deps.suppressionThreshold,
  };
}
