import { type DataSource, In, type Repository } from 'typeorm';
import { EvaluationEntity } from '../entities/evaluation.entity';
import { ReflectionEntity } from '../entities/reflection.entity';

export class EvaluationRepository {
  private readonly evaluations: Repository<EvaluationEntity>;
  private readonly reflections: Repository<ReflectionEntity>;

  constructor(dataSource: DataSource) {
    this.evaluations = dataSource.getRepository(EvaluationEntity);
    this.reflections = dataSource.getRepository(ReflectionEntity);
  }

  evaluationsByPlacementIds(placementIds: readonly string[]): Promise<EvaluationEntity[]> {
    // Alphabetical order would put FINAL first; the schema promises MIDPOINT first.
    return this.evaluations
      .createQueryBuilder('e')
      .where('e.placement_id IN (:...placementIds)', { placementIds })
      .orderBy(`CASE e.kind WHEN 'MIDPOINT' THEN 0 ELSE 1 END`)
      .getMany();
  }

  async insertEvaluation(evaluation: EvaluationEntity): Promise<EvaluationEntity> {
    await this.evaluations.insert(evaluation);
    return (await this.evaluations.findOneBy({ id: evaluation.id }))!;
  }

  reflectionsByPlacementIds(placementIds: readonly string[]): Promise<ReflectionEntity[]> {
    return this.reflections.findBy({ placementId: In([...placementIds]) });
  }

  async upsertReflection(reflection: ReflectionEntity): Promise<ReflectionEntity> {
    await this.reflections.upsert(reflection, ['placementId']);
    return (await this.reflections.findOneBy({ placementId: reflection.placementId }))!;
  }
}
