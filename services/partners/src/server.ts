import { createSubgraphService, loadSubgraphTypeDefs, type SubgraphDeps, type SubgraphPackage } from '@careergraph/kit';
import { loadPartnersRules, type PartnersRules } from './config';
import type { PartnersContext } from './context';
import { partnersEntities } from './entities';
import { createPartnersLoaders } from './loaders';
import { partnersMigrations } from './migrations';
import { partnersPolicy } from './policy';
import { createPartnersRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedPartnersDistrict, seedPartnersDemo } from './seed/demo-seed';
import { createPartnersServices } from './services';

/** The partners subgraph, built but not listening (tests drive it in-process). */
export function buildPartnersServer(deps: SubgraphDeps, rules: PartnersRules = loadPartnersRules()) {
  const repositories = createPartnersRepositories(deps.dataSource);
  const services = createPartnersServices(repositories, rules);
  return createSubgraphService<PartnersContext>(
    {
      name: 'partners',
      typeDefs: loadSubgraphTypeDefs('partners'),
      resolvers,
      policy: partnersPolicy,
      createContext: (base) => ({ ...base, loaders: createPartnersLoaders(repositories), services }),
    },
    deps,
  );
}

export const partnersSubgraph: SubgraphPackage<PartnersRules> = {
  name: 'partners',
  policy: partnersPolicy,
  schema: { schema: 'partners', entities: partnersEntities, migrations: partnersMigrations },
  loadSettings: (_subgraphUrls, source) => loadPartnersRules(source),
  build: (deps, rules) => buildPartnersServer(deps, rules),
  seedDemo: (dataSource, logger) => seedPartnersDemo(dataSource, logger),
  seedDistrict: seedPartnersDistrict,
};
