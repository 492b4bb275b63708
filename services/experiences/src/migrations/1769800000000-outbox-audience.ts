import { outboxAudienceSql } from '@careergraph/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const audience = outboxAudienceSql('experiences');

/** Marks events INTERNAL (only the integrations subgraph's one-time-link mailer reads them) or PUBLIC. */
export class ExperiencesOutboxAudience1769800000000 implements MigrationInterface {
  name = 'ExperiencesOutboxAudience1769800000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of audience.up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of audience.down) await db.query(statement);
  }
}
