import { ageOn, ConflictError, UserInputError } from '@careergraph/kit';
import type { ContactRef, OpportunityRef, StudentRef } from './references';

export interface EligibilityFacts {
  student: StudentRef;
  opportunity: OpportunityRef;
  supervisor: ContactRef;
  startDate: string;
  endDate: string;
}

/** The input field each check blames; on activation they all point at the placement. */
export interface EligibilityFields {
  student: string;
  opportunity: string;
  supervisor: string;
  startDate: string;
  endDate: string;
}

/** Opportunity statuses a placement may be created in, and activated in (closing stops applications, not hosting). */
export const OPEN_FOR_APPLICATIONS = ['PUBLISHED'];
export const OPEN_FOR_ACTIVATION = ['PUBLISHED', 'CLOSED'];

/** LEVEL_I (fingerprinting) covers LEVEL_I and LEVEL_II activities; LEVEL_II covers only LEVEL_II. */
export function clearanceCovers(held: 'LEVEL_I' | 'LEVEL_II', required: 'LEVEL_I' | 'LEVEL_II'): boolean {
  return held === 'LEVEL_I' || required === 'LEVEL_II';
}

/**
 * Whether a student may be placed on an opportunity under a supervisor for given dates. Pure: the
 * caller looked the facts up in their owning subgraphs. Throws the first rule broken.
 */
export function checkEligibility(facts: EligibilityFacts, fields: EligibilityFields, openStatuses: string[]): void {
  const { student, opportunity, supervisor, startDate, endDate } = facts;
  const partner = opportunity.partner;
  if (endDate < startDate) throw new UserInputError(fields.endDate, `must not be before the start date ${startDate}`);
  if (!openStatuses.includes(opportunity.status)) {
    throw new UserInputError(fields.opportunity, `the opportunity is ${opportunity.status}, not open for placements`, {
      rule: 'OPPORTUNITY_NOT_PUBLISHED',
    });
  }
  if (startDate < opportunity.startDate || endDate > opportunity.endDate) {
    throw new UserInputError(
      startDate < opportunity.startDate ? fields.startDate : fields.endDate,
      `the placement must fall within the opportunity's dates ${opportunity.startDate} to ${opportunity.endDate}`,
      { rule: 'DATES_OUTSIDE_OPPORTUNITY' },
    );
  }
  if (student.enrollmentStatus !== 'ENROLLED') {
    throw new UserInputError(fields.student, `the student is ${student.enrollmentStatus}; only enrolled students can be placed`, {
      rule: 'STUDENT_NOT_ENROLLED',
    });
  }
  const age = ageOn(student.dateOfBirth, startDate);
  if (age < opportunity.minimumAge) {
    throw new UserInputError(fields.student, `the student is ${age} on ${startDate}; the opportunity needs ${opportunity.minimumAge}`, {
      rule: 'STUDENT_TOO_YOUNG',
    });
  }
  if (!opportunity.gradeLevels.includes(student.gradeLevel)) {
    throw new UserInputError(
      fields.student,
      `the student is in grade ${student.gradeLevel}; the opportunity is for grades ${opportunity.gradeLevels.join(', ')}`,
      { rule: 'GRADE_NOT_ELIGIBLE' },
    );
  }
  if (partner.status !== 'ACTIVE') {
    throw new UserInputError(fields.opportunity, `the partner is ${partner.status}, not ACTIVE`, { rule: 'PARTNER_NOT_ACTIVE' });
  }
  if (!partner.agreement || partner.agreement.signedOn > startDate || partner.agreement.expiresOn < endDate) {
    const held = partner.agreement ? `runs ${partner.agreement.signedOn} to ${partner.agreement.expiresOn}` : 'is not on file';
    throw new UserInputError(fields.opportunity, `the partner's agreement ${held}; it must cover ${startDate} to ${endDate}`, {
      rule: 'AGREEMENT_NOT_CURRENT',
    });
  }
  if (!partner.insuranceExpiresOn || partner.insuranceExpiresOn < startDate) {
    throw new UserInputError(
      fields.opportunity,
      `the partner's insurance ${partner.insuranceExpiresOn ? `expires ${partner.insuranceExpiresOn}` : 'is not on file'}, before the start ${startDate}`,
      { rule: 'INSURANCE_NOT_CURRENT' },
    );
  }
  const supervisorProblem = supervisorProblemOf(supervisor, opportunity, startDate);
  if (supervisorProblem) throw new UserInputError(fields.supervisor, supervisorProblem, { rule: 'SUPERVISOR_NOT_CLEARED' });
}

function supervisorProblemOf(supervisor: ContactRef, opportunity: OpportunityRef, startDate: string): string | null {
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

/** What activation needs signed: the agreement, parent consent under 18, an employment certificate for paid work under 16. */
export function trainingAgreementGap(agreement: TrainingAgreementFacts, ageAtStart: number, paid: boolean): string | null {
  if (!agreement.signedOn || agreement.weeklyHourCap === null) return 'no signed training agreement is recorded';
  if (ageAtStart < 18 && !agreement.parentConsentOn) return `the student is ${ageAtStart} at the start; parent or guardian consent is required`;
  if (ageAtStart < 16 && paid && !agreement.employmentCertificateOn) {
    return `the student is ${ageAtStart} at the start of paid work; an employment certificate is required`;
  }
  return null;
}
