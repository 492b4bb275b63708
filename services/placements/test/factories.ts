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

/**
 * Row counts of every table plus a digest of the mutable columns, to show a refused mutation
 * wrote nothing (status changes are updates, which counts alone would miss).
 */
export async function tableState(dataSource: DataSource): Promise<Record<string, string | number>> {
  const rows: { name: string; value: string }[] = await dataSource.query(`
    SELECT 'placements' AS name, count(*)::text AS value FROM placements.placements
    UNION ALL SELECT 'placement_status_changes', count(*)::text FROM placements.placement_status_changes
    UNION ALL SELECT 'time_entries', count(*)::text FROM placements.time_entries
    UNION ALL SELECT 'evaluations', count(*)::text FROM placements.evaluations
    UNION ALL SELECT 'reflections', count(*)::text FROM placements.reflections
    UNION ALL SELECT 'placement_digest', coalesce(md5(string_agg(id::text || status || coalesce(weekly_hour_cap::text, '-'), ',' ORDER BY id)), '')
      FROM placements.placements
    UNION ALL SELECT 'time_entry_digest', coalesce(md5(string_agg(id::text || status, ',' ORDER BY id)), '') FROM placements.time_entries
    UNION ALL SELECT 'reflection_digest', coalesce(md5(string_agg(text, ',' ORDER BY placement_id)), '') FROM placements.reflections`);
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}
