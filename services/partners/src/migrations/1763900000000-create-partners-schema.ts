import type { MigrationInterface, QueryRunner } from 'typeorm';

const CLUSTERS = `ARRAY['AGRICULTURE_FOOD_AND_NATURAL_RESOURCES', 'ARCHITECTURE_AND_CONSTRUCTION', 'ARTS_AV_TECHNOLOGY_AND_COMMUNICATIONS',
  'BUSINESS_MANAGEMENT_AND_ADMINISTRATION', 'EDUCATION_AND_TRAINING', 'FINANCE', 'GOVERNMENT_AND_PUBLIC_ADMINISTRATION', 'HEALTH_SCIENCE',
  'HOSPITALITY_AND_TOURISM', 'HUMAN_SERVICES', 'INFORMATION_TECHNOLOGY', 'LAW_PUBLIC_SAFETY_CORRECTIONS_AND_SECURITY', 'MANUFACTURING',
  'MARKETING', 'SCIENCE_TECHNOLOGY_ENGINEERING_AND_MATHEMATICS', 'TRANSPORTATION_DISTRIBUTION_AND_LOGISTICS']::text[]`;
const STATUSES = `('PROSPECT', 'VETTING', 'ACTIVE', 'SUSPENDED', 'INACTIVE')`;

/** The partners service's tables. Every index is named for the query it serves. */
export class CreatePartnersSchema1763900000000 implements MigrationInterface {
  name = 'CreatePartnersSchema1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partners.partners (
        id uuid PRIMARY KEY,
        name text NOT NULL CONSTRAINT "CHK_partners_name" CHECK (char_length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CONSTRAINT "CHK_partners_kind" CHECK (kind IN ('EMPLOYER', 'COMMUNITY_ORGANIZATION',
          'POSTSECONDARY_INSTITUTION', 'INTERMEDIARY', 'GOVERNMENT_AGENCY', 'INDUSTRY_ASSOCIATION')),
        industry_sector text NOT NULL,
        career_clusters text[] NOT NULL CONSTRAINT "CHK_partners_career_clusters"
          CHECK (cardinality(career_clusters) >= 1 AND career_clusters <@ ${CLUSTERS}),
        status text NOT NULL CONSTRAINT "CHK_partners_status" CHECK (status IN ${STATUSES}),
        agreement_signed_on date,
        agreement_expires_on date,
        insurance_expires_on date,
        capacity integer NOT NULL CONSTRAINT "CHK_partners_capacity" CHECK (capacity BETWEEN 1 AND 10000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_partners_agreement" CHECK (
          (agreement_signed_on IS NULL AND agreement_expires_on IS NULL)
          OR (agreement_signed_on IS NOT NULL AND agreement_expires_on > agreement_signed_on))
      )`);
    // Names are unique regardless of case: "Acme Tool" and "ACME TOOL" are one partner.
    await db.query(`CREATE UNIQUE INDEX "UQ_partners_name_lower" ON partners.partners (lower(name))`);
    await db.query(`CREATE INDEX "IDX_partners_name_id" ON partners.partners (name, id)`);
    await db.query(`CREATE INDEX "IDX_partners_name_prefix" ON partners.partners (lower(name) text_pattern_ops)`);
    await db.query(`CREATE INDEX "IDX_partners_kind_name_id" ON partners.partners (kind, name, id)`);
    await db.query(`CREATE INDEX "IDX_partners_status_name_id" ON partners.partners (status, name, id)`);
    await db.query(`CREATE INDEX "IDX_partners_career_clusters" ON partners.partners USING gin (career_clusters)`);

    await db.query(`
      CREATE TABLE partners.partner_status_changes (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL CONSTRAINT "FK_partner_status_changes_partner" REFERENCES partners.partners (id) ON DELETE CASCADE,
        from_status text CONSTRAINT "CHK_partner_status_changes_from" CHECK (from_status IN ${STATUSES}),
        to_status text NOT NULL CONSTRAINT "CHK_partner_status_changes_to" CHECK (to_status IN ${STATUSES}),
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        reason text NOT NULL CONSTRAINT "CHK_partner_status_changes_reason" CHECK (char_length(reason) >= 1)
      )`);
    await db.query(
      `CREATE INDEX "IDX_partner_status_changes_partner_changed_at" ON partners.partner_status_changes (partner_id, changed_at, id)`,
    );

    await db.query(`
      CREATE TABLE partners.worksites (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL CONSTRAINT "FK_worksites_partner" REFERENCES partners.partners (id) ON DELETE CASCADE,
        name text NOT NULL,
        street text NOT NULL,
        city text NOT NULL,
        state text NOT NULL,
        postal_code text NOT NULL,
        transit_access text,
        latitude double precision CONSTRAINT "CHK_worksites_latitude" CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CONSTRAINT "CHK_worksites_longitude" CHECK (longitude BETWEEN -180 AND 180),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_worksites_id_partner" UNIQUE (id, partner_id),
        CONSTRAINT "CHK_worksites_location" CHECK ((latitude IS NULL) = (longitude IS NULL))
      )`);
    await db.query(`CREATE INDEX "IDX_worksites_partner_name" ON partners.worksites (partner_id, name, id)`);

    await db.query(`
      CREATE TABLE partners.partner_contacts (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL CONSTRAINT "FK_partner_contacts_partner" REFERENCES partners.partners (id) ON DELETE CASCADE,
        first_name text NOT NULL,
        last_name text NOT NULL,
        title text,
        email text NOT NULL,
        phone text,
        roles text[] NOT NULL CONSTRAINT "CHK_partner_contacts_roles"
          CHECK (cardinality(roles) >= 1 AND roles <@ ARRAY['SUPERVISOR', 'COORDINATOR']::text[]),
        clearance_level text CONSTRAINT "CHK_partner_contacts_clearance_level" CHECK (clearance_level IN ('LEVEL_I', 'LEVEL_II')),
        clearance_status text CONSTRAINT "CHK_partner_contacts_clearance_status" CHECK (clearance_status IN ('PENDING', 'CLEARED', 'DENIED')),
        cleared_on date,
        clearance_expires_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_partner_contacts_clearance" CHECK (
          (clearance_status IS NULL AND clearance_level IS NULL AND cleared_on IS NULL AND clearance_expires_on IS NULL)
          OR (clearance_status = 'CLEARED' AND clearance_level IS NOT NULL AND clearance_expires_on > cleared_on)
          OR (clearance_status IN ('PENDING', 'DENIED') AND clearance_level IS NOT NULL AND cleared_on IS NULL AND clearance_expires_on IS NULL))
      )`);
    await db.query(`CREATE INDEX "IDX_partner_contacts_partner_name" ON partners.partner_contacts (partner_id, last_name, first_name, id)`);

    await db.query(`
      CREATE TABLE partners.opportunities (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL CONSTRAINT "FK_opportunities_partner" REFERENCES partners.partners (id),
        worksite_id uuid,
        title text NOT NULL,
        description text NOT NULL,
        continuum_type text NOT NULL CONSTRAINT "CHK_opportunities_continuum_type" CHECK (continuum_type IN ('CAREER_AWARENESS',
          'CAREER_EXPLORATION', 'TEAM_BASED_CHALLENGE', 'CAREER_DEVELOPMENT_EXPERIENCE', 'PRE_APPRENTICESHIP', 'YOUTH_APPRENTICESHIP', 'APPRENTICESHIP')),
        ceds_type text NOT NULL CONSTRAINT "CHK_opportunities_ceds_type" CHECK (ceds_type IN ('APPRENTICESHIP', 'CLINICAL_WORK',
          'COOPERATIVE_EDUCATION', 'JOB_SHADOWING', 'MENTORSHIP', 'PAID_INTERNSHIP', 'UNPAID_INTERNSHIP', 'ON_THE_JOB', 'SERVICE_LEARNING',
          'SUPERVISED_AGRICULTURAL', 'ENTREPRENEURSHIP', 'SCHOOL_BASED_ENTERPRISE', 'SIMULATED_WORKSITE', 'OTHER')),
        career_cluster text NOT NULL CONSTRAINT "CHK_opportunities_career_cluster" CHECK (career_cluster = ANY (${CLUSTERS})),
        program_id uuid,
        start_date date NOT NULL,
        end_date date NOT NULL,
        slots integer NOT NULL CONSTRAINT "CHK_opportunities_slots" CHECK (slots BETWEEN 1 AND 500),
        compensation_kind text NOT NULL CONSTRAINT "CHK_opportunities_compensation_kind" CHECK (compensation_kind IN ('WAGE', 'STIPEND', 'UNPAID')),
        hourly_rate numeric(8, 2),
        minimum_age smallint NOT NULL CONSTRAINT "CHK_opportunities_minimum_age" CHECK (minimum_age BETWEEN 11 AND 21),
        grade_levels smallint[] NOT NULL CONSTRAINT "CHK_opportunities_grade_levels"
          CHECK (cardinality(grade_levels) >= 1 AND grade_levels <@ ARRAY[6, 7, 8, 9, 10, 11, 12]::smallint[]),
        required_clearance text NOT NULL CONSTRAINT "CHK_opportunities_required_clearance" CHECK (required_clearance IN ('LEVEL_I', 'LEVEL_II')),
        status text NOT NULL CONSTRAINT "CHK_opportunities_status" CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
        published_at timestamptz,
        close_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- The worksite must be one of the same partner's: the pair must exist in worksites.
        CONSTRAINT "FK_opportunities_worksite_partner" FOREIGN KEY (worksite_id, partner_id) REFERENCES partners.worksites (id, partner_id),
        CONSTRAINT "CHK_opportunities_dates" CHECK (end_date >= start_date),
        CONSTRAINT "CHK_opportunities_compensation" CHECK (
          (compensation_kind = 'UNPAID' AND hourly_rate IS NULL) OR (compensation_kind <> 'UNPAID' AND hourly_rate > 0)),
        CONSTRAINT "CHK_opportunities_published_at" CHECK ((status = 'DRAFT') = (published_at IS NULL))
      )`);
    await db.query(`CREATE INDEX "IDX_opportunities_order" ON partners.opportunities (start_date, title, id)`);
    await db.query(`CREATE INDEX "IDX_opportunities_partner_order" ON partners.opportunities (partner_id, start_date, title, id)`);
    await db.query(`CREATE INDEX "IDX_opportunities_worksite" ON partners.opportunities (worksite_id)`);
    await db.query(`CREATE INDEX "IDX_opportunities_program" ON partners.opportunities (program_id)`);
    await db.query(`CREATE INDEX "IDX_opportunities_status_dates" ON partners.opportunities (status, start_date, end_date)`);
    await db.query(`CREATE INDEX "IDX_opportunities_career_cluster" ON partners.opportunities (career_cluster)`);
    await db.query(`CREATE INDEX "IDX_opportunities_continuum_type" ON partners.opportunities (continuum_type)`);
    await db.query(`CREATE INDEX "IDX_opportunities_ceds_type" ON partners.opportunities (ceds_type)`);
    await db.query(`CREATE INDEX "IDX_opportunities_title_prefix" ON partners.opportunities (lower(title) text_pattern_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['opportunities', 'partner_contacts', 'worksites', 'partner_status_changes', 'partners']) {
      await db.query(`DROP TABLE IF EXISTS partners.${table}`);
    }
  }
}
