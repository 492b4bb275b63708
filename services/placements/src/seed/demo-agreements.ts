import { ageOn, deterministicUuid } from '@careergraph/kit';
import { DEMO_WEEKLY_HOUR_CAP, type PartnersWorld, type PlacementsWorld, type StudentsWorld } from '@careergraph/demo-data';
import { DEFAULT_CHILD_LABOR_RULES } from '../config/child-labor-rules';
import type { AgreementSignatureEntity } from '../entities/agreement-signature.entity';
import type { PlacementEntity } from '../entities/placement.entity';
import type { AgreementParty, TrainingAgreementEntity } from '../entities/training-agreement.entity';
import { contentHash, renderTerms, requiredParties } from '../services/training-agreement-terms';

/** Signed with the demo's agreements: who the demo's parties are, as subjects. */
const DEMO_SIGNER: Record<AgreementParty, (p: PlacementsWorld['placements'][number]) => string> = {
  STUDENT: (p) => `demo-student:${p.studentId}`,
  GUARDIAN: (p) => `guardian-link:${deterministicUuid('guardian-link', p.id)}`,
  SUPERVISOR: (p) => `demo-partner-user:${p.partnerId}`,
  SCHOOL_COORDINATOR: (p) => `demo-coordinator:${p.schoolId}`,
};

/**
 * The demo's electronic agreements: every third placement that reached ACCEPTED signed by every
 * party (the others stay recorded on paper, as placements from before e-signing are), and every
 * OFFERED placement with a supervisor prepared and partly signed (the student, and for a minor
 * every other one the guardian), so activating it waits for the rest.
 */
export function demoTrainingAgreements(
  slice: PlacementsWorld,
  world: { students: StudentsWorld; partners: PartnersWorld },
): { agreements: TrainingAgreementEntity[]; signatures: AgreementSignatureEntity[] } {
  const students = new Map(world.students.students.map((s) => [s.id, s]));
  const opportunities = new Map(world.partners.opportunities.map((o) => [o.id, o]));
  const partners = new Map(world.partners.partners.map((p) => [p.id, p]));
  const worksites = new Map(world.partners.worksites.map((w) => [w.id, w]));
  const contacts = new Map(world.partners.contacts.map((c) => [c.id, c]));
  const agreements: TrainingAgreementEntity[] = [];
  const signatures: AgreementSignatureEntity[] = [];
  slice.placements.forEach((placement, n) => {
    const signed = placement.agreementSignedOn !== null && placement.weeklyHourCap !== null && n % 3 === 0;
    const offered = placement.status === 'OFFERED' && placement.supervisorId !== null;
    if (!signed && !offered) return;
    const student = students.get(placement.studentId)!;
    const opportunity = opportunities.get(placement.opportunityId)!;
    const worksite = opportunity.worksiteId ? worksites.get(opportunity.worksiteId)! : null;
    const supervisor = contacts.get(placement.supervisorId!)!;
    const ageAtStart = ageOn(student.dateOfBirth, placement.startDate);
    const weeklyHourCap = placement.weeklyHourCap ?? DEMO_WEEKLY_HOUR_CAP;
    const terms = renderTerms({
      placement: placement as PlacementEntity,
      studentName: student.preferredName,
      ageAtStart,
      opportunity: {
        id: opportunity.id,
        title: opportunity.title,
        partner: { id: opportunity.partnerId, name: partners.get(opportunity.partnerId)!.name },
        worksite: worksite && { id: worksite.id, name: worksite.name, address: worksite },
      },
      supervisor: { id: supervisor.id, firstName: supervisor.firstName, lastName: supervisor.lastName, jobTitle: supervisor.title },
      weeklyHourCap,
      sharedStudentContact: placement.sharedStudentContact,
      childLabor: DEFAULT_CHILD_LABOR_RULES,
    });
    const parties = requiredParties(ageAtStart);
    const preparedOn = signed ? placement.agreementSignedOn! : world.students.asOf;
    const agreement: TrainingAgreementEntity = {
      id: deterministicUuid('training-agreement', placement.id),
      placementId: placement.id,
      version: 1,
      terms,
      contentHash: contentHash(terms),
      weeklyHourCap,
      sharedStudentContact: placement.sharedStudentContact as TrainingAgreementEntity['sharedStudentContact'],
      requiredParties: parties,
      recordedOnPaper: false,
      completedAt: signed ? new Date(`${preparedOn}T16:00:00Z`) : null,
      createdBy: `demo-coordinator:${placement.schoolId}`,
      createdAt: new Date(`${preparedOn}T09:00:00Z`),
    };
    agreements.push(agreement);
    const signers = signed ? parties : parties.filter((party) => party === 'STUDENT' || (party === 'GUARDIAN' && n % 2 === 0));
    signers.forEach((party, i) =>
      signatures.push({
        id: deterministicUuid('agreement-signature', `${agreement.id}:${party}`),
        agreementId: agreement.id,
        party,
        signerSubject: DEMO_SIGNER[party](placement),
        signerName: party === 'GUARDIAN' ? `Guardian of ${student.preferredName ?? 'the student'}` : null,
        signerEmail: party === 'GUARDIAN' ? `guardian.${placement.studentId.slice(0, 8)}@example.com` : null,
        signedAt: new Date(`${preparedOn}T${String(10 + i).padStart(2, '0')}:00:00Z`),
        contentHash: agreement.contentHash,
        clientAddress: null,
        forwardedFor: null,
        userAgent: null,
      }),
    );
  });
  return { agreements, signatures };
}
