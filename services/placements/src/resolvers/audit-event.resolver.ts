import type { AuditEventResolvers } from '../generated/graphql';

export const AuditEvent: AuditEventResolvers = {
  occurredAt: (event) => new Date(event.occurredAt),
  actor: (event) => event.actorSubject,
};
