import { applyKeysetPerParent, countPerParent, type PageRequest, type Tx } from '@careergraph/kit';
import type { DataSource, Repository } from 'typeorm';
import { PartnerBrokerageEntity } from '../entities/partner-brokerage.entity';
import { PartnerInvitationEntity, PartnerInvitationTokenEntity } from '../entities/partner-invitation.entity';
import { PartnerMembershipEntity } from '../entities/partner-membership.entity';

/** Which side of a brokerage a page is listed under. */
export type BrokerageSide = 'intermediary' | 'employer';

const SIDE_COLUMN: Record<BrokerageSide, string> = { intermediary: 'b.intermediary_partner_id', employer: 'b.employer_partner_id' };
const BROKERAGE_ORDER = ['b.since', 'b.id'];

/** Invitations with their hashed links, memberships, and intermediaries' brokerages. */
export class OnboardingRepository {
  private readonly invitations: Repository<PartnerInvitationEntity>;
  private readonly tokens: Repository<PartnerInvitationTokenEntity>;
  private readonly memberships: Repository<PartnerMembershipEntity>;
  private readonly brokerages: Repository<PartnerBrokerageEntity>;

  constructor(dataSource: DataSource) {
    this.invitations = dataSource.getRepository(PartnerInvitationEntity);
    this.tokens = dataSource.getRepository(PartnerInvitationTokenEntity);
    this.memberships = dataSource.getRepository(PartnerMembershipEntity);
    this.brokerages = dataSource.getRepository(PartnerBrokerageEntity);
  }

  static brokerageCursorOf(brokerage: PartnerBrokerageEntity): string[] {
    return [brokerage.since, brokerage.id];
  }

  findInvitation(id: string): Promise<PartnerInvitationEntity | null> {
    return this.invitations.findOneBy({ id });
  }

  /** Reads and locks the invitation until the transaction ends, so two acceptances cannot both win. */
  findInvitationForUpdate(tx: Tx, id: string): Promise<PartnerInvitationEntity | null> {
    return tx.findOne(PartnerInvitationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The invitation a link's token hash belongs to, locked; null for an unknown or replaced link. */
  async invitationByTokenHashForUpdate(tx: Tx, tokenHash: string): Promise<PartnerInvitationEntity | null> {
    const token = await tx.findOneBy(PartnerInvitationTokenEntity, { tokenHash });
    return token ? this.findInvitationForUpdate(tx, token.invitationId) : null;
  }

  async invitationByTokenHash(tokenHash: string): Promise<PartnerInvitationEntity | null> {
    const token = await this.tokens.findOneBy({ tokenHash });
    return token ? this.findInvitation(token.invitationId) : null;
  }

  /** Each partner's latest invitation, in one statement. */
  async latestInvitations(partnerIds: readonly string[]): Promise<PartnerInvitationEntity[]> {
    return this.invitations
      .createQueryBuilder('i')
      .distinctOn(['i.partner_id'])
      .where('i.partner_id IN (:...partnerIds)', { partnerIds: [...partnerIds] })
      .orderBy('i.partner_id')
      .addOrderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getMany();
  }

  async insertInvitation(tx: Tx, invitation: PartnerInvitationEntity, tokenHash: string): Promise<PartnerInvitationEntity> {
    await tx.insert(PartnerInvitationEntity, invitation);
    await tx.insert(PartnerInvitationTokenEntity, { tokenHash, invitationId: invitation.id });
    return (await tx.findOneBy(PartnerInvitationEntity, { id: invitation.id }))!;
  }

  async addToken(tx: Tx, invitationId: string, tokenHash: string): Promise<void> {
    await tx.insert(PartnerInvitationTokenEntity, { tokenHash, invitationId });
  }

  /** Every earlier link stops working. */
  async replaceTokens(tx: Tx, invitationId: string, tokenHash: string): Promise<void> {
    await tx.delete(PartnerInvitationTokenEntity, { invitationId });
    await this.addToken(tx, invitationId, tokenHash);
  }

  async updateInvitation(tx: Tx, id: string, changes: Partial<PartnerInvitationEntity>): Promise<PartnerInvitationEntity> {
    await tx.update(PartnerInvitationEntity, { id }, changes);
    return (await tx.findOneBy(PartnerInvitationEntity, { id }))!;
  }

  /** In `tx` when given (a unit of work that must not wait on a second connection). */
  membershipOf(subject: string, tx?: Tx): Promise<PartnerMembershipEntity | null> {
    return (tx ? tx.getRepository(PartnerMembershipEntity) : this.memberships).findOneBy({ subject });
  }

  async insertMembership(tx: Tx, membership: PartnerMembershipEntity): Promise<PartnerMembershipEntity> {
    await tx.insert(PartnerMembershipEntity, membership);
    return (await tx.findOneBy(PartnerMembershipEntity, { id: membership.id }))!;
  }

  findBrokerageForUpdate(tx: Tx, id: string): Promise<PartnerBrokerageEntity | null> {
    return tx.findOne(PartnerBrokerageEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether the pair has a brokerage in force on `day` or later (open-ended, or ending on or after it). */
  openBrokerageExists(tx: Tx, intermediaryPartnerId: string, employerPartnerId: string, day: string): Promise<boolean> {
    return tx
      .getRepository(PartnerBrokerageEntity)
      .createQueryBuilder('b')
      .where('b.intermediary_partner_id = :intermediaryPartnerId AND b.employer_partner_id = :employerPartnerId', {
        intermediaryPartnerId,
        employerPartnerId,
      })
      .andWhere('(b.until IS NULL OR b.until >= :day)', { day })
      .getExists();
  }

  async insertBrokerage(tx: Tx, brokerage: PartnerBrokerageEntity): Promise<PartnerBrokerageEntity> {
    await tx.insert(PartnerBrokerageEntity, brokerage);
    return (await tx.findOneBy(PartnerBrokerageEntity, { id: brokerage.id }))!;
  }

  async endBrokerage(tx: Tx, id: string, until: string): Promise<PartnerBrokerageEntity> {
    await tx.update(PartnerBrokerageEntity, { id }, { until });
    return (await tx.findOneBy(PartnerBrokerageEntity, { id }))!;
  }

  /** The employers an intermediary brokers on `day`, in one statement. */
  async brokeredOn(intermediaryPartnerId: string, day: string): Promise<string[]> {
    const rows = await this.brokerages
      .createQueryBuilder('b')
      .select('DISTINCT b.employer_partner_id', 'employer')
      .where('b.intermediary_partner_id = :intermediaryPartnerId', { intermediaryPartnerId })
      .andWhere('b.since <= :day AND (b.until IS NULL OR b.until >= :day)', { day })
      .orderBy('b.employer_partner_id')
      .getRawMany<{ employer: string }>();
    return rows.map((row) => row.employer);
  }

  /** The same page of each partner's brokerages on one side, one statement for all of them. */
  pageBrokerages(side: BrokerageSide, partnerIds: readonly string[], page: PageRequest): Promise<PartnerBrokerageEntity[]> {
    return applyKeysetPerParent(this.brokerages.createQueryBuilder('b'), SIDE_COLUMN[side], partnerIds, BROKERAGE_ORDER, page).getMany();
  }

  countBrokerages(side: BrokerageSide, partnerIds: readonly string[]): Promise<Map<string, number>> {
    return countPerParent(this.brokerages.createQueryBuilder('b'), SIDE_COLUMN[side], partnerIds);
  }
}
