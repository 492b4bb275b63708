import { auditTableSql } from '@careergraph/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only audit trail of partner status changes (issue 4), in the partners schema. */
export class CreatePartnersAuditEvents1765200000000 implements MigrationInterface {
  name = 'CreatePartnersAuditEvents1765200000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of auditTableSql('partners').up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of auditTableSql('partners').down) await db.query(statement);
  }
}
