import { applyKeyset, type PageRequest, type RowFilter, type Tx } from '@careergraph/kit';
import { type DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { ExperienceEntity } from '../entities/experience.entity';
import type { ExperienceKind, ExperienceStatus } from '../generated/graphql';

export interface ExperienceQuery {
  /** The school's experiences and the district-wide ones. */
  schoolId?: string;
  kind?: ExperienceKind;
  from?: Date;
  to?: Date;
  status?: ExperienceStatus;
  /** A student's eligibility: open to this grade and (when school-based) this school. */
  openTo?: { gradeLevel: number; schoolId: string };
  /** The caller's reach (the policy's experience scope), on top of the filters, applied in SQL. */
  scope: RowFilter;
}

const ORDER = ['e.starts_at', 'e.id'];

export class ExperienceRepository {
  private readonly repository: Repository<ExperienceEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(ExperienceEntity);
  }

  static cursorOf(experience: ExperienceEntity): string[] {
    return [experience.startsAt.toISOString(), experience.id];
  }

  findById(id: string): Promise<ExperienceEntity | null> {
    return this.repository.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<ExperienceEntity[]> {
    return this.repository.findBy({ id: In([...ids]) });
  }

  /** The experience, locked until the transaction ends (status changes and seat counts serialize on it). */
  findByIdForUpdate(tx: Tx, id: string): Promise<ExperienceEntity | null> {
    return tx.getRepository(ExperienceEntity).createQueryBuilder('e').where('e.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  page(query: ExperienceQuery, page: PageRequest): Promise<ExperienceEntity[]> {
    return applyKeyset(this.filtered(query), ORDER, page).getMany();
  }

  count(query: ExperienceQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  async insert(tx: Tx, experience: ExperienceEntity): Promise<ExperienceEntity> {
    await tx.insert(ExperienceEntity, experience);
    return experience;
  }

  async update(tx: Tx, id: string, changes: Partial<ExperienceEntity>): Promise<ExperienceEntity> {
    await tx.update(ExperienceEntity, { id }, changes);
    return (await tx.findOneBy(ExperienceEntity, { id }))!;
  }

  private filtered(query: ExperienceQuery): SelectQueryBuilder<ExperienceEntity> {
    const qb = this.repository.createQueryBuilder('e');
    if (query.schoolId) qb.andWhere('(e.school_id = :schoolId OR e.school_id IS NULL)', { schoolId: query.schoolId });
    if (query.kind) qb.andWhere('e.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.from) qb.andWhere('e.starts_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.starts_at < :to', { to: query.to });
    if (query.openTo) {
      qb.andWhere(':grade = ANY(e.grade_levels)', { grade: query.openTo.gradeLevel });
      qb.andWhere('(e.school_id IS NULL OR e.school_id = :ownSchool)', { ownSchool: query.openTo.schoolId });
    }
    return query.scope.applyTo(qb, 'e');
  }
}
