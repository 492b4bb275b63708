import { EntityReader, applyKeyset, likePrefix, type PageRequest } from '@careergraph/kit';
import { type DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { CredentialEntity } from '../entities/credential.entity';
import type { CareerCluster, CredentialType } from '../generated/graphql';

export interface CredentialQuery {
  type?: CredentialType;
  careerCluster?: CareerCluster;
  issuerId?: string;
  /** Matches the start of the name. */
  search?: string;
}

const ORDER = ['c.name', 'c.id'];

export class CredentialRepository {
  private readonly repository: Repository<CredentialEntity>;
  /** Its loaders' batches, on prepared SQL. */
  private readonly reader: EntityReader<CredentialEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(CredentialEntity);
    this.reader = new EntityReader(dataSource, CredentialEntity);
  }

  static cursorOf(credential: CredentialEntity): string[] {
    return [credential.name, credential.id];
  }

  findByIds(ids: readonly string[]): Promise<CredentialEntity[]> {
    return this.reader.byIds(ids);
  }

  findById(id: string): Promise<CredentialEntity | null> {
    return this.repository.findOneBy({ id });
  }

  findByCtid(ctid: string): Promise<CredentialEntity | null> {
    return this.repository.findOneBy({ ctid });
  }

  /** The catalog credentials of a batch of issuers, by name. */
  findByIssuerIds(issuerIds: readonly string[]): Promise<CredentialEntity[]> {
    return this.repository.find({ where: { issuerId: In([...issuerIds]) }, order: { name: 'ASC', id: 'ASC' } });
  }

  page(query: CredentialQuery, page: PageRequest): Promise<CredentialEntity[]> {
    return this.reader.many(applyKeyset(this.filtered(query), ORDER, page));
  }

  count(query: CredentialQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  async insert(credential: CredentialEntity): Promise<CredentialEntity> {
    await this.repository.insert(credential);
    return (await this.findById(credential.id))!;
  }

  async update(id: string, changes: Partial<CredentialEntity>): Promise<CredentialEntity | null> {
    await this.repository.update({ id }, { ...changes, updatedAt: new Date() });
    return this.findById(id);
  }

  private filtered(query: CredentialQuery): SelectQueryBuilder<CredentialEntity> {
    const qb = this.repository.createQueryBuilder('c');
    if (query.type) qb.andWhere('c.type = :type', { type: query.type });
    if (query.careerCluster) qb.andWhere('c.career_cluster = :careerCluster', { careerCluster: query.careerCluster });
    if (query.issuerId) qb.andWhere('c.issuer_id = :issuerId', { issuerId: query.issuerId });
    if (query.search) qb.andWhere('lower(c.name) LIKE :search', { search: likePrefix(query.search) });
    return qb;
  }
}
