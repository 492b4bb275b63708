import { EnvReader } from '@careergraph/kit';

export interface StudentsSettings {
  /** How long a partner's legitimate-interest lookup waits for the placements subgraph. */
  entityLookupTimeoutMs: number;
}

export function loadStudentsSettings(source: Record<string, string | undefined> = process.env): StudentsSettings {
  const env = new EnvReader(source);
  const settings = { entityLookupTimeoutMs: env.int('ENTITY_LOOKUP_TIMEOUT_MS', 3000, { min: 50, max: 60_000 }) };
  env.done();
  return settings;
}
