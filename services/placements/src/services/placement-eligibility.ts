import { ageOn, ConflictError, schoolYearOf, UserInputError } from '@careergraph/kit';
import { HAZARDOUS_OCCUPATIONS, type HazardousOccupationRules } from '../config/hazardous-occupations';
import type { PlacementEntity } from '../entities/placement.entity';
import type { PlacementOpportunity, PlacementStudent, PlacementSupervisor } from '../owners/placements-owners';

export interface EligibilityFacts {
  student: PlacementStudent;
  opportunity: PlacementOpportunity;
  /** Null for a student's own application: the partner picks the supervisor when it offers. */
  supervisor: PlacementSupervisor | null;
  startDate: string;
  endDate: string;
  /** The day of the action: standing is judged on it, whatever the placement's dates. */
  today: string;
}

/** The input field each check blames; on activation they all point at the placement. */
export interface EligibilityFields {
  student: string;
  opportunity: string;
  supervisor: string;
  startDate: string;
  endDate: string;
}

/** One rule a placement breaks: staff creation refuses with the first, an application lists them all. */
export interface EligibilityFailure {
  rule: string;
  field: string;
  message: string;
  /** Details a client may act on (a hazardous-occupation category and its minimum age). */
  extensions?: Record<string, unknown>;
}

/** Opportunity statuses a placement may be created in, and activated in (closing stops applications, not hosting). */
export const OPEN_FOR_APPLICATIONS = ['PUBLISHED'];
export const OPEN_FOR_ACTIVATION = ['PUBLISHED', 'CLOSED'];

/** LEVEL_I (fingerprinting) covers LEVEL_I and LEVEL_II activities; LEVEL_II covers only LEVEL_II. */
export function clearanceCovers(held: 'LEVEL_I' | 'LEVEL_II', required: 'LEVEL_I' | 'LEVEL_II'): boolean {
  return held === 'LEVEL_I' || required === 'LEVEL_II';
}

/** The dated check that already reports what a standing issue would (so a failure is listed once). */
const STANDING_COVERED_BY: Record<ComplianceIssue['rule'], string> = {
  PARTNER_NOT_ACTIVE: 'PARTNER_NOT_ACTIVE',
  AGREEMENT_LAPSED: 'AGREEMENT_NOT_CURRENT',
  INSURANCE_LAPSED: 'INSURANCE_NOT_CURRENT',
  SUPERVISOR_CLEARANCE_LAPSED: 'SUPERVISOR_NOT_CLEARED',
};

/**
 * Every rule a student's placement on an opportunity (under a supervisor, when there is one yet)
 * for given dates breaks, in the order staff creation has always reported the first. Pure: the
 * caller looked the facts up in their owning subgraphs.
 */
