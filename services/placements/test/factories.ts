import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PlacementEntity, PlacementReportingSnapshotEntity, PlacementStatusChangeEntity, TimeEntryEntity } from '../src/entities';

/** Saves a placement directly (e.g. an ACTIVE one for time-entry tests), with its history row. */
export function placementsFactories(dataSource: DataSource) {
  return {
    async placement(
      refs: { studentId: string; opportunityId: string; partnerId: string; supervisorId: string; schoolId: string },
      overrides: Partial<PlacementEntity> = {},
    ): Promise<PlacementEntity> {
      const placement = await dataSource.getRepository(PlacementEntity).save({
        id: randomUUID(),
        ...refs,
        worksiteId: null,
        schoolYear: '2025-2026',
        status: 'ACTIVE',
        startDate: '2026-01-05',
        endDate: '2026-06-30',
        plannedHours: 120,
        compensationKind: 'STIPEND',
        hourlyRate: 15,
        transportationSupport: 'TRANSIT_PASS',
        agreementSignedOn: '2025-12-15',
        parentConsentOn: '2025-12-15',
        employmentCertificateOn: '2025-12-15',
        weeklyHourCap: 15,
        ...overrides,
      } as PlacementEntity);
      await dataSource.getRepository(PlacementStatusChangeEntity).save({
        id: randomUUID(),
        placementId: placement.id,
        fromStatus: null,
        toStatus: placement.status,
        changedBy: 'factory',
        changedAt: new Date(),
        reason: null,
      });
      return placement;
    },

    /** The placement's reporting snapshot (what createPlacement takes from students and partners). */
    async reportingSnapshot(
      placement: PlacementEntity,
      overrides: Partial<PlacementReportingSnapshotEntity> = {},
    ): Promise<PlacementReportingSnapshotEntity> {
      return dataSource.getRepository(PlacementReportingSnapshotEntity).save({
        placementId: placement.id,
        schoolId: placement.schoolId,
        gradeLevel: 11,
        economicallyDisadvantaged: true,
        raceEthnicity: 'HISPANIC_OR_LATINO',
        gender: 'FEMALE',
        englishLearner: false,
        disabilityPlan: 'NONE',
        programIds: [],
        departments: [],
        careerClusters: [],
        wblContinuumType: 'CAREER_DEVELOPMENT_EXPERIENCE',
        wblCedsType: 'PAID_INTERNSHIP',
        opportunityCareerCluster: 'MANUFACTURING',
        industry: 'Manufacturing',
        ...overrides,
      });
    },

    /** A time entry of the placement (APPROVED by default). */
    async timeEntry(placement: PlacementEntity, overrides: Partial<TimeEntryEntity> = {}): Promise<TimeEntryEntity> {
      return dataSource.getRepository(TimeEntryEntity).save({
        id: randomUUID(),
        placementId: placement.id,
        studentId: placement.studentId,
        workDate: placement.startDate,
        startMinute: null,
        endMinute: null,
        mealBreakMinutes: 0,
        durationMinutes: 180,
        activityNotes: null,
        status: 'APPROVED',
        rejectionReason: null,
        decidedBy: 'factory',
        decidedAt: new Date(),
        idempotencyKey: randomUUID(),
        submittedBy: 'factory',
        submittedAt: new Date(),
        ...overrides,
      } as TimeEntryEntity);
    },
  };
}
