import { ConfigError, type EntityLookupSettings, EnvReader, isIsoDate, readEntityLookupSettings, readReportLookupSettings, type ReportLookupSettings, requireOwnerUrls, today } from '@careergraph/kit';
import { type ChildLaborRules, loadChildLaborRules } from './child-labor-rules';
import { type HazardousOccupationRules, loadHazardousOccupationRules } from './hazardous-occupations';

export interface PlacementsSettings extends EntityLookupSettings, ReportLookupSettings {
  studentsUrl: string;
  partnersUrl: string;
  /** Read per request: the experiences subgraph answers the attendance facts of the metrics (in-process harnesses start it later). */
  experiencesUrl: () => string | undefined;
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
  const owners = requireOwnerUrls(subgraphUrls, ['students', 'partners']);
  const env = new EnvReader(source);
  const anchor = env.string('PAY_PERIOD_ANCHOR', '2025-07-07');
  const settings: PlacementsSettings = {
    studentsUrl: owners.students,
    partnersUrl: owners.partners,
    experiencesUrl: () => subgraphUrls.experiences,
    ...readEntityLookupSettings(env),
    ...readReportLookupSettings(env),
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
