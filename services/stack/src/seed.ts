/**
 * `npm run seed -- --scale demo`: loads the deterministic demo data set into every subgraph whose
 * schema is empty (migrating first). Schemas that already hold data are left alone.
 */
import { createLogger, loadSubgraphConfig, openServiceDatabase } from '@careergraph/kit';
import { SUBGRAPH_PACKAGES } from './subgraph-packages';

const SCALES = ['demo'] as const;

function scaleArgument(argv: string[]): (typeof SCALES)[number] {
  const index = argv.indexOf('--scale');
  const value = index >= 0 ? argv[index + 1] : 'demo';
  if (!SCALES.includes(value as never)) {
    throw new Error(`--scale must be one of ${SCALES.join(', ')}, got "${value ?? ''}"`);
  }
  return value as (typeof SCALES)[number];
}

async function main(): Promise<void> {
  const scale = scaleArgument(process.argv.slice(2));
  const logger = createLogger('seed', 'info');
  for (const subgraph of SUBGRAPH_PACKAGES) {
    const database = await openServiceDatabase(loadSubgraphConfig(subgraph.name, 0).database, subgraph.schema);
    try {
      const loaded = (await subgraph.seedDemo?.(database.dataSource, logger)) ?? false;
      if (!loaded) logger.info({ subgraph: subgraph.name, scale }, 'already has data; left as it is');
    } finally {
      await database.close();
    }
  }
}

main().catch((error) => {
  process.stderr.write(`seed failed: ${(error as Error).message}\n`);
  process.exit(1);
});
