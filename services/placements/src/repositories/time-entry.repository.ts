import { applyKeyset, applyKeysetPerParent, countPerParent, type PageRequest, type RowFilter, type Tx } from '@careergraph/kit';
import { type DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { PlacementEntity } from '../entities/placement.entity';
import { TimeEntryEntity, type TimeEntryStatus } from '../entities/time-entry.entity';

export interface TimeEntryQuery {
  placementId?: string;
  status?: TimeEntryStatus;
  /** Only entries changed after this instant, in change order (a partner system's sync). */
  changedSince?: Date;
  /** The caller's reach over the entries' placements (the policy's placement scope), applied in SQL. */
  scope?: RowFilter;
}

const ORDER = ['t.work_date', 't.id'];
/** The change feed's order: `updated_at` has the milliseconds a cursor carries, so the comparison is exact. */
const CHANGE_ORDER = ['t.updated_at', 't.id'];

export class TimeEntryRepository {
  private readonly repository: Repository<TimeEntryEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(TimeEntryEntity);
  }

  static cursorOf(entry: TimeEntryEntity): string[] {
    return [entry.workDate, entry.id];
  }

  static changeCursorOf(entry: TimeEntryEntity): string[] {
    return [entry.updatedAt.toISOString(), entry.id];
  }

  page(query: TimeEntryQuery, page: PageRequest): Promise<TimeEntryEntity[]> {
    return applyKeyset(this.filtered(query), query.changedSince ? CHANGE_ORDER : ORDER, page).getMany();
  }

  count(query: TimeEntryQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /** The same page of each placement's entries, one statement for all of them. */
  pageByPlacements(placementIds: readonly string[], query: TimeEntryQuery, page: PageRequest): Promise<TimeEntryEntity[]> {
    return applyKeysetPerParent(this.filtered(query), 't.placement_id', placementIds, ORDER, page).getMany();
  }

  countByPlacements(placementIds: readonly string[], query: TimeEntryQuery): Promise<Map<string, number>> {
    return countPerParent(this.filtered(query), 't.placement_id', placementIds);
  }

  findByIds(ids: readonly string[], tx?: Tx): Promise<TimeEntryEntity[]> {
    return (tx ? tx.getRepository(TimeEntryEntity) : this.repository).findBy({ id: In([...ids]) });
  }

  /** Locks the rows until the transaction ends, so two approvers cannot decide the same entry. */
  findByIdsForUpdate(tx: Tx, ids: readonly string[]): Promise<TimeEntryEntity[]> {
    return tx.getRepository(TimeEntryEntity).find({ where: { id: In([...ids]) }, lock: { mode: 'pessimistic_write' } });
  }

  findByIdempotencyKey(tx: Tx, placementId: string, idempotencyKey: string): Promise<TimeEntryEntity | null> {
    return tx.getRepository(TimeEntryEntity).findOneBy({ placementId, idempotencyKey });
  }

  /** The student's entries that still count (not rejected) between two dates, on any placement. */
  countingEntriesOfStudent(tx: Tx, studentId: string, from: string, to: string): Promise<TimeEntryEntity[]> {
    return tx
      .getRepository(TimeEntryEntity)
      .createQueryBuilder('t')
      .where('t.student_id = :studentId AND t.work_date BETWEEN :from AND :to', { studentId, from, to })
      .andWhere(`t.status <> 'REJECTED'`)
      .getMany();
  }

  /** Inserts the entry; the database stamps `updatedAt`. */
  async insert(tx: Tx, entry: Omit<TimeEntryEntity, 'updatedAt'>): Promise<TimeEntryEntity> {
    await tx.getRepository(TimeEntryEntity).insert(entry);
    return (await this.findByIds([entry.id], tx))[0];
  }

  async decide(
    tx: Tx,
    ids: readonly string[],
    decision: Pick<TimeEntryEntity, 'status' | 'decidedBy' | 'decidedAt' | 'rejectionReason'>,
  ): Promise<TimeEntryEntity[]> {
    await tx.getRepository(TimeEntryEntity).update({ id: In([...ids]) }, decision);
    return this.findByIds(ids, tx);
  }

  /** Approved minutes per student, over placements of one school year (or all when null). */
  async approvedMinutesByStudentIds(studentIds: readonly string[], schoolYear: string | null): Promise<Map<string, number>> {
    const rows: { student_id: string; minutes: number }[] = await this.repository.query(
      `SELECT t.student_id, sum(t.duration_minutes)::int AS minutes
       FROM placements.time_entries t JOIN placements.placements p ON p.id = t.placement_id
       WHERE t.student_id = ANY($1) AND t.status = 'APPROVED' AND ($2::text IS NULL OR p.school_year = $2)
       GROUP BY t.student_id`,
      [studentIds, schoolYear],
    );
    return new Map(rows.map((r) => [r.student_id, r.minutes]));
  }

  private filtered(query: TimeEntryQuery): SelectQueryBuilder<TimeEntryEntity> {
    const qb = this.repository.createQueryBuilder('t');
    if (query.placementId) qb.andWhere('t.placement_id = :placementId', { placementId: query.placementId });
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.changedSince) qb.andWhere('t.updated_at > :changedSince', { changedSince: query.changedSince });
    if (query.scope && !query.scope.unrestricted) {
      const placements = query.scope.applyTo(qb.subQuery().select('sp.id').from(PlacementEntity, 'sp'), 'sp');
      qb.andWhere(`t.placement_id IN ${placements.getQuery()}`).setParameters(placements.getParameters());
    }
    return qb;
  }
}
