import {
  ageOn,
  type Audit,
  type Caller,
  type ClientMetadata,
  ConflictError,
  type Emit,
  newOneTimeToken,
  NotFoundError,
  numberInRange,
  oneTimeTokenHash,
  parseId,
  requiredText,
  type Tx,
  type UnitOfWorkRequest,
  UserInputError,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { PlacementsSettings } from '../config/placements-settings';
import type { PlacementsContext } from '../context';
import type { AgreementSignatureEntity } from '../entities/agreement-signature.entity';
import type { GuardianSigningLinkEntity } from '../entities/guardian-signing-link.entity';
import type { PlacementEntity, PlacementStatus } from '../entities/placement.entity';
import type { AgreementParty, TrainingAgreementEntity } from '../entities/training-agreement.entity';
import type { PrepareTrainingAgreementInput, SignTrainingAgreementInput } from '../generated/graphql';
import { AgreementOpportunityFragmentDoc, AgreementStudentFragmentDoc, AgreementSupervisorFragmentDoc } from '../generated/owners/graphql';
import { lookUpStudent } from '../owners/placements-owners';
import { placementScope } from '../policy';
import type { PlacementsRepositories } from '../repositories';
import type { SignedVersion, TrainingAgreementRepository } from '../repositories/training-agreement.repository';
import { placementEvent } from './placement-events';
import { contentHash, PARTY_NAMES, paperTerms, renderTerms, requiredParties } from './training-agreement-terms';

/** Statuses in which a placement's training agreement may still be prepared, signed or recorded. */
export const AGREEMENT_EDITABLE: readonly PlacementStatus[] = ['APPLIED', 'OFFERED', 'ACCEPTED', 'ACTIVE'];

/** How long a guardian's signing link works: long enough for a family to read the terms. */
const GUARDIAN_LINK_DAYS = 14;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The party each signing role signs as (a partner user signs for the placement's supervisor). */
const PARTY_OF_ROLE: Partial<Record<Caller['role'], AgreementParty>> = {
  STUDENT: 'STUDENT',
  PARTNER_USER: 'SUPERVISOR',
  SCHOOL_STAFF: 'SCHOOL_COORDINATOR',
};

/** Who is signing, and from where. */
interface Signer {
  party: AgreementParty;
  subject: string;
  name: string | null;
  email: string | null;
  client: ClientMetadata | undefined;
}

/** The path of a guardian's signing page at the gateway (which forwards it to this subgraph's route). */
export const GUARDIAN_SIGNING_PATH = '/agreements/guardian';

/** A link minted for the mailer: the token leaves in this answer only. */
export interface IssuedGuardianLink {
  token: string;
  url: string;
  expiresAt: Date;
  version: number;
  guardianName: string;
  guardianEmail: string;
}

/** Why a guardian's link signs nothing; shown to the guardian as is. */
export class GuardianLinkRefused extends Error {}

const superseded = () => new GuardianLinkRefused('The agreement has changed since this link was sent; ask the school for a new link.');

/** A version's state: whether every required party signed it, and who has not. */
export function agreementState(version: SignedVersion): { complete: boolean; missingParties: AgreementParty[] } {
  const { agreement, signatures } = version;
  if (agreement.recordedOnPaper) return { complete: true, missingParties: [] };
  const signed = new Set(signatures.map((s) => s.party));
  const missingParties = agreement.requiredParties.filter((party) => !signed.has(party));
  return { complete: missingParties.length === 0, missingParties };
}

/**
 * Activation and hours need the current version signed by every required party. A placement with
 * no version at all is left to the recorded-paperwork check (TRAINING_AGREEMENT_INCOMPLETE).
 */
export async function checkAgreementComplete(agreements: TrainingAgreementRepository, placementId: string, field: string, tx?: Tx): Promise<void> {
  const current = await agreements.current(placementId, tx);
  if (!current) return;
  const { complete, missingParties } = agreementState(current);
  if (complete) return;
  throw new UserInputError(
    field,
    `training agreement version ${current.agreement.version} is not signed by ${missingParties.map((p) => PARTY_NAMES[p]).join(', ')}`,
    { rule: 'AGREEMENT_INCOMPLETE', extensions: { missingParties } },
  );
}

export class TrainingAgreementService {
  constructor(
    private readonly repositories: PlacementsRepositories,
    private readonly settings: Pick<PlacementsSettings, 'childLabor' | 'today'>,
  ) {}

  async prepare(
    input: PrepareTrainingAgreementInput,
    context: PlacementsContext,
  ): Promise<{ placement: PlacementEntity; guardianSigningToken: string | null; guardianSigningExpiresAt: Date | null }> {
    const field = 'input.placementId';
    const placement = await this.openPlacement(input.placementId, context);
    const weeklyHourCap =
      input.weeklyHourCap != null ? numberInRange('input.weeklyHourCap', input.weeklyHourCap, 0, 40, { exclusiveMin: true }) : placement.weeklyHourCap;
    if (weeklyHourCap === null) {
      throw new UserInputError('input.weeklyHourCap', 'the placement has no weekly hour cap yet; the agreement must state one', { rule: 'WEEKLY_HOUR_CAP_REQUIRED' });
    }
    const guardian = input.guardian
      ? { name: requiredText('input.guardian.name', input.guardian.name, 200), email: input.guardian.email.trim().toLowerCase() }
      : null;
    if (guardian && (guardian.email.length > 254 || !EMAIL.test(guardian.email))) {
      throw new UserInputError('input.guardian.email', `"${guardian.email.slice(0, 64)}" is not an email address`);
    }
    const { supervisorId } = placement;
    if (!supervisorId) throw new UserInputError(field, 'the placement has no supervisor yet; the agreement names one', { rule: 'SUPERVISOR_NOT_ASSIGNED' });
    const [student, named, opportunity, supervisor] = await Promise.all([
      lookUpStudent(context.owners, placement.studentId),
      context.owners.students.load(AgreementStudentFragmentDoc, placement.studentId),
      context.owners.partners.load(AgreementOpportunityFragmentDoc, placement.opportunityId),
      context.owners.partners.load(AgreementSupervisorFragmentDoc, supervisorId),
    ]);
    if (!student || !opportunity || !supervisor) {
      throw new UserInputError(field, `the placement's ${!student ? 'student' : !opportunity ? 'opportunity' : 'supervisor'} no longer exists`, {
        rule: 'REFERENCE_NOT_FOUND',
      });
    }
    const ageAtStart = ageOn(student.dateOfBirth, placement.startDate);
    const parties = requiredParties(ageAtStart);
    if (parties.includes('GUARDIAN') && !guardian) {
      throw new UserInputError('input.guardian', `the student is under 18 at the start; a parent or guardian must sign`, { rule: 'GUARDIAN_REQUIRED' });
    }
    if (!parties.includes('GUARDIAN') && guardian) {
      throw new UserInputError('input.guardian', 'the student is 18 or older at the start; no parent or guardian signs', { rule: 'GUARDIAN_NOT_REQUIRED' });
    }
    const sharedStudentContact = [...new Set(input.sharedStudentContact ?? placement.sharedStudentContact)];
    const terms = renderTerms({
      placement,
      studentName: named?.preferredName ?? null,
      ageAtStart,
      opportunity,
      supervisor,
      weeklyHourCap,
      sharedStudentContact,
      childLabor: this.settings.childLabor,
    });
    const now = new Date();
    const token = guardian ? newOneTimeToken() : null;
    const expiresAt = guardian ? new Date(now.getTime() + GUARDIAN_LINK_DAYS * 86_400_000) : null;
    const { unitOfWork, agreements, placements } = this.repositories;
    const after = await unitOfWork.transaction(context, 'prepareTrainingAgreement', async (tx, audit, emit) => {
      await lockAgreement(this.repositories, tx, placement.id);
      const before = (await placements.findByIdForUpdate(tx, placement.id))!;
      // A paper record from before versions existed becomes one first, so its signing date stays on record.
      const previous =
        (await agreements.current(placement.id, tx))?.agreement ??
        (before.agreementSignedOn !== null && before.weeklyHourCap !== null ? await this.recordOnPaper(tx, audit, before, context.caller) : null);
      const agreement = await agreements.insertVersion(tx, {
        id: randomUUID(),
        placementId: placement.id,
        version: (previous?.version ?? 0) + 1,
        terms,
        contentHash: contentHash(terms),
        weeklyHourCap,
        sharedStudentContact,
        requiredParties: parties,
        recordedOnPaper: false,
        completedAt: null,
        createdBy: context.caller.subject,
        createdAt: now,
      });
      audit({ entityType: 'TrainingAgreement', entityId: agreement.id, action: 'PREPARED', before: previous, after: agreement });
      // The placement's signed-on dates follow the current version: a new one is unsigned until everyone signs it.
      let updated = before;
      if (before.agreementSignedOn !== null || before.parentConsentOn !== null) {
        updated = await placements.update(tx, placement.id, { agreementSignedOn: null, parentConsentOn: null });
        audit({ entityType: 'Placement', entityId: placement.id, action: 'AGREEMENT_SUPERSEDED', before, after: updated });
      }
      if (guardian && token && expiresAt) {
        const link = await insertGuardianLink(agreements, tx, audit, { agreementId: agreement.id, guardianName: guardian.name, guardianEmail: guardian.email }, token, expiresAt, now);
        emit(
          // Ids and states only: partner systems hear of it too.
          placementEvent('agreement.signature-requested', updated, {
            agreementId: agreement.id,
            version: agreement.version,
            party: 'GUARDIAN',
            linkId: link.id,
            expiresAt: expiresAt.toISOString(),
          }, { type: 'TrainingAgreement', id: agreement.id }),
          // The guardian's address goes only to the mailer, which mints the mailed link when it sends.
          {
            ...placementEvent('agreement.guardian-link-requested', updated, {
              agreementId: agreement.id,
              version: agreement.version,
              guardianName: guardian.name,
              guardianEmail: guardian.email,
            }),
            audience: 'INTERNAL',
          },
        );
      }
      return updated;
    });
    return { placement: after, guardianSigningToken: token, guardianSigningExpiresAt: expiresAt };
  }

  /** Signs the current version as the caller's party; signing again returns the signature given. */
  async sign(input: SignTrainingAgreementInput, context: PlacementsContext): Promise<{ placement: PlacementEntity; signature: AgreementSignatureEntity }> {
    const party = PARTY_OF_ROLE[context.caller.role];
    if (!party) throw new UserInputError('input.placementId', `a ${context.caller.role} is not a party to a training agreement`, { rule: 'NOT_A_PARTY' });
    const placement = await this.openPlacement(input.placementId, context);
    const signer: Signer = { party, subject: context.caller.subject, name: null, email: null, client: context.client };
    return this.repositories.unitOfWork.transaction(context, 'signTrainingAgreement', async (tx, audit, emit) => {
      await lockAgreement(this.repositories, tx, placement.id);
      const current = await this.repositories.agreements.current(placement.id, tx);
      if (!current || current.agreement.recordedOnPaper) {
        throw new UserInputError('input.placementId', 'no training agreement has been prepared for electronic signing', { rule: 'AGREEMENT_NOT_PREPARED' });
      }
      if (current.agreement.version !== input.version || current.agreement.contentHash !== input.contentHash) {
        throw new UserInputError('input.contentHash', `the agreement changed: version ${current.agreement.version} is current; read it again before signing`, {
          rule: 'AGREEMENT_VERSION_CHANGED',
          extensions: { currentVersion: current.agreement.version },
        });
      }
      return this.record(tx, audit, emit, placement.id, current, signer);
    });
  }

  /**
   * A fresh link for the guardian of the current version, for the mailer to send at once (SERVICE
   * only): only its hash is kept. Earlier links of the version stay valid until used or expired, so
   * a mail the relay accepted though the send was reported failed still signs; a new version
   * supersedes them all.
   */
  async issueGuardianLink(rawPlacementId: string, context: PlacementsContext): Promise<IssuedGuardianLink> {
    const placementId = parseId('placementId', rawPlacementId);
    const token = newOneTimeToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + GUARDIAN_LINK_DAYS * 86_400_000);
    const { unitOfWork, agreements, placements } = this.repositories;
    return unitOfWork.transaction(context, 'issueGuardianSigningLink', async (tx, audit) => {
      await lockAgreement(this.repositories, tx, placementId);
      const notPending = (why: string) =>
        new ConflictError(`placement ${placementId}: ${why}; no guardian signing link is issued`, { rule: 'GUARDIAN_SIGNATURE_NOT_PENDING' });
      const placement = await placements.findById(placementId, tx);
      if (!placement) throw new NotFoundError('Placement', placementId, 'placementId');
      if (!AGREEMENT_EDITABLE.includes(placement.status)) throw notPending(`the placement is ${placement.status}`);
      const current = await agreements.current(placementId, tx);
      if (!current || current.agreement.recordedOnPaper) throw notPending('no agreement is prepared for electronic signing');
      const { agreement } = current;
      if (!agreementState(current).missingParties.includes('GUARDIAN')) {
        throw notPending(`version ${agreement.version} needs no guardian's signature, or has it`);
      }
      const named = await agreements.firstLinkOf(tx, agreement.id);
      if (!named) throw notPending(`version ${agreement.version} names no guardian`);
      const link = await insertGuardianLink(agreements, tx, audit, { agreementId: agreement.id, guardianName: named.guardianName, guardianEmail: named.guardianEmail }, token, expiresAt, now);
      return {
        token,
        url: `${GUARDIAN_SIGNING_PATH}?token=${encodeURIComponent(token)}`,
        expiresAt,
        version: agreement.version,
        guardianName: link.guardianName,
        guardianEmail: link.guardianEmail,
      };
    });
  }

  /** The terms a guardian's link shows, and for whom; GuardianLinkRefused when it signs nothing. */
  async guardianView(token: string): Promise<{ terms: string; guardianName: string; contentHash: string }> {
    const link = await this.repositories.agreements.linkByTokenHash(oneTimeTokenHash(token));
    const agreement = link && (await this.repositories.agreements.versionById(link.agreementId));
    if (!link || !agreement) throw new GuardianLinkRefused('This signing link is not valid.');
    refuseSpentLink(link, new Date());
    const current = await this.repositories.agreements.current(agreement.placementId);
    if (current?.agreement.id !== agreement.id) throw superseded();
    return { terms: agreement.terms, guardianName: link.guardianName, contentHash: agreement.contentHash };
  }

  /** Records the guardian's signature through their link, once; GuardianLinkRefused (nothing written) otherwise. */
  async signAsGuardian(token: string, request: Pick<UnitOfWorkRequest, 'requestId'>, client: ClientMetadata): Promise<void> {
    const tokenHash = oneTimeTokenHash(token);
    const known = await this.repositories.agreements.linkByTokenHash(tokenHash);
    if (!known) throw new GuardianLinkRefused('This signing link is not valid.');
    const agreement = (await this.repositories.agreements.versionById(known.agreementId))!;
    const placement = (await this.repositories.placements.findById(agreement.placementId))!;
    const caller: Caller = { subject: `guardian-link:${known.id}`, role: 'ANONYMOUS', scope: { schoolIds: [] } };
    await this.repositories.unitOfWork.transaction({ caller, requestId: request.requestId }, 'signTrainingAgreementAsGuardian', async (tx, audit, emit) => {
      await lockAgreement(this.repositories, tx, placement.id);
      const link = (await this.repositories.agreements.linkByTokenHash(tokenHash, tx))!;
      const now = new Date();
      refuseSpentLink(link, now);
      const fresh = (await this.repositories.placements.findById(placement.id, tx))!;
      if (!AGREEMENT_EDITABLE.includes(fresh.status)) throw new GuardianLinkRefused('This placement has ended; its agreement can no longer be signed.');
      const current = await this.repositories.agreements.current(placement.id, tx);
      if (current?.agreement.id !== link.agreementId) throw superseded();
      await this.repositories.agreements.markLinkUsed(tx, link.id, now);
      audit({ entityType: 'GuardianSigningLink', entityId: link.id, action: 'USED', before: { usedAt: null }, after: { usedAt: now } });
      await this.record(tx, audit, emit, placement.id, current, {
        party: 'GUARDIAN',
        subject: caller.subject,
        name: link.guardianName,
        email: link.guardianEmail,
        client,
      });
    });
  }

  /**
   * Records what `recordTrainingAgreement` recorded from paper as a version complete as recorded,
   * superseding any electronic one (the placement's dates are already the recorded ones).
   */
  async recordOnPaper(tx: Tx, audit: Audit, placement: PlacementEntity, caller: Caller): Promise<TrainingAgreementEntity> {
    await lockAgreement(this.repositories, tx, placement.id);
    const previous = await this.repositories.agreements.current(placement.id, tx);
    const terms = paperTerms(placement);
    const now = new Date();
    const agreement = await this.repositories.agreements.insertVersion(tx, {
      id: randomUUID(),
      placementId: placement.id,
      version: (previous?.agreement.version ?? 0) + 1,
      terms,
      contentHash: contentHash(terms),
      weeklyHourCap: placement.weeklyHourCap!,
      sharedStudentContact: placement.sharedStudentContact,
      requiredParties: placement.parentConsentOn ? requiredParties(0) : requiredParties(18),
      recordedOnPaper: true,
      // When the paper says it was signed, as the migration records it.
      completedAt: new Date(placement.agreementSignedOn!),
      createdBy: caller.subject,
      createdAt: now,
    });
    audit({ entityType: 'TrainingAgreement', entityId: agreement.id, action: 'RECORDED_ON_PAPER', before: previous?.agreement ?? null, after: agreement });
    return agreement;
  }

  private async openPlacement(rawId: string, context: PlacementsContext): Promise<PlacementEntity> {
    const id = parseId('input.placementId', rawId);
    const placement = await this.repositories.placements.findById(id);
    if (!placement) throw new NotFoundError('Placement', id, 'input.placementId');
    await placementScope.require(context, placement, { field: 'input.placementId', what: `placement ${placement.id}` });
    if (!AGREEMENT_EDITABLE.includes(placement.status)) {
      throw new UserInputError('input.placementId', `the placement is ${placement.status}; its agreement can no longer change`, { rule: 'PLACEMENT_CLOSED' });
    }
    return placement;
  }

  /**
   * The signature, once per party and version (a second returns the first); the last required one
   * completes the version and moves the placement's signed-on dates to it.
   */
  private async record(
    tx: Tx,
    audit: Audit,
    emit: Emit,
    placementId: string,
    current: SignedVersion,
    signer: Signer,
  ): Promise<{ placement: PlacementEntity; signature: AgreementSignatureEntity }> {
    const { agreements, placements } = this.repositories;
    const existing = current.signatures.find((s) => s.party === signer.party);
    if (existing) return { placement: (await placements.findById(placementId, tx))!, signature: existing };
    const now = new Date();
    const signature = await agreements.insertSignature(tx, {
      id: randomUUID(),
      agreementId: current.agreement.id,
      party: signer.party,
      signerSubject: signer.subject,
      signerName: signer.name,
      signerEmail: signer.email,
      signedAt: now,
      contentHash: current.agreement.contentHash,
      clientAddress: signer.client?.address ?? null,
      forwardedFor: signer.client?.forwardedFor ?? null,
      userAgent: signer.client?.userAgent ?? null,
    });
    audit({ entityType: 'AgreementSignature', entityId: signature.id, action: 'SIGNED', before: null, after: signature });
    const before = (await placements.findByIdForUpdate(tx, placementId))!;
    const subject = { type: 'TrainingAgreement', id: current.agreement.id };
    emit(placementEvent('agreement.signed', before, { agreementId: current.agreement.id, version: current.agreement.version, party: signer.party }, subject));
    const signed = { ...current, signatures: [...current.signatures, signature] };
    if (!agreementState(signed).complete) return { placement: before, signature };
    const today = this.settings.today();
    const first = await agreements.firstCompletedOn(tx, placementId);
    await agreements.markCompleted(tx, current.agreement.id, now);
    const earliest = (earlier: string | null) => (earlier !== null && earlier < today ? earlier : today);
    const after = await placements.update(tx, placementId, {
      agreementSignedOn: earliest(first.signedOn),
      parentConsentOn: current.agreement.requiredParties.includes('GUARDIAN') ? earliest(first.consentOn) : before.parentConsentOn,
      weeklyHourCap: current.agreement.weeklyHourCap,
      sharedStudentContact: current.agreement.sharedStudentContact,
    });
    audit({ entityType: 'Placement', entityId: placementId, action: 'AGREEMENT_COMPLETED', before, after });
    emit(placementEvent('agreement.completed', after, { agreementId: current.agreement.id, version: current.agreement.version, signedOn: today }, subject));
    return { placement: after, signature };
  }
}

/** One writer per placement's agreement at a time, so versions number in order and a party signs once. */
function lockAgreement(repositories: PlacementsRepositories, tx: Tx, placementId: string): Promise<void> {
  return repositories.unitOfWork.lock(tx, `agreement:${placementId}`);
}

/** A guardian's link for `token`; audited without the token's hash (the token is handed out once and stored nowhere). */
async function insertGuardianLink(
  agreements: TrainingAgreementRepository,
  tx: Tx,
  audit: Audit,
  guardian: Pick<GuardianSigningLinkEntity, 'agreementId' | 'guardianName' | 'guardianEmail'>,
  token: string,
  expiresAt: Date,
  createdAt: Date,
): Promise<GuardianSigningLinkEntity> {
  const link: GuardianSigningLinkEntity = { id: randomUUID(), ...guardian, tokenHash: oneTimeTokenHash(token), expiresAt, usedAt: null, createdAt };
  await agreements.insertLink(tx, link);
  audit({ entityType: 'GuardianSigningLink', entityId: link.id, action: 'CREATED', before: null, after: { ...link, tokenHash: undefined } });
  return link;
}

function refuseSpentLink(link: GuardianSigningLinkEntity, now: Date): void {
  if (link.usedAt) throw new GuardianLinkRefused('This signing link has already been used.');
  if (link.expiresAt <= now) throw new GuardianLinkRefused('This signing link has expired; ask the school for a new one.');
}

