import { applyKeyset, type PageRequest, type Tx } from '@careergraph/kit';
import type { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainEventEntity } from '../entities/domain-event.entity';

export interface DomainEventQuery {
  type?: string;
  since?: Date;
}

export type NewDomainEvent = Omit<DomainEventEntity, 'sequence' | 'receivedAt'>;

export class DomainEventRepository {
  private readonly events: Repository<DomainEventEntity>;

  constructor(dataSource: DataSource) {
    this.events = dataSource.getRepository(DomainEventEntity);
  }

  static cursorOf(event: DomainEventEntity): number[] {
    return [event.sequence];
  }

  /** Stores the events not seen before (by id) in one statement; returns the ones that were new. */
  async insertNew(tx: Tx, events: NewDomainEvent[]): Promise<NewDomainEvent[]> {
    if (events.length === 0) return [];
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(DomainEventEntity)
      // `data` is free-form JSON, which TypeORM's deep-partial type cannot describe.
      .values(events as QueryDeepPartialEntity<DomainEventEntity>[])
      .orIgnore()
      .returning('id')
      // Returned rows are fewer than the values when some were known: never merge them back by position.
      .updateEntity(false)
      .execute();
    const inserted = new Set((result.raw as { id: string }[]).map((row) => row.id));
    return events.filter((event) => inserted.has(event.id));
  }

  page(query: DomainEventQuery, page: PageRequest): Promise<DomainEventEntity[]> {
    return applyKeyset(this.filtered(query), ['e.sequence'], page).getMany();
  }

  count(query: DomainEventQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  private filtered(query: DomainEventQuery): SelectQueryBuilder<DomainEventEntity> {
    // INTERNAL events (addresses for the one-time-link mailer) are in no listing.
    const qb = this.events.createQueryBuilder('e').where(`e.audience = 'PUBLIC'`);
    if (query.type) qb.andWhere('e.type = :type', { type: query.type });
    if (query.since) qb.andWhere('e.occurred_at >= :since', { since: query.since });
    return qb;
  }
}
