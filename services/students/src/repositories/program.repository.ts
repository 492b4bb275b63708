import { EntityReader } from '@careergraph/kit';
import { type DataSource, In, type Repository } from 'typeorm';
import { ProgramSchoolEntity } from '../entities/program-school.entity';
import { ProgramEntity } from '../entities/program.entity';
import type { CareerCluster, Department } from '../generated/graphql';

export interface ProgramQuery {
  department?: Department;
  careerCluster?: CareerCluster;
  schoolId?: string;
}

export class ProgramRepository {
  private readonly programs: Repository<ProgramEntity>;
  /** Its loaders' batches, on prepared SQL. */
  private readonly programReader: EntityReader<ProgramEntity>;
  private readonly offerings: Repository<ProgramSchoolEntity>;

  constructor(dataSource: DataSource) {
    this.programs = dataSource.getRepository(ProgramEntity);
    this.programReader = new EntityReader(dataSource, ProgramEntity);
    this.offerings = dataSource.getRepository(ProgramSchoolEntity);
  }

  findByIds(ids: readonly string[]): Promise<ProgramEntity[]> {
    return this.programReader.byIds(ids);
  }

  list(query: ProgramQuery): Promise<ProgramEntity[]> {
    const qb = this.programs.createQueryBuilder('p').orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC');
    if (query.department) qb.andWhere('p.department = :department', { department: query.department });
    if (query.careerCluster) qb.andWhere('p.career_cluster = :cluster', { cluster: query.careerCluster });
    if (query.schoolId) {
      qb.andWhere('EXISTS (SELECT 1 FROM students.program_schools ps WHERE ps.program_id = p.id AND ps.school_id = :schoolId)', {
        schoolId: query.schoolId,
      });
    }
    return qb.getMany();
  }

  /** Offerings (program, school pairs) for a batch of schools. */
  offeringsForSchools(schoolIds: readonly string[]): Promise<ProgramSchoolEntity[]> {
    return this.offerings.findBy({ schoolId: In([...schoolIds]) });
  }

  offeringsForPrograms(programIds: readonly string[]): Promise<ProgramSchoolEntity[]> {
    return this.offerings.findBy({ programId: In([...programIds]) });
  }

  async isOffered(programId: string, schoolId: string): Promise<boolean> {
    return this.offerings.existsBy({ programId, schoolId });
  }
}
