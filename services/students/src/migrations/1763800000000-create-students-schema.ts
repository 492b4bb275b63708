import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The students service's tables. Every index is named for the query it serves (see README). */
export class CreateStudentsSchema1763800000000 implements MigrationInterface {
  name = 'CreateStudentsSchema1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE students.schools (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        district_school_id text NOT NULL,
        network text NOT NULL,
        kind text NOT NULL CONSTRAINT "CHK_schools_kind" CHECK (kind IN ('ELEMENTARY', 'MIDDLE', 'HIGH')),
        grade_low smallint NOT NULL,
        grade_high smallint NOT NULL,
        street text NOT NULL,
        city text NOT NULL,
        state text NOT NULL,
        postal_code text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_schools_district_school_id" UNIQUE (district_school_id),
        CONSTRAINT "CHK_schools_grades" CHECK (grade_low BETWEEN -1 AND 12 AND grade_high BETWEEN grade_low AND 12)
      )`);
    await db.query(`CREATE INDEX "IDX_schools_name_id" ON students.schools (name, id)`);
    await db.query(`CREATE INDEX "IDX_schools_name_prefix" ON students.schools (lower(name) text_pattern_ops)`);

    await db.query(`
      CREATE TABLE students.programs (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        career_cluster text NOT NULL,
        cip_code text NOT NULL CONSTRAINT "CHK_programs_cip_code" CHECK (cip_code ~ '^\\d{2}\\.\\d{4}$'),
        department text NOT NULL CONSTRAINT "CHK_programs_department" CHECK (department IN ('CTE', 'ROADMAP', 'TRADES')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_programs_name" UNIQUE (name)
      )`);

    await db.query(`
      CREATE TABLE students.program_schools (
        program_id uuid NOT NULL REFERENCES students.programs (id) ON DELETE CASCADE,
        school_id uuid NOT NULL REFERENCES students.schools (id) ON DELETE CASCADE,
        CONSTRAINT "PK_program_schools" PRIMARY KEY (program_id, school_id)
      )`);
    await db.query(`CREATE INDEX "IDX_program_schools_school" ON students.program_schools (school_id, program_id)`);

    await db.query(`
      CREATE TABLE students.students (
        id uuid PRIMARY KEY,
        district_student_id text NOT NULL,
        legal_first_name text NOT NULL,
        legal_last_name text NOT NULL,
        preferred_name text,
        date_of_birth date NOT NULL,
        grade_level smallint NOT NULL CONSTRAINT "CHK_students_grade_level" CHECK (grade_level BETWEEN 6 AND 12),
        cohort smallint NOT NULL,
        school_id uuid NOT NULL REFERENCES students.schools (id),
        english_learner boolean NOT NULL,
        disability_plan text NOT NULL CONSTRAINT "CHK_students_disability_plan" CHECK (disability_plan IN ('NONE', 'IEP', 'SECTION_504')),
        economically_disadvantaged boolean NOT NULL,
        race_ethnicity text NOT NULL,
        gender text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_students_district_student_id" UNIQUE (district_student_id)
      )`);
    await db.query(`CREATE INDEX "IDX_students_name_order" ON students.students (legal_last_name, legal_first_name, id)`);
    await db.query(
      `CREATE INDEX "IDX_students_school_name_order" ON students.students (school_id, legal_last_name, legal_first_name, id)`,
    );
    await db.query(`CREATE INDEX "IDX_students_grade_level" ON students.students (grade_level)`);
    await db.query(`CREATE INDEX "IDX_students_cohort" ON students.students (cohort)`);
    await db.query(`CREATE INDEX "IDX_students_last_name_prefix" ON students.students (lower(legal_last_name) text_pattern_ops)`);
    await db.query(`CREATE INDEX "IDX_students_first_name_prefix" ON students.students (lower(legal_first_name) text_pattern_ops)`);
    await db.query(`CREATE INDEX "IDX_students_preferred_name_prefix" ON students.students (lower(preferred_name) text_pattern_ops)`);

    await db.query(`
      CREATE TABLE students.program_enrollments (
        id uuid PRIMARY KEY,
        student_id uuid NOT NULL REFERENCES students.students (id),
        program_id uuid NOT NULL REFERENCES students.programs (id),
        school_year text NOT NULL CONSTRAINT "CHK_program_enrollments_school_year" CHECK (school_year ~ '^\\d{4}-\\d{4}$'),
        begin_date date NOT NULL,
        end_date date,
        exit_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_program_enrollments_student_program_year" UNIQUE (student_id, program_id, school_year),
        CONSTRAINT "CHK_program_enrollments_dates" CHECK (end_date IS NULL OR end_date >= begin_date)
      )`);
    await db.query(`CREATE INDEX "IDX_program_enrollments_program_student" ON students.program_enrollments (program_id, student_id)`);

    await db.query(`
      CREATE TABLE students.course_completions (
        id uuid PRIMARY KEY,
        enrollment_id uuid NOT NULL REFERENCES students.program_enrollments (id) ON DELETE CASCADE,
        course_code text NOT NULL,
        course_title text NOT NULL,
        completed_on date NOT NULL,
        earned_credits numeric(4, 2) NOT NULL CONSTRAINT "CHK_course_completions_credits" CHECK (earned_credits > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_course_completions_enrollment_course" UNIQUE (enrollment_id, course_code)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['course_completions', 'program_enrollments', 'students', 'program_schools', 'programs', 'schools']) {
      await db.query(`DROP TABLE IF EXISTS students.${table}`);
    }
  }
}
