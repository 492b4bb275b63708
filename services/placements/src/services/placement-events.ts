import type { EmittedEvent } from '@careergraph/kit';
import type { PlacementEntity, PlacementStatus } from '../entities/placement.entity';

type RoutedPlacement = Pick<PlacementEntity, 'id' | 'partnerId' | 'studentId' | 'schoolId' | 'supervisorId'>;

/**
 * An event about a placement or something recorded on it (a time entry, an evaluation), routed by
 * the placement: its partner, student and school. Data carries ids and states only.
 */
export function placementEvent(
  type: string,
  placement: RoutedPlacement,
  data: Record<string, unknown>,
  subject: { type: string; id: string } = { type: 'Placement', id: placement.id },
): EmittedEvent {
  return {
    type,
    subjectType: subject.type,
    subjectId: subject.id,
    partnerId: placement.partnerId,
    studentId: placement.studentId,
    schoolId: placement.schoolId,
    data: { placementId: placement.id, supervisorId: placement.supervisorId, ...data },
  };
}

/**
 * The event a status change records, named for what happened: `placement.offered`,
 * `placement.activated` (a placement becomes ACTIVE), `placement.completed`, ….
 */
export function placementStatusEvent(status: PlacementStatus): string {
  return status === 'ACTIVE' ? 'placement.activated' : `placement.${status.toLowerCase()}`;
}
