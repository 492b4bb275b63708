import { EntityReader } from '@careergraph/kit';
import { type DataSource, In, type Repository } from 'typeorm';
import { WorksiteEntity } from '../entities/worksite.entity';

export class WorksiteRepository {
  private readonly worksites: Repository<WorksiteEntity>;
  /** Its loaders' batches, on prepared SQL. */
  private readonly reader: EntityReader<WorksiteEntity>;

  constructor(dataSource: DataSource) {
    this.worksites = dataSource.getRepository(WorksiteEntity);
    this.reader = new EntityReader(dataSource, WorksiteEntity);
  }

  findByIds(ids: readonly string[]): Promise<WorksiteEntity[]> {
    return this.reader.byIds(ids);
  }

  findById(id: string): Promise<WorksiteEntity | null> {
    return this.worksites.findOneBy({ id });
  }

  findByPartnerIds(partnerIds: readonly string[]): Promise<WorksiteEntity[]> {
    return this.worksites.find({ where: { partnerId: In([...partnerIds]) }, order: { name: 'ASC', id: 'ASC' } });
  }

  async insert(worksite: WorksiteEntity): Promise<WorksiteEntity> {
    await this.worksites.insert(worksite);
    return (await this.findById(worksite.id))!;
  }

  async update(id: string, changes: Partial<WorksiteEntity>): Promise<WorksiteEntity | null> {
    await this.worksites.update({ id }, { ...changes, updatedAt: new Date() });
    return this.findById(id);
  }
}
