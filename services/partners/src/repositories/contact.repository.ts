import { EntityReader, type Tx } from '@careergraph/kit';
import { type DataSource, In, type Repository } from 'typeorm';
import { PartnerContactEntity } from '../entities/partner-contact.entity';

export class ContactRepository {
  private readonly contacts: Repository<PartnerContactEntity>;
  /** Its loaders' batches, on prepared SQL. */
  private readonly reader: EntityReader<PartnerContactEntity>;

  constructor(dataSource: DataSource) {
    this.contacts = dataSource.getRepository(PartnerContactEntity);
    this.reader = new EntityReader(dataSource, PartnerContactEntity);
  }

  findByIds(ids: readonly string[]): Promise<PartnerContactEntity[]> {
    return this.reader.byIds(ids);
  }

  findById(id: string): Promise<PartnerContactEntity | null> {
    return this.contacts.findOneBy({ id });
  }

  findByPartnerIds(partnerIds: readonly string[]): Promise<PartnerContactEntity[]> {
    return this.contacts.find({
      where: { partnerId: In([...partnerIds]) },
      order: { lastName: 'ASC', firstName: 'ASC', id: 'ASC' },
    });
  }

  async insert(contact: PartnerContactEntity): Promise<PartnerContactEntity> {
    await this.contacts.insert(contact);
    return (await this.findById(contact.id))!;
  }

  /** In the caller's transaction (a partner registered with its first contact). */
  async insertIn(tx: Tx, contact: PartnerContactEntity): Promise<void> {
    await tx.insert(PartnerContactEntity, contact);
  }

  async update(id: string, changes: Partial<PartnerContactEntity>): Promise<PartnerContactEntity | null> {
    await this.contacts.update({ id }, { ...changes, updatedAt: new Date() });
    return this.findById(id);
  }
}
