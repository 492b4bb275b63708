import type { CredentialAwardEntity } from '../entities/credential-award.entity';
import type { CredentialEntity } from '../entities/credential.entity';
import { badgeUrls, buildOpenBadgeCredential, identityHash, OB3_CONTEXT, OB3_CREDENTIAL_SCHEMA } from './open-badge';
import { STATUS_LIST_BITS } from './status-list';

const credential = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'CIS 120 Microcomputer Applications',
  type: 'DUAL_ENROLLMENT_COURSE',
  issuerId: '22222222-2222-4222-8222-222222222222',
  careerCluster: 'INFORMATION_TECHNOLOGY',
  ctid: 'ce-3a4b5c6d-7e8f-4a0b-8c1d-2e3f4a5b6c7d',
  creditHours: 3,
  advancedCertification: false,
  recognizedPostsecondaryCredential: false,
  description: 'Office applications for business.',
} as CredentialEntity;

const award = {
  id: '33333333-3333-4333-8333-333333333333',
  studentId: '44444444-4444-4444-8444-444444444444',
  credentialId: credential.id,
  earnedOn: '2025-12-18',
  expiresOn: null,
  term: '2025-FALL',
  grade: 'A',
  creditHoursEarned: 3,
  // The second list: its bit 5.
  badgeStatusIndex: STATUS_LIST_BITS + 5,
} as CredentialAwardEntity;

const issuer = { urls: badgeUrls('https://district.example'), name: 'Chicago Public Schools' };

describe('buildOpenBadgeCredential', () => {
  const doc = buildOpenBadgeCredential({ award, credential, creatorName: 'City Colleges of Chicago', issuer, salt: 's4lt' }) as any;

  it('is an OB3 OpenBadgeCredential issued by the district, with validity and schema', () => {
    expect(doc['@context']).toEqual(OB3_CONTEXT);
    expect(doc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(doc.id).toBe(`urn:uuid:${award.id}`);
    expect(doc.name).toBe(credential.name);
    expect(doc.issuer).toEqual({ id: 'https://district.example/badges/issuer', type: ['Profile'], name: 'Chicago Public Schools' });
    expect(doc.validFrom).toBe('2025-12-18T00:00:00Z');
    expect(doc).not.toHaveProperty('validUntil');
    expect(doc.credentialSchema).toEqual([OB3_CREDENTIAL_SCHEMA]);
    // Secured as a VC-JWT (badge-signer), so no embedded proof.
    expect(doc).not.toHaveProperty('proof');
  });

  it('points at its revocation bit in the district\'s Bitstring Status Lists', () => {
    expect(doc.credentialStatus).toEqual({
      id: 'https://district.example/badges/status/2#5',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '5',
      statusListCredential: 'https://district.example/badges/status/2',
    });
  });

  it('names the student only by a salted sha256 hash (OB3 IdentityObject)', () => {
    expect(doc.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(doc.credentialSubject.identifier).toEqual([
      { type: 'IdentityObject', identityHash: identityHash(award.studentId, 's4lt'), identityType: 'studentId', hashed: true, salt: 's4lt' },
    ]);
    expect(identityHash(award.studentId, 's4lt')).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(identityHash(award.studentId, 'other')).not.toBe(identityHash(award.studentId, 's4lt'));
    expect(JSON.stringify(doc)).not.toContain(award.studentId);
  });

  it('describes a course achievement with credits, result, cluster and CTID alignments', () => {
    const { achievement } = doc.credentialSubject;
    expect(achievement).toMatchObject({
      id: `urn:uuid:${credential.id}`,
      type: ['Achievement'],
      achievementType: 'Course',
      name: credential.name,
      description: credential.description,
      creditsAvailable: 3,
      criteria: { narrative: 'Awarded by City Colleges of Chicago.' },
      creator: { id: `urn:uuid:${credential.issuerId}`, type: ['Profile'], name: 'City Colleges of Chicago' },
    });
    expect(achievement.alignment).toEqual([
      expect.objectContaining({ type: ['Alignment'], targetCode: 'INFORMATION_TECHNOLOGY', targetName: 'Information Technology' }),
      expect.objectContaining({ targetCode: credential.ctid, targetType: 'ceterms:Credential', targetUrl: `https://credentialengineregistry.org/resources/${credential.ctid}` }),
    ]);
    expect(doc.credentialSubject).toMatchObject({ creditsEarned: 3, term: '2025-FALL', result: [{ type: ['Result'], value: 'A' }] });
  });

  it('maps each credential type to an OB3 achievementType, without course fields for non-courses', () => {
    const types = { INDUSTRY_CERTIFICATION: 'Certification', OCCUPATIONAL_LICENSE: 'License', APPRENTICESHIP_CERTIFICATE: 'ApprenticeshipCertificate', ENDORSEMENT: 'Award' } as const;
    for (const [type, achievementType] of Object.entries(types)) {
      const other = buildOpenBadgeCredential({
        award: { ...award, term: null, grade: null, creditHoursEarned: null, expiresOn: '2028-12-18' } as CredentialAwardEntity,
        credential: { ...credential, type, creditHours: null, ctid: null } as CredentialEntity,
        creatorName: 'CompTIA',
        issuer,
        salt: 's',
      }) as any;
      expect(other.credentialSubject.achievement.achievementType).toBe(achievementType);
      expect(other.credentialSubject.achievement).not.toHaveProperty('creditsAvailable');
      expect(other.credentialSubject.achievement.alignment).toHaveLength(1);
      expect(other.credentialSubject).not.toHaveProperty('creditsEarned');
      expect(other.validUntil).toBe('2028-12-18T00:00:00Z');
    }
  });
});
