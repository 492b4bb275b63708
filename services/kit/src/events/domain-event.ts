/**
 * Something that happened in a subgraph, as its outbox records it and the relay forwards it to the
 * integrations subgraph (which stores it once by id and tells partner systems).
 */
export interface DomainEvent {
  /** A uuid, the idempotency key end to end: a re-sent event keeps its id. */
  id: string;
  /** Dotted lower-case, e.g. 'placement.offered', 'time-entry.approved', 'partner.status-changed'. */
  type: string;
  /** ISO-8601. */
  occurredAt: string;
  /** The subgraph that recorded it. */
  source: string;
  /** The GraphQL type of what it is about, e.g. 'Placement'. */
  subjectType: string;
  subjectId: string;
  /** Routing: whose partner systems may hear of it. */
  partnerId: string | null;
  studentId: string | null;
  schoolId: string | null;
  /**
   * PUBLIC events go to partner webhooks, the inbox feed and the notifications. INTERNAL ones carry
   * what only the mailer may see (a guardian's address, a request for a one-time link): the
   * integrations subgraph hands them to the one-time-link mailer and nothing else.
   */
  audience: EventAudience;
  /** Ids and states only for PUBLIC events (no student details): receivers read details through the graph. */
  data: Record<string, unknown>;
}

export type EventAudience = 'PUBLIC' | 'INTERNAL';

/**
 * What a service emits inside a unit of work; the outbox adds the id, the time and the source.
 * Routing fields are always given (null where the subject has none), so none is forgotten.
 */
export type EmittedEvent = Omit<DomainEvent, 'id' | 'occurredAt' | 'source' | 'audience'> & {
  /** PUBLIC unless said otherwise. */
  audience?: EventAudience;
};

/** Records events in the outbox of the transaction it was handed with. */
export type Emit = (...events: EmittedEvent[]) => void;
