import { bulkInsert, defineSubgraph, MetricCubes, mountImportRoute, type RowLoader, type SubgraphRuntimeDeps } from '@careergraph/kit';
import { ReportingFlags } from './analytics/reporting-flags';
import { endorsementFamily, graduatingCohortFamily, perkinsFamily } from './analytics/student-families';
import { loadStudentsSettings, type StudentsSettings } from './config/students-settings';
import type { StudentsContext } from './context';
import { studentsEntities } from './entities';
import { createStudentsLoaders } from './loaders';
import { studentsMigrations } from './migrations';
import { studentsOwners } from './owners/students-owners';
import { recordDisclosuresPlugin } from './plugins/record-disclosures.plugin';
import { studentsPolicy } from './policy';
import { createStudentsRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedStudentsDemo, seedStudentsDistrict } from './seed/demo-seed';
import { importOneRoster } from './import/oneroster-import';
import { createStudentsServices } from './services';
import { DisclosureLog } from './services/disclosure-log';

/** The students subgraph: schools, students, career pathway programs, enrollments and the record of disclosures. */
export const studentsSubgraph = defineSubgraph<StudentsSettings, StudentsContext, ReturnType<typeof studentsRuntime>>({
  name: 'students',
  schema: { schema: 'students', entities: studentsEntities, migrations: studentsMigrations },
  resolvers,
  policy: studentsPolicy,
  loadSettings: (_subgraphUrls, source) => loadStudentsSettings(source),
  runtime: studentsRuntime,
  context: (base, { repositories, services, owners, threshold, settings }) => {
    const requestOwners = owners({ requestId: base.requestId, deadline: base.deadline, variables: { partnerId: base.caller.scope.partnerId } });
    // Perkins, cohort rates and the endorsement need per-student facts from credentials, placements and experiences.
    const flags = new ReportingFlags(requestOwners);
    const families = [
      perkinsFamily(repositories.reporting, flags),
      graduatingCohortFamily(repositories.reporting, flags),
      endorsementFamily(repositories.reporting, flags, settings.endorsement),
    ];
    return {
      ...base,
      loaders: createStudentsLoaders(repositories, base.caller, requestOwners.placements),
      owners: requestOwners,
      endorsementFacts: services.endorsement.factsLoader(flags),
      services,
      disclosures: new DisclosureLog(base.caller, base.requestId),
      analytics: new MetricCubes(families, repositories.reporting.run, base.caller, threshold),
    };
  },
  plugins: ({ repositories }) => [recordDisclosuresPlugin(repositories.disclosures)],
  // A OneRoster set uploaded by district staff through the gateway (`POST /imports/oneroster`).
  routes: (_runtime, deps) => (app) =>
    mountImportRoute(app, {
      kind: 'oneroster',
      signer: deps.signer,
      logger: deps.logger,
      run: (files, { dryRun }) => importOneRoster(deps.dataSource, files, { dryRun, load: unlimitedLoad }),
    }),
  seedDemo: (dataSource, logger) => seedStudentsDemo(dataSource, logger),
  seedDistrict: seedStudentsDistrict,
});

function studentsRuntime(deps: SubgraphRuntimeDeps, settings: StudentsSettings) {
  const repositories = createStudentsRepositories(deps.dataSource);
  return {
    repositories,
    services: createStudentsServices(repositories, settings),
    owners: studentsOwners(settings, deps.subgraphUrls, deps.signer),
    threshold: deps.suppressionThreshold,
    settings,
  };
}

/**
 * A roster's writes are few, long statements in one transaction: the request-sized statement
 * timeout is lifted for that transaction only (SET LOCAL) before the first of them.
 */
const unlimitedLoad: RowLoader = async (manager, target, rows) => {
  await manager.query('SET LOCAL statement_timeout = 0');
  await bulkInsert(manager, target, rows);
};
