import { applyKeyset, type AuditEvent, AuditTrail, type PageRequest } from '@careergraph/kit';
import { type DataSource, type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { CredentialAwardEntity } from '../entities/credential-award.entity';
import type { Department, VerificationStatus } from '../generated/graphql';

export interface AwardQuery {
  studentId?: string;
  credentialId?: string;
  /** Earned within [from, to] (a school year). */
  earnedBetween?: { from: string; to: string };
  verificationStatus?: VerificationStatus;
  schoolId?: string;
  /** Scope: awards recorded at one of these schools (SCHOOL_STAFF). */
  inSchools?: readonly string[];
  /** Scope: awards of this department (DEPARTMENT_STAFF). */
  department?: Department;
  /** Scope: this student's awards (STUDENT), on top of any `studentId` filter. */
  ofStudent?: string;
}

/** Builds an award's audit event from the award before and after a change. */
export type AwardAudit = (before: CredentialAwardEntity | null, after: CredentialAwardEntity) => AuditEvent;

const ORDER = ['a.earned_on', 'a.id'];

/** Grades that earn college credit: A–D and Pass. */
export const PASSING_GRADES = ['A', 'B', 'C', 'D', 'P'] as const;
export const COURSE_TYPES = ['DUAL_CREDIT_COURSE', 'DUAL_ENROLLMENT_COURSE'] as const;

export class AwardRepository {
  private readonly repository: Repository<CredentialAwardEntity>;
  private readonly audit = new AuditTrail('credentials');

  constructor(private readonly dataSource: DataSource) {
    this.repository = dataSource.getRepository(CredentialAwardEntity);
  }

  static cursorOf(award: CredentialAwardEntity): string[] {
    return [award.earnedOn, award.id];
  }

  findByIds(ids: readonly string[]): Promise<CredentialAwardEntity[]> {
    return this.repository.findBy({ id: In([...ids]) });
  }

  findById(id: string): Promise<CredentialAwardEntity | null> {
    return this.repository.findOneBy({ id });
  }

  /** Awards of a batch of students, most recently earned first. */
  findByStudentIds(studentIds: readonly string[]): Promise<CredentialAwardEntity[]> {
    return this.repository.find({
      where: { studentId: In([...studentIds]) },
      order: { earnedOn: 'DESC', id: 'ASC' },
    });
  }

  /** One department's awards of a batch of students, most recently earned first. */
  findByStudentIdsInDepartment(studentIds: readonly string[], department: Department): Promise<CredentialAwardEntity[]> {
    return this.repository.find({
      where: { studentId: In([...studentIds]), department },
      order: { earnedOn: 'DESC', id: 'ASC' },
    });
  }

  /** The status indexes in [from, to) of revoked awards: the bits one revocation status list sets. */
  async revokedStatusIndexes(from: number, to: number): Promise<number[]> {
    const rows: { index: number }[] = await this.repository
      .createQueryBuilder('a')
      .select('a.badge_status_index', 'index')
      .where(`a.verification_status = 'REVOKED'`)
      .andWhere('a.badge_status_index >= :from AND a.badge_status_index < :to', { from, to })
      .getRawMany();
    return rows.map((row) => row.index);
  }

  /** The highest status index given to an award so far; null before the first award. */
  async highestStatusIndex(): Promise<number | null> {
    const row: { highest: number | null } | undefined = await this.repository
      .createQueryBuilder('a')
      .select('max(a.badge_status_index)', 'highest')
      .getRawOne();
    return row?.highest ?? null;
  }

  /** Early college credit hours per student: passing grades in college courses, not revoked. */
  async earlyCollegeCreditHours(studentIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { student_id: string; hours: string }[] = await this.dataSource.query(
      `SELECT a.student_id, sum(a.credit_hours_earned) AS hours
         FROM credentials.credential_awards a
         JOIN credentials.credentials c ON c.id = a.credential_id
        WHERE a.student_id = ANY($1::uuid[])
          AND c.type = ANY($2::text[])
          AND a.grade = ANY($3::text[])
          AND a.verification_status <> 'REVOKED'
        GROUP BY a.student_id`,
      [[...studentIds], [...COURSE_TYPES], [...PASSING_GRADES]],
    );
    return new Map(rows.map((row) => [row.student_id, Number(row.hours)]));
  }

  page(query: AwardQuery, page: PageRequest): Promise<CredentialAwardEntity[]> {
    return applyKeyset(this.filtered(query), ORDER, page).getMany();
  }

  count(query: AwardQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /**
   * Runs `work` in a transaction holding a lock on one student's awards of one credential, so the
   * duplicate check and the insert cannot interleave with another request's.
   */
  withAwardLock<T>(studentId: string, credentialId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`credential-award:${studentId}:${credentialId}`]);
      return work(manager);
    });
  }

  /** Awards of the same credential that still count (not revoked), inside the caller's transaction. */
  standing(manager: EntityManager, studentId: string, credentialId: string): Promise<CredentialAwardEntity[]> {
    return manager
      .getRepository(CredentialAwardEntity)
      .createQueryBuilder('a')
      .where('a.student_id = :studentId AND a.credential_id = :credentialId', { studentId, credentialId })
      .andWhere(`a.verification_status <> 'REVOKED'`)
      .getMany();
  }

  /** Inserts the award and its audit event inside the caller's transaction. */
  async insert(manager: EntityManager, award: CredentialAwardEntity, audit: AwardAudit): Promise<CredentialAwardEntity> {
    await manager.getRepository(CredentialAwardEntity).insert(award);
    const inserted = (await manager.getRepository(CredentialAwardEntity).findOneBy({ id: award.id }))!;
    await this.audit.record(manager, [audit(null, inserted)]);
    return inserted;
  }

  /**
   * Changes an award only if it is still in `expected` status, with its audit event, in one
   * transaction; the row is locked first so `before` is exactly what the change replaced. Null
   * when another request moved it first (nothing is written then).
   */
  async transition(
    id: string,
    expected: VerificationStatus[],
    changes: Partial<CredentialAwardEntity>,
    audit: AwardAudit,
  ): Promise<CredentialAwardEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const awards = manager.getRepository(CredentialAwardEntity);
      const before = await awards.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before || !expected.includes(before.verificationStatus)) return null;
      await awards.update({ id }, changes);
      const after = (await awards.findOneBy({ id }))!;
      await this.audit.record(manager, [audit(before, after)]);
      return after;
    });
  }

  private filtered(query: AwardQuery): SelectQueryBuilder<CredentialAwardEntity> {
    const qb = this.repository.createQueryBuilder('a');
    if (query.studentId) qb.andWhere('a.student_id = :studentId', { studentId: query.studentId });
    if (query.credentialId) qb.andWhere('a.credential_id = :credentialId', { credentialId: query.credentialId });
    if (query.schoolId) qb.andWhere('a.school_id = :schoolId', { schoolId: query.schoolId });
    if (query.verificationStatus) qb.andWhere('a.verification_status = :status', { status: query.verificationStatus });
    if (query.earnedBetween) qb.andWhere('a.earned_on BETWEEN :from AND :to', query.earnedBetween);
    if (query.inSchools) qb.andWhere('a.school_id = ANY(:inSchools::uuid[])', { inSchools: [...query.inSchools] });
    if (query.department) qb.andWhere('a.department = :department', { department: query.department });
    if (query.ofStudent) qb.andWhere('a.student_id = :ofStudent', { ofStudent: query.ofStudent });
    return qb;
  }
}
