import { EntityReader, applyKeyset, applyKeysetPerParent, countPerParent, type PageRequest, type RowFilter, type Tx } from '@careergraph/kit';
import { type DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import { OpportunityEntity } from '../entities/opportunity.entity';
import type { CareerCluster, CedsWblType, OpportunityStatus, WblContinuumType } from '../generated/graphql';
import { whereWordPrefix } from './word-prefix';

export interface OpportunityQuery {
  status?: OpportunityStatus;
  partnerId?: string;
  careerCluster?: CareerCluster;
  continuumType?: WblContinuumType;
  cedsType?: CedsWblType;
  programId?: string;
  openOn?: string;
  search?: string;
  /** The caller's reach (the policy's opportunity scope), on top of the filters, applied in SQL. */
  scope?: RowFilter;
}

const ORDER = ['o.start_date', 'o.title', 'o.id'];

export class OpportunityRepository {
  private readonly opportunities: Repository<OpportunityEntity>;
  /** Its loaders' batches, on prepared SQL. */
  private readonly reader: EntityReader<OpportunityEntity>;

  constructor(dataSource: DataSource) {
    this.opportunities = dataSource.getRepository(OpportunityEntity);
    this.reader = new EntityReader(dataSource, OpportunityEntity);
  }

  static cursorOf(opportunity: OpportunityEntity): string[] {
    return [opportunity.startDate, opportunity.title, opportunity.id];
  }

  findByIds(ids: readonly string[]): Promise<OpportunityEntity[]> {
    return this.reader.byIds(ids);
  }

  findById(id: string): Promise<OpportunityEntity | null> {
    return this.opportunities.findOneBy({ id });
  }

  page(query: OpportunityQuery, page: PageRequest): Promise<OpportunityEntity[]> {
    return this.reader.many(applyKeyset(this.filtered(query), ORDER, page));
  }

  count(query: OpportunityQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /** The same page of each partner's opportunities, one statement for all of them. */
  pageByPartners(partnerIds: readonly string[], query: OpportunityQuery, page: PageRequest): Promise<OpportunityEntity[]> {
    return this.reader.many(applyKeysetPerParent(this.filtered(query), 'o.partner_id', partnerIds, ORDER, page));
  }

  countByPartners(partnerIds: readonly string[], query: OpportunityQuery): Promise<Map<string, number>> {
    return countPerParent(this.filtered(query), 'o.partner_id', partnerIds);
  }

  /** Which of these partners have at least one PUBLISHED opportunity, in one statement. */
  async partnersPublishing(partnerIds: readonly string[]): Promise<Map<string, boolean>> {
    const rows: { partner_id: string }[] = await this.opportunities
      .createQueryBuilder('o')
      .select('DISTINCT o.partner_id', 'partner_id')
      .where('o.partner_id IN (:...partnerIds)', { partnerIds: [...partnerIds] })
      .andWhere(`o.status = 'PUBLISHED'`)
      .getRawMany();
    return new Map(rows.map((row) => [row.partner_id, true]));
  }

  async insert(opportunity: OpportunityEntity): Promise<OpportunityEntity> {
    await this.opportunities.insert(opportunity);
    return (await this.findById(opportunity.id))!;
  }

  /**
   * Applies the changes only while the opportunity still has `expectedStatus`, so a concurrent
   * publish or close cannot be overwritten. Returns null when it no longer has that status. In
   * `tx` when given (a unit of work that records the change's event with it).
   */
  async updateWhileStatus(
    id: string,
    expectedStatus: OpportunityStatus,
    changes: Partial<OpportunityEntity>,
    tx?: Tx,
  ): Promise<OpportunityEntity | null> {
    const opportunities = tx ? tx.getRepository(OpportunityEntity) : this.opportunities;
    const result = await opportunities.update({ id, status: expectedStatus }, { ...changes, updatedAt: new Date() });
    return result.affected ? opportunities.findOneBy({ id }) : null;
  }

  private filtered(query: OpportunityQuery): SelectQueryBuilder<OpportunityEntity> {
    const qb = this.opportunities.createQueryBuilder('o');
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.partnerId) qb.andWhere('o.partner_id = :partnerId', { partnerId: query.partnerId });
    if (query.careerCluster) qb.andWhere('o.career_cluster = :cluster', { cluster: query.careerCluster });
    if (query.continuumType) qb.andWhere('o.continuum_type = :continuumType', { continuumType: query.continuumType });
    if (query.cedsType) qb.andWhere('o.ceds_type = :cedsType', { cedsType: query.cedsType });
    if (query.programId) qb.andWhere('o.program_id = :programId', { programId: query.programId });
    if (query.openOn) {
      qb.andWhere(`o.status = 'PUBLISHED' AND o.start_date <= :openOn AND o.end_date >= :openOn`, { openOn: query.openOn });
    }
    query.scope?.applyTo(qb, 'o');
    whereWordPrefix(qb, 'o.title', query.search);
    return qb;
  }
}
