import { ConfigError, EnvReader, isIsoDate, today } from '@careergraph/kit';
import { type ChildLaborRules, loadChildLaborRules } from './child-labor-rules';
import { type HazardousOccupationRules, loadHazardousOccupationRules } from './hazardous-occupations';

export interface PlacementsSettings {
  studentsUrl: string;
  partnersUrl: string;
  /** Read per request: the experiences subgraph answers the attendance facts of the metrics (in-process harnesses start it later). */
  experiencesUrl: () => string | undefined;
  entityLookupTimeoutMs: number;
  /**
   * How long a SERVICE-only reporting operation of another subgraph (a school year's facts for the
   * metrics) may take (REPORT_LOOKUP_TIMEOUT_MS): metrics requests get the gateway's report deadline
   * (a minute), not an entity lookup's few seconds.
   */
  reportLookupTimeoutMs: number;
  childLabor: ChildLaborRules;
  /** Youngest age per hazardous-occupation category (FLSA, 29 CFR 570). */
  hazardousOccupations: HazardousOccupationRules;
  /**
   * Today in the district (YYYY-MM-DD): the day a partner's insurance and agreement and a
   * supervisor's clearance are judged on, and after which no hours may be logged. Tests pin it.
   */
  today: () => string;
  /** Pay periods are payPeriodDays long, counted from this date (a Monday payroll starts on). */
  payPeriodAnchor: string;
  payPeriodDays: number;
}

/**
 * @param subgraphUrls where the students and partners subgraphs answer (the kit reads them from
 * `<SUBGRAPH>_URL` / `<SUBGRAPH>_PORT`; tests pass their own).
 */
export function loadPlacementsSettings(
  subgraphUrls: Record<string, string>,
  source: Record<string, string | undefined> = process.env,
): PlacementsSettings {
  const missing = ['students', 'partners'].filter((name) => !subgraphUrls[name]);
  if (missing.length > 0) throw new ConfigError(missing.map((name) => `no URL known for the ${name} subgraph`));
  const env = new EnvReader(source);
  const anchor = env.string('PAY_PERIOD_ANCHOR', '2025-07-07');
  const settings: PlacementsSettings = {
    studentsUrl: subgraphUrls.students,
    partnersUrl: subgraphUrls.partners,
    experiencesUrl: () => subgraphUrls.experiences,
    entityLookupTimeoutMs: env.int('ENTITY_LOOKUP_TIMEOUT_MS', 3000, { min: 50, max: 60_000 }),
    reportLookupTimeoutMs: env.int('REPORT_LOOKUP_TIMEOUT_MS', 30_000, { min: 50, max: 120_000 }),
    childLabor: loadChildLaborRules(env.string('CHILD_LABOR_RULES')),
    hazardousOccupations: loadHazardousOccupationRules(env.string('HAZARDOUS_OCCUPATION_RULES')),
    today: () => today(),
    payPeriodAnchor: anchor,
    payPeriodDays: env.int('PAY_PERIOD_DAYS', 14, { min: 1, max: 31 }),
  };
  env.done();
  if (!isIsoDate(anchor)) throw new ConfigError([`PAY_PERIOD_ANCHOR must be a date as YYYY-MM-DD, got "${anchor}"`]);
  return settings;
}
