import cluster from 'node:cluster';
import {
  createLogger,
  exitOnStartupError,
  loadDevelopmentKey,
  readTelemetryConfig,
  runWorkers,
  SHUTDOWN_MESSAGE,
  stopOnSignals,
  tracingFromEnv,
} from '@careergraph/kit';
import { loadGatewayConfig } from './config';
import { buildGateway } from './server';

async function main() {
  let logger;
  try {
    const config = loadGatewayConfig();
    const telemetry = readTelemetryConfig();
    logger = createLogger('gateway', config.logLevel);
    const { developmentKeyDir, ...auth } = config.auth;
    // In the primary too, so the key file is created once before workers race to read it.
    const developmentKey = developmentKeyDir ? await loadDevelopmentKey(developmentKeyDir) : undefined;
    if (config.workers > 1 && cluster.isPrimary) {
      if (!config.rateLimit.redisUrl) logger.warn({ workers: config.workers }, 'each worker keeps its own in-memory rate limit; set REDIS_URL for one count');
      logger.info({ workers: config.workers }, 'starting gateway workers');
      runWorkers(config.workers, logger);
      return;
    }
    if (developmentKey && cluster.isPrimary) logger.warn('verifying client tokens with the local development key (never in production)');
    // In each serving process (not the primary, which only supervises workers).
    const tracing = tracingFromEnv('gateway');
    if (tracing) logger.info({ endpoint: telemetry.otlpEndpoint }, 'exporting traces over OTLP');
    const service = buildGateway({ config, clientTokens: { ...auth, developmentKey }, logger, metricsToken: telemetry.metricsToken });
    const url = await service.listen(config.host, config.port);
    logger.info({ url, subgraphs: config.subgraphUrls }, 'gateway listening');
    const stop = stopOnSignals(logger, async () => {
      await service.stop();
      await tracing?.shutdown();
    });
    process.on('message', (message) => message === SHUTDOWN_MESSAGE && stop('primary'));
  } catch (error) {
    exitOnStartupError(logger, error);
  }
}

void main();
