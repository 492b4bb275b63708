import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PlacementEntity, PlacementStatusChangeEntity } from '../src/entities';

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
  };
}
