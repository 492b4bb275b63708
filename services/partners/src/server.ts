import { defineSubgraph, type SubgraphRuntimeDeps } from '@careergraph/kit';
import { loadPartnersSettings, type PartnersSettings } from './config/partners-settings';
import type { PartnersContext } from './context';
import { partnersEntities } from './entities';
import { createPartnersLoaders } from './loaders';
import { partnersMigrations } from './migrations';
import { opportunityScope, partnersPolicy } from './policy';
import { createPartnersRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedPartnersDemo, seedPartnersDistrict } from './seed/demo-seed';
import { createPartnersServices } from './services';

/** The partners subgraph: partner organisations, their vetting, worksites, contacts and opportunities. */
export const partnersSubgraph = defineSubgraph<PartnersSettings, PartnersContext, ReturnType<typeof partnersRuntime>>({
  name: 'partners',
  schema: { schema: 'partners', entities: partnersEntities, migrations: partnersMigrations },
  resolvers,
  policy: partnersPolicy,
  loadSettings: (_subgraphUrls, source) => loadPartnersSettings(source),
  runtime: partnersRuntime,
  context: (base, { repositories, services }) => ({
    ...base,
    loaders: createPartnersLoaders(repositories, opportunityScope.rowsFor(base.caller)),
    services,
  }),
  seedDemo: (dataSource, logger) => seedPartnersDemo(dataSource, logger),
  seedDistrict: seedPartnersDistrict,
});

function partnersRuntime(deps: SubgraphRuntimeDeps, settings: PartnersSettings) {
  const repositories = createPartnersRepositories(deps.dataSource);
  return { repositories, services: createPartnersServices(repositories, settings) };
}
