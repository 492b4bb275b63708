import { type EntityLookupSettings, EnvReader, readEntityLookupSettings, requireOwnerUrls } from '@careergraph/kit';

export interface ExperiencesSettings extends EntityLookupSettings {
  /** Students (eligibility, scope, reporting snapshots) and partners (hosts) are looked up here. */
  studentsUrl: string;
  partnersUrl: string;
}

/**
 * @param subgraphUrls where the students and partners subgraphs answer (the kit reads them from
 * `<SUBGRAPH>_URL` / `<SUBGRAPH>_PORT`; tests pass their own).
 */
export function loadExperiencesSettings(subgraphUrls: Record<string, string>, source: Record<string, string | undefined> = process.env): ExperiencesSettings {
  const owners = requireOwnerUrls(subgraphUrls, ['students', 'partners']);
  const env = new EnvReader(source);
  const settings: ExperiencesSettings = {
    studentsUrl: owners.students,
    partnersUrl: owners.partners,
    ...readEntityLookupSettings(env),
  };
  env.done();
  return settings;
}
