import { EntityReader, applyKeyset, likePrefix, type PageRequest } from '@careergraph/kit';
import { type DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import { SchoolEntity } from '../entities/school.entity';
import type { SchoolKind } from '../generated/graphql';

export interface SchoolQuery {
  kind?: SchoolKind;
  network?: string;
  gradeLevel?: number;
  search?: string;
}

const ORDER = ['sc.name', 'sc.id'];

export class SchoolRepository {
  private readonly repository: Repository<SchoolEntity>;
  /** Its loaders' batches, on prepared SQL. */
  private readonly reader: EntityReader<SchoolEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(SchoolEntity);
    this.reader = new EntityReader(dataSource, SchoolEntity);
  }

  static cursorOf(school: SchoolEntity): string[] {
    return [school.name, school.id];
  }

  findByIds(ids: readonly string[]): Promise<SchoolEntity[]> {
    return this.reader.byIds(ids);
  }

  page(query: SchoolQuery, page: PageRequest): Promise<SchoolEntity[]> {
    return this.reader.many(applyKeyset(this.filtered(query), ORDER, page));
  }

  count(query: SchoolQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  private filtered(query: SchoolQuery): SelectQueryBuilder<SchoolEntity> {
    const qb = this.repository.createQueryBuilder('sc');
    if (query.kind) qb.andWhere('sc.kind = :kind', { kind: query.kind });
    if (query.network) qb.andWhere('sc.network = :network', { network: query.network });
    if (query.gradeLevel !== undefined) {
      qb.andWhere(':grade BETWEEN sc.grade_low AND sc.grade_high', { grade: query.gradeLevel });
    }
    if (query.search?.trim()) qb.andWhere('lower(sc.name) LIKE :prefix', { prefix: likePrefix(query.search.trim()) });
    return qb;
  }
}
