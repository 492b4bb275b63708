import { ConfigError, defaultSubgraphUrl, EnvReader, isIsoDate, SUBGRAPHS } from '@careergraph/kit';
import { type ChildLaborRules, loadChildLaborRules } from './child-labor-rules';

export interface PlacementsSettings {
  studentsUrl: string;
  partnersUrl: string;
  entityLookupTimeoutMs: number;
  childLabor: ChildLaborRules;
  /** Pay periods are payPeriodDays long, counted from this date (a Monday payroll starts on). */
  payPeriodAnchor: string;
  payPeriodDays: number;
}

/** A registered subgraph's default URL; the fallback covers subgraphs merged from other branches. */
function defaultUrl(name: string, fallbackPort: number): string {
  const registered = (SUBGRAPHS as readonly { name: string; defaultPort: number }[]).find((s) => s.name === name);
  return defaultSubgraphUrl(registered?.defaultPort ?? fallbackPort);
}

export function loadPlacementsSettings(source: Record<string, string | undefined> = process.env): PlacementsSettings {
  const env = new EnvReader(source);
  const http = ['http:', 'https:'];
  const anchor = env.string('PAY_PERIOD_ANCHOR', '2025-07-07');
  const settings: PlacementsSettings = {
    studentsUrl: env.url('STUDENTS_URL', http, defaultUrl('students', 4001))!,
    partnersUrl: env.url('PARTNERS_URL', http, defaultUrl('partners', 4002))!,
    entityLookupTimeoutMs: env.int('ENTITY_LOOKUP_TIMEOUT_MS', 3000, { min: 50, max: 60_000 }),
    childLabor: loadChildLaborRules(env.string('CHILD_LABOR_RULES')),
    payPeriodAnchor: anchor,
    payPeriodDays: env.int('PAY_PERIOD_DAYS', 14, { min: 1, max: 31 }),
  };
  env.done();
  if (!isIsoDate(anchor)) throw new ConfigError([`PAY_PERIOD_ANCHOR must be a date as YYYY-MM-DD, got "${anchor}"`]);
  return settings;
}
