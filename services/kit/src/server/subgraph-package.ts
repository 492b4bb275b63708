import type { DataSource } from 'typeorm';
import type { SubgraphPolicy } from '../auth/policy';
import type { LoadProgress } from '../db/copy-rows';
import type { ServiceSchema } from '../db/data-source';
import type { Logger } from '../logger';
import type { BackgroundWorker } from './background-worker';
import type { ListeningService, SubgraphDeps } from './subgraph';

/**
 * Everything the launcher, the migrate and seed commands and the end-to-end harness need to know
 * about one subgraph, exported by the subgraph itself.
 */
export interface SubgraphPackage<TSettings = unknown> {
  name: string;
  schema: ServiceSchema;
  /**
   * Reads and validates the subgraph's own settings from `source`, the environment (throws a ConfigError
   * naming each bad variable). `startSubgraph` calls it before touching the database, so a
   * misconfigured process stops before it migrates anything.
   */
  loadSettings?(subgraphUrls: Record<string, string>, source: Record<string, string | undefined>): TSettings;
  /** `settings` is what loadSettings returned, when the package has it. */
  build(deps: SubgraphDeps, settings?: TSettings): ListeningService;
  /**
   * Its background workers (e.g. the outbox relay), not started; given the same `deps` object as
   * `build`, they share the service's process-wide parts.
   */
  workers?(deps: SubgraphDeps, settings?: TSettings): BackgroundWorker[];
  /** Its authorization policy, which the policy-matrix test reads. */
  policy: SubgraphPolicy;
  /** Loads the demo data set into an empty schema; returns whether it loaded anything. */
  seedDemo?(dataSource: DataSource, logger: Logger): Promise<boolean>;
  /**
   * Loads its slice of the district-scale world (services/demo-data) into an empty schema with
   * COPY (PostgreSQL server only); returns whether it loaded anything.
   */
  seedDistrict?(dataSource: DataSource, logger: Logger, progress?: LoadProgress): Promise<boolean>;
}
