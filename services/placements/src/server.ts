import { generateDemoFoundation } from '@careergraph/demo-data';
import { createSubgraphService, loadSubgraphTypeDefs, MetricCubes, suppressionThreshold, type SubgraphDeps, type SubgraphPackage, subgraphSigner } from '@careergraph/kit';
import { loadPlacementsSettings, type PlacementsSettings } from './config/placements-config';
import type { PlacementsContext } from './context';
import { placementsEntities } from './entities';
import { createPlacementsLoaders } from './loaders';
import { placementsMigrations } from './migrations';
import { createPlacementsRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedPlacementsDistrict, seedPlacementsDemo } from './seed/demo-seed';
import { createPlacementsServices } from './services';
import { placementScopeOf } from './services/placement-scope';
import { placementsPolicy } from './policy';
import { createReferenceLoaders } from './services/references';
import { createReportingLookups } from './services/reporting-snapshot.service';
import { workBasedLearningFamily } from './analytics/work-based-learning.family';

/** The placements subgraph, built but not listening (tests drive it in-process). */
export function buildPlacementsServer(deps: SubgraphDeps, settings: PlacementsSettings = loadPlacementsSettings(deps.subgraphUrls)) {
  const repositories = createPlacementsRepositories(deps.dataSource, { anchor: settings.payPeriodAnchor, days: settings.payPeriodDays });
  const services = createPlacementsServices(repositories, settings);
  const signer = subgraphSigner(deps);
  const threshold = suppressionThreshold();
  return createSubgraphService<PlacementsContext>(
    {
      name: 'placements',
      typeDefs: loadSubgraphTypeDefs('placements'),
      resolvers,
      policy: placementsPolicy,
      createContext: (base) => ({
        ...base,
        loaders: createPlacementsLoaders(repositories, placementScopeOf(base.caller)),
        services,
        references: createReferenceLoaders(settings, signer, base.requestId),
        reporting: createReportingLookups(settings, signer, base.requestId),
        analytics: new MetricCubes([workBasedLearningFamily], repositories.reporting.run, base.caller, threshold),
      }),
    },
    deps,
  );
}

export const placementsSubgraph: SubgraphPackage<PlacementsSettings> = {
  name: 'placements',
  policy: placementsPolicy,
  schema: { schema: 'placements', entities: placementsEntities, migrations: placementsMigrations },
  loadSettings: (subgraphUrls, source) => loadPlacementsSettings(subgraphUrls, source),
  build: (deps, settings) => buildPlacementsServer(deps, settings),
  seedDemo: (dataSource, logger) => seedPlacementsDemo(dataSource, logger, generateDemoFoundation()),
  seedDistrict: seedPlacementsDistrict,
};
