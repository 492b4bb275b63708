import { bulkInsert, type Logger } from '@careergraph/kit';
import { generatePlacementsWorld, type PartnersWorld, type StudentsWorld } from '@careergraph/demo-data';
import type { DataSource } from 'typeorm';
import { EvaluationEntity, PlacementEntity, PlacementStatusChangeEntity, ReflectionEntity, TimeEntryEntity } from '../entities';

/**
 * Loads the placements slice of the demo world in one transaction, once: a schema that already
 * has placements is left alone, so a restart keeps whatever the demo user changed.
 */
export async function seedPlacementsDemo(
  dataSource: DataSource,
  logger: Logger,
  world: { students: StudentsWorld; partners: PartnersWorld },
): Promise<boolean> {
  if ((await dataSource.getRepository(PlacementEntity).count()) > 0) return false;
  const slice = generatePlacementsWorld(world.students, world.partners);
  const instant = (iso: string) => new Date(iso);
  await dataSource.transaction(async (manager) => {
    await bulkInsert(manager, PlacementEntity, slice.placements as PlacementEntity[]);
    await bulkInsert(
      manager,
      PlacementStatusChangeEntity,
      slice.statusChanges.map((c) => ({ ...c, changedAt: instant(c.changedAt) })) as PlacementStatusChangeEntity[],
    );
    await bulkInsert(
      manager,
      TimeEntryEntity,
      slice.timeEntries.map((t) => ({
        ...t,
        decidedAt: t.decidedAt ? instant(t.decidedAt) : null,
        submittedAt: instant(t.submittedAt),
      })) as TimeEntryEntity[],
    );
    await bulkInsert(manager, EvaluationEntity, slice.evaluations.map((e) => ({ ...e, evaluatedAt: instant(e.evaluatedAt) })) as EvaluationEntity[]);
    await bulkInsert(manager, ReflectionEntity, slice.reflections.map((r) => ({ ...r, updatedAt: instant(r.updatedAt) })) as ReflectionEntity[]);
  });
  logger.info(
    { placements: slice.placements.length, timeEntries: slice.timeEntries.length, evaluations: slice.evaluations.length },
    'demo data seeded',
  );
  return true;
}
