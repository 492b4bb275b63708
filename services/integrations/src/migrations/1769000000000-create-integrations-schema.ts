import { auditTableSql } from '@careergraph/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The event inbox (every domain event once, by id, in arrival order) and the subgraph's audit trail. */
export class CreateIntegrationsSchema1769000000000 implements MigrationInterface {
  name = 'CreateIntegrationsSchema1769000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE integrations.domain_events (
        id uuid PRIMARY KEY,
        sequence bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT "UQ_domain_events_sequence" UNIQUE,
        type text NOT NULL CONSTRAINT "CHK_domain_events_type" CHECK (type ~ '^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$'),
        occurred_at timestamptz NOT NULL,
        source text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        partner_id uuid,
        student_id uuid,
        school_id uuid,
        data jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The staff listing filtered by type, in arrival order.
    await db.query(`CREATE INDEX "IDX_domain_events_type_sequence" ON integrations.domain_events (type, sequence)`);
    for (const statement of auditTableSql('integrations').up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of auditTableSql('integrations').down) await db.query(statement);
    await db.query(`DROP TABLE integrations.domain_events`);
  }
}
