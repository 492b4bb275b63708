import { defineSubgraph, mountImportRoute, OutboxRelay, type SubgraphRuntimeDeps } from '@careergraph/kit';
import { loadPartnersSettings, type PartnersSettings } from './config/partners-settings';
import type { PartnersContext } from './context';
import { partnersEntities } from './entities';
import { createPartnersLoaders } from './loaders';
import { partnersMigrations } from './migrations';
import { partnersOwners } from './owners/partners-owners';
import { opportunityScope, partnersPolicy } from './policy';
import { createPartnersRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedPartnersDemo, seedPartnersDistrict } from './seed/demo-seed';
import { importPartnerSpreadsheets } from './import/spreadsheet-import';
import { mountPartnerInvitationRoutes } from './routes/partner-invitation-routes';
import { createPartnersServices } from './services';

/** The partners subgraph: partner organisations, their vetting, worksites, contacts and opportunities. */
export const partnersSubgraph = defineSubgraph<PartnersSettings, PartnersContext, ReturnType<typeof partnersRuntime>>({
  name: 'partners',
  schema: { schema: 'partners', entities: partnersEntities, migrations: partnersMigrations },
  resolvers,
  policy: partnersPolicy,
  loadSettings: (_subgraphUrls, source) => loadPartnersSettings(source),
  runtime: partnersRuntime,
  context: (base, { repositories, services, owners }) => ({
    ...base,
    loaders: createPartnersLoaders(repositories, opportunityScope.rowsFor(base.caller)),
    services,
    owners: owners({ requestId: base.requestId, deadline: base.deadline }),
  }),
  // Partners and opportunities from the district's spreadsheets, uploaded through the gateway (`POST /imports/partners`).
  // …and the page an invitation mail links to (`GET /partners/invitation`, forwarded by the gateway).
  routes: ({ settings, services }, deps) => (app) => {
    mountImportRoute(app, {
      kind: 'partners',
      signer: deps.signer,
      logger: deps.logger,
      run: (files, { dryRun, caller, requestId }) =>
        importPartnerSpreadsheets(deps.dataSource, files, { caller, requestId, dryRun, youthMinimumWage: settings.youthMinimumWage }),
    });
    mountPartnerInvitationRoutes(app, services.invitations, deps.signer, deps.logger);
  },
  seedDemo: (dataSource, logger) => seedPartnersDemo(dataSource, logger),
  seedDistrict: seedPartnersDistrict,
  workers: (_runtime, deps) => [new OutboxRelay(deps, 'partners')],
});

function partnersRuntime(deps: SubgraphRuntimeDeps, settings: PartnersSettings) {
  const repositories = createPartnersRepositories(deps.dataSource);
  return {
    repositories,
    settings,
    services: createPartnersServices(repositories, settings),
    owners: partnersOwners(settings, deps.subgraphUrls, deps.signer),
  };
}
