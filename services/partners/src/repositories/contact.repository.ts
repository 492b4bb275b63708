import { type DataSource, In, type Repository } from 'typeorm';
import { PartnerContactEntity } from '../entities/partner-contact.entity';

export class ContactRepository {
  private readonly contacts: Repository<PartnerContactEntity>;

  constructor(dataSource: DataSource) {
    this.contacts = dataSource.getRepository(PartnerContactEntity);
  }

  findByIds(ids: readonly string[]): Promise<PartnerContactEntity[]> {
    return this.contacts.findBy({ id: In([...ids]) });
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

  async update(id: string, changes: Partial<PartnerContactEntity>): Promise<PartnerContactEntity | null> {
    await this.contacts.update({ id }, { ...changes, updatedAt: new Date() });
    return this.findById(id);
  }
}
