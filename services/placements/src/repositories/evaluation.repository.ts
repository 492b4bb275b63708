import type { Tx } from '@careergraph/kit';
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

  /** The placements' evaluations, or only those changed after `changedSince`. */
  evaluationsByPlacementIds(placementIds: readonly string[], changedSince: Date | null): Promise<EvaluationEntity[]> {
    const qb = this.evaluations.createQueryBuilder('e').where('e.placement_id IN (:...placementIds)', { placementIds });
    if (changedSince) qb.andWhere('e.updated_at > :changedSince', { changedSince });
    // Alphabetical order would put FINAL first; the schema promises MIDPOINT first.
    return qb.orderBy(`CASE e.kind WHEN 'MIDPOINT' THEN 0 ELSE 1 END`).getMany();
  }

  async insertEvaluation(tx: Tx, evaluation: EvaluationEntity): Promise<EvaluationEntity> {
    await tx.getRepository(EvaluationEntity).insert(evaluation);
    return (await tx.getRepository(EvaluationEntity).findOneBy({ id: evaluation.id }))!;
  }

  reflectionsByPlacementIds(placementIds: readonly string[]): Promise<ReflectionEntity[]> {
    return this.reflections.findBy({ placementId: In([...placementIds]) });
  }

  /** The reflection as it is, locked until the transaction ends (null when there is none yet). */
  reflectionForUpdate(tx: Tx, placementId: string): Promise<ReflectionEntity | null> {
    return tx.getRepository(ReflectionEntity).findOne({ where: { placementId }, lock: { mode: 'pessimistic_write' } });
  }

  async upsertReflection(tx: Tx, reflection: ReflectionEntity): Promise<ReflectionEntity> {
    await tx.getRepository(ReflectionEntity).upsert(reflection, ['placementId']);
    return (await tx.getRepository(ReflectionEntity).findOneBy({ placementId: reflection.placementId }))!;
  }
}