export function eligibilityFailures(
  facts: EligibilityFacts,
  fields: EligibilityFields,
  openStatuses: string[],
  hazardous: HazardousOccupationRules,
): EligibilityFailure[] {
  const { student, opportunity, supervisor, startDate, endDate } = facts;
  const partner = opportunity.partner;
  const failures: EligibilityFailure[] = [];
  const fail = (field: string, rule: string, message: string, extensions?: Record<string, unknown>) =>
    failures.push({ rule, field, message, ...(extensions ? { extensions } : {}) });
  if (endDate < startDate) fail(fields.endDate, 'END_BEFORE_START', `must not be before the start date ${startDate}`);
  if (!openStatuses.includes(opportunity.status)) {
    fail(fields.opportunity, 'OPPORTUNITY_NOT_PUBLISHED', `the opportunity is ${opportunity.status}, not open for placements`);
  }
  if (startDate < opportunity.startDate || endDate > opportunity.endDate) {
    fail(
      startDate < opportunity.startDate ? fields.startDate : fields.endDate,
      'DATES_OUTSIDE_OPPORTUNITY',
      `the placement must fall within the opportunity's dates ${opportunity.startDate} to ${opportunity.endDate}`,
    );
  }
  if (student.enrollmentStatus !== 'ENROLLED') {
    fail(fields.student, 'STUDENT_NOT_ENROLLED', `the student is ${student.enrollmentStatus}; only enrolled students can be placed`);
  }
  const age = ageOn(student.dateOfBirth, startDate);
  if (age < opportunity.minimumAge) {
    fail(fields.student, 'STUDENT_TOO_YOUNG', `the student is ${age} on ${startDate}; the opportunity needs ${opportunity.minimumAge}`);
  }
  if (!opportunity.gradeLevels.includes(student.gradeLevel)) {
    fail(
      fields.student,
      'GRADE_NOT_ELIGIBLE',
      `the student is in grade ${student.gradeLevel}; the opportunity is for grades ${opportunity.gradeLevels.join(', ')}`,
    );
  }
  const hazard = hazardousOccupationFailure(opportunity, age, startDate, fields.student, hazardous);
  if (hazard) failures.push(hazard);
  if (partner.status !== 'ACTIVE') fail(fields.opportunity, 'PARTNER_NOT_ACTIVE', `the partner is ${partner.status}, not ACTIVE`);
  if (!partner.agreement || partner.agreement.signedOn > startDate || partner.agreement.expiresOn < endDate) {
    const held = partner.agreement ? `runs ${partner.agreement.signedOn} to ${partner.agreement.expiresOn}` : 'is not on file';
    fail(fields.opportunity, 'AGREEMENT_NOT_CURRENT', `the partner's agreement ${held}; it must cover ${startDate} to ${endDate}`);
  }
  if (!partner.insuranceExpiresOn || partner.insuranceExpiresOn < startDate) {
    fail(
      fields.opportunity,
      'INSURANCE_NOT_CURRENT',
      `the partner's insurance ${partner.insuranceExpiresOn ? `expires ${partner.insuranceExpiresOn}` : 'is not on file'}, before the start ${startDate}`,
    );
  }
  const supervisorProblem = supervisor && supervisorProblemOf(supervisor, opportunity, startDate);
  if (supervisorProblem) fail(fields.supervisor, 'SUPERVISOR_NOT_CLEARED', supervisorProblem);
  for (const issue of standingIssues(partner, supervisor, facts.today)) {
    if (!failures.some((f) => f.rule === STANDING_COVERED_BY[issue.rule])) fail(fields[issue.subject], issue.rule, issue.message);
  }
  return failures;
}

/** The refusal for failures: the first one's field, rule and message, with every failure in `extensions.failures`. */
export function eligibilityError(failures: EligibilityFailure[]): UserInputError {
  const [first] = failures;
  return new UserInputError(first.field, first.message, {
    rule: first.rule,
    extensions: { ...first.extensions, failures: failureList(failures) },
  });
}

/** Failures as `extensions.failures` reports them: rule, field and message each. */
export function failureList(failures: EligibilityFailure[]): { rule: string; field: string; message: string }[] {
  return failures.map(({ rule, field, message }) => ({ rule, field, message }));
}

/** Refuses a placement breaking any rule of `eligibilityFailures`. */
export function checkEligibility(
  facts: EligibilityFacts,
  fields: EligibilityFields,
  openStatuses: string[],
  hazardous: HazardousOccupationRules,
): void {
  const failures = eligibilityFailures(facts, fields, openStatuses, hazardous);
  if (failures.length > 0) throw eligibilityError(failures);
}

/** A reason a placement may not go ahead today; `subject` says which input it is about. */
export interface ComplianceIssue {
  rule: 'PARTNER_NOT_ACTIVE' | 'AGREEMENT_LAPSED' | 'INSURANCE_LAPSED' | 'SUPERVISOR_CLEARANCE_LAPSED';
  message: string;
  subject: 'opportunity' | 'supervisor';
}

/**
 * The partner's standing and the supervisor's clearance as of `today` (not the placement's dates):
 * a lapse stops every further step — offering, activating, logging and approving hours — until
 * the paperwork is renewed. Empty when all is in order. No supervisor (an application not offered
 * yet): only the partner's standing.
 */
