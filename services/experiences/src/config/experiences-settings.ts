import { ConfigError, EnvReader } from '@careergraph/kit';

export interface ExperiencesSettings {
  /** Students (eligibility, scope, reporting snapshots) and partners (hosts) are looked up here. */
  studentsUrl: string;
  partnersUrl: string;
  entityLookupTimeoutMs: number;
}

/**
 * @param subgraphUrls where the students and partners subgraphs answer (the kit reads them from
 * `<SUBGRAPH>_URL` / `<SUBGRAPH>_PORT`; tests pass their own).
 */
export function loadExperiencesSettings(subgraphUrls: Record<string, string>, source: Record<string, string | undefined> = process.env): ExperiencesSettings {
  const missing = ['students', 'partners'].filter((name) => !subgraphUrls[name]);
  if (missing.length > 0) throw new ConfigError(missing.map((name) => `no URL known for the ${name} subgraph`));
  const env = new EnvReader(source);
  const settings: ExperiencesSettings = {
    studentsUrl: subgraphUrls.students,
    partnersUrl: subgraphUrls.partners,
    entityLookupTimeoutMs: env.int('ENTITY_LOOKUP_TIMEOUT_MS', 3000, { min: 50, max: 60_000 }),
  };
  env.done();
  return settings;
}
