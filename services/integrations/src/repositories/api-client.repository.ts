import type { RowFilter, Tx } from '@careergraph/kit';
import type { DataSource, Repository } from 'typeorm';
import { ApiClientEntity } from '../entities/api-client.entity';

export interface ApiClientQuery {
  /** Only these partners' clients (one partner's list, or a batch of Partner.apiClients). */
  partnerIds?: readonly string[];
  includeRevoked: boolean;
}

export class ApiClientRepository {
  private readonly clients: Repository<ApiClientEntity>;

  constructor(dataSource: DataSource) {
    this.clients = dataSource.getRepository(ApiClientEntity);
  }

  async insert(tx: Tx, client: Omit<ApiClientEntity, 'createdAt'>): Promise<ApiClientEntity> {
    await tx.insert(ApiClientEntity, client);
    return this.lock(tx, client.id) as Promise<ApiClientEntity>;
  }

  /** The client, its row locked until the transaction ends (a rotation and a revocation do not interleave). */
  lock(tx: Tx, id: string): Promise<ApiClientEntity | null> {
    return tx.getRepository(ApiClientEntity).createQueryBuilder('c').where('c.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async update(tx: Tx, id: string, changes: Partial<Pick<ApiClientEntity, 'secretHash' | 'secretIssuedAt' | 'revokedAt'>>): Promise<ApiClientEntity> {
    await tx.update(ApiClientEntity, { id }, changes);
    return (await this.lock(tx, id))!;
  }

  /** An active client by its OAuth client_id, with its secret hash (for the token endpoint's check only). */
  activeWithSecret(clientId: string): Promise<ApiClientEntity | null> {
    return this.clients
      .createQueryBuilder('c')
      .addSelect('c.secretHash')
      .where('c.client_id = :clientId AND c.revoked_at IS NULL', { clientId })
      .getOne();
  }

  /** The clients the row filter lets the caller see, newest first. */
  list(query: ApiClientQuery, visible: RowFilter): Promise<ApiClientEntity[]> {
    const qb = visible.applyTo(this.clients.createQueryBuilder('c'), 'c');
    if (query.partnerIds) qb.andWhere('c.partner_id IN (:...partnerIds)', { partnerIds: [...query.partnerIds] });
    if (!query.includeRevoked) qb.andWhere('c.revoked_at IS NULL');
    return qb.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').getMany();
  }
}
