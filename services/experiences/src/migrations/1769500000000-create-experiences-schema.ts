import { auditTableSql, outboxTableSql, reportingSnapshotTableSql } from '@careergraph/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const KINDS = ['CAREER_FAIR', 'GUEST_SPEAKER', 'WORKPLACE_TOUR', 'JOB_SHADOW_DAY', 'TEAM_CHALLENGE', 'MOCK_INTERVIEW', 'VIRTUAL_SESSION'];
const CEDS = [
  'APPRENTICESHIP', 'CLINICAL_WORK', 'COOPERATIVE_EDUCATION', 'JOB_SHADOWING', 'MENTORSHIP', 'PAID_INTERNSHIP', 'UNPAID_INTERNSHIP',
  'ON_THE_JOB', 'SERVICE_LEARNING', 'SUPERVISED_AGRICULTURAL', 'ENTREPRENEURSHIP', 'SCHOOL_BASED_ENTERPRISE', 'SIMULATED_WORKSITE', 'OTHER',
];

const snapshots = reportingSnapshotTableSql({
  schema: 'experiences',
  table: 'attendance_reporting_snapshots',
  key: 'attendance_id',
  references: 'experience_attendance',
  gradeCheck: true,
});
const audit = auditTableSql('experiences');
const outbox = outboxTableSql('experiences');

/**
 * The experiences service's tables. Schools, students and host partners are references into other
 * subgraphs, so they are plain uuid columns without foreign keys. Registration and attendance are
 * one row per experience and student (their unique keys make re-recording idempotent).
 */
export class CreateExperiencesSchema1769500000000 implements MigrationInterface {
  name = 'CreateExperiencesSchema1769500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE experiences.experiences (
        id uuid PRIMARY KEY,
        kind text NOT NULL CONSTRAINT "CHK_experiences_kind" CHECK (kind IN (${list(KINDS)})),
        title text NOT NULL,
        description text,
        school_id uuid,
        host_partner_ids uuid[] NOT NULL DEFAULT '{}',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        school_year text NOT NULL,
        grade_levels smallint[] NOT NULL CONSTRAINT "CHK_experiences_grades" CHECK (cardinality(grade_levels) > 0 AND grade_levels <@ '{6,7,8,9,10,11,12}'),
        capacity integer CONSTRAINT "CHK_experiences_capacity" CHECK (capacity > 0),
        continuum_stage text NOT NULL CONSTRAINT "CHK_experiences_stage" CHECK (continuum_stage IN ('AWARENESS', 'EXPLORATION', 'PREPARATION')),
        ceds_type text CONSTRAINT "CHK_experiences_ceds" CHECK (ceds_type IN (${list(CEDS)})),
        status text NOT NULL CONSTRAINT "CHK_experiences_status" CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED')),
        cancellation_reason text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_experiences_times" CHECK (ends_at > starts_at)
      )`);
    await db.query(`CREATE INDEX "IDX_experiences_start_id" ON experiences.experiences (starts_at, id)`);
    await db.query(`CREATE INDEX "IDX_experiences_school_start_id" ON experiences.experiences (school_id, starts_at, id)`);
    await db.query(`CREATE INDEX "IDX_experiences_hosts" ON experiences.experiences USING gin (host_partner_ids)`);
    // Metric families read the experiences of some school years.
    await db.query(`CREATE INDEX "IDX_experiences_year" ON experiences.experiences (school_year)`);

    await db.query(`
      CREATE TABLE experiences.experience_registrations (
        id uuid PRIMARY KEY,
        experience_id uuid NOT NULL CONSTRAINT "FK_registrations_experience" REFERENCES experiences.experiences (id),
        student_id uuid NOT NULL,
        -- The student's school when they registered: school staff see their schools' registrations.
        school_id uuid NOT NULL,
        status text NOT NULL CONSTRAINT "CHK_registrations_status" CHECK (status IN ('REGISTERED', 'CANCELLED')),
        source text NOT NULL CONSTRAINT "CHK_registrations_source" CHECK (source IN ('SELF', 'STAFF', 'WALK_IN')),
        registered_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        CONSTRAINT "UQ_registrations_experience_student" UNIQUE (experience_id, student_id)
      )`);
    await db.query(`CREATE INDEX "IDX_registrations_experience_seats" ON experiences.experience_registrations (experience_id) WHERE status = 'REGISTERED'`);
    await db.query(`CREATE INDEX "IDX_registrations_student" ON experiences.experience_registrations (student_id) WHERE status = 'REGISTERED'`);

    await db.query(`
      CREATE TABLE experiences.experience_attendance (
        id uuid PRIMARY KEY,
        experience_id uuid NOT NULL CONSTRAINT "FK_attendance_experience" REFERENCES experiences.experiences (id),
        student_id uuid NOT NULL,
        school_id uuid NOT NULL,
        status text NOT NULL CONSTRAINT "CHK_attendance_status" CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL,
        CONSTRAINT "UQ_attendance_experience_student" UNIQUE (experience_id, student_id)
      )`);
    await db.query(`CREATE INDEX "IDX_attendance_student" ON experiences.experience_attendance (student_id)`);

    await db.query(`
      CREATE TABLE experiences.experience_teams (
        id uuid PRIMARY KEY,
        experience_id uuid NOT NULL CONSTRAINT "FK_teams_experience" REFERENCES experiences.experiences (id),
        name text NOT NULL,
        rank integer CONSTRAINT "CHK_teams_rank" CHECK (rank > 0),
        score numeric(10, 2),
        notes text,
        CONSTRAINT "UQ_teams_experience_name" UNIQUE (experience_id, name)
      )`);
    await db.query(`
      CREATE TABLE experiences.experience_team_members (
        team_id uuid NOT NULL CONSTRAINT "FK_team_members_team" REFERENCES experiences.experience_teams (id) ON DELETE CASCADE,
        experience_id uuid NOT NULL,
        student_id uuid NOT NULL,
        -- One team per student and challenge.
        PRIMARY KEY (experience_id, student_id)
      )`);
    await db.query(`CREATE INDEX "IDX_team_members_team" ON experiences.experience_team_members (team_id)`);

    for (const statement of [...snapshots.up, ...audit.up, ...outbox.up]) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of [...outbox.down, ...audit.down, ...snapshots.down]) await db.query(statement);
    for (const table of ['experience_team_members', 'experience_teams', 'experience_attendance', 'experience_registrations', 'experiences']) {
      await db.query(`DROP TABLE experiences.${table}`);
    }
  }
}
