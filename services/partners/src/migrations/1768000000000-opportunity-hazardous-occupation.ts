import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The schema enum `HazardousOccupation` as of this migration (a later category needs a migration of its own). */
const CATEGORIES = [
  'EXPLOSIVES',
  'MOTOR_VEHICLE_DRIVING',
  'COAL_MINING',
  'FORESTRY_LOGGING_AND_SAWMILLING',
  'POWER_DRIVEN_WOODWORKING_MACHINES',
  'RADIOACTIVE_SUBSTANCES',
  'POWER_DRIVEN_HOISTING_APPARATUS',
  'POWER_DRIVEN_METAL_FORMING_MACHINES',
  'MINING_OTHER_THAN_COAL',
  'MEAT_AND_POULTRY_PROCESSING',
  'POWER_DRIVEN_BAKERY_MACHINES',
  'BALERS_COMPACTORS_AND_PAPER_PRODUCTS_MACHINES',
  'BRICK_AND_TILE_MANUFACTURING',
  'POWER_DRIVEN_SAWS_AND_SHEARS',
  'WRECKING_DEMOLITION_AND_SHIPBREAKING',
  'ROOFING',
  'EXCAVATION',
  'MANUFACTURING_MINING_OR_PROCESSING',
  'POWER_DRIVEN_MACHINERY',
  'CONSTRUCTION',
  'TRANSPORTATION_WAREHOUSING_AND_UTILITIES',
  'BOILER_ROOM_AND_MACHINE_MAINTENANCE',
  'LOADING_AND_UNLOADING',
  'LADDERS_AND_SCAFFOLDS',
];

/**
 * An opportunity's federal hazardous-occupation category (FLSA, 29 CFR 570), null where none
 * applies (every existing opportunity), so the placements subgraph can refuse students too young.
 */
export class OpportunityHazardousOccupation1768000000000 implements MigrationInterface {
  name = 'OpportunityHazardousOccupation1768000000000';

  async up(db: QueryRunner): Promise<void> {
    const allowed = CATEGORIES.map((c) => `'${c}'`).join(', ');
    await db.query(
      `ALTER TABLE partners.opportunities ADD COLUMN hazardous_occupation text
         CONSTRAINT "CHK_opportunities_hazardous_occupation" CHECK (hazardous_occupation IN (${allowed}))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE partners.opportunities DROP COLUMN hazardous_occupation');
  }
}
