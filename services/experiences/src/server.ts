import { generateDemoFoundation } from '@careergraph/demo-data';
import { defineSubgraph, MetricCubes, OutboxRelay, type SubgraphRuntimeDeps } from '@careergraph/kit';
import { experienceEngagementFamily } from './analytics/experience-engagement.family';
import { type ExperiencesSettings, loadExperiencesSettings } from './config/experiences-settings';
import type { ExperiencesContext } from './context';
import { experiencesEntities } from './entities';
import { createExperiencesLoaders } from './loaders';
import { experiencesMigrations } from './migrations';
import { experiencesOwners } from './owners/experiences-owners';
import { experiencesPolicy, rosterScope } from './policy';
import { createExperiencesRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedExperiencesDemo } from './seed/demo-seed';
import { createExperiencesServices } from './services';

/**
 * The experiences subgraph (the college & career office): group career experiences at a school or
 * district-wide, registration with capacity, attendance by roster, team challenges, and the
 * engagement metrics attendance feeds.
 */
export const experiencesSubgraph = defineSubgraph<ExperiencesSettings, ExperiencesContext, ReturnType<typeof experiencesRuntime>>({
  name: 'experiences',
  schema: { schema: 'experiences', entities: experiencesEntities, migrations: experiencesMigrations },
  resolvers,
  policy: experiencesPolicy,
  loadSettings: loadExperiencesSettings,
  runtime: experiencesRuntime,
  context: (base, { repositories, services, owners, threshold }) => ({
    ...base,
    loaders: createExperiencesLoaders(repositories, rosterScope.rowsFor(base.caller)),
    owners: owners({ requestId: base.requestId, deadline: base.deadline }),
    services,
    analytics: new MetricCubes([experienceEngagementFamily], repositories.reporting.run, base.caller, threshold),
  }),
  seedDemo: (dataSource, logger) => seedExperiencesDemo(dataSource, logger, generateDemoFoundation()),
  workers: (_runtime, deps) => [new OutboxRelay(deps, 'experiences')],
});

function experiencesRuntime(deps: SubgraphRuntimeDeps, settings: ExperiencesSettings) {
  const repositories = createExperiencesRepositories(deps.dataSource);
  return {
    repositories,
    services: createExperiencesServices(repositories),
    owners: experiencesOwners(settings, deps.signer),
    threshold: deps.suppressionThreshold,
  };
}
