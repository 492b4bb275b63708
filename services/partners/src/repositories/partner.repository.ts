import { applyKeyset, type PageRequest, type RowFilter, type Tx } from '@careergraph/kit';
import { type DataSource, In, Not, type Repository, type SelectQueryBuilder } from 'typeorm';
import { PartnerStatusChangeEntity } from '../entities/partner-status-change.entity';
import { PartnerEntity } from '../entities/partner.entity';
import type { CareerCluster, PartnerKind, PartnerStatus } from '../generated/graphql';
import { whereWordPrefix } from './word-prefix';

export interface PartnerQuery {
  kind?: PartnerKind;
  status?: PartnerStatus;
  careerCluster?: CareerCluster;
  search?: string;
  /** The caller's reach (the policy's partner scope), applied in SQL. */
  scope?: RowFilter;
}

const ORDER = ['p.name', 'p.id'];

export class PartnerRepository {
  private readonly partners: Repository<PartnerEntity>;
  private readonly changes: Repository<PartnerStatusChangeEntity>;

  constructor(dataSource: DataSource) {
    this.partners = dataSource.getRepository(PartnerEntity);
    this.changes = dataSource.getRepository(PartnerStatusChangeEntity);
  }

  static cursorOf(partner: PartnerEntity): string[] {
    return [partner.name, partner.id];
  }

  findByIds(ids: readonly string[]): Promise<PartnerEntity[]> {
    return this.partners.findBy({ id: In([...ids]) });
  }

  findById(id: string): Promise<PartnerEntity | null> {
    return this.partners.findOneBy({ id });
  }

  /** Whether another partner already has this name, ignoring case. */
  async nameTaken(name: string, exceptId?: string): Promise<boolean> {
    const qb = this.partners.createQueryBuilder('p').where('lower(p.name) = lower(:name)', { name });
    if (exceptId) qb.andWhere({ id: Not(exceptId) });
    return qb.getExists();
  }

  page(query: PartnerQuery, page: PageRequest): Promise<PartnerEntity[]> {
    return applyKeyset(this.filtered(query), ORDER, page).getMany();
  }

  count(query: PartnerQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /** The partner and its first history entry, in the caller's transaction. */
  async insertWithHistory(tx: Tx, partner: PartnerEntity, change: PartnerStatusChangeEntity): Promise<PartnerEntity> {
    await tx.insert(PartnerEntity, partner);
    await tx.insert(PartnerStatusChangeEntity, change);
    return (await tx.findOneBy(PartnerEntity, { id: partner.id }))!;
  }

  async update(id: string, changes: Partial<PartnerEntity>): Promise<PartnerEntity | null> {
    await this.partners.update({ id }, { ...changes, updatedAt: new Date() });
    return this.findById(id);
  }

  /** Reads and locks the row until the transaction ends, so its audit "before" is what the change replaced. */
  findByIdForUpdate(tx: Tx, id: string): Promise<PartnerEntity | null> {
    return tx.findOne(PartnerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Moves the partner to `change.toStatus` and appends the history row, in the caller's transaction. */
  async changeStatus(tx: Tx, change: PartnerStatusChangeEntity): Promise<PartnerEntity> {
    await tx.update(PartnerEntity, { id: change.partnerId }, { status: change.toStatus, updatedAt: new Date() });
    await tx.insert(PartnerStatusChangeEntity, change);
    return (await tx.findOneBy(PartnerEntity, { id: change.partnerId }))!;
  }

  /** Status histories of a batch of partners, oldest first. */
  historyFor(partnerIds: readonly string[]): Promise<PartnerStatusChangeEntity[]> {
    return this.changes.find({ where: { partnerId: In([...partnerIds]) }, order: { changedAt: 'ASC', id: 'ASC' } });
  }

  private filtered(query: PartnerQuery): SelectQueryBuilder<PartnerEntity> {
    const qb = this.partners.createQueryBuilder('p');
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.careerCluster) qb.andWhere('p.career_clusters @> ARRAY[:cluster]::text[]', { cluster: query.careerCluster });
    query.scope?.applyTo(qb, 'p');
    whereWordPrefix(qb, 'p.name', query.search);
    return qb;
  }
}
