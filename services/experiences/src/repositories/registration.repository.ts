import { applyKeysetPerParent, countPerParent, type PageRequest, type RowFilter, type Tx } from '@careergraph/kit';
import { type DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { ExperienceRegistrationEntity } from '../entities/experience-registration.entity';
import type { RegistrationSource } from '../generated/graphql';

/** A registration to write: the student, their school now, and how they came. */
export interface NewRegistration {
  studentId: string;
  schoolId: string;
  source: RegistrationSource;
}

const ORDER = ['r.registered_at', 'r.id'];

export class RegistrationRepository {
  private readonly repository: Repository<ExperienceRegistrationEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(ExperienceRegistrationEntity);
  }

  static cursorOf(registration: ExperienceRegistrationEntity): string[] {
    return [registration.registeredAt.toISOString(), registration.id];
  }

  /** The rows (any status) of these students for one experience, inside the transaction. */
  findForStudents(tx: Tx, experienceId: string, studentIds: readonly string[]): Promise<ExperienceRegistrationEntity[]> {
    return tx.findBy(ExperienceRegistrationEntity, { experienceId, studentId: In([...studentIds]) });
  }

  findOne(experienceId: string, studentId: string): Promise<ExperienceRegistrationEntity | null> {
    return this.repository.findOneBy({ experienceId, studentId });
  }

  /** Seats taken: REGISTERED rows, counted inside the transaction that holds the experience's lock. */
  async seatsTaken(tx: Tx, experienceId: string): Promise<number> {
    return tx.countBy(ExperienceRegistrationEntity, { experienceId, status: 'REGISTERED' });
  }

  /** Seats taken per experience, one statement. */
  async seatsTakenByExperiences(experienceIds: readonly string[]): Promise<Map<string, number>> {
    const query = this.repository.createQueryBuilder('r').where(`r.status = 'REGISTERED'`);
    return countPerParent(query, 'r.experience_id', experienceIds);
  }

  /**
   * Registers the students (new rows, or cancelled ones again), in one statement; rows already
   * REGISTERED are not touched. Returns the rows written.
   */
  async register(tx: Tx, experienceId: string, registrations: readonly NewRegistration[]): Promise<ExperienceRegistrationEntity[]> {
    if (registrations.length === 0) return [];
    const rows: Record<string, unknown>[] = await tx.query(
      `INSERT INTO experiences.experience_registrations (id, experience_id, student_id, school_id, status, source)
       SELECT gen_random_uuid(), $1, r.student_id, r.school_id, 'REGISTERED', r.source
         FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS r (student_id, school_id, source)
       ON CONFLICT (experience_id, student_id) DO UPDATE
         SET status = 'REGISTERED', source = excluded.source, school_id = excluded.school_id, registered_at = now(), cancelled_at = NULL
         WHERE experience_registrations.status <> 'REGISTERED'
       RETURNING *`,
      [experienceId, registrations.map((r) => r.studentId), registrations.map((r) => r.schoolId), registrations.map((r) => r.source)],
    );
    return rows.map(fromRow);
  }

  async cancel(tx: Tx, id: string): Promise<ExperienceRegistrationEntity> {
    await tx.update(ExperienceRegistrationEntity, { id }, { status: 'CANCELLED', cancelledAt: () => 'now()' } as object);
    return (await tx.findOneBy(ExperienceRegistrationEntity, { id }))!;
  }

  /** The same page of each experience's registrations (REGISTERED), one statement for all. */
  pageByExperiences(experienceIds: readonly string[], scope: RowFilter, page: PageRequest): Promise<ExperienceRegistrationEntity[]> {
    return applyKeysetPerParent(this.registered(scope), 'r.experience_id', experienceIds, ORDER, page).getMany();
  }

  countByExperiences(experienceIds: readonly string[], scope: RowFilter): Promise<Map<string, number>> {
    return countPerParent(this.registered(scope), 'r.experience_id', experienceIds);
  }

  /** A page of each student's history (REGISTERED, walk-ins included), one statement for all. */
  pageByStudents(studentIds: readonly string[], page: PageRequest): Promise<ExperienceRegistrationEntity[]> {
    return applyKeysetPerParent(this.registered(null), 'r.student_id', studentIds, ORDER, page).getMany();
  }

  countByStudents(studentIds: readonly string[]): Promise<Map<string, number>> {
    return countPerParent(this.registered(null), 'r.student_id', studentIds);
  }

  private registered(scope: RowFilter | null): SelectQueryBuilder<ExperienceRegistrationEntity> {
    const qb = this.repository.createQueryBuilder('r').where(`r.status = 'REGISTERED'`);
    return scope ? scope.applyTo(qb, 'r') : qb;
  }
}

/** A RETURNING row as the entity. */
function fromRow(row: Record<string, unknown>): ExperienceRegistrationEntity {
  return {
    id: String(row.id),
    experienceId: String(row.experience_id),
    studentId: String(row.student_id),
    schoolId: String(row.school_id),
    status: row.status as ExperienceRegistrationEntity['status'],
    source: row.source as RegistrationSource,
    registeredAt: new Date(row.registered_at as string),
    cancelledAt: row.cancelled_at ? new Date(row.cancelled_at as string) : null,
  };
}
