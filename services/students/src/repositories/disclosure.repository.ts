import { applyKeysetPerParent, countPerParent, type PageRequest } from '@careergraph/kit';
import type { DataSource, Repository } from 'typeorm';
import { DisclosureEntity } from '../entities/disclosure.entity';

const ORDER = ['d.disclosed_at', 'd.id'];
/** Columns of one row in the multi-row INSERT, in order. */
const COLUMNS = [
  'id',
  'disclosed_at',
  'request_id',
  'student_id',
  'recipient_subject',
  'recipient_role',
  'partner_id',
  'operation_name',
  'fields',
  'placement_id',
  'allowed',
  'refusal_rules',
] as const;

export class DisclosureRepository {
  private readonly repository: Repository<DisclosureEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repository = dataSource.getRepository(DisclosureEntity);
  }

  static cursorOf(disclosure: DisclosureEntity): string[] {
    return [disclosure.disclosedAt.toISOString(), disclosure.id];
  }

  /** One request's disclosures in ONE statement: the record is written before the answer leaves. */
  async append(rows: readonly DisclosureEntity[]): Promise<void> {
    if (rows.length === 0) return;
    const values: unknown[] = [];
    const tuples = rows.map((row, i) => {
      values.push(
        row.id,
        row.disclosedAt,
        row.requestId,
        row.studentId,
        row.recipientSubject,
        row.recipientRole,
        row.partnerId,
        row.operationName,
        row.fields,
        row.placementId,
        row.allowed,
        row.refusalRules,
      );
      return `(${COLUMNS.map((_, c) => `$${i * COLUMNS.length + c + 1}`).join(', ')})`;
    });
    await this.dataSource.query(`INSERT INTO students.disclosures (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }

  pageByStudents(studentIds: readonly string[], page: PageRequest): Promise<DisclosureEntity[]> {
    return applyKeysetPerParent(this.repository.createQueryBuilder('d'), 'd.student_id', studentIds, ORDER, page).getMany();
  }

  countByStudents(studentIds: readonly string[]): Promise<Map<string, number>> {
    return countPerParent(this.repository.createQueryBuilder('d'), 'd.student_id', studentIds);
  }
}
