import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An opportunity's placements page in the keyset order, batched per opportunity (row_number over it). */
export class IndexOpportunityPlacementsOrder1764000000000 implements MigrationInterface {
  name = 'IndexOpportunityPlacementsOrder1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX "IDX_placements_opportunity_start_date" ON placements.placements (opportunity_id, start_date, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX placements."IDX_placements_opportunity_start_date"`);
  }
}
