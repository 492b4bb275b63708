import { pageRequest, parseId, requiredText, toConnection, type Tx, UserInputError } from '@careergraph/kit';
import type { DomainEventConnection } from '../connections';
import type { IntegrationsContext } from '../context';
import type { DomainEventFilter, DomainEventInput } from '../generated/graphql';
import type { IntegrationsRepositories } from '../repositories';
import { DomainEventRepository, type NewDomainEvent } from '../repositories/domain-event.repository';

/** Events one call may carry: a relay's batch, bounded so one request stays one short transaction. */
export const MAX_EVENTS_PER_INGEST = 500;
export const EVENT_TYPE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

/** What happens after new events are stored, in the same transaction (e.g. queueing webhook deliveries). */
export type OnEventsIngested = (tx: Tx, events: NewDomainEvent[]) => Promise<void>;

/** The event inbox: idempotent ingest from the subgraphs' relays, and the staff listing (PUBLIC events only). */
export class DomainEventService {
  constructor(
    private readonly repositories: IntegrationsRepositories,
    private readonly onIngested: OnEventsIngested[] = [],
  ) {}

  /** Stores each event once by id; the ones already stored are ignored. Returns how many were new. */
  async ingest(inputs: readonly DomainEventInput[], context: IntegrationsContext): Promise<number> {
    if (inputs.length > MAX_EVENTS_PER_INGEST) {
      throw new UserInputError('events', `at most ${MAX_EVENTS_PER_INGEST} events per call, got ${inputs.length}`);
    }
    const events = inputs.map((input, i) => validEvent(input, `events[${i}]`));
    return this.repositories.unitOfWork.transaction(context, 'ingestDomainEvents', async (tx) => {
      const fresh = await this.repositories.domainEvents.insertNew(tx, events);
      // INTERNAL events are the one-time-link mailer's alone: never queued for a webhook.
      const published = fresh.filter((event) => event.audience === 'PUBLIC');
      for (const handle of this.onIngested) await handle(tx, published);
      return fresh.length;
    });
  }

  async list(
    filter: DomainEventFilter | null | undefined,
    args: { first?: number | null; after?: string | null },
  ): Promise<DomainEventConnection> {
    const query = { type: filter?.type ?? undefined, since: filter?.since ?? undefined };
    const page = pageRequest(args, { arity: 1 });
    const rows = await this.repositories.domainEvents.page(query, page);
    return toConnection(rows, page, DomainEventRepository.cursorOf, () => this.repositories.domainEvents.count(query));
  }
}

function validEvent(input: DomainEventInput, field: string): NewDomainEvent {
  const optionalId = (name: string, value: string | null | undefined) => (value == null ? null : parseId(`${field}.${name}`, value));
  const type = requiredText(`${field}.type`, input.type, 100);
  if (!EVENT_TYPE.test(type)) throw new UserInputError(`${field}.type`, `must be dotted lower-case like placement.offered, got "${type}"`);
  if (input.data === null || typeof input.data !== 'object' || Array.isArray(input.data)) {
    throw new UserInputError(`${field}.data`, 'must be a JSON object');
  }
  return {
    id: parseId(`${field}.id`, input.id),
    type,
    occurredAt: input.occurredAt,
    source: requiredText(`${field}.source`, input.source, 50),
    subjectType: requiredText(`${field}.subjectType`, input.subjectType, 100),
    subjectId: requiredText(`${field}.subjectId`, input.subjectId, 100),
    partnerId: optionalId('partnerId', input.partnerId),
    studentId: optionalId('studentId', input.studentId),
    schoolId: optionalId('schoolId', input.schoolId),
    data: input.data as Record<string, unknown>,
    audience: input.audience ?? 'PUBLIC',
  };
}
