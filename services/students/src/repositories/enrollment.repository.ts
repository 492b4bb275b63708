import { EntityReader } from '@careergraph/kit';
import { type DataSource, In, type Repository } from 'typeorm';
import { CourseCompletionEntity } from '../entities/course-completion.entity';
import { ProgramEnrollmentEntity } from '../entities/program-enrollment.entity';

export class EnrollmentRepository {
  private readonly enrollments: Repository<ProgramEnrollmentEntity>;
  /** Its loaders' batches, on prepared SQL. */
  private readonly reader: EntityReader<ProgramEnrollmentEntity>;
  private readonly completions: Repository<CourseCompletionEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.enrollments = dataSource.getRepository(ProgramEnrollmentEntity);
    this.reader = new EntityReader(dataSource, ProgramEnrollmentEntity);
    this.completions = dataSource.getRepository(CourseCompletionEntity);
  }

  findById(id: string): Promise<ProgramEnrollmentEntity | null> {
    return this.enrollments.findOneBy({ id });
  }

  findOne(studentId: string, programId: string, schoolYear: string): Promise<ProgramEnrollmentEntity | null> {
    return this.enrollments.findOneBy({ studentId, programId, schoolYear });
  }

  /** Enrollments of a batch of students, most recent school year first. */
  findByStudentIds(studentIds: readonly string[]): Promise<ProgramEnrollmentEntity[]> {
    return this.reader.where('e', 'e.student_id = ANY($1) ORDER BY e.school_year DESC, e.begin_date DESC, e.id', [studentIds]);
  }

  completionsFor(enrollmentIds: readonly string[]): Promise<CourseCompletionEntity[]> {
    return this.completions.find({
      where: { enrollmentId: In([...enrollmentIds]) },
      order: { completedOn: 'ASC', courseCode: 'ASC' },
    });
  }

  findCompletion(enrollmentId: string, courseCode: string): Promise<CourseCompletionEntity | null> {
    return this.completions.findOneBy({ enrollmentId, courseCode });
  }

  /**
   * For each enrollment, the distinct courses its student completed in the same program in that
   * school year or earlier: the basis of Perkins participant/concentrator status.
   */
  async distinctCoursesToDate(enrollmentIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { id: string; courses: number }[] = await this.dataSource.query(
      `SELECT e.id, count(DISTINCT c.course_code)::int AS courses
         FROM students.program_enrollments e
         JOIN students.program_enrollments earlier
           ON earlier.student_id = e.student_id AND earlier.program_id = e.program_id
          AND earlier.school_year <= e.school_year
         JOIN students.course_completions c ON c.enrollment_id = earlier.id
        WHERE e.id = ANY($1::uuid[])
        GROUP BY e.id`,
      [[...enrollmentIds]],
    );
    return new Map(rows.map((row) => [row.id, row.courses]));
  }

  async insert(enrollment: ProgramEnrollmentEntity): Promise<ProgramEnrollmentEntity> {
    await this.enrollments.insert(enrollment);
    return (await this.findById(enrollment.id))!;
  }

  async close(id: string, endDate: string, exitReason: string | null): Promise<ProgramEnrollmentEntity | null> {
    await this.enrollments.update({ id }, { endDate, exitReason });
    return this.findById(id);
  }

  async insertCompletion(completion: CourseCompletionEntity): Promise<CourseCompletionEntity> {
    await this.completions.insert(completion);
    return (await this.completions.findOneBy({ id: completion.id }))!;
  }
}
