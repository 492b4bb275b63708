import { generateDemoFoundation } from '@careergraph/demo-data';
import { createSubgraphService, loadSubgraphTypeDefs, type SubgraphDeps, type SubgraphPackage } from '@careergraph/kit';
import { loadPlacementsSettings, type PlacementsSettings } from './config/placements-config';
import type { PlacementsContext } from './context';
import { placementsEntities } from './entities';
import { createPlacementsLoaders } from './loaders';
import { placementsMigrations } from './migrations';
import { createPlacementsRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedPlacementsDemo } from './seed/demo-seed';
import { createPlacementsServices } from './services';
import { createReferenceLoaders } from './services/references';

/** The placements subgraph, built but not listening (tests drive it in-process). */
export function buildPlacementsServer(deps: SubgraphDeps, settings: PlacementsSettings = loadPlacementsSettings(deps.subgraphUrls)) {
  const repositories = createPlacementsRepositories(deps.dataSource, { anchor: settings.payPeriodAnchor, days: settings.payPeriodDays });
  const services = createPlacementsServices(repositories, settings);
  return createSubgraphService<PlacementsContext>(
    {
      name: 'placements',
      typeDefs: loadSubgraphTypeDefs('placements'),
      resolvers,
      createContext: (base) => ({
        ...base,
        loaders: createPlacementsLoaders(repositories),
        services,
        references: createReferenceLoaders(settings, base.requestId),
      }),
    },
    deps,
  );
}

export const placementsSubgraph: SubgraphPackage = {
  name: 'placements',
  schema: { schema: 'placements', entities: placementsEntities, migrations: placementsMigrations },
  build: (deps) => buildPlacementsServer(deps),
  seedDemo: (dataSource, logger) => seedPlacementsDemo(dataSource, logger, generateDemoFoundation()),
};
