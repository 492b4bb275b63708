import { EntityClient, type IdentitySigner, ServiceUnavailableError } from '@careergraph/kit';

/** Per-student outcomes another subgraph owns, by `<schoolYear>|<studentId>`. */
export type FlagsByStudentYear = Map<string, Record<string, boolean>>;

const OUTCOME_FIELDS = 'recognizedPostsecondaryCredential postsecondaryCredit advancedCreditOrCredential meetsSemesterGoal';

/**
 * Asks credentials and placements for the per-student flags a rate needs (Perkins 5S1–5S3, the
 * cohort goal): one SERVICE `_entities` call per subgraph for all students and years (one alias per
 * year), never exposed in the public API. URLs are read when asked, since in-process harnesses
 * start the other subgraphs after this one.
 */
export class ReportingFlags {
  constructor(
    private readonly subgraphUrls: Record<string, string>,
    private readonly signer: IdentitySigner,
    private readonly timeoutMs: number,
    private readonly requestId: string,
  ) {}

  private client(subgraph: string): EntityClient {
    const url = this.subgraphUrls[subgraph];
    if (!url) throw new ServiceUnavailableError(`the ${subgraph} subgraph is not configured (${subgraph.toUpperCase()}_URL)`);
    return new EntityClient({
      subgraph,
      url,
      service: 'students',
      signer: this.signer,
      timeoutMs: this.timeoutMs,
      headers: () => ({ 'x-request-id': this.requestId }),
    });
  }

  /** Credential outcomes by the end of each year of `rows`. */
  outcomes(rows: readonly { schoolYear: string; studentId: string }[]): Promise<FlagsByStudentYear> {
    return this.ask('credentials', rows, (year) => `reportingOutcomes(schoolYear: "${year}") { ${OUTCOME_FIELDS} }`);
  }

  /** Work-based learning by the end of each year of `rows`. */
  async workBasedLearning(rows: readonly { schoolYear: string; studentId: string }[]): Promise<FlagsByStudentYear> {
    return this.ask('placements', rows, (year) => `reportingWorkBasedLearning(schoolYear: "${year}")`, 'workBasedLearning');
  }

  private async ask(
    subgraph: string,
    rows: readonly { schoolYear: string; studentId: string }[],
    field: (year: string) => string,
    scalarName?: string,
  ): Promise<FlagsByStudentYear> {
    const result: FlagsByStudentYear = new Map();
    if (rows.length === 0) return result;
    const years = [...new Set(rows.map((r) => r.schoolYear))].sort();
    const ids = [...new Set(rows.map((r) => r.studentId))];
    const selection = years.map((year, i) => `y${i}: ${field(year)}`).join(' ');
    const answers = await this.client(subgraph).lookup<Record<string, unknown>>('Student', ids, selection);
    ids.forEach((id, n) => {
      years.forEach((year, i) => {
        const value = answers[n]?.[`y${i}`];
        if (value == null) return;
        result.set(`${year}|${id}`, scalarName ? { [scalarName]: Boolean(value) } : (value as Record<string, boolean>));
      });
    });
    return result;
  }
}
