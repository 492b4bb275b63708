import { EnvReader } from '../config/env';

export interface TelemetryConfig {
  /** Bearer token a scraper of `/metrics` must send; unset leaves the route open (internal port only). */
  metricsToken?: string;
  /** Where spans are exported (OTLP/HTTP); unset, tracing is not installed. */
  otlpEndpoint?: string;
}

/**
 * METRICS_TOKEN and the standard OTEL_EXPORTER_OTLP_ENDPOINT, checked at boot so a typo stops the
 * process with the variable's name rather than silently exporting nothing. The exporter reads the
 * other OTEL_* variables (headers, timeout, protocol details) itself.
 */
export function readTelemetryConfig(source: Record<string, string | undefined> = process.env): TelemetryConfig {
  const env = new EnvReader(source);
  const metricsToken = env.string('METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < 16) env.reject('METRICS_TOKEN', 'must be at least 16 characters');
  const otlpEndpoint =
    env.url('OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:']) ?? env.url('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http:', 'https:']);
  env.done();
  return { metricsToken, otlpEndpoint };
}