export function standingIssues(partner: PlacementOpportunity['partner'], supervisor: PlacementSupervisor | null, today: string): ComplianceIssue[] {
  const issues: ComplianceIssue[] = [];
  if (partner.status !== 'ACTIVE') {
    issues.push({ rule: 'PARTNER_NOT_ACTIVE', message: `the partner is ${partner.status}, not ACTIVE`, subject: 'opportunity' });
  }
  if (!partner.agreement || partner.agreement.expiresOn < today) {
    const held = partner.agreement ? `expired ${partner.agreement.expiresOn}` : 'is not on file';
    issues.push({ rule: 'AGREEMENT_LAPSED', message: `the partner's agreement ${held}; today is ${today}`, subject: 'opportunity' });
  }
  if (!partner.insuranceExpiresOn || partner.insuranceExpiresOn < today) {
    const held = partner.insuranceExpiresOn ? `expired ${partner.insuranceExpiresOn}` : 'is not on file';
    issues.push({ rule: 'INSURANCE_LAPSED', message: `the partner's insurance ${held}; today is ${today}`, subject: 'opportunity' });
  }
  if (!supervisor) return issues;
  const check = supervisor.backgroundCheck;
  if (!check || check.status !== 'CLEARED' || (check.expiresOn !== null && check.expiresOn < today)) {
    const held = !check || check.status !== 'CLEARED' ? `is ${check ? check.status : 'missing'}` : `expired ${check.expiresOn}`;
    issues.push({ rule: 'SUPERVISOR_CLEARANCE_LAPSED', message: `the supervisor's background check ${held}; today is ${today}`, subject: 'supervisor' });
  }
  return issues;
}

/** Refuses with the first issue, blaming the input it is about. */
export function checkStanding(issues: ComplianceIssue[], fields: Pick<EligibilityFields, 'opportunity' | 'supervisor'>): void {
  const [issue] = issues;
  if (issue) throw new UserInputError(fields[issue.subject], issue.message, { rule: issue.rule });
}

/** A student younger than the federal (or configured) minimum age for the work's hazardous-occupation category. */
function hazardousOccupationFailure(
  opportunity: PlacementOpportunity,
  age: number,
  startDate: string,
  field: string,
  rules: HazardousOccupationRules,
): EligibilityFailure | null {
  const category = opportunity.hazardousOccupation;
  if (!category) return null;
  // A category this table does not know is treated as the strictest (barred under 18).
  const minimumAge = rules[category] ?? 18;
  if (age >= minimumAge) return null;
  const source = HAZARDOUS_OCCUPATIONS[category]?.source ?? '29 CFR 570';
  return {
    rule: 'HAZARDOUS_OCCUPATION_UNDER_AGE',
    field,
    message: `the student is ${age} on ${startDate}; ${category} work is barred under ${minimumAge} (${source})`,
    extensions: { hazardousOccupation: category, minimumAge },
  };
}

/** Enrolled in the program in the school year the placement starts in (what department staff reach the student by). */
export function enrolledIn(student: PlacementStudent, programId: string, startDate: string): boolean {
  const year = schoolYearOf(startDate).id;
  return (student.enrollments ?? []).some((e) => e.program.id === programId && e.schoolYear === year);
}

/** Refuses a supervisor who is not a cleared SUPERVISOR of the opportunity's partner for work from `startDate` (an offer's pick). */
export function checkSupervisor(supervisor: PlacementSupervisor, opportunity: PlacementOpportunity, startDate: string, field: string): void {
  const problem = supervisorProblemOf(supervisor, opportunity, startDate);
  if (problem) throw new UserInputError(field, problem, { rule: 'SUPERVISOR_NOT_CLEARED' });
}

function supervisorProblemOf(supervisor: PlacementSupervisor, opportunity: PlacementOpportunity, startDate: string): string | null {
  if (supervisor.partner.id !== opportunity.partner.id) return "the supervisor is not a contact of the opportunity's partner";
  if (!supervisor.roles.includes('SUPERVISOR')) return 'the contact does not have the SUPERVISOR role';
  const check = supervisor.backgroundCheck;
  if (!check || check.status !== 'CLEARED') return `the supervisor's background check is ${check ? check.status : 'missing'}`;
  if (check.expiresOn && check.expiresOn < startDate) return `the supervisor's background check expires ${check.expiresOn}, before ${startDate}`;
  if (!clearanceCovers(check.level, opportunity.requiredClearance)) {
    return `the supervisor is cleared at ${check.level}; the opportunity needs ${opportunity.requiredClearance}`;
  }
  return null;
}

/** Refuses a move into a slot-holding status when the others already hold every slot. */
export function checkSlotLeft(slots: number, heldByOthers: number, field: string): void {
  if (heldByOthers >= slots) {
    throw new ConflictError(`the opportunity's ${slots} slot(s) are all taken`, { field, rule: 'NO_SLOTS_LEFT' });
  }
}

export interface TrainingAgreementFacts {
  signedOn: string | null;
  parentConsentOn: string | null;
  employmentCertificateOn: string | null;
  weeklyHourCap: number | null;
}

