import { EntityReader, applyKeyset, applyKeysetPerParent, countPerParent, type PageRequest, type RowFilter, type Tx } from '@careergraph/kit';
import { type DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { PlacementStatusChangeEntity } from '../entities/placement-status-change.entity';
import { PlacementEntity, type PlacementStatus } from '../entities/placement.entity';

export interface PlacementQuery {
  studentId?: string;
  partnerId?: string;
  opportunityId?: string;
  schoolId?: string;
  schoolYear?: string;
  status?: PlacementStatus;
  /** Only placements changed after this instant, in change order (a partner system's sync). */
  changedSince?: Date;
  /** The caller's reach (the policy's placement scope); every list is narrowed to it in SQL. */
  scope?: RowFilter;
}

/** The placement that gives a partner a legitimate interest in a student. */
export interface PartnerAccessRow {
  studentId: string;
  placementId: string;
  sharedStudentContact: string[];
}

/** Statuses that never gave the partner the student (an application declined or withdrawn). */
const NO_INTEREST: readonly PlacementStatus[] = ['DECLINED', 'WITHDRAWN'];

/** Statuses that hold one of the opportunity's slots. */
export const SLOT_CONSUMING: readonly PlacementStatus[] = ['OFFERED', 'ACCEPTED', 'ACTIVE', 'COMPLETED'];
/** Statuses that hold a place within the partner's capacity (hosting now or committed to). */
export const CAPACITY_HOLDING: readonly PlacementStatus[] = ['OFFERED', 'ACCEPTED', 'ACTIVE'];
/** Statuses in which a second placement of the same student on the same opportunity is a duplicate. */
export const OPEN_STATUSES: readonly PlacementStatus[] = ['APPLIED', 'OFFERED', 'ACCEPTED', 'ACTIVE'];

const ORDER = ['p.start_date', 'p.id'];
/** The change feed's order: `updated_at` has the milliseconds a cursor carries, so the comparison is exact. */
const CHANGE_ORDER = ['p.updated_at', 'p.id'];

/** The parents whose nested `placements` connections are loaded in batches. */
export type PlacementParent = 'partner' | 'opportunity';
const PARENT_COLUMNS: Record<PlacementParent, string> = { partner: 'p.partner_id', opportunity: 'p.opportunity_id' };

export class PlacementRepository {
  private readonly repository: Repository<PlacementEntity>;
  /** Its loaders' batches, on prepared SQL. */
  private readonly reader: EntityReader<PlacementEntity>;
  private readonly changes: Repository<PlacementStatusChangeEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(PlacementEntity);
    this.reader = new EntityReader(dataSource, PlacementEntity);
    this.changes = dataSource.getRepository(PlacementStatusChangeEntity);
  }

  static cursorOf(placement: PlacementEntity): string[] {
    return [placement.startDate, placement.id];
  }

  static changeCursorOf(placement: PlacementEntity): string[] {
    return [placement.updatedAt.toISOString(), placement.id];
  }

  findByIds(ids: readonly string[], tx?: Tx): Promise<PlacementEntity[]> {
    return tx ? tx.getRepository(PlacementEntity).findBy({ id: In([...ids]) }) : this.reader.byIds(ids);
  }

  findById(id: string, tx?: Tx): Promise<PlacementEntity | null> {
    return (tx ? tx.getRepository(PlacementEntity) : this.repository).findOneBy({ id });
  }

  page(query: PlacementQuery, page: PageRequest): Promise<PlacementEntity[]> {
    return this.reader.many(applyKeyset(this.filtered(query), query.changedSince ? CHANGE_ORDER : ORDER, page));
  }

  count(query: PlacementQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /** The same page of each parent's placements, one statement for all of them. */
  pageByParents(parent: PlacementParent, parentIds: readonly string[], query: PlacementQuery, page: PageRequest): Promise<PlacementEntity[]> {
    return this.reader.many(applyKeysetPerParent(this.filtered(query), PARENT_COLUMNS[parent], parentIds, ORDER, page));
  }

  countByParents(parent: PlacementParent, parentIds: readonly string[], query: PlacementQuery): Promise<Map<string, number>> {
    return countPerParent(this.filtered(query), PARENT_COLUMNS[parent], parentIds);
  }

  /** Placements of many students, latest start first, with the same optional filters for all. */
  findByStudentIds(studentIds: readonly string[], filter: Pick<PlacementQuery, 'status' | 'schoolYear' | 'scope'>): Promise<PlacementEntity[]> {
    const qb = this.filtered(filter).andWhere('p.student_id = ANY(:studentIds)', { studentIds: [...studentIds] });
    return this.reader.many(qb.orderBy('p.start_date', 'DESC').addOrderBy('p.id', 'ASC'));
  }

  async countOthersHoldingSlots(tx: Tx, opportunityId: string, exceptPlacementId: string | null): Promise<number> {
    const rows: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM placements.placements
       WHERE opportunity_id = $1 AND status = ANY($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [opportunityId, SLOT_CONSUMING, exceptPlacementId],
    );
    return rows[0].n;
  }

  /** Date ranges of the partner's other placements holding a place within its capacity and overlapping `from`..`to`. */
  capacityHeldByOthers(tx: Tx, partnerId: string, from: string, to: string, exceptPlacementId: string | null): Promise<{ startDate: string; endDate: string }[]> {
    return tx.query(
      `SELECT start_date::text AS "startDate", end_date::text AS "endDate" FROM placements.placements
       WHERE partner_id = $1 AND status = ANY($2) AND start_date <= $4 AND end_date >= $3 AND ($5::uuid IS NULL OR id <> $5::uuid)`,
      [partnerId, CAPACITY_HOLDING, from, to, exceptPlacementId],
    );
  }

  /** Slots held per opportunity, one statement for the batch. */
  async slotsHeldByOpportunityIds(opportunityIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { opportunity_id: string; n: number }[] = await this.repository.query(
      `SELECT opportunity_id, count(*)::int AS n FROM placements.placements
       WHERE opportunity_id = ANY($1) AND status = ANY($2) GROUP BY opportunity_id`,
      [opportunityIds, SLOT_CONSUMING],
    );
    return new Map(rows.map((r) => [r.opportunity_id, r.n]));
  }

  findOpenDuplicate(tx: Tx, studentId: string, opportunityId: string, exceptPlacementId: string | null): Promise<PlacementEntity | null> {
    const qb = tx
      .getRepository(PlacementEntity)
      .createQueryBuilder('p')
      .where('p.student_id = :studentId AND p.opportunity_id = :opportunityId', { studentId, opportunityId })
      .andWhere('p.status IN (:...open)', { open: OPEN_STATUSES });
    if (exceptPlacementId) qb.andWhere('p.id <> :exceptPlacementId', { exceptPlacementId });
    return qb.getOne();
  }

  async insert(tx: Tx, placement: PlacementEntity, change: PlacementStatusChangeEntity): Promise<PlacementEntity> {
    await tx.getRepository(PlacementEntity).insert(placement);
    await tx.getRepository(PlacementStatusChangeEntity).insert(change);
    return (await this.findById(placement.id, tx))!;
  }

  /** The student's application made with `applicationKey` (a retried applyToOpportunity). */
  findByApplicationKey(tx: Tx, studentId: string, applicationKey: string): Promise<PlacementEntity | null> {
    return tx.getRepository(PlacementEntity).findOneBy({ studentId, applicationKey });
  }

  /** Moves the placement to the change's status, recording `changes` made with the move (an offer's supervisor). */
  async changeStatus(tx: Tx, id: string, change: PlacementStatusChangeEntity, changes: Partial<PlacementEntity> = {}): Promise<PlacementEntity> {
    await tx.getRepository(PlacementEntity).update({ id }, { ...changes, status: change.toStatus });
    await tx.getRepository(PlacementStatusChangeEntity).insert(change);
    return (await this.findById(id, tx))!;
  }

  async update(tx: Tx, id: string, changes: Partial<PlacementEntity>): Promise<PlacementEntity> {
    await tx.getRepository(PlacementEntity).update({ id }, changes);
    return (await this.findById(id, tx))!;
  }

  /** Reads and locks the row until the transaction ends, so its audit "before" is what the change replaced. */
  findByIdForUpdate(tx: Tx, id: string): Promise<PlacementEntity | null> {
    return tx.getRepository(PlacementEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Per student, the partner's most recent placement that is not declined or withdrawn, one
   * statement for the batch; students without one are absent.
   */
  async partnerAccessByStudentIds(partnerId: string, studentIds: readonly string[]): Promise<Map<string, PartnerAccessRow>> {
    const rows: { student_id: string; id: string; shared_student_contact: string[] }[] = await this.repository.query(
      `SELECT DISTINCT ON (student_id) student_id, id, shared_student_contact FROM placements.placements
       WHERE partner_id = $1 AND student_id = ANY($2) AND status <> ALL($3)
       ORDER BY student_id, start_date DESC, created_at DESC, id`,
      [partnerId, studentIds, NO_INTEREST],
    );
    return new Map(
      rows.map((r) => [r.student_id, { studentId: r.student_id, placementId: r.id, sharedStudentContact: r.shared_student_contact }]),
    );
  }

  statusChangesByPlacementIds(placementIds: readonly string[]): Promise<PlacementStatusChangeEntity[]> {
    return this.changes.find({ where: { placementId: In([...placementIds]) }, order: { changedAt: 'ASC', id: 'ASC' } });
  }

  private filtered(query: PlacementQuery): SelectQueryBuilder<PlacementEntity> {
    const qb = this.repository.createQueryBuilder('p');
    if (query.studentId) qb.andWhere('p.student_id = :studentId', { studentId: query.studentId });
    if (query.partnerId) qb.andWhere('p.partner_id = :partnerId', { partnerId: query.partnerId });
    if (query.opportunityId) qb.andWhere('p.opportunity_id = :opportunityId', { opportunityId: query.opportunityId });
    if (query.schoolId) qb.andWhere('p.school_id = :schoolId', { schoolId: query.schoolId });
    if (query.schoolYear) qb.andWhere('p.school_year = :schoolYear', { schoolYear: query.schoolYear });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.changedSince) qb.andWhere('p.updated_at > :changedSince', { changedSince: query.changedSince });
    query.scope?.applyTo(qb, 'p');
    return qb;
  }
}
