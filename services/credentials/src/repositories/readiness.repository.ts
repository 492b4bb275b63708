import type { Tx } from '@careergraph/kit';
import { type DataSource, In, type Repository } from 'typeorm';
import { ReadinessDeterminationEntity } from '../entities/readiness-determination.entity';

export class ReadinessRepository {
  private readonly repository: Repository<ReadinessDeterminationEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(ReadinessDeterminationEntity);
  }

  /** Determinations of a batch of students, latest first (by date, then by when recorded). */
  findByStudentIds(studentIds: readonly string[]): Promise<ReadinessDeterminationEntity[]> {
    return this.repository.find({
      where: { studentId: In([...studentIds]) },
      order: { asOf: 'DESC', createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** Inserts the determination in the caller's transaction and reads it back. */
  async insert(tx: Tx, determination: ReadinessDeterminationEntity): Promise<ReadinessDeterminationEntity> {
    await tx.insert(ReadinessDeterminationEntity, determination);
    return (await tx.findOneBy(ReadinessDeterminationEntity, { id: determination.id }))!;
  }
}
