import { outboxTableSql } from '@careergraph/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const outbox = outboxTableSql('partners');

/** The outbox of the domain events its units of work record, which the relay forwards to the integrations subgraph. */
export class CreatePartnersOutbox1769300000000 implements MigrationInterface {
  name = 'CreatePartnersOutbox1769300000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of outbox.up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of outbox.down) await db.query(statement);
  }
}
