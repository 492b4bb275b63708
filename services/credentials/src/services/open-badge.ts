import { createHash } from 'node:crypto';
import { CAREER_CLUSTER_NAMES } from '@careergraph/kit';
import type { CredentialAwardEntity } from '../entities/credential-award.entity';
import type { CredentialEntity } from '../entities/credential.entity';
import type { CredentialType } from '../generated/graphql';
import { statusListPosition } from './status-list';

export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

/**
 * OB3 achievementType per credential type. OB3 has no "endorsement" achievement (its
 * EndorsementCredential is a third party vouching for a claim), and a diploma endorsement such as
 * the Illinois College and Career Pathway Endorsement is a recognition, so Award is the closest.
 */
const ACHIEVEMENT_TYPES: Record<CredentialType, string> = {
  INDUSTRY_CERTIFICATION: 'Certification',
  OCCUPATIONAL_LICENSE: 'License',
  APPRENTICESHIP_CERTIFICATE: 'ApprenticeshipCertificate',
  DUAL_CREDIT_COURSE: 'Course',
  DUAL_ENROLLMENT_COURSE: 'Course',
  ENDORSEMENT: 'Award',
};

/** OB 3.0's JSON Schema for an OpenBadgeCredential, named so validators can check the document. */
export const OB3_CREDENTIAL_SCHEMA = {
  id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
  type: '1EdTechJsonSchemaValidator2019',
};

/** Where badges name the district's public documents, under the gateway's public URL (badge-routes.ts serves them). */
export function badgeUrls(base: string) {
  return {
    /** The issuer Profile: the issuer's id. */
    issuer: `${base}/badges/issuer`,
    /** One public key as a bare JWK: the `kid` of what it signs, dereferenceable as OB 3.0 asks. */
    key: (thumbprint: string) => `${base}/badges/keys/${thumbprint}`,
    statusList: (list: number) => `${base}/badges/status/${list}`,
  };
}

export type BadgeUrls = ReturnType<typeof badgeUrls>;

export interface OpenBadgeInput {
  award: CredentialAwardEntity;
  credential: CredentialEntity;
  /** The partner that issues the credential (an industry body, a college): the achievement's creator. */
  creatorName: string;
  /** The district, which attests the verified award. */
  issuer: { urls: BadgeUrls; name: string };
  /** Salt of the student identity hash (OB3 IdentityObject). */
  salt: string;
}

/** OB3 IdentityObject hash: sha256 of the identifier followed by the salt, hex, with the algorithm prefix. */
export function identityHash(identifier: string, salt: string): string {
  return `sha256$${createHash('sha256').update(identifier + salt).digest('hex')}`;
}

/**
 * An award as a 1EdTech Open Badges 3.0 OpenBadgeCredential, before it is secured (badge-signer).
 * The district issues it; the partner that grants the credential is the achievement's creator. The
 * student is identified only by a salted hash of their id, so the document reveals no name or
 * record. Its revocation bit is `award.badgeStatusIndex` of the district's status lists.
 */
export function buildOpenBadgeCredential({ award, credential, creatorName, issuer, salt }: OpenBadgeInput): Record<string, unknown> {
  const course = credential.creditHours !== null;
  const alignment: Record<string, unknown>[] = [
    {
      type: ['Alignment'],
      targetName: CAREER_CLUSTER_NAMES[credential.careerCluster],
      targetCode: credential.careerCluster,
      targetFramework: 'National Career Clusters Framework',
      targetType: 'ext:CareerCluster',
      targetUrl: 'https://careertech.org/career-clusters/',
    },
  ];
  if (credential.ctid) {
    alignment.push({
      type: ['Alignment'],
      targetName: credential.name,
      targetCode: credential.ctid,
      targetFramework: 'Credential Engine Registry',
      targetType: 'ceterms:Credential',
      targetUrl: `https://credentialengineregistry.org/resources/${credential.ctid}`,
    });
  }
  const achievement: Record<string, unknown> = {
    id: `urn:uuid:${credential.id}`,
    type: ['Achievement'],
    achievementType: ACHIEVEMENT_TYPES[credential.type],
    name: credential.name,
    description: credential.description ?? credential.name,
    criteria: { narrative: `Awarded by ${creatorName}.` },
    creator: { id: `urn:uuid:${credential.issuerId}`, type: ['Profile'], name: creatorName },
    alignment,
    ...(credential.ctid ? { otherIdentifiers: [{ type: 'IdentifierEntry', identifier: credential.ctid, identifierType: 'identifier' }] } : {}),
    ...(course ? { creditsAvailable: credential.creditHours } : {}),
  };
  const credentialSubject: Record<string, unknown> = {
    type: ['AchievementSubject'],
    identifier: [
      { type: 'IdentityObject', identityHash: identityHash(award.studentId, salt), identityType: 'studentId', hashed: true, salt },
    ],
    achievement,
    ...(course
      ? {
          creditsEarned: award.creditHoursEarned,
          ...(award.term ? { term: award.term } : {}),
          result: [{ type: ['Result'], value: award.grade }],
        }
      : {}),
  };
  const { list, index } = statusListPosition(award.badgeStatusIndex);
  const statusList = issuer.urls.statusList(list);
  return {
    '@context': OB3_CONTEXT,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    id: `urn:uuid:${award.id}`,
    name: credential.name,
    issuer: { id: issuer.urls.issuer, type: ['Profile'], name: issuer.name },
    // VC 2.0 wants date-times: the earned and expiry dates at midnight UTC.
    validFrom: `${award.earnedOn}T00:00:00Z`,
    ...(award.expiresOn ? { validUntil: `${award.expiresOn}T00:00:00Z` } : {}),
    credentialSubject,
    credentialSchema: [OB3_CREDENTIAL_SCHEMA],
    credentialStatus: {
      id: `${statusList}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: statusList,
    },
  };
}
