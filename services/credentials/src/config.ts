import { ConfigError, EnvReader } from '@careergraph/kit';

export interface CredentialsConfig {
  studentsUrl: string;
  partnersUrl: string;
  entityLookupTimeoutMs: number;
  /**
   * Dollars of college tuition one early college credit hour saves. Default 149.00: City Colleges
   * of Chicago in-district tuition per credit hour, an assumption — verify against the current
   * published rate before reporting savings.
   */
  tuitionPerCreditHour: number;
  /** A "semester's worth" of early college credit for the district goal (full time is 12–15 hours). */
  semesterCreditHours: number;
  /** Salt of the hashed student identifier in Open Badges exports. */
  badgeIdentitySalt: string;
}

/**
 * @param subgraphUrls where the students and partners subgraphs answer (the kit reads them from
 * `<SUBGRAPH>_URL` / `<SUBGRAPH>_PORT`; tests pass their own).
 */
export function loadCredentialsConfig(
  subgraphUrls: Record<string, string>,
  source: Record<string, string | undefined> = process.env,
): CredentialsConfig {
  const missing = ['students', 'partners'].filter((name) => !subgraphUrls[name]);
  if (missing.length > 0) throw new ConfigError(missing.map((name) => `no URL known for the ${name} subgraph`));
  const env = new EnvReader(source);
  const production = source.NODE_ENV === 'production';
  const config: CredentialsConfig = {
    studentsUrl: subgraphUrls.students,
    partnersUrl: subgraphUrls.partners,
    entityLookupTimeoutMs: env.int('ENTITY_LOOKUP_TIMEOUT_MS', 3000, { min: 50, max: 60_000 }),
    tuitionPerCreditHour: env.number('TUITION_PER_CREDIT_HOUR', 149.0, { min: 0, max: 10_000 }),
    semesterCreditHours: env.number('SEMESTER_CREDIT_HOURS', 12, { min: 1, max: 30 }),
    // A development default keeps `npm start` simple; production must set its own.
    badgeIdentitySalt: production ? env.required('BADGE_IDENTITY_SALT') : env.string('BADGE_IDENTITY_SALT', 'careergraph-dev-salt'),
  };
  env.done();
  return config;
}
