import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CredentialAwardEntity, CredentialEntity, ReadinessDeterminationEntity } from '../src/entities';

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
  };
}

/**
 * A fingerprint of every table (row count and a hash of the rows), to show that a refused
 * mutation wrote nothing: neither an insert nor an update.
 */
export async function tableState(dataSource: DataSource): Promise<Record<string, string>> {
  const rows: { table_name: string; state: string }[] = await dataSource.query(`
    SELECT 'credentials' AS table_name, count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') AS state
      FROM credentials.credentials t
    UNION ALL SELECT 'credential_awards', count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '')
      FROM credentials.credential_awards t
    UNION ALL SELECT 'readiness_determinations', count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '')
      FROM credentials.readiness_determinations t`);
  return Object.fromEntries(rows.map((r) => [r.table_name, r.state]));
}
