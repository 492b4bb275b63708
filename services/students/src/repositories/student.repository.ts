import { EntityReader, applyKeyset, applyKeysetPerParent, countPerParent, likePrefix, type PageRequest, type RowFilter } from '@careergraph/kit';
import { type DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import { StudentEntity } from '../entities/student.entity';

export interface StudentQuery {
  schoolId?: string;
  gradeLevel?: number;
  cohort?: number;
  enrollmentStatus?: StudentEntity['enrollmentStatus'];
  programId?: string;
  /** Whitespace-separated terms; each must start a name or equal the district student id. */
  search?: string;
  /** The caller's scope (the policy's student scope), applied in SQL so a list holds only students the caller may see. */
  scope?: RowFilter;
}

const ENROLLED: StudentQuery = { enrollmentStatus: 'ENROLLED' };

/** The roster order: legal last name, first name, then id to make it total. */
const ORDER = ['s.legal_last_name', 's.legal_first_name', 's.id'];

export class StudentRepository {
  private readonly repository: Repository<StudentEntity>;
  /** Its loaders' batches, on prepared SQL. */
  private readonly reader: EntityReader<StudentEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(StudentEntity);
    this.reader = new EntityReader(dataSource, StudentEntity);
  }

  static cursorOf(student: StudentEntity): string[] {
    return [student.legalLastName, student.legalFirstName, student.id];
  }

  findByIds(ids: readonly string[]): Promise<StudentEntity[]> {
    return this.reader.byIds(ids);
  }

  findById(id: string): Promise<StudentEntity | null> {
    return this.repository.findOneBy({ id });
  }

  findByDistrictStudentId(districtStudentId: string): Promise<StudentEntity | null> {
    return this.repository.findOneBy({ districtStudentId });
  }

  page(query: StudentQuery, page: PageRequest): Promise<StudentEntity[]> {
    return this.reader.many(applyKeyset(this.filtered(query), ORDER, page));
  }

  count(query: StudentQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /** The same page of each school's enrolled students, one statement for all of them. */
  pageBySchools(schoolIds: readonly string[], page: PageRequest): Promise<StudentEntity[]> {
    return this.reader.many(applyKeysetPerParent(this.filtered(ENROLLED), 's.school_id', schoolIds, ORDER, page));
  }

  countBySchools(schoolIds: readonly string[]): Promise<Map<string, number>> {
    return countPerParent(this.filtered(ENROLLED), 's.school_id', schoolIds);
  }

  /** Distinct (student, department) pairs of the students' program enrollments. */
  departmentsOf(studentIds: readonly string[]): Promise<{ studentId: string; department: string }[]> {
    return this.repository.manager.query(
      `SELECT DISTINCT e.student_id AS "studentId", p.department
         FROM students.program_enrollments e JOIN students.programs p ON p.id = e.program_id
        WHERE e.student_id = ANY($1::uuid[])`,
      [[...studentIds]],
    );
  }

  async insert(student: StudentEntity): Promise<StudentEntity> {
    await this.repository.insert(student);
    return (await this.findById(student.id))!;
  }

  /** Marks the ENROLLED grade-12 students of `cohort` (at the school, within the schools) GRADUATED; returns how many. */
  async graduate(cohort: number, where: { schoolId?: string; schoolIds?: readonly string[] }): Promise<number> {
    const qb = this.repository
      .createQueryBuilder()
      .update(StudentEntity)
      .set({ enrollmentStatus: 'GRADUATED', updatedAt: () => 'now()' })
      .where('cohort = :cohort AND grade_level = 12 AND enrollment_status = :enrolled', { cohort, enrolled: 'ENROLLED' });
    if (where.schoolId) qb.andWhere('school_id = :schoolId', { schoolId: where.schoolId });
    if (where.schoolIds) qb.andWhere('school_id = ANY(CAST(:schoolIds AS uuid[]))', { schoolIds: [...where.schoolIds] });
    return (await qb.execute()).affected ?? 0;
  }

  async update(id: string, changes: Partial<StudentEntity>): Promise<StudentEntity | null> {
    await this.repository.update({ id }, { ...changes, updatedAt: new Date() });
    return this.findById(id);
  }

  private filtered(query: StudentQuery): SelectQueryBuilder<StudentEntity> {
    const qb = this.repository.createQueryBuilder('s');
    if (query.schoolId) qb.andWhere('s.school_id = :schoolId', { schoolId: query.schoolId });
    if (query.gradeLevel !== undefined) qb.andWhere('s.grade_level = :gradeLevel', { gradeLevel: query.gradeLevel });
    if (query.cohort !== undefined) qb.andWhere('s.cohort = :cohort', { cohort: query.cohort });
    if (query.enrollmentStatus) qb.andWhere('s.enrollment_status = :enrollmentStatus', { enrollmentStatus: query.enrollmentStatus });
    if (query.programId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM students.program_enrollments e WHERE e.student_id = s.id AND e.program_id = :programId)',
        { programId: query.programId },
      );
    }
    query.scope?.applyTo(qb, 's');
    const terms = (query.search ?? '').trim().split(/\s+/).filter(Boolean);
    terms.forEach((term, i) => {
      qb.andWhere(
        `(lower(s.legal_last_name) LIKE :p${i} OR lower(s.legal_first_name) LIKE :p${i}
          OR lower(s.preferred_name) LIKE :p${i} OR s.district_student_id = :t${i})`,
        { [`p${i}`]: likePrefix(term), [`t${i}`]: term },
      );
    });
    return qb;
  }
}
