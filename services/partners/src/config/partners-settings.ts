import { ConfigError, EnvReader } from '@careergraph/kit';

export interface PartnersSettings {
  /** Lowest hourly rate a WAGE opportunity may offer, in dollars. */
  youthMinimumWage: number;
  /** How long a lookup of another subgraph's entities may take (a student's matches ask students and placements). */
  entityLookupTimeoutMs: number;
}

/**
 * Illinois' minimum wage for workers under 18 in 2025 is $13.00 an hour (820 ILCS 105/4); other
 * states or a later year set YOUTH_MINIMUM_WAGE.
 */
export const DEFAULT_YOUTH_MINIMUM_WAGE = 13;

export function loadPartnersSettings(source: Record<string, string | undefined> = process.env): PartnersSettings {
  const env = new EnvReader(source);
  const entityLookupTimeoutMs = env.int('ENTITY_LOOKUP_TIMEOUT_MS', 3000, { min: 50, max: 60_000 });
  return { youthMinimumWage: youthMinimumWage(env.string('YOUTH_MINIMUM_WAGE')), entityLookupTimeoutMs };
}

function youthMinimumWage(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_YOUTH_MINIMUM_WAGE;
  const value = Number(raw);
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(raw) || value <= 0) {
    throw new ConfigError([`YOUTH_MINIMUM_WAGE must be dollars per hour like 13.00, got "${raw}"`]);
  }
  return value;
}
