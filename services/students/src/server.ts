import {
  createSubgraphService,
  EntityClient,
  loadSubgraphTypeDefs,
  MetricCubes,
  ServiceUnavailableError,
  type SubgraphDeps,
  type SubgraphPackage,
  subgraphSigner,
  suppressionThreshold,
} from '@careergraph/kit';
import { ReportingFlags } from './analytics/reporting-flags';
import { graduatingCohortFamily, perkinsFamily } from './analytics/student-families';
import { loadStudentsSettings, type StudentsSettings } from './config/students-config';
import type { StudentsContext } from './context';
import { studentsEntities } from './entities';
import { createStudentsLoaders } from './loaders';
import { studentsMigrations } from './migrations';
import { recordDisclosuresPlugin } from './plugins/record-disclosures.plugin';
import { studentsPolicy } from './policy';
import { createStudentsRepositories } from './repositories';
import { resolvers } from './resolvers';
import { seedStudentsDistrict, seedStudentsDemo } from './seed/demo-seed';
import { createStudentsServices } from './services';
import { DisclosureLog } from './services/disclosure-log';

/** The students subgraph, built but not listening (tests drive it in-process). */
export function buildStudentsServer(deps: SubgraphDeps, settings: StudentsSettings = loadStudentsSettings()) {
  const repositories = createStudentsRepositories(deps.dataSource);
  const services = createStudentsServices(repositories, settings);
  const signer = subgraphSigner(deps);
  const threshold = suppressionThreshold();
  return createSubgraphService<StudentsContext>(
    {
      name: 'students',
      typeDefs: loadSubgraphTypeDefs('students'),
      resolvers,
      policy: studentsPolicy,
      plugins: [recordDisclosuresPlugin(repositories.disclosures)],
      createContext: (base) => {
        // Placements starts after students, so its URL is looked up when a request needs it.
        const placements = () => {
          const url = deps.subgraphUrls.placements;
          if (!url) throw new ServiceUnavailableError('no URL is known for the placements subgraph', { extensions: { subgraph: 'placements' } });
          return new EntityClient({
            subgraph: 'placements',
            url,
            timeoutMs: settings.entityLookupTimeoutMs,
            service: 'students',
            signer,
            headers: () => ({ 'x-request-id': base.requestId }),
          });
        };
        // Perkins and cohort rates need per-student flags from credentials and placements.
        const flags = new ReportingFlags(deps.subgraphUrls, signer, settings.entityLookupTimeoutMs, base.requestId);
        const families = [perkinsFamily(repositories.reporting, flags), graduatingCohortFamily(repositories.reporting, flags)];
        return {
          ...base,
          loaders: createStudentsLoaders(repositories, base.caller, placements),
          services,
          disclosures: new DisclosureLog(base.caller, base.requestId),
          analytics: new MetricCubes(families, repositories.reporting.run, base.caller, threshold),
        };
      },
    },
    deps,
  );
}

export const studentsSubgraph: SubgraphPackage<StudentsSettings> = {
  name: 'students',
  policy: studentsPolicy,
  schema: { schema: 'students', entities: studentsEntities, migrations: studentsMigrations },
  loadSettings: (_subgraphUrls, source) => loadStudentsSettings(source),
  build: (deps, settings) => buildStudentsServer(deps, settings),
  seedDemo: (dataSource, logger) => seedStudentsDemo(dataSource, logger),
  seedDistrict: seedStudentsDistrict,
};
