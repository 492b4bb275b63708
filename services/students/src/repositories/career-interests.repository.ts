import type { DataSource, Repository } from 'typeorm';
import { In } from 'typeorm';
import { CareerInterestsEntity } from '../entities/career-interests.entity';

export class CareerInterestsRepository {
  private readonly repository: Repository<CareerInterestsEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(CareerInterestsEntity);
  }

  async findByStudentIds(studentIds: readonly string[]): Promise<Map<string, CareerInterestsEntity>> {
    const rows = await this.repository.findBy({ studentId: In([...studentIds]) });
    return new Map(rows.map((row) => [row.studentId, row]));
  }

  /** Replaces the student's row in one statement; returns it as stored. */
  async save(interests: CareerInterestsEntity): Promise<CareerInterestsEntity> {
    await this.repository.upsert(interests, { conflictPaths: ['studentId'] });
    return (await this.repository.findOneBy({ studentId: interests.studentId }))!;
  }
}
