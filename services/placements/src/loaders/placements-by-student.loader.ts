import { groupLoader, type RowFilter } from '@careergraph/kit';
import type { PlacementStatus } from '../entities/placement.entity';
import type { PlacementRepository } from '../repositories/placement.repository';
import { perArgument } from './per-argument';

/** The student's placements the caller may reach; keyed by the field's arguments, `<status>|<schoolYear>` (either may be empty). */
export const placementsByStudentLoader = (placements: PlacementRepository, scope: RowFilter) =>
  perArgument((filter) => {
    const [status, schoolYear] = (filter ?? '|').split('|');
    return groupLoader(
      (studentIds) =>
        placements.findByStudentIds(studentIds, { status: (status || undefined) as PlacementStatus | undefined, schoolYear: schoolYear || undefined, scope }),
      (placement) => placement.studentId,
    );
  });
