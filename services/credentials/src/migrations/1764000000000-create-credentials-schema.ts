import type { MigrationInterface, QueryRunner } from 'typeorm';

const CLUSTERS = [
  'AGRICULTURE_FOOD_AND_NATURAL_RESOURCES', 'ARCHITECTURE_AND_CONSTRUCTION', 'ARTS_AV_TECHNOLOGY_AND_COMMUNICATIONS',
  'BUSINESS_MANAGEMENT_AND_ADMINISTRATION', 'EDUCATION_AND_TRAINING', 'FINANCE', 'GOVERNMENT_AND_PUBLIC_ADMINISTRATION',
  'HEALTH_SCIENCE', 'HOSPITALITY_AND_TOURISM', 'HUMAN_SERVICES', 'INFORMATION_TECHNOLOGY',
  'LAW_PUBLIC_SAFETY_CORRECTIONS_AND_SECURITY', 'MANUFACTURING', 'MARKETING',
  'SCIENCE_TECHNOLOGY_ENGINEERING_AND_MATHEMATICS', 'TRANSPORTATION_DISTRIBUTION_AND_LOGISTICS',
];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The credentials service's tables. Students, schools and issuers (partners) are references into
 * other subgraphs, so they are plain uuid columns without foreign keys.
 */
export class CreateCredentialsSchema1764000000000 implements MigrationInterface {
  name = 'CreateCredentialsSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE credentials.credentials (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        type text NOT NULL CONSTRAINT "CHK_credentials_type" CHECK (type IN (
          'INDUSTRY_CERTIFICATION', 'OCCUPATIONAL_LICENSE', 'APPRENTICESHIP_CERTIFICATE',
          'DUAL_CREDIT_COURSE', 'DUAL_ENROLLMENT_COURSE', 'ENDORSEMENT')),
        issuer_id uuid NOT NULL,
        career_cluster text NOT NULL CONSTRAINT "CHK_credentials_career_cluster" CHECK (career_cluster IN (${list(CLUSTERS)})),
        -- "ctid" is a PostgreSQL system column name, hence the prefix.
        ce_ctid text CONSTRAINT "CHK_credentials_ce_ctid"
          CHECK (ce_ctid ~ '^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
        credit_hours numeric(4, 1),
        advanced_certification boolean NOT NULL,
        recognized_postsecondary_credential boolean NOT NULL,
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_credentials_ce_ctid" UNIQUE (ce_ctid),
        CONSTRAINT "CHK_credentials_credit_hours" CHECK (
          (type IN ('DUAL_CREDIT_COURSE', 'DUAL_ENROLLMENT_COURSE')) = (credit_hours IS NOT NULL)
          AND (credit_hours IS NULL OR credit_hours BETWEEN 0.5 AND 20))
      )`);
    await db.query(`CREATE INDEX "IDX_credentials_name_id" ON credentials.credentials (name, id)`);
    await db.query(`CREATE INDEX "IDX_credentials_name_prefix" ON credentials.credentials (lower(name) text_pattern_ops)`);
    await db.query(`CREATE INDEX "IDX_credentials_issuer_name_id" ON credentials.credentials (issuer_id, name, id)`);
    await db.query(`CREATE INDEX "IDX_credentials_type_name_id" ON credentials.credentials (type, name, id)`);
    await db.query(`CREATE INDEX "IDX_credentials_career_cluster_name_id" ON credentials.credentials (career_cluster, name, id)`);

    await db.query(`
      CREATE TABLE credentials.credential_awards (
        id uuid PRIMARY KEY,
        student_id uuid NOT NULL,
        credential_id uuid NOT NULL CONSTRAINT "FK_credential_awards_credential" REFERENCES credentials.credentials (id),
        earned_on date NOT NULL,
        school_id uuid NOT NULL,
        verification_status text NOT NULL CONSTRAINT "CHK_credential_awards_verification_status"
          CHECK (verification_status IN ('SELF_REPORTED', 'VERIFIED', 'REVOKED')),
        verified_by text,
        verified_at timestamptz,
        revoked_by text,
        revoked_at timestamptz,
        revocation_reason text,
        expires_on date,
        term text CONSTRAINT "CHK_credential_awards_term" CHECK (term ~ '^\\d{4}-(FALL|SPRING|SUMMER)$'),
        grade text CONSTRAINT "CHK_credential_awards_grade" CHECK (grade IN ('A', 'B', 'C', 'D', 'F', 'P', 'W')),
        credit_hours_earned numeric(4, 1) CONSTRAINT "CHK_credential_awards_credit_hours_earned"
          CHECK (credit_hours_earned >= 0 AND (grade NOT IN ('F', 'W') OR credit_hours_earned = 0)),
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_credential_awards_course_fields"
          CHECK ((term IS NULL) = (grade IS NULL) AND (grade IS NULL) = (credit_hours_earned IS NULL)),
        CONSTRAINT "CHK_credential_awards_expiry" CHECK (expires_on IS NULL OR expires_on > earned_on),
        CONSTRAINT "CHK_credential_awards_verified" CHECK (verification_status = 'SELF_REPORTED' OR verified_at IS NOT NULL OR revoked_at IS NOT NULL),
        CONSTRAINT "CHK_credential_awards_revoked"
          CHECK ((verification_status = 'REVOKED') = (revoked_at IS NOT NULL AND revocation_reason IS NOT NULL))
      )`);
    // DUPLICATE_AWARD, race-safe: a course once per term; any other credential once per validity
    // period (same expiry). Revoked awards are void and never block. The service also holds an
    // advisory lock per student and credential, so a renewal overlapping an unexpired award is
    // refused even when the two requests race.
    await db.query(`
      CREATE UNIQUE INDEX "UQ_credential_awards_course_term" ON credentials.credential_awards (student_id, credential_id, term)
        WHERE term IS NOT NULL AND verification_status <> 'REVOKED'`);
    await db.query(`
      CREATE UNIQUE INDEX "UQ_credential_awards_active" ON credentials.credential_awards
        (student_id, credential_id, coalesce(expires_on, 'infinity'::date))
        WHERE term IS NULL AND verification_status <> 'REVOKED'`);
    await db.query(`CREATE INDEX "IDX_credential_awards_student_earned_on_id" ON credentials.credential_awards (student_id, earned_on, id)`);
    await db.query(`CREATE INDEX "IDX_credential_awards_credential_earned_on_id" ON credentials.credential_awards (credential_id, earned_on, id)`);
    await db.query(`CREATE INDEX "IDX_credential_awards_school_earned_on_id" ON credentials.credential_awards (school_id, earned_on, id)`);
    await db.query(
      `CREATE INDEX "IDX_credential_awards_status_earned_on_id" ON credentials.credential_awards (verification_status, earned_on, id)`,
    );
    await db.query(`CREATE INDEX "IDX_credential_awards_earned_on_id" ON credentials.credential_awards (earned_on, id)`);

    await db.query(`
      CREATE TABLE credentials.readiness_determinations (
        id uuid PRIMARY KEY,
        student_id uuid NOT NULL,
        subject text NOT NULL CONSTRAINT "CHK_readiness_determinations_subject" CHECK (subject IN ('MATH', 'ENGLISH')),
        eligible boolean NOT NULL,
        basis text NOT NULL CONSTRAINT "CHK_readiness_determinations_basis"
          CHECK (basis IN ('SAT_SCORE', 'PSAT_SCORE', 'GPA', 'PLACEMENT_TEST', 'COURSE_COMPLETION', 'OTHER')),
        detail text,
        as_of date NOT NULL,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX "IDX_readiness_determinations_student_subject_as_of" ON credentials.readiness_determinations (student_id, subject, as_of, created_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['readiness_determinations', 'credential_awards', 'credentials']) {
      await db.query(`DROP TABLE IF EXISTS credentials.${table}`);
    }
  }
}
