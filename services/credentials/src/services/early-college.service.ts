import { parseReportingSetArguments, today } from '@careergraph/kit';
import type { CredentialsSettings } from '../config/credentials-settings';
import type { CredentialsContext } from '../context';
import type { ReportingRepository } from '../repositories/reporting.repository';

/** The district's early college measures (DOMAIN.md, Chicago Roadmap), from configuration. */
export class EarlyCollegeService {
  constructor(
    private readonly config: Pick<CredentialsSettings, 'tuitionPerCreditHour' | 'semesterCreditHours'>,
    private readonly reporting: ReportingRepository,
  ) {}

  creditHours(studentId: string, context: CredentialsContext): Promise<number> {
    return context.loaders.creditHoursByStudent.load(studentId);
  }

  async tuitionSavings(studentId: string, context: CredentialsContext): Promise<number> {
    const hours = await this.creditHours(studentId, context);
    return Math.round(hours * this.config.tuitionPerCreditHour * 100) / 100;
  }

  /** A semester's worth of early college credit, or a verified advanced certification still valid. */
  async meetsAdvancedCreditGoal(studentId: string, context: CredentialsContext): Promise<boolean> {
    if ((await this.creditHours(studentId, context)) >= this.config.semesterCreditHours) return true;
    const on = today();
    const valid = (await context.loaders.awardsByStudent.load(studentId)).filter(
      (award) => award.verificationStatus === 'VERIFIED' && (award.expiresOn === null || award.expiresOn >= on),
    );
    const credentials = await context.loaders.credentialById.loadMany(valid.map((award) => award.credentialId));
    return credentials.some((credential) => credential && !(credential instanceof Error) && credential.advancedCertification);
  }

  /**
   * Of `studentIds`, those holding each outcome by the end of `schoolYear`, for aggregate reporting
   * (Perkins 5S1/5S2 and the cohort goal), asked by the students subgraph: one statement for a
   * whole district's class. The semester goal uses the configured hours.
   */
  async reportingOutcomeSet(schoolYear: string, studentIds: readonly string[]) {
    const { year, studentIds: ids } = parseReportingSetArguments(schoolYear, studentIds);
    const rows = [...(await this.reporting.outcomesByStudent(ids, year.lastDay)).values()];
    const holding = (has: (row: (typeof rows)[number]) => boolean) => rows.filter(has).map((row) => row.studentId);
    return {
      schoolYear: year.id,
      recognizedPostsecondaryCredential: holding((row) => row.recognizedPostsecondaryCredential),
      postsecondaryCredit: holding((row) => row.postsecondaryCredit),
      advancedCreditOrCredential: holding((row) => row.advancedCreditOrCredential),
      meetsSemesterGoal: holding((row) => row.creditHours >= this.config.semesterCreditHours || row.validAdvancedCertification),
    };
  }

  /**
   * Of `studentIds`, early college credit hours and college readiness by the end of `schoolYear`
   * (the College and Career Pathway Endorsement), asked by the students subgraph: one statement.
   */
  async endorsementFacts(schoolYear: string, studentIds: readonly string[]) {
    const { year, studentIds: ids } = parseReportingSetArguments(schoolYear, studentIds);
    return this.reporting.endorsementFactsByStudent(ids, year.lastDay);
  }
}
