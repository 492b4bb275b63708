import { ConflictError, integerInRange, NotFoundError, optionalText, parseId, requiredText, uniqueViolation, UserInputError } from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { PlacementsContext } from '../context';
import type { EvaluationEntity } from '../entities/evaluation.entity';
import type { PlacementEntity, PlacementStatus } from '../entities/placement.entity';
import type { ReflectionEntity } from '../entities/reflection.entity';
import type { RecordEvaluationInput, RecordReflectionInput } from '../generated/graphql';
import type { PlacementsRepositories } from '../repositories';
import { placementScope } from '../policy';
import { placementEvent } from './placement-events';

/** A student is evaluated on, and reflects on, work that has started. */
const EVALUATED: readonly PlacementStatus[] = ['ACTIVE', 'COMPLETED'];
const REFLECTED: readonly PlacementStatus[] = ['ACTIVE', 'COMPLETED', 'TERMINATED'];
const RATINGS = ['communication', 'collaboration', 'professionalism', 'problemSolving', 'technicalSkills'] as const;

export class EvaluationService {
  constructor(private readonly repositories: PlacementsRepositories) {}

  async recordEvaluation(
    input: RecordEvaluationInput,
    context: PlacementsContext,
  ): Promise<{ evaluation: EvaluationEntity; placement: PlacementEntity }> {
    const placement = await this.placementIn(input.placementId, EVALUATED, context);
    const ratings = Object.fromEntries(RATINGS.map((name) => [name, integerInRange(`input.${name}`, input[name], 1, 4)]));
    const evaluation = {
      id: randomUUID(),
      placementId: placement.id,
      kind: input.kind,
      ...ratings,
      comments: optionalText('input.comments', input.comments, 5000),
      evaluatedBy: context.caller.subject,
      evaluatedAt: new Date(),
    } as EvaluationEntity;
    try {
      const { unitOfWork, evaluations } = this.repositories;
      const recorded = await unitOfWork.transaction(context, 'recordEvaluation', async (tx, audit, emit) => {
        const created = await evaluations.insertEvaluation(tx, evaluation);
        audit({ entityType: 'Evaluation', entityId: created.id, action: 'CREATED', before: null, after: created });
        emit(placementEvent('evaluation.submitted', placement, { kind: created.kind }, { type: 'Evaluation', id: created.id }));
        return created;
      });
      return { evaluation: recorded, placement };
    } catch (error) {
      if (uniqueViolation(error) === 'UQ_evaluations_placement_kind') {
        throw new ConflictError(`the placement already has a ${input.kind} evaluation`, {
          field: 'input.kind',
          rule: 'EVALUATION_ALREADY_RECORDED',
        });
      }
      throw error;
    }
  }

  async recordReflection(
    input: RecordReflectionInput,
    context: PlacementsContext,
  ): Promise<{ reflection: ReflectionEntity; placement: PlacementEntity }> {
    const placement = await this.placementIn(input.placementId, REFLECTED, context);
    const text = requiredText('input.text', input.text, 5000);
    const { unitOfWork, evaluations } = this.repositories;
    const reflection = await unitOfWork.transaction(context, 'recordReflection', async (tx, audit) => {
      const before = await evaluations.reflectionForUpdate(tx, placement.id);
      const after = await evaluations.upsertReflection(tx, { placementId: placement.id, text, updatedAt: new Date() });
      const action = before ? 'UPDATED' : 'CREATED';
      audit({ entityType: 'Reflection', entityId: placement.id, action, before, after });
      return after;
    });
    return { reflection, placement };
  }

  private async placementIn(rawId: string, statuses: readonly PlacementStatus[], context: PlacementsContext): Promise<PlacementEntity> {
    const id = parseId('input.placementId', rawId);
    const placement = await this.repositories.placements.findById(id);
    if (!placement) throw new NotFoundError('Placement', id, 'input.placementId');
    await placementScope.require(context, placement, { field: 'input.placementId', what: `placement ${placement.id}` });
    if (!statuses.includes(placement.status)) {
      throw new UserInputError('input.placementId', `the placement is ${placement.status}; it must be ${statuses.join(' or ')}`, {
        rule: 'PLACEMENT_NOT_STARTED',
      });
    }
    return placement;
  }
}
