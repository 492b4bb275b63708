import type { Connection } from '@careergraph/kit';
import type { PlacementAuditEventEntity } from './entities/placement-audit-event.entity';
import type { PlacementEntity } from './entities/placement.entity';
import type { TimeEntryEntity } from './entities/time-entry.entity';

/** What connection resolvers receive: a page of entities plus a lazy count (codegen mappers). */
export type PlacementConnection = Connection<PlacementEntity>;
export type TimeEntryConnection = Connection<TimeEntryEntity>;
export type AuditEventConnection = Connection<PlacementAuditEventEntity>;

/** Another subgraph's entity, as a reference this subgraph resolves fields on. */
export interface EntityKey {
  id: string;
}

/** An opportunity reference; `slots` arrives from the partners subgraph through @requires. */
export interface OpportunityKey extends EntityKey {
  slots?: number;
}
