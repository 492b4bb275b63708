import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Machine clients (OAuth 2.0 client credentials): one secret hash each, revocable. */
export class CreateApiClients1769100000000 implements MigrationInterface {
  name = 'CreateApiClients1769100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE integrations.api_clients (
        id uuid PRIMARY KEY,
        client_id text NOT NULL CONSTRAINT "UQ_api_clients_client_id" UNIQUE,
        name text NOT NULL,
        partner_id uuid,
        scopes text[] NOT NULL CONSTRAINT "CHK_api_clients_scopes" CHECK (cardinality(scopes) = 1 AND scopes <@ ARRAY['PARTNER', 'ANALYTICS']),
        secret_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        secret_issued_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT "CHK_api_clients_partner" CHECK ((partner_id IS NOT NULL) = ('PARTNER' = ANY (scopes)))
      )`);
    // A partner's clients, for its partner users and district IT's filter.
    await db.query(`CREATE INDEX "IDX_api_clients_partner" ON integrations.api_clients (partner_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE integrations.api_clients`);
  }
}
