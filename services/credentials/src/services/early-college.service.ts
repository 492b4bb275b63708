import { today } from '@careergraph/kit';
import type { CredentialsConfig } from '../config';
import type { CredentialsContext } from '../context';

/** The district's early college measures (DOMAIN.md, Chicago Roadmap), from configuration. */
export class EarlyCollegeService {
  constructor(private readonly config: Pick<CredentialsConfig, 'tuitionPerCreditHour' | 'semesterCreditHours'>) {}

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
   * The student's outcomes by the end of `schoolYear` for aggregate reporting (Perkins 5S1/5S2 and
   * the cohort goal), asked by the students subgraph; the semester goal uses the configured hours.
   */
  async reportingOutcomes(studentId: string, schoolYear: string, context: CredentialsContext) {
    const row = await context.loaders.outcomesByStudent(schoolYear).load(studentId);
    return {
      recognizedPostsecondaryCredential: row?.recognizedPostsecondaryCredential ?? false,
      postsecondaryCredit: row?.postsecondaryCredit ?? false,
      advancedCreditOrCredential: row?.advancedCreditOrCredential ?? false,
      meetsSemesterGoal: row ? row.creditHours >= this.config.semesterCreditHours || row.validAdvancedCertification : false,
    };
  }
}
