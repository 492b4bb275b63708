import type { MigrationInterface, QueryRunner } from 'typeorm';

const PARTIES = `ARRAY['STUDENT', 'GUARDIAN', 'SUPERVISOR', 'SCHOOL_COORDINATOR']::text[]`;

/**
 * Training agreements signed electronically by every party: versions (terms hashed), signatures
 * per party and version, and one-time guardian signing links (token hashed). Placements whose
 * agreement was recorded on paper get a version 1 `recorded_on_paper`, complete as recorded, so
 * they keep counting as signed.
 */
export class CreateTrainingAgreements1769600000000 implements MigrationInterface {
  name = 'CreateTrainingAgreements1769600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE placements.training_agreements (
        id uuid PRIMARY KEY,
        placement_id uuid NOT NULL REFERENCES placements.placements (id),
        version int NOT NULL CHECK (version > 0),
        terms text NOT NULL,
        content_hash text NOT NULL,
        weekly_hour_cap numeric(4, 1) NOT NULL,
        shared_student_contact text[] NOT NULL DEFAULT '{}' CHECK (shared_student_contact <@ ARRAY['EMAIL', 'PHONE']::text[]),
        required_parties text[] NOT NULL CHECK (required_parties <@ ${PARTIES}),
        recorded_on_paper boolean NOT NULL DEFAULT false,
        completed_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT "UQ_training_agreements_placement_version" UNIQUE (placement_id, version)
      )`);
    await db.query(`
      CREATE TABLE placements.agreement_signatures (
        id uuid PRIMARY KEY,
        agreement_id uuid NOT NULL REFERENCES placements.training_agreements (id),
        party text NOT NULL CHECK (party = ANY (${PARTIES})),
        signer_subject text NOT NULL,
        signer_name text,
        signer_email text,
        signed_at timestamptz NOT NULL,
        content_hash text NOT NULL,
        client_address text,
        forwarded_for text,
        user_agent text,
        CONSTRAINT "UQ_agreement_signatures_agreement_party" UNIQUE (agreement_id, party)
      )`);
    await db.query(`
      CREATE TABLE placements.guardian_signing_links (
        id uuid PRIMARY KEY,
        agreement_id uuid NOT NULL REFERENCES placements.training_agreements (id),
        token_hash text NOT NULL CONSTRAINT "UQ_guardian_signing_links_token_hash" UNIQUE,
        guardian_name text NOT NULL,
        guardian_email text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX "IDX_guardian_signing_links_agreement" ON placements.guardian_signing_links (agreement_id)`);
    // The migration path: what recordTrainingAgreement recorded becomes a paper version (see the service's paperTerms).
    await db.query(`
      WITH paper AS (
        SELECT id AS placement_id, coalesce(weekly_hour_cap, 0) AS weekly_hour_cap, shared_student_contact,
               agreement_signed_on::timestamptz AS completed_at,
               'Training agreement recorded on paper.' || E'\\n' ||
               'Signed by the student, the host employer and the school coordinator on ' || agreement_signed_on || '.' ||
               CASE WHEN parent_consent_on IS NULL THEN '' ELSE E'\\nParent or guardian consent given on ' || parent_consent_on || '.' END AS terms,
               CASE WHEN parent_consent_on IS NULL THEN ARRAY['STUDENT', 'SUPERVISOR', 'SCHOOL_COORDINATOR']
                    ELSE ARRAY['STUDENT', 'GUARDIAN', 'SUPERVISOR', 'SCHOOL_COORDINATOR'] END AS required_parties
        FROM placements.placements WHERE agreement_signed_on IS NOT NULL
      )
      INSERT INTO placements.training_agreements
        (id, placement_id, version, terms, content_hash, weekly_hour_cap, shared_student_contact, required_parties, recorded_on_paper, completed_at, created_by, created_at)
      SELECT gen_random_uuid(), placement_id, 1, terms, encode(sha256(convert_to(terms, 'UTF8')), 'hex'), weekly_hour_cap,
             shared_student_contact, required_parties, true, completed_at, 'migration', now()
      FROM paper`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE placements.guardian_signing_links`);
    await db.query(`DROP TABLE placements.agreement_signatures`);
    await db.query(`DROP TABLE placements.training_agreements`);
  }
}
