/**
 * `npm run migrate`: applies pending migrations of every subgraph to its own schema, on
 * DATABASE_URL (or <SERVICE>_DATABASE_URL) or else the embedded databases under .data/, and writes
 * the connecting role's session defaults (statement timeout, JIT off) in each database. It is the
 * job a deployment runs before rolling out (docker-compose.yml's `migrate` service): each service's
 * migrations hold that service's advisory lock, so it is safe beside replicas migrating at start-up.
 * Connect it to PostgreSQL directly, not through a transaction-mode pooler (docs/deployment.md, "PgBouncer").
 * Stop `npm start` first when using the embedded databases: each is opened by one process at a time.
 */
import { createLogger, type DatabaseConfig, loadDatabaseConfig, openServiceDatabase } from '@careergraph/kit';
import { SUBGRAPH_PACKAGES } from './subgraph-packages';

async function main(): Promise<void> {
  const logger = createLogger('migrate', 'info');
  // Every service's settings first: a missing one stops the job before it migrates anything.
  const configs = new Map<string, DatabaseConfig>(SUBGRAPH_PACKAGES.map((subgraph) => [subgraph.name, loadDatabaseConfig(subgraph.name)]));
  for (const subgraph of SUBGRAPH_PACKAGES) {
    const database = await openServiceDatabase(configs.get(subgraph.name)!, subgraph.schema, {
      onMigrated: (applied) => logger.info({ subgraph: subgraph.name, applied }, applied.length ? 'migrations applied' : 'up to date'),
    });
    await database.close();
  }
}

main().catch((error) => {
  process.stderr.write(`migrate failed: ${(error as Error).message}\n`);
  process.exit(1);
});
