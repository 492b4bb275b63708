import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Self-onboarding (invitations, their hashed links, memberships) and intermediaries' brokerages. */
export class PartnerOnboarding1770400000000 implements MigrationInterface {
  name = 'PartnerOnboarding1770400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partners.partner_invitations (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL CONSTRAINT "FK_partner_invitations_partner" REFERENCES partners.partners (id) ON DELETE CASCADE,
        email text NOT NULL CONSTRAINT "CHK_partner_invitations_email_lower" CHECK (email = lower(email)),
        status text NOT NULL CONSTRAINT "CHK_partner_invitations_status" CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED')),
        expires_at timestamptz NOT NULL,
        invited_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        CONSTRAINT "CHK_partner_invitations_accepted" CHECK ((status = 'ACCEPTED') = (accepted_at IS NOT NULL))
      )`);
    // Partner.invitation: the partner's latest.
    await db.query(`CREATE INDEX "IDX_partner_invitations_partner_created" ON partners.partner_invitations (partner_id, created_at DESC, id)`);
    await db.query(`
      CREATE TABLE partners.partner_invitation_tokens (
        token_hash text PRIMARY KEY CONSTRAINT "CHK_partner_invitation_tokens_hash" CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        invitation_id uuid NOT NULL CONSTRAINT "FK_partner_invitation_tokens_invitation"
          REFERENCES partners.partner_invitations (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX "IDX_partner_invitation_tokens_invitation" ON partners.partner_invitation_tokens (invitation_id)`);
    // One partner per person: the subject is the key the gateway looks up.
    await db.query(`
      CREATE TABLE partners.partner_memberships (
        id uuid PRIMARY KEY,
        subject text NOT NULL CONSTRAINT "UQ_partner_memberships_subject" UNIQUE,
        partner_id uuid NOT NULL CONSTRAINT "FK_partner_memberships_partner" REFERENCES partners.partners (id) ON DELETE CASCADE,
        email text NOT NULL,
        invitation_id uuid NOT NULL CONSTRAINT "FK_partner_memberships_invitation" REFERENCES partners.partner_invitations (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE partners.partner_brokerages (
        id uuid PRIMARY KEY,
        intermediary_partner_id uuid NOT NULL CONSTRAINT "FK_partner_brokerages_intermediary" REFERENCES partners.partners (id) ON DELETE CASCADE,
        employer_partner_id uuid NOT NULL CONSTRAINT "FK_partner_brokerages_employer" REFERENCES partners.partners (id) ON DELETE CASCADE,
        since date NOT NULL,
        until date,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_partner_brokerages_not_self" CHECK (intermediary_partner_id <> employer_partner_id),
        CONSTRAINT "CHK_partner_brokerages_period" CHECK (until IS NULL OR until >= since)
      )`);
    // At most one open-ended brokerage per pair, whatever two staff members do at once.
    await db.query(
      `CREATE UNIQUE INDEX "UQ_partner_brokerages_open_pair" ON partners.partner_brokerages (intermediary_partner_id, employer_partner_id) WHERE until IS NULL`,
    );
    // brokeredEmployers / brokeredBy pages, oldest first.
    await db.query(`CREATE INDEX "IDX_partner_brokerages_intermediary" ON partners.partner_brokerages (intermediary_partner_id, since, id)`);
    await db.query(`CREATE INDEX "IDX_partner_brokerages_employer" ON partners.partner_brokerages (employer_partner_id, since, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE partners.partner_brokerages`);
    await db.query(`DROP TABLE partners.partner_memberships`);
    await db.query(`DROP TABLE partners.partner_invitation_tokens`);
    await db.query(`DROP TABLE partners.partner_invitations`);
  }
}
