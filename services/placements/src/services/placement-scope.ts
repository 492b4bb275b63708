import { type Caller, ForbiddenError } from '@careergraph/kit';
import type { PlacementEntity } from '../entities/placement.entity';

/**
 * The placements a caller may reach, as conditions the repositories turn into SQL. An empty object
 * is every placement; `nothing` is none at all (a role with no row-level access).
 */
export interface PlacementScope {
  schoolIds?: readonly string[];
  department?: string;
  partnerId?: string;
  studentId?: string;
  nothing?: true;
}

/** What each role reaches: its schools' placements (a snapshot taken at creation), its department's, its partner's, its own. */
export function placementScopeOf(caller: Caller): PlacementScope {
  const { role, scope } = caller;
  switch (role) {
    case 'DISTRICT_ADMIN':
    case 'SERVICE':
      return {};
    case 'SCHOOL_STAFF':
      return { schoolIds: scope.schoolIds };
    case 'DEPARTMENT_STAFF':
      return scope.department ? { department: scope.department } : { nothing: true };
    case 'PARTNER_USER':
      return scope.partnerId ? { partnerId: scope.partnerId } : { nothing: true };
    case 'STUDENT':
      return scope.studentId ? { studentId: scope.studentId } : { nothing: true };
    default:
      return { nothing: true };
  }
}

type ScopedFields = Pick<PlacementEntity, 'schoolId' | 'department' | 'partnerId' | 'studentId'>;

/** The same decision as the SQL conditions, for one placement already read. */
export function inPlacementScope(caller: Caller, placement: ScopedFields): boolean {
  const scope = placementScopeOf(caller);
  if (scope.nothing) return false;
  if (scope.schoolIds && !scope.schoolIds.includes(placement.schoolId)) return false;
  if (scope.department && placement.department !== scope.department) return false;
  if (scope.partnerId && placement.partnerId !== scope.partnerId) return false;
  if (scope.studentId && placement.studentId !== scope.studentId) return false;
  return true;
}

export function outsideScope(caller: Caller, field: string, what: string): ForbiddenError {
  return new ForbiddenError(`${what} is outside the scope of this ${caller.role}`, { field, rule: 'OUTSIDE_SCOPE' });
}

/** Refuses a write (or a single read) on a placement the caller may not reach; nothing is written. */
export function assertPlacementInScope(caller: Caller, placement: ScopedFields & { id: string }, field: string): void {
  if (!inPlacementScope(caller, placement)) throw outsideScope(caller, field, `placement ${placement.id}`);
}
