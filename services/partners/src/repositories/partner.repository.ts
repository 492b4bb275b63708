import { EntityReader, applyKeyset, type PageRequest, type RowFilter, type Tx } from '@careergraph/kit';
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
  /** Its loaders' batches, on prepared SQL. */
  private readonly reader: EntityReader<PartnerEntity>;
  private readonly changes: Repository<PartnerStatusChangeEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.partners = dataSource.getRepository(PartnerEntity);
    this.reader = new EntityReader(dataSource, PartnerEntity);
    this.changes = dataSource.getRepository(PartnerStatusChangeEntity);
  }

  /** Insurance, agreements and cleared background checks of VETTING and ACTIVE partners expiring in [from, to], in one statement. */
  async expiringCompliance(from: string, to: string): Promise<ExpiringComplianceRow[]> {
    const rows: { kind: string; partner_id: string; partner_name: string; contact_id: string | null; contact_name: string | null; expires_on: string }[] =
      await this.dataSource.query(
        `WITH live AS (SELECT * FROM partners.partners WHERE status IN ('VETTING', 'ACTIVE'))
         SELECT 'INSURANCE' AS kind, id AS partner_id, name AS partner_name, NULL::uuid AS contact_id, NULL AS contact_name, insurance_expires_on::text AS expires_on
           FROM live WHERE insurance_expires_on BETWEEN $1 AND $2
         UNION ALL
         SELECT 'AGREEMENT', id, name, NULL, NULL, agreement_expires_on::text FROM live WHERE agreement_expires_on BETWEEN $1 AND $2
         UNION ALL
         SELECT 'BACKGROUND_CHECK', live.id, live.name, c.id, c.first_name || ' ' || c.last_name, c.clearance_expires_on::text
           FROM partners.partner_contacts c JOIN live ON live.id = c.partner_id
          WHERE c.clearance_status = 'CLEARED' AND c.clearance_expires_on BETWEEN $1 AND $2
         ORDER BY expires_on, partner_name, kind`,
        [from, to],
      );
    return rows.map((r) => ({
      kind: r.kind,
      partnerId: r.partner_id,
      partnerName: r.partner_name,
      contactId: r.contact_id,
      contactName: r.contact_name,
      expiresOn: r.expires_on,
    }));
  }

  static cursorOf(partner: PartnerEntity): string[] {
    return [partner.name, partner.id];
  }

  findByIds(ids: readonly string[]): Promise<PartnerEntity[]> {
    return this.reader.byIds(ids);
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
    return this.reader.many(applyKeyset(this.filtered(query), ORDER, page));
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

export interface ExpiringComplianceRow {
  kind: string;
  partnerId: string;
  partnerName: string;
  contactId: string | null;
  contactName: string | null;
  expiresOn: string;
}
