import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The placements service's tables. Ids of other subgraphs' entities are plain uuids (no cross-service keys). */
export class CreatePlacementsSchema1763900000000 implements MigrationInterface {
  name = 'CreatePlacementsSchema1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE placements.placements (
        id uuid PRIMARY KEY,
        student_id uuid NOT NULL,
        opportunity_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        worksite_id uuid,
        supervisor_id uuid NOT NULL,
        school_id uuid NOT NULL,
        school_year text NOT NULL CONSTRAINT "CHK_placements_school_year" CHECK (school_year ~ '^\\d{4}-\\d{4}$'),
        status text NOT NULL CONSTRAINT "CHK_placements_status"
          CHECK (status IN ('APPLIED', 'OFFERED', 'ACCEPTED', 'ACTIVE', 'COMPLETED', 'DECLINED', 'WITHDRAWN', 'TERMINATED')),
        start_date date NOT NULL,
        end_date date NOT NULL,
        planned_hours numeric(6, 2) NOT NULL CONSTRAINT "CHK_placements_planned_hours" CHECK (planned_hours > 0),
        compensation_kind text NOT NULL CONSTRAINT "CHK_placements_compensation_kind" CHECK (compensation_kind IN ('WAGE', 'STIPEND', 'UNPAID')),
        hourly_rate numeric(6, 2),
        transportation_support text NOT NULL CONSTRAINT "CHK_placements_transportation_support"
          CHECK (transportation_support IN ('NONE', 'TRANSIT_PASS', 'DISTRICT_TRANSPORT', 'MILEAGE_REIMBURSEMENT')),
        agreement_signed_on date,
        parent_consent_on date,
        employment_certificate_on date,
        weekly_hour_cap numeric(4, 1) CONSTRAINT "CHK_placements_weekly_hour_cap" CHECK (weekly_hour_cap > 0 AND weekly_hour_cap <= 60),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_placements_dates" CHECK (end_date >= start_date),
        CONSTRAINT "CHK_placements_hourly_rate" CHECK ((compensation_kind = 'UNPAID') = (hourly_rate IS NULL))
      )`);
    // One open placement per student and opportunity; the last line of defence behind the service's check.
    await db.query(`
      CREATE UNIQUE INDEX "UQ_placements_student_opportunity_open" ON placements.placements (student_id, opportunity_id)
      WHERE status IN ('APPLIED', 'OFFERED', 'ACCEPTED', 'ACTIVE')`);
    await db.query(`CREATE INDEX "IDX_placements_start_date_id" ON placements.placements (start_date, id)`);
    await db.query(`CREATE INDEX "IDX_placements_student_start_date" ON placements.placements (student_id, start_date, id)`);
    await db.query(`CREATE INDEX "IDX_placements_partner_start_date" ON placements.placements (partner_id, start_date, id)`);
    await db.query(`CREATE INDEX "IDX_placements_opportunity_status" ON placements.placements (opportunity_id, status)`);
    await db.query(`CREATE INDEX "IDX_placements_school_start_date" ON placements.placements (school_id, start_date, id)`);
    await db.query(`CREATE INDEX "IDX_placements_school_year" ON placements.placements (school_year)`);
    await db.query(`CREATE INDEX "IDX_placements_status" ON placements.placements (status)`);
    await db.query(`CREATE INDEX "IDX_placements_supervisor" ON placements.placements (supervisor_id)`);

    await db.query(`
      CREATE TABLE placements.placement_status_changes (
        id uuid PRIMARY KEY,
        placement_id uuid NOT NULL REFERENCES placements.placements (id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        reason text
      )`);
    await db.query(
      `CREATE INDEX "IDX_placement_status_changes_placement" ON placements.placement_status_changes (placement_id, changed_at)`,
    );

    await db.query(`
      CREATE TABLE placements.time_entries (
        id uuid PRIMARY KEY,
        placement_id uuid NOT NULL REFERENCES placements.placements (id) ON DELETE CASCADE,
        student_id uuid NOT NULL,
        work_date date NOT NULL,
        start_minute smallint,
        end_minute smallint,
        meal_break_minutes smallint NOT NULL CONSTRAINT "CHK_time_entries_meal_break" CHECK (meal_break_minutes >= 0),
        duration_minutes smallint NOT NULL CONSTRAINT "CHK_time_entries_duration" CHECK (duration_minutes > 0 AND duration_minutes <= 1440),
        activity_notes text,
        status text NOT NULL CONSTRAINT "CHK_time_entries_status" CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
        rejection_reason text,
        decided_by text,
        decided_at timestamptz,
        idempotency_key text NOT NULL,
        submitted_by text NOT NULL,
        submitted_at timestamptz NOT NULL,
        CONSTRAINT "UQ_time_entries_placement_idempotency_key" UNIQUE (placement_id, idempotency_key),
        CONSTRAINT "CHK_time_entries_times" CHECK (
          (start_minute IS NULL AND end_minute IS NULL) OR (start_minute >= 0 AND end_minute > start_minute AND end_minute <= 1440))
      )`);
    await db.query(`CREATE INDEX "IDX_time_entries_work_date_id" ON placements.time_entries (work_date, id)`);
    await db.query(`CREATE INDEX "IDX_time_entries_placement_work_date" ON placements.time_entries (placement_id, work_date, id)`);
    await db.query(`CREATE INDEX "IDX_time_entries_status_work_date" ON placements.time_entries (status, work_date, id)`);
    await db.query(`CREATE INDEX "IDX_time_entries_student_work_date" ON placements.time_entries (student_id, work_date)`);

    await db.query(`
      CREATE TABLE placements.evaluations (
        id uuid PRIMARY KEY,
        placement_id uuid NOT NULL REFERENCES placements.placements (id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT "CHK_evaluations_kind" CHECK (kind IN ('MIDPOINT', 'FINAL')),
        communication smallint NOT NULL CONSTRAINT "CHK_evaluations_communication" CHECK (communication BETWEEN 1 AND 4),
        collaboration smallint NOT NULL CONSTRAINT "CHK_evaluations_collaboration" CHECK (collaboration BETWEEN 1 AND 4),
        professionalism smallint NOT NULL CONSTRAINT "CHK_evaluations_professionalism" CHECK (professionalism BETWEEN 1 AND 4),
        problem_solving smallint NOT NULL CONSTRAINT "CHK_evaluations_problem_solving" CHECK (problem_solving BETWEEN 1 AND 4),
        technical_skills smallint NOT NULL CONSTRAINT "CHK_evaluations_technical_skills" CHECK (technical_skills BETWEEN 1 AND 4),
        comments text,
        evaluated_by text NOT NULL,
        evaluated_at timestamptz NOT NULL,
        CONSTRAINT "UQ_evaluations_placement_kind" UNIQUE (placement_id, kind)
      )`);

    await db.query(`
      CREATE TABLE placements.reflections (
        placement_id uuid PRIMARY KEY REFERENCES placements.placements (id) ON DELETE CASCADE,
        text text NOT NULL CONSTRAINT "CHK_reflections_text" CHECK (char_length(text) BETWEEN 1 AND 5000),
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['reflections', 'evaluations', 'time_entries', 'placement_status_changes', 'placements']) {
      await db.query(`DROP TABLE IF EXISTS placements.${table}`);
    }
  }
}
