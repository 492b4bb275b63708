import type { AuditEvent } from '@careergraph/kit';
import type { PlacementsContext } from '../context';

export type AuditedEntity = 'Placement' | 'TimeEntry' | 'Evaluation' | 'Reflection';

export interface Change {
  entityType: AuditedEntity;
  entityId: string;
  /** CREATED, STATUS_CHANGED, AGREEMENT_RECORDED, SUBMITTED, APPROVED, REJECTED, UPDATED. */
  action: string;
  before: unknown;
  after: unknown;
}

/** Audit events for the changes one mutation (`operation`, its field name) made, by this request's caller. */
export function auditEvents(context: Pick<PlacementsContext, 'caller' | 'requestId'>, operation: string, changes: readonly Change[]): AuditEvent[] {
  return changes.map((change) => ({ caller: context.caller, requestId: context.requestId, operation, ...change }));
}
