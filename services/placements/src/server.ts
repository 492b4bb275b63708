import { generateDemoFoundation } from '@careergraph/demo-data';
import { defineSubgraph, MetricCubes, OutboxRelay, type SubgraphRuntimeDeps } from '@careergraph/kit';
import { AttendanceFacts } from './analytics/attendance-facts';
import { workBasedLearningFamily } from './analytics/work-based-learning.family';
import { loadPlacementsSettings, type PlacementsSettings } from './config/placements-settings';
import type { PlacementsContext } from './context';
import { placementsEntities } from './entities';
import { createPlacementsLoaders } from './loaders';
import { placementsMigrations } from './migrations';
import { placementsOwners } from './owners/placements-owners';
import { placementScope, placementsPolicy } from './policy';
import { createPlacementsRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedPlacementsDemo, seedPlacementsDistrict } from './seed/demo-seed';
import { createPlacementsServices } from './services';
import { mountGuardianSigningRoutes } from './routes/guardian-signing-routes';

/** The placements subgraph: placements, hours, evaluations and work-based-learning metrics. */
export const placementsSubgraph = defineSubgraph<PlacementsSettings, PlacementsContext, ReturnType<typeof placementsRuntime>>({
  name: 'placements',
  schema: { schema: 'placements', entities: placementsEntities, migrations: placementsMigrations },
  resolvers,
  policy: placementsPolicy,
  loadSettings: loadPlacementsSettings,
  runtime: placementsRuntime,
  context: (base, { repositories, services, owners, threshold }) => {
    const requestOwners = owners({ requestId: base.requestId, deadline: base.deadline });
    return {
      ...base,
      loaders: createPlacementsLoaders(repositories, placementScope.rowsFor(base.caller)),
      services,
      owners: requestOwners,
      analytics: new MetricCubes([workBasedLearningFamily(new AttendanceFacts(requestOwners.experiences))], repositories.reporting.run, base.caller, threshold),
    };
  },
  seedDemo: (dataSource, logger) => seedPlacementsDemo(dataSource, logger, generateDemoFoundation()),
  seedDistrict: seedPlacementsDistrict,
  // A parent or guardian's signing link, forwarded by the gateway.
  routes: ({ services }, deps) => (app) => mountGuardianSigningRoutes(app, services.agreements, deps.signer, deps.logger),
  workers: (_runtime, deps) => [new OutboxRelay(deps, 'placements')],
});

function placementsRuntime(deps: SubgraphRuntimeDeps, settings: PlacementsSettings) {
  const repositories = createPlacementsRepositories(deps.dataSource, { anchor: settings.payPeriodAnchor, days: settings.payPeriodDays });
  return {
    repositories,
    services: createPlacementsServices(repositories, settings),
    owners: placementsOwners(settings, deps.signer),
    threshold: deps.suppressionThreshold,
  };
}
