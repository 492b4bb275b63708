import { EntityReader, applyKeyset, type PageRequest, type RowFilter, type Tx } from '@careergraph/kit';
import { type DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { CredentialAwardEntity } from '../entities/credential-award.entity';
import type { Department, VerificationStatus } from '../generated/graphql';

export interface AwardQuery {
  studentId?: string;
  credentialId?: string;
  /** Earned within [from, to] (a school year). */
  earnedBetween?: { from: string; to: string };
  verificationStatus?: VerificationStatus;
  schoolId?: string;
  /** The caller's reach (the policy's award scope), on top of the filters, applied in SQL. */
  scope?: RowFilter;
}

const ORDER = ['a.earned_on', 'a.id'];

/** Grades that earn college credit: A–D and Pass. */
export const PASSING_GRADES = ['A', 'B', 'C', 'D', 'P'] as const;
export const COURSE_TYPES = ['DUAL_CREDIT_COURSE', 'DUAL_ENROLLMENT_COURSE'] as const;

export class AwardRepository {
  private readonly repository: Repository<CredentialAwardEntity>;
  /** Its loaders' batches, on prepared SQL. */
  private readonly reader: EntityReader<CredentialAwardEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repository = dataSource.getRepository(CredentialAwardEntity);
    this.reader = new EntityReader(dataSource, CredentialAwardEntity);
  }

  static cursorOf(award: CredentialAwardEntity): string[] {
    return [award.earnedOn, award.id];
  }

  findByIds(ids: readonly string[]): Promise<CredentialAwardEntity[]> {
    return this.reader.byIds(ids);
  }

  findById(id: string): Promise<CredentialAwardEntity | null> {
    return this.repository.findOneBy({ id });
  }

  /** Awards of a batch of students, most recently earned first. */
  findByStudentIds(studentIds: readonly string[]): Promise<CredentialAwardEntity[]> {
    return this.reader.where('a', 'a.student_id = ANY($1) ORDER BY a.earned_on DESC, a.id', [studentIds]);
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
    return this.reader.many(applyKeyset(this.filtered(query), ORDER, page));
  }

  count(query: AwardQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /** Awards of the same credential that still count (not revoked), inside the caller's transaction. */
  standing(tx: Tx, studentId: string, credentialId: string): Promise<CredentialAwardEntity[]> {
    return tx
      .getRepository(CredentialAwardEntity)
      .createQueryBuilder('a')
      .where('a.student_id = :studentId AND a.credential_id = :credentialId', { studentId, credentialId })
      .andWhere(`a.verification_status <> 'REVOKED'`)
      .getMany();
  }

  /** Inserts the award in the caller's transaction and reads it back. */
  async insert(tx: Tx, award: CredentialAwardEntity): Promise<CredentialAwardEntity> {
    await tx.insert(CredentialAwardEntity, award);
    return (await tx.findOneBy(CredentialAwardEntity, { id: award.id }))!;
  }

  /** Reads and locks the row until the transaction ends, so its audit "before" is what the change replaced. */
  findByIdForUpdate(tx: Tx, id: string): Promise<CredentialAwardEntity | null> {
    return tx.findOne(CredentialAwardEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Changes the award in the caller's transaction and reads it back. */
  async update(tx: Tx, id: string, changes: Partial<CredentialAwardEntity>): Promise<CredentialAwardEntity> {
    await tx.update(CredentialAwardEntity, { id }, changes);
    return (await tx.findOneBy(CredentialAwardEntity, { id }))!;
  }

  private filtered(query: AwardQuery): SelectQueryBuilder<CredentialAwardEntity> {
    const qb = this.repository.createQueryBuilder('a');
    if (query.studentId) qb.andWhere('a.student_id = :studentId', { studentId: query.studentId });
    if (query.credentialId) qb.andWhere('a.credential_id = :credentialId', { credentialId: query.credentialId });
    if (query.schoolId) qb.andWhere('a.school_id = :schoolId', { schoolId: query.schoolId });
    if (query.verificationStatus) qb.andWhere('a.verification_status = :status', { status: query.verificationStatus });
    if (query.earnedBetween) qb.andWhere('a.earned_on BETWEEN :from AND :to', query.earnedBetween);
    query.scope?.applyTo(qb, 'a');
    return qb;
  }
}
