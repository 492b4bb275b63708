import { createLogger, exitOnStartupError, loadDevelopmentKey, stopOnSignals } from '@careergraph/kit';
import { loadGatewayConfig } from './config';
import { buildGateway } from './server';

async function main() {
  let logger;
  try {
    const config = loadGatewayConfig();
    logger = createLogger('gateway', config.logLevel);
    const { developmentKeyDir, ...auth } = config.auth;
    const developmentKey = developmentKeyDir ? await loadDevelopmentKey(developmentKeyDir) : undefined;
    if (developmentKey) logger.warn('verifying client tokens with the local development key (never in production)');
    const service = buildGateway({ config, clientTokens: { ...auth, developmentKey }, logger });
    const url = await service.listen(config.host, config.port);
    logger.info({ url, subgraphs: config.subgraphUrls }, 'gateway listening');
    stopOnSignals(logger, () => service.stop());
  } catch (error) {
    exitOnStartupError(logger, error);
  }
}

void main();
