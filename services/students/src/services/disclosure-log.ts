import { randomUUID } from 'node:crypto';
import type { Caller, CallerRole } from '@careergraph/kit';
import type { DisclosureEntity } from '../entities/disclosure.entity';

/**
 * Roles whose reads of a student's information are disclosures (34 CFR 99.32): callers who are not
 * school officials. District and school staff, the student themself and SERVICE lookups between
 * subgraphs are not recorded.
 */
const RECIPIENTS: ReadonlySet<CallerRole> = new Set<CallerRole>(['PARTNER_USER']);

interface StudentReads {
  read: Set<string>;
  /** Field → the rule that refused it. */
  refused: Map<string, string>;
}

/**
 * One request's reads of student fields, collected from the policy's field decisions and the
 * partner-view checks, and turned into disclosure rows when the answer is about to be sent.
 */
export class DisclosureLog {
  private readonly reads = new Map<string, StudentReads>();

  constructor(
    private readonly caller: Caller,
    private readonly requestId: string,
  ) {}

  /** Whether this caller's reads are recorded at all; false costs school officials nothing more. */
  get recording(): boolean {
    return RECIPIENTS.has(this.caller.role);
  }

  read(studentId: string, field: string): void {
    if (this.recording) this.of(studentId).read.add(field);
  }

  refused(studentId: string, field: string, rule: string): void {
    if (this.recording) this.of(studentId).refused.set(field, rule);
  }

  /** Every field of a refused lookup of the whole student (out of scope, placements unreachable). */
  refusedLookup(studentId: string, fields: readonly string[], rule: string): void {
    for (const field of fields) this.refused(studentId, field, rule);
  }

  get studentIds(): string[] {
    return [...this.reads.keys()];
  }

  /**
   * The rows for this request: per student, one for the fields sent and one for the fields refused
   * (a field refused after the policy let it through counts as refused).
   */
  rows(operationName: string | null, placementOf: (studentId: string) => string | null): DisclosureEntity[] {
    const disclosedAt = new Date();
    const rows: DisclosureEntity[] = [];
    for (const [studentId, { read, refused }] of this.reads) {
      const common = {
        disclosedAt,
        requestId: this.requestId,
        studentId,
        recipientSubject: this.caller.subject,
        recipientRole: this.caller.role,
        partnerId: this.caller.scope.partnerId ?? null,
        operationName,
        placementId: placementOf(studentId),
      };
      const sent = [...read].filter((field) => !refused.has(field)).sort();
      if (sent.length > 0) rows.push({ id: randomUUID(), ...common, fields: sent, allowed: true, refusalRules: [] });
      if (refused.size > 0) {
        rows.push({
          id: randomUUID(),
          ...common,
          fields: [...refused.keys()].sort(),
          allowed: false,
          refusalRules: [...new Set(refused.values())].sort(),
        });
      }
    }
    return rows;
  }

  private of(studentId: string): StudentReads {
    let reads = this.reads.get(studentId);
    if (!reads) this.reads.set(studentId, (reads = { read: new Set(), refused: new Map() }));
    return reads;
  }
}
