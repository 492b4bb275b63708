/**
 * `npm run migrate`: applies pending migrations of every subgraph to its own schema, on
 * DATABASE_URL (or <SERVICE>_DATABASE_URL) or else the embedded databases under .data/. Stop
 * `npm start` first when using the embedded databases: each is opened by one process at a time.
 */
import { createLogger, loadSubgraphConfig, openServiceDatabase } from '@careergraph/kit';
import { SUBGRAPH_PACKAGES } from './subgraph-packages';

async function main(): Promise<void> {
  const logger = createLogger('migrate', 'info');
  for (const subgraph of SUBGRAPH_PACKAGES) {
    const config = loadSubgraphConfig(subgraph.name, 0);
    const database = await openServiceDatabase(config.database, subgraph.schema, (applied) =>
      logger.info({ subgraph: subgraph.name, applied }, applied.length ? 'migrations applied' : 'up to date'),
    );
    await database.close();
  }
}

main().catch((error) => {
  process.stderr.write(`migrate failed: ${(error as Error).message}\n`);
  process.exit(1);
});
