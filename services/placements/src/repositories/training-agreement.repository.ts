import type { Tx } from '@careergraph/kit';
import { type DataSource, In } from 'typeorm';
import { AgreementSignatureEntity } from '../entities/agreement-signature.entity';
import { GuardianSigningLinkEntity } from '../entities/guardian-signing-link.entity';
import { TrainingAgreementEntity } from '../entities/training-agreement.entity';

/** A version with the signatures given on it. */
export interface SignedVersion {
  agreement: TrainingAgreementEntity;
  signatures: AgreementSignatureEntity[];
}

export class TrainingAgreementRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Each placement's current (highest) version with its signatures: two statements for any number of placements. */
  async currentByPlacementIds(placementIds: readonly string[], tx: Tx = this.dataSource.manager): Promise<SignedVersion[]> {
    const agreements = await tx
      .getRepository(TrainingAgreementEntity)
      .createQueryBuilder('a')
      .distinctOn(['a.placement_id'])
      .where('a.placement_id IN (:...placementIds)', { placementIds })
      .orderBy('a.placement_id')
      .addOrderBy('a.version', 'DESC')
      .getMany();
    if (agreements.length === 0) return [];
    const signatures = await tx
      .getRepository(AgreementSignatureEntity)
      .find({ where: { agreementId: In(agreements.map((a) => a.id)) }, order: { signedAt: 'ASC', id: 'ASC' } });
    return agreements.map((agreement) => ({ agreement, signatures: signatures.filter((s) => s.agreementId === agreement.id) }));
  }

  async current(placementId: string, tx?: Tx): Promise<SignedVersion | null> {
    const [current] = await this.currentByPlacementIds([placementId], tx);
    return current ?? null;
  }

  async insertVersion(tx: Tx, agreement: TrainingAgreementEntity): Promise<TrainingAgreementEntity> {
    await tx.getRepository(TrainingAgreementEntity).insert(agreement);
    return agreement;
  }

  /**
   * The day the placement's first version was completed, and its first one a guardian signed:
   * work under an earlier signed version stays covered when a newer one is signed.
   */
  async firstCompletedOn(tx: Tx, placementId: string): Promise<{ signedOn: string | null; consentOn: string | null }> {
    const [row]: { signed_on: string | null; consent_on: string | null }[] = await tx.query(
      `SELECT min(completed_at)::date::text AS signed_on,
              min(completed_at) FILTER (WHERE 'GUARDIAN' = ANY (required_parties))::date::text AS consent_on
         FROM placements.training_agreements WHERE placement_id = $1 AND completed_at IS NOT NULL`,
      [placementId],
    );
    return { signedOn: row.signed_on, consentOn: row.consent_on };
  }

  async markCompleted(tx: Tx, agreementId: string, at: Date): Promise<void> {
    await tx.getRepository(TrainingAgreementEntity).update({ id: agreementId }, { completedAt: at });
  }

  async insertSignature(tx: Tx, signature: AgreementSignatureEntity): Promise<AgreementSignatureEntity> {
    await tx.getRepository(AgreementSignatureEntity).insert(signature);
    return signature;
  }

  async insertLink(tx: Tx, link: GuardianSigningLinkEntity): Promise<void> {
    await tx.getRepository(GuardianSigningLinkEntity).insert(link);
  }

  /** The version's first link, made when it was prepared: whom the staff named as the guardian. */
  firstLinkOf(tx: Tx, agreementId: string): Promise<GuardianSigningLinkEntity | null> {
    return tx.getRepository(GuardianSigningLinkEntity).findOne({ where: { agreementId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The link with this token hash, locked until the transaction ends when `tx` is given (so it is used once). */
  linkByTokenHash(tokenHash: string, tx?: Tx): Promise<GuardianSigningLinkEntity | null> {
    if (!tx) return this.dataSource.getRepository(GuardianSigningLinkEntity).findOneBy({ tokenHash });
    return tx.getRepository(GuardianSigningLinkEntity).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  versionById(id: string): Promise<TrainingAgreementEntity | null> {
    return this.dataSource.getRepository(TrainingAgreementEntity).findOneBy({ id });
  }

  async markLinkUsed(tx: Tx, linkId: string, at: Date): Promise<void> {
    await tx.getRepository(GuardianSigningLinkEntity).update({ id: linkId }, { usedAt: at });
  }
}
