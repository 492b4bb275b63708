import { applyKeyset, type AuditEvent, AuditTrail, type PageRequest } from '@careergraph/kit';
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
  /** Scope: only this partner (a PARTNER_USER's own). */
  onlyId?: string;
  /** Scope: only partners with a PUBLISHED opportunity (what a STUDENT may apply to). */
  withPublishedOpportunity?: boolean;
}

/** Builds a partner's audit event from the partner before and after a change. */
export type PartnerAudit = (before: PartnerEntity | null, after: PartnerEntity) => AuditEvent;

const ORDER = ['p.name', 'p.id'];

export class PartnerRepository {
  private readonly partners: Repository<PartnerEntity>;
  private readonly changes: Repository<PartnerStatusChangeEntity>;
  private readonly audit = new AuditTrail('partners');

  constructor(private readonly dataSource: DataSource) {
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

  /** The partner, its first history entry and its audit event, together or not at all. */
  async insertWithHistory(partner: PartnerEntity, change: PartnerStatusChangeEntity, audit: PartnerAudit): Promise<PartnerEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.insert(PartnerEntity, partner);
      await manager.insert(PartnerStatusChangeEntity, change);
      const created = (await manager.findOneBy(PartnerEntity, { id: partner.id }))!;
      await this.audit.record(manager, [audit(null, created)]);
      return created;
    });
  }

  async update(id: string, changes: Partial<PartnerEntity>): Promise<PartnerEntity | null> {
    await this.partners.update({ id }, { ...changes, updatedAt: new Date() });
    return this.findById(id);
  }

  /**
   * Moves the partner from `change.fromStatus` to `change.toStatus`, appends the history row and
   * the audit event in one transaction. The row is locked first, so `before` is exactly what the
   * change replaced. Returns null when the status changed meanwhile (nothing is written then).
   */
  async changeStatus(change: PartnerStatusChangeEntity, audit: PartnerAudit): Promise<PartnerEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(PartnerEntity, { where: { id: change.partnerId }, lock: { mode: 'pessimistic_write' } });
      if (!before || before.status !== change.fromStatus) return null;
      await manager.update(PartnerEntity, { id: change.partnerId }, { status: change.toStatus, updatedAt: new Date() });
      await manager.insert(PartnerStatusChangeEntity, change);
      const after = (await manager.findOneBy(PartnerEntity, { id: change.partnerId }))!;
      await this.audit.record(manager, [audit(before, after)]);
      return after;
    });
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
    if (query.onlyId) qb.andWhere('p.id = :onlyId', { onlyId: query.onlyId });
    if (query.withPublishedOpportunity) {
      qb.andWhere(`EXISTS (SELECT 1 FROM partners.opportunities o WHERE o.partner_id = p.id AND o.status = 'PUBLISHED')`);
    }
    whereWordPrefix(qb, 'p.name', query.search);
    return qb;
  }
}
