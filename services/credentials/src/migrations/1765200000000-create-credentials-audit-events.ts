import { auditTableSql } from '@careergraph/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only audit trail of credential award mutations (issue 4), in the credentials schema. */
export class CreateCredentialsAuditEvents1765200000000 implements MigrationInterface {
  name = 'CreateCredentialsAuditEvents1765200000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of auditTableSql('credentials').up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of auditTableSql('credentials').down) await db.query(statement);
  }
}
