import { createLogger, exitOnStartupError, stopOnSignals } from '@careergraph/kit';
import { loadGatewayConfig } from './config';
import { buildGateway } from './server';

async function main() {
  let logger;
  try {
    const config = loadGatewayConfig();
    logger = createLogger('gateway', config.logLevel);
    const service = buildGateway({ config, logger });
    const url = await service.listen(config.host, config.port);
    logger.info({ url, subgraphs: config.subgraphUrls }, 'gateway listening');
    stopOnSignals(logger, () => service.stop());
  } catch (error) {
    exitOnStartupError(logger, error);
  }
}

void main();
