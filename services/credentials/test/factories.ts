import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  AwardReportingSnapshotEntity,
  CredentialAwardEntity,
  CredentialEntity,
  ReadinessDeterminationEntity,
  ReadinessReportingSnapshotEntity,
} from '../src/entities';

/** The student attributes of a reporting snapshot, overridable. */
const SNAPSHOT = {
  gradeLevel: 11,
  economicallyDisadvantaged: true,
  raceEthnicity: 'HISPANIC_OR_LATINO',
  gender: 'FEMALE',
  englishLearner: false,
  disabilityPlan: 'NONE',
  programIds: [] as string[],
  departments: [] as string[],
  careerClusters: [] as string[],
};

let sequence = 0;
const next = () => ++sequence;

/** Small factories: each makes one valid row with overridable fields, and saves it. */
export function credentialsFactories(dataSource: DataSource) {
  return {
    credential(overrides: Partial<CredentialEntity> = {}): Promise<CredentialEntity> {
      return dataSource.getRepository(CredentialEntity).save({
        id: randomUUID(),
        name: `Test Certification ${next()}`,
        type: 'INDUSTRY_CERTIFICATION',
        issuerId: randomUUID(),
        careerCluster: 'INFORMATION_TECHNOLOGY',
        ctid: null,
        creditHours: null,
        advancedCertification: false,
        recognizedPostsecondaryCredential: true,
        description: null,
        ...overrides,
      });
    },

    course(overrides: Partial<CredentialEntity> = {}): Promise<CredentialEntity> {
      return this.credential({ name: `Test Course ${next()}`, type: 'DUAL_CREDIT_COURSE', creditHours: 3, ...overrides });
    },

    award(credential: CredentialEntity, studentId: string, overrides: Partial<CredentialAwardEntity> = {}): Promise<CredentialAwardEntity> {
      const course = credential.creditHours !== null;
      return dataSource.getRepository(CredentialAwardEntity).save({
        id: randomUUID(),
        studentId,
        credentialId: credential.id,
        earnedOn: '2025-12-15',
        schoolId: randomUUID(),
        verificationStatus: 'SELF_REPORTED',
        verifiedBy: null,
        verifiedAt: null,
        revokedBy: null,
        revokedAt: null,
        revocationReason: null,
        expiresOn: null,
        term: course ? `2025-FALL` : null,
        grade: course ? 'A' : null,
        creditHoursEarned: course ? credential.creditHours : null,
        recordedBy: 'test',
        ...overrides,
      });
    },

    readiness(studentId: string, overrides: Partial<ReadinessDeterminationEntity> = {}): Promise<ReadinessDeterminationEntity> {
      return dataSource.getRepository(ReadinessDeterminationEntity).save({
        id: randomUUID(),
        studentId,
        subject: 'MATH',
        eligible: true,
        basis: 'SAT_SCORE',
        detail: null,
        asOf: '2025-10-01',
        recordedBy: 'test',
        ...overrides,
      });
    },

    /** An award's reporting snapshot (what recordCredentialAward takes from the students subgraph). */
    awardSnapshot(award: CredentialAwardEntity, overrides: Partial<AwardReportingSnapshotEntity> = {}) {
      return dataSource.getRepository(AwardReportingSnapshotEntity).save({
        awardId: award.id,
        schoolId: award.schoolId,
        schoolYear: '2025-2026',
        ...SNAPSHOT,
        ...overrides,
      });
    },

    /** A determination's reporting snapshot. */
    readinessSnapshot(determination: ReadinessDeterminationEntity, schoolId: string, overrides: Partial<ReadinessReportingSnapshotEntity> = {}) {
      return dataSource.getRepository(ReadinessReportingSnapshotEntity).save({
        determinationId: determination.id,
        schoolId,
        schoolYear: '2025-2026',
        ...SNAPSHOT,
        ...overrides,
      });
    },
  };
}
