import type { PlacementEntity } from '../entities/placement.entity';
import type { AgreementSignatureResolvers, TrainingAgreementResolvers } from '../generated/graphql';
import type { PlacementsContext } from '../context';
import type { SignedVersion } from '../repositories/training-agreement.repository';
import { agreementState } from '../services/training-agreement.service';
import { contentHash, paperTerms, requiredParties } from '../services/training-agreement-terms';

/** A placement whose agreement every party signed: its signed-on dates are the current version's. */
export const signed = (placement: PlacementEntity) => placement.agreementSignedOn !== null && placement.weeklyHourCap !== null;

/** The placement's current version; for one recorded before versions existed (no row), that record as a paper version. */
async function currentOf(placement: PlacementEntity, { loaders }: PlacementsContext): Promise<SignedVersion> {
  const current = await loaders.trainingAgreementByPlacement.load(placement.id);
  if (current) return current;
  const terms = paperTerms(placement);
  return {
    agreement: {
      id: placement.id,
      placementId: placement.id,
      version: 1,
      terms,
      contentHash: contentHash(terms),
      weeklyHourCap: placement.weeklyHourCap!,
      sharedStudentContact: placement.sharedStudentContact,
      requiredParties: requiredParties(placement.parentConsentOn ? 0 : 18),
      recordedOnPaper: true,
      completedAt: null,
      createdBy: 'migration',
      createdAt: placement.updatedAt,
    },
    signatures: [],
  };
}

/** The parent is the placement: what its columns answer needs no read once the agreement is signed. */
export const TrainingAgreement: TrainingAgreementResolvers = {
  signedOn: (placement) => placement.agreementSignedOn,
  parentConsentOn: (placement) => placement.parentConsentOn,
  employmentCertificateOn: (placement) => placement.employmentCertificateOn,
  weeklyHourCap: async (placement, _, context) => (signed(placement) ? placement.weeklyHourCap! : (await currentOf(placement, context)).agreement.weeklyHourCap),
  sharedStudentContact: async (placement, _, context) =>
    signed(placement) ? placement.sharedStudentContact : (await currentOf(placement, context)).agreement.sharedStudentContact,
  version: async (placement, _, context) => (await currentOf(placement, context)).agreement.version,
  terms: async (placement, _, context) => (await currentOf(placement, context)).agreement.terms,
  contentHash: async (placement, _, context) => (await currentOf(placement, context)).agreement.contentHash,
  recordedOnPaper: async (placement, _, context) => (await currentOf(placement, context)).agreement.recordedOnPaper,
  requiredParties: async (placement, _, context) => (await currentOf(placement, context)).agreement.requiredParties,
  signatures: async (placement, _, context) => (await currentOf(placement, context)).signatures,
  complete: async (placement, _, context) => agreementState(await currentOf(placement, context)).complete,
  missingParties: async (placement, _, context) => agreementState(await currentOf(placement, context)).missingParties,
};

export const AgreementSignature: AgreementSignatureResolvers = {
  party: (signature) => signature.party,
  signerSubject: (signature) => signature.signerSubject,
  signerName: (signature) => signature.signerName,
  signerEmail: (signature) => signature.signerEmail,
  signedAt: (signature) => signature.signedAt,
  contentHash: (signature) => signature.contentHash,
  clientAddress: (signature) => signature.clientAddress,
  userAgent: (signature) => signature.userAgent,
};