/** The training agreement as recorded on a placement. */
export function agreementOf(
  placement: Pick<PlacementEntity, 'agreementSignedOn' | 'parentConsentOn' | 'employmentCertificateOn' | 'weeklyHourCap'>,
): TrainingAgreementFacts {
  return {
    signedOn: placement.agreementSignedOn,
    parentConsentOn: placement.parentConsentOn,
    employmentCertificateOn: placement.employmentCertificateOn,
    weeklyHourCap: placement.weeklyHourCap,
  };
}

/** One document the work needs, when it was signed (null: not on file), and the rule an entry dated before it breaks. */
interface RequiredDocument {
  name: string;
  signedOn: string | null;
  entryRule: 'ENTRY_BEFORE_TRAINING_AGREEMENT' | 'ENTRY_BEFORE_PARENT_CONSENT' | 'ENTRY_BEFORE_EMPLOYMENT_CERTIFICATE';
}

/** The agreement always; parent or guardian consent under 18; an employment certificate for paid work under 16. */
function requiredDocuments(agreement: TrainingAgreementFacts, age: number, paid: boolean): RequiredDocument[] {
  const documents: RequiredDocument[] = [
    {
      name: 'the signed training agreement',
      signedOn: agreement.weeklyHourCap === null ? null : agreement.signedOn,
      entryRule: 'ENTRY_BEFORE_TRAINING_AGREEMENT',
    },
  ];
  if (age < 18) documents.push({ name: 'parent or guardian consent', signedOn: agreement.parentConsentOn, entryRule: 'ENTRY_BEFORE_PARENT_CONSENT' });
  if (age < 16 && paid) {
    documents.push({ name: 'an employment certificate', signedOn: agreement.employmentCertificateOn, entryRule: 'ENTRY_BEFORE_EMPLOYMENT_CERTIFICATE' });
  }
  return documents;
}

/** What activation needs signed: the agreement, parent consent under 18, an employment certificate for paid work under 16. */
export function trainingAgreementGap(agreement: TrainingAgreementFacts, ageAtStart: number, paid: boolean): string | null {
  const missing = requiredDocuments(agreement, ageAtStart, paid).find((d) => d.signedOn === null);
  if (!missing) return null;
  if (missing.entryRule === 'ENTRY_BEFORE_TRAINING_AGREEMENT') return 'no signed training agreement is recorded';
  return `the student is ${ageAtStart} at the start${paid ? ' of paid work' : ''}; ${missing.name} is required`;
}

/**
 * No hours before the paperwork: refuses a time entry dated before any document the student of
 * `ageOnWorkDate` needs was signed, naming the document.
 */
export function checkPaperworkBefore(workDate: string, agreement: TrainingAgreementFacts, ageOnWorkDate: number, paid: boolean, field: string): void {
  const missing = requiredDocuments(agreement, ageOnWorkDate, paid).find((d) => d.signedOn === null || d.signedOn > workDate);
  if (!missing) return;
  const when = missing.signedOn === null ? 'is not on file' : `was signed ${missing.signedOn}, after ${workDate}`;
  throw new UserInputError(field, `no hours before the paperwork: ${missing.name} ${when}`, { rule: missing.entryRule });
}

/**
 * The most placements of the partner that hold a place at once on any day of `start`..`end`,
 * counting `held` (the others' date ranges) and not the one being placed.
 */
export function peakConcurrent(held: readonly { startDate: string; endDate: string }[], start: string, end: string): number {
  // Each overlapping range adds one from max(its start, start) and removes one after its end.
  const events: [string, number][] = [];
  for (const range of held) {
    if (range.endDate < start || range.startDate > end) continue;
    events.push([range.startDate > start ? range.startDate : start, 1], [range.endDate, -1]);
  }
  // On the same day an arrival counts before a departure: both are there that day.
  events.sort((a, b) => (a[0] === b[0] ? b[1] - a[1] : a[0] < b[0] ? -1 : 1));
  let current = 0;
  let peak = 0;
  for (const [, delta] of events) {
    current += delta;
    peak = Math.max(peak, current);
  }
  return peak;
}

/** Refuses a placement that would take the partner over its declared capacity on some day of its dates. */
export function checkPartnerCapacity(capacity: number, peakHeldByOthers: number, field: string): void {
  if (peakHeldByOthers >= capacity) {
    throw new ConflictError(`the partner hosts at most ${capacity} student(s) at once, and that many hold a place on those dates`, {
      field,
      rule: 'PARTNER_AT_CAPACITY',
    });
  }
}
