import { NotFoundError, parseId, requiredText, UserInputError } from '@careergraph/kit';
import type { StudentsSettings } from '../config/students-settings';
import type { StudentsContext } from '../context';
import type { CareerInterestsEntity } from '../entities/career-interests.entity';
import type { StudentEntity } from '../entities/student.entity';
import type { CareerCluster, InterestInventoryInput, UpdateCareerInterestsInput } from '../generated/graphql';
import type { StudentsRepositories } from '../repositories';
import { studentScope } from '../policy';

/** A student ranks at most this many clusters: a short list keeps the ranking meaningful. */
export const MAX_RANKED_CLUSTERS = 5;

export class CareerInterestsService {
  constructor(
    private readonly repositories: StudentsRepositories,
    private readonly settings: Pick<StudentsSettings, 'today'>,
  ) {}

  /**
   * Replaces the student's ranked clusters; the inventory result is replaced when given, cleared
   * with null, kept when omitted. The student themself or staff of their school (the policy's
   * scope); every check runs before the one write.
   */
  async update(input: UpdateCareerInterestsInput, context: StudentsContext): Promise<StudentEntity> {
    const id = parseId('input.studentId', input.studentId);
    const student = await this.repositories.students.findById(id);
    if (!student) throw new NotFoundError('Student', id, 'input.studentId');
    await studentScope.require(context, student, { field: 'input.studentId', what: `student ${id}` });
    const clusters = rankedClusters('input.clusters', input.clusters);
    if (clusters.length > MAX_RANKED_CLUSTERS) {
      throw new UserInputError('input.clusters', `rank at most ${MAX_RANKED_CLUSTERS} clusters, got ${clusters.length}`, {
        rule: 'TOO_MANY_CLUSTERS',
      });
    }
    const inventory = input.inventory === undefined ? await this.currentInventory(id) : this.inventory(input.inventory);
    await this.repositories.careerInterests.save({
      studentId: id,
      clusters,
      ...inventory,
      updatedBy: context.caller.subject,
      updatedAt: new Date(),
    });
    return student;
  }

  private async currentInventory(studentId: string): Promise<InventoryColumns> {
    const current = (await this.repositories.careerInterests.findByStudentIds([studentId])).get(studentId);
    return {
      inventoryName: current?.inventoryName ?? null,
      inventoryTakenOn: current?.inventoryTakenOn ?? null,
      inventoryClusters: current?.inventoryClusters ?? null,
    };
  }

  private inventory(input: InterestInventoryInput | null): InventoryColumns {
    if (input === null) return { inventoryName: null, inventoryTakenOn: null, inventoryClusters: null };
    if (input.takenOn > this.settings.today()) {
      throw new UserInputError('input.inventory.takenOn', 'must not be in the future', { rule: 'TAKEN_IN_FUTURE' });
    }
    const clusters = rankedClusters('input.inventory.clusters', input.clusters);
    if (clusters.length === 0) throw new UserInputError('input.inventory.clusters', 'must name at least one cluster', { rule: 'NO_CLUSTERS' });
    return { inventoryName: requiredText('input.inventory.name', input.name, 100), inventoryTakenOn: input.takenOn, inventoryClusters: clusters };
  }
}

type InventoryColumns = Pick<CareerInterestsEntity, 'inventoryName' | 'inventoryTakenOn' | 'inventoryClusters'>;

/** A ranking names each cluster once. */
function rankedClusters(field: string, clusters: readonly CareerCluster[]): CareerCluster[] {
  const repeated = clusters.find((cluster, i) => clusters.indexOf(cluster) !== i);
  if (repeated) throw new UserInputError(field, `lists ${repeated} more than once`, { rule: 'DUPLICATE_CLUSTER' });
  return [...clusters];
}
