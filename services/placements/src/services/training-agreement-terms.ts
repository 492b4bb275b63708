import { createHash } from 'node:crypto';
import type { ChildLaborRules } from '../config/child-labor-rules';
import type { PlacementEntity } from '../entities/placement.entity';
import type { AgreementParty } from '../entities/training-agreement.entity';
import type { AgreementOpportunityFragment, AgreementSupervisorFragment } from '../generated/owners/graphql';

/** What a version's terms state besides the placement's own facts. */
export interface TermsFacts {
  placement: Pick<PlacementEntity, 'startDate' | 'endDate' | 'plannedHours' | 'compensationKind' | 'hourlyRate' | 'transportationSupport' | 'employmentCertificateOn'>;
  /** The student as the host partner may know them: the preferred name, nothing more. */
  studentName: string | null;
  ageAtStart: number;
  opportunity: AgreementOpportunityFragment;
  supervisor: AgreementSupervisorFragment;
  weeklyHourCap: number;
  sharedStudentContact: readonly string[];
  childLabor: ChildLaborRules;
}

export const PARTY_NAMES: Record<AgreementParty, string> = {
  STUDENT: 'the student',
  GUARDIAN: 'a parent or guardian',
  SUPERVISOR: 'the host supervisor',
  SCHOOL_COORDINATOR: 'the school coordinator',
};

/** Student, supervisor and school coordinator always; a parent or guardian for a minor. */
export function requiredParties(ageAtStart: number): AgreementParty[] {
  return ageAtStart < 18 ? ['STUDENT', 'GUARDIAN', 'SUPERVISOR', 'SCHOOL_COORDINATOR'] : ['STUDENT', 'SUPERVISOR', 'SCHOOL_COORDINATOR'];
}

export function contentHash(terms: string): string {
  return createHash('sha256').update(terms, 'utf8').digest('hex');
}

const hours = (minutes: number) => `${minutes / 60} hours`;
const clock = (minute: number) => `${Math.floor(minute / 60) % 12 || 12}:${String(minute % 60).padStart(2, '0')} ${minute < 720 ? 'a.m.' : 'p.m.'}`;

/** The agreement's text from the placement's facts: what every party reads, and the hash signs. */
export function renderTerms(facts: TermsFacts): string {
  const { placement, opportunity, supervisor, childLabor } = facts;
  const worksite = opportunity.worksite;
  const place = worksite
    ? `${worksite.name}, ${worksite.address.street}, ${worksite.address.city}, ${worksite.address.state} ${worksite.address.postalCode}`
    : 'the partner\'s sites as the supervisor directs';
  const pay =
    placement.compensationKind === 'UNPAID'
      ? 'The placement is unpaid.'
      : `The student is paid ${placement.compensationKind === 'WAGE' ? 'a wage' : 'a stipend'} of $${placement.hourlyRate?.toFixed(2)} an hour for approved hours.`;
  const minor = facts.ageAtStart < 18;
  const lines = [
    'WORK-BASED LEARNING TRAINING AGREEMENT',
    '',
    `Student: ${facts.studentName ?? 'the student named in the school\'s records'}${minor ? ' (under 18 at the start)' : ''}`,
    `Host partner: ${opportunity.partner.name}`,
    `Position: ${opportunity.title}`,
    `Worksite: ${place}`,
    `Supervisor: ${supervisor.firstName} ${supervisor.lastName}${supervisor.jobTitle ? `, ${supervisor.jobTitle}` : ''}`,
    `Dates: ${placement.startDate} to ${placement.endDate}`,
    `Planned hours: ${placement.plannedHours}; at most ${facts.weeklyHourCap} hours in any week (Monday to Sunday).`,
    pay,
    `Transportation support: ${placement.transportationSupport.toLowerCase().replace(/_/g, ' ')}.`,
    '',
    '1. The host partner provides a safe workplace, training and supervision by the named supervisor, who approves the student\'s time reports.',
    '2. The student attends as scheduled, follows the workplace\'s rules, records hours truthfully and completes the reflection.',
    '3. The school coordinator monitors the placement, evaluates the student with the supervisor, and may end the placement if these terms are not kept.',
    `4. The host partner sees only the student\'s preferred name, grade and school${facts.sharedStudentContact.length > 0 ? `, and the student's ${facts.sharedStudentContact.map((c) => c.toLowerCase()).join(' and ')}` : ''}, and uses them only for this placement.`,
  ];
  if (facts.ageAtStart < childLabor.underAge) {
    lines.push(
      `5. Child labor limits (the student is under ${childLabor.underAge}): at most ${hours(childLabor.maxMinutesSchoolDay)} on a school day, ` +
        `${hours(childLabor.maxMinutesNonSchoolDay)} on a non-school day and ${hours(childLabor.maxMinutesSchoolWeek)} in a school week; only between ` +
        `${clock(childLabor.earliestStartMinute)} and ${clock(childLabor.latestEndMinute)} (${clock(childLabor.latestEndMinuteSummer)} from June 1 to Labor Day); ` +
        `a ${childLabor.mealBreakMinutes}-minute meal break after ${hours(childLabor.mealBreakAfterMinutes)}.` +
        (placement.compensationKind === 'UNPAID' ? '' : ' Paid work needs an employment certificate on file before the first hour.'),
    );
  } else if (minor) {
    lines.push('5. The student is under 18: no work in the federal hazardous occupations (29 CFR 570) except as a student-learner under this written agreement.');
  }
  lines.push('', `Signed by ${requiredParties(facts.ageAtStart).map((p) => PARTY_NAMES[p]).join(', ')}.`);
  return lines.join('\n');
}

/** What staff record from a paper agreement (the migration renders the same text for placements recorded before). */
export function paperTerms(placement: Pick<PlacementEntity, 'agreementSignedOn' | 'parentConsentOn'>): string {
  const lines = ['Training agreement recorded on paper.', `Signed by the student, the host employer and the school coordinator on ${placement.agreementSignedOn}.`];
  if (placement.parentConsentOn) lines.push(`Parent or guardian consent given on ${placement.parentConsentOn}.`);
  return lines.join('\n');
}
