import { type EntityLookupSettings, EnvReader, readEntityLookupSettings, readReportLookupSettings, type ReportLookupSettings, today } from '@careergraph/kit';
import { type EndorsementDefinition, ILLINOIS_ENDORSEMENT, parseEndorsement } from './endorsement-requirements';

export interface StudentsSettings extends EntityLookupSettings, ReportLookupSettings {
  /** The district's College and Career Pathway Endorsement (ENDORSEMENT_REQUIREMENTS, JSON; Illinois by default). */
  endorsement: EndorsementDefinition;
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
    ...readEntityLookupSettings(env),
    ...readReportLookupSettings(env),
    graduationOpensOn,
    today,
  };
  env.done();
  return settings;
}
