import { ConfigError, type EnvReader } from './env';

/** The settings of a subgraph that looks up other subgraphs' entities (federation/entity-client.ts). */
export interface EntityLookupSettings {
  /** How long one lookup of another subgraph's entities may take (ENTITY_LOOKUP_TIMEOUT_MS); a request's own deadline ends it sooner. */
  entityLookupTimeoutMs: number;
}

/** The settings of a subgraph that reads another's SERVICE-only reporting sets for the metrics. */
export interface ReportLookupSettings {
  /**
   * How long such a reporting operation (a school year's facts, many students at once) may take
   * (REPORT_LOOKUP_TIMEOUT_MS): metrics requests get the gateway's report deadline (a minute), not
   * an entity lookup's few seconds.
   */
  reportLookupTimeoutMs: number;
}

export function readEntityLookupSettings(env: EnvReader): EntityLookupSettings {
  return { entityLookupTimeoutMs: env.int('ENTITY_LOOKUP_TIMEOUT_MS', 3000, { min: 50, max: 60_000 }) };
}

export function readReportLookupSettings(env: EnvReader): ReportLookupSettings {
  return { reportLookupTimeoutMs: env.int('REPORT_LOOKUP_TIMEOUT_MS', 30_000, { min: 50, max: 120_000 }) };
}

/** Where the named owner subgraphs answer, or a ConfigError naming each one no URL is known for. */
export function requireOwnerUrls<Name extends string>(subgraphUrls: Record<string, string>, names: readonly Name[]): Record<Name, string> {
  const missing = names.filter((name) => !subgraphUrls[name]);
  if (missing.length > 0) throw new ConfigError(missing.map((name) => `no URL known for the ${name} subgraph`));
  return Object.fromEntries(names.map((name) => [name, subgraphUrls[name]])) as Record<Name, string>;
}
