import { EnvReader, today } from '@careergraph/kit';
import { type EndorsementDefinition, ILLINOIS_ENDORSEMENT, parseEndorsement } from './endorsement-requirements';

export interface StudentsSettings {
  /** The district's College and Career Pathway Endorsement (ENDORSEMENT_REQUIREMENTS, JSON; Illinois by default). */
  endorsement: EndorsementDefinition;
  /** How long a partner's legitimate-interest lookup waits for the placements subgraph. */
  entityLookupTimeoutMs: number;
  /**
   * How long a SERVICE-only reporting operation of another subgraph (a school year's facts for the
   * metrics) may take (REPORT_LOOKUP_TIMEOUT_MS): metrics requests get the gateway's report deadline
   * (a minute), not an entity lookup's few seconds.
   */
  reportLookupTimeoutMs: number;
  /**
   * The month and day (MM-DD) from which this school year's senior class may be graduated: before
   * it, graduating them would take students still in class off their school's roster.
   */
  graduationOpensOn: string;
  /** Today in the district (YYYY-MM-DD); a setting so tests can stand on a given date. */
  today: () => string;
}

const MONTH_DAY = /^(0[1-6])-(0[1-9]|[12]\d|3[01])$/;

export function loadStudentsSettings(source: Record<string, string | undefined> = process.env): StudentsSettings {
  const env = new EnvReader(source);
  const graduationOpensOn = env.string('GRADUATION_OPENS_ON', '05-15');
  // The school year ends June 30, so the opening day falls in its spring.
  if (!MONTH_DAY.test(graduationOpensOn)) env.reject('GRADUATION_OPENS_ON', `"${graduationOpensOn}" is not a month and day between 01-01 and 06-30 (MM-DD)`);
  const endorsementJson = env.string('ENDORSEMENT_REQUIREMENTS');
  const endorsement = endorsementJson === undefined ? ILLINOIS_ENDORSEMENT : parseEndorsement(endorsementJson);
  if (typeof endorsement === 'string') env.reject('ENDORSEMENT_REQUIREMENTS', endorsement);
  const settings = {
    endorsement: typeof endorsement === 'string' ? ILLINOIS_ENDORSEMENT : endorsement,
    entityLookupTimeoutMs: env.int('ENTITY_LOOKUP_TIMEOUT_MS', 3000, { min: 50, max: 60_000 }),
    reportLookupTimeoutMs: env.int('REPORT_LOOKUP_TIMEOUT_MS', 30_000, { min: 50, max: 120_000 }),
    graduationOpensOn,
    today,
  };
  env.done();
  return settings;
}
