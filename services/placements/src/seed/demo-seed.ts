import { bulkInsert, copyLoader, type LoadProgress, type Logger, type RowLoader } from '@careergraph/kit';
import {
  demoReportingSnapshots,
  generatePlacementsWorld,
  type PartnersWorld,
  type PlacementsWorld,
  type StudentsWorld,
  WORLD_SCALES,
  worldFoundation,
} from '@careergraph/demo-data';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AgreementSignatureEntity,
  EvaluationEntity,
  PlacementEntity,
  PlacementReportingSnapshotEntity,
  PlacementStatusChangeEntity,
  ReflectionEntity,
  TimeEntryEntity,
  TrainingAgreementEntity,
} from '../entities';
import { demoTrainingAgreements } from './demo-agreements';

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
  const { agreements, signatures } = demoTrainingAgreements(slice, world);
  await loadPlacementsWorld(dataSource, slice, world, bulkInsert, async (manager) => {
    await bulkInsert(manager, TrainingAgreementEntity, agreements);
    await bulkInsert(manager, AgreementSignatureEntity, signatures);
  });
  logger.info(
    { placements: slice.placements.length, timeEntries: slice.timeEntries.length, evaluations: slice.evaluations.length, agreements: agreements.length },
    'demo data seeded',
  );
  return true;
}

/** The placements slice of the district-scale world, through COPY. */
export async function seedPlacementsDistrict(dataSource: DataSource, logger: Logger, progress?: LoadProgress): Promise<boolean> {
  if ((await dataSource.getRepository(PlacementEntity).count()) > 0) return false;
  const world = worldFoundation('district');
  const slice = generatePlacementsWorld(world.students, world.partners, WORLD_SCALES.district.placements);
  await loadPlacementsWorld(dataSource, slice, world, copyLoader(progress));
  logger.info(
    { placements: slice.placements.length, timeEntries: slice.timeEntries.length, evaluations: slice.evaluations.length },
    'district data seeded',
  );
  return true;
}

async function loadPlacementsWorld(
  dataSource: DataSource,
  slice: PlacementsWorld,
  world: { students: StudentsWorld; partners: PartnersWorld },
  load: RowLoader,
  /** More rows in the same transaction (the demo's electronic training agreements). */
  extra?: (manager: EntityManager) => Promise<void>,
): Promise<void> {
  const instant = (iso: string) => new Date(iso);
  await dataSource.transaction(async (manager) => {
    await load(manager, PlacementEntity, slice.placements as PlacementEntity[]);
    await load(
      manager,
      PlacementStatusChangeEntity,
      slice.statusChanges.map((c) => ({ ...c, changedAt: instant(c.changedAt) })) as PlacementStatusChangeEntity[],
    );
    await load(
      manager,
      TimeEntryEntity,
      slice.timeEntries.map((t) => ({
        ...t,
        decidedAt: t.decidedAt ? instant(t.decidedAt) : null,
        submittedAt: instant(t.submittedAt),
      })) as TimeEntryEntity[],
    );
    await load(manager, EvaluationEntity, slice.evaluations.map((e) => ({ ...e, evaluatedAt: instant(e.evaluatedAt) })) as EvaluationEntity[]);
    await load(manager, ReflectionEntity, slice.reflections.map((r) => ({ ...r, updatedAt: instant(r.updatedAt) })) as ReflectionEntity[]);
    await load(manager, PlacementReportingSnapshotEntity, placementSnapshots(slice.placements, world));
    await extra?.(manager);
  });
}

/** The reporting snapshot of each demo placement, as the live service would have taken it. */
function placementSnapshots(
  placements: PlacementsWorld['placements'],
  world: { students: StudentsWorld; partners: PartnersWorld },
): PlacementReportingSnapshotEntity[] {
  const snapshotOf = demoReportingSnapshots(world.students);
  const opportunities = new Map(world.partners.opportunities.map((o) => [o.id, o]));
  const partners = new Map(world.partners.partners.map((p) => [p.id, p]));
  return placements.map((p) => {
    const opportunity = opportunities.get(p.opportunityId)!;
    return {
      placementId: p.id,
      ...snapshotOf(p.studentId, p.schoolYear, p.schoolId),
      wblContinuumType: opportunity.continuumType,
      wblCedsType: opportunity.cedsType,
      opportunityCareerCluster: opportunity.careerCluster,
      industry: partners.get(p.partnerId)!.industrySector,
    };
  });
}
