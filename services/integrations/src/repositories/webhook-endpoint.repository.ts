import { applyKeyset, applyKeysetPerParent, countPerParent, type PageRequest, type RowFilter, type Tx } from '@careergraph/kit';
import { type DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';

export interface WebhookEndpointQuery {
  partnerId?: string;
  /** The caller's reach (the policy's endpoint scope), applied in SQL. */
  scope: RowFilter;
}

export class WebhookEndpointRepository {
  private readonly endpoints: Repository<WebhookEndpointEntity>;

  constructor(dataSource: DataSource) {
    this.endpoints = dataSource.getRepository(WebhookEndpointEntity);
  }

  static cursorOf(endpoint: WebhookEndpointEntity): number[] {
    return [endpoint.sequence];
  }

  findByIds(ids: readonly string[]): Promise<WebhookEndpointEntity[]> {
    return this.endpoints.findBy({ id: In([...ids]) });
  }

  page(query: WebhookEndpointQuery, page: PageRequest): Promise<WebhookEndpointEntity[]> {
    return applyKeyset(this.filtered(query), ['w.sequence'], page).getMany();
  }

  count(query: WebhookEndpointQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /** Up to a page of endpoints per partner, in one statement (the Partner.webhookEndpoints loader). */
  pageByPartners(partnerIds: readonly string[], scope: RowFilter, page: PageRequest): Promise<WebhookEndpointEntity[]> {
    return applyKeysetPerParent(this.filtered({ scope }), 'w.partner_id', partnerIds, ['w.sequence'], page).getMany();
  }

  countByPartners(partnerIds: readonly string[], scope: RowFilter): Promise<Map<string, number>> {
    return countPerParent(this.filtered({ scope }), 'w.partner_id', partnerIds);
  }

  async insert(tx: Tx, endpoint: Omit<WebhookEndpointEntity, 'sequence'>): Promise<WebhookEndpointEntity> {
    await tx.insert(WebhookEndpointEntity, endpoint);
    return (await tx.findOneBy(WebhookEndpointEntity, { id: endpoint.id }))!;
  }

  /** Reads and locks the row until the transaction ends, so its audit "before" is what the change replaced. */
  findByIdForUpdate(tx: Tx, id: string): Promise<WebhookEndpointEntity | null> {
    return tx.findOne(WebhookEndpointEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(tx: Tx, id: string, changes: Partial<WebhookEndpointEntity>): Promise<WebhookEndpointEntity> {
    await tx.update(WebhookEndpointEntity, { id }, { ...changes, updatedAt: new Date() });
    return (await tx.findOneBy(WebhookEndpointEntity, { id }))!;
  }

  /** The sealed signing secrets of these endpoints, by id (the only read of that column). */
  async sealedSecrets(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.endpoints
      .createQueryBuilder('w')
      .select(['w.id', 'w.secretCiphertext'])
      .where({ id: In([...ids]) })
      .getMany();
    return new Map(rows.map((row) => [row.id, row.secretCiphertext!]));
  }

  private filtered(query: WebhookEndpointQuery): SelectQueryBuilder<WebhookEndpointEntity> {
    const qb = this.endpoints.createQueryBuilder('w');
    if (query.partnerId) qb.andWhere('w.partner_id = :partnerId', { partnerId: query.partnerId });
    query.scope.applyTo(qb, 'w');
    return qb;
  }
}
