import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compactVerify, createRemoteJWKSet, importJWK, jwtVerify } from 'jose';
import { partnersFactories } from '../../services/partners/test/factories';
import { newBadgeJwk, statusBit } from '../../services/credentials/test/badge-issuer';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

const ISSUER_URL = 'https://careergraph.e2e.test';
const ISSUER = `${ISSUER_URL}/badges/issuer`;
const BADGE = `query($id: ID!) { credentialAward(id: $id) { verificationStatus openBadgeCredential } }`;
const REVOKE = `mutation($id: ID!) { revokeCredentialAward(input: { awardId: $id, reason: "issuer withdrew it" }) { award { verificationStatus openBadgeCredential } } }`;
const ids = { credential: randomUUID(), verified: randomUUID(), revoked: randomUUID(), selfReported: randomUUID() };
const saved: Record<string, string | undefined> = {};

let supergraph: RunningSupergraph;
let gateway: string;
let partnerName: string;

/** What a badge names under the district's public URL, fetched from this test's gateway: same path, no token. */
const fetchPublic = (published: string, origin = gateway) => fetch(new URL(new URL(published).pathname, origin));

/** A verifier's check: the signature against the JWK Set the gateway serves, and the issuer claim. */
const verify = (jwt: string) => jwtVerify(jwt, createRemoteJWKSet(new URL('/badges/jwks.json', gateway)), { issuer: ISSUER, algorithms: ['RS256'] });

async function badgeOf(id: string) {
  const result = await supergraph.request<any, any>(BADGE, { id });
  expect(result.errors).toBeUndefined();
  return result.data.credentialAward as { verificationStatus: string; openBadgeCredential: string | null };
}

beforeAll(async () => {
  // The district as this run's issuer: the credentials subgraph reads these when the harness builds it.
  const settings = { BADGE_ISSUER_URL: ISSUER_URL, BADGE_ISSUER_NAME: 'E2E District', BADGE_SIGNING_KEYS: JSON.stringify({ keys: [newBadgeJwk()] }) };
  for (const [name, value] of Object.entries(settings)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  supergraph = await startSupergraph();
  gateway = new URL(supergraph.gatewayUrl).origin;
  const partner = await partnersFactories(supergraph.dataSources.partners).activePartner({ name: 'CompTIA' });
  partnerName = partner.name;
  const db = supergraph.dataSources.credentials;
  await db.query(
    `INSERT INTO credentials.credentials (id, name, type, issuer_id, career_cluster, advanced_certification, recognized_postsecondary_credential)
     VALUES ($1, 'CompTIA A+', 'INDUSTRY_CERTIFICATION', $2, 'INFORMATION_TECHNOLOGY', true, true)`,
    [ids.credential, partner.id],
  );
  await db.query(
    `INSERT INTO credentials.credential_awards (id, student_id, credential_id, earned_on, expires_on, school_id, verification_status, verified_by, verified_at, recorded_by)
     VALUES ($1, gen_random_uuid(), $4, '2025-11-03', '2028-11-03', $5, 'VERIFIED', 'e2e', now(), 'e2e'),
            ($2, gen_random_uuid(), $4, '2025-06-01', NULL, $5, 'VERIFIED', 'e2e', now(), 'e2e'),
            ($3, gen_random_uuid(), $4, '2025-12-01', NULL, $5, 'SELF_REPORTED', NULL, NULL, 'e2e')`,
    [ids.verified, ids.revoked, ids.selfReported, ids.credential, randomUUID()],
  );
}, 300_000);

afterAll(async () => {
  await supergraph?.stop();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('verifiable Open Badges through the gateway', () => {
  it('exports a signed badge a verifier checks with the public documents the gateway serves', async () => {
    const { openBadgeCredential: jwt } = await badgeOf(ids.verified);
    const { payload, protectedHeader } = await verify(jwt!);
    expect(payload).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      id: `urn:uuid:${ids.verified}`,
      jti: `urn:uuid:${ids.verified}`,
      issuer: { id: ISSUER, type: ['Profile'], name: 'E2E District' },
      validFrom: '2025-11-03T00:00:00Z',
      validUntil: '2028-11-03T00:00:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        achievement: { type: ['Achievement'], achievementType: 'Certification', name: 'CompTIA A+', creator: { name: partnerName } },
      },
    });
    // The kid, under the district's URL, dereferences without a token to the bare public key.
    expect(protectedHeader).toEqual({ alg: 'RS256', typ: 'JWT', kid: expect.stringMatching(/^https:\/\/careergraph\.e2e\.test\/badges\/keys\/[\w-]{43}$/) });
    const keyResponse = await fetchPublic(protectedHeader.kid!);
    expect(keyResponse.status).toBe(200);
    expect(keyResponse.headers.get('access-control-allow-origin')).toBe('*');
    await expect(compactVerify(jwt!, await importJWK(await keyResponse.json(), 'RS256'))).resolves.toBeDefined();
    const profile = await (await fetchPublic(ISSUER)).json();
    expect(profile).toMatchObject({ id: ISSUER, type: ['Profile'], name: 'E2E District' });
  });

  it('rejects a tampered badge', async () => {
    const { openBadgeCredential: jwt } = await badgeOf(ids.verified);
    const [header, body, signature] = jwt!.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    claims.validUntil = '2099-11-03T00:00:00Z';
    claims.exp = Date.parse(claims.validUntil) / 1000;
    await expect(verify([header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.'))).rejects.toMatchObject({
      code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    });
  });

  it('exports nothing for a self-reported award, and a revoked award shows revoked in its status list', async () => {
    expect(await badgeOf(ids.selfReported)).toEqual({ verificationStatus: 'SELF_REPORTED', openBadgeCredential: null });
    const issued = (await badgeOf(ids.revoked)).openBadgeCredential!;
    const revocation = await supergraph.request<any, any>(REVOKE, { id: ids.revoked });
    expect(revocation.errors).toBeUndefined();
    expect(revocation.data.revokeCredentialAward.award).toEqual({ verificationStatus: 'REVOKED', openBadgeCredential: null });

    const statusOf = async (jwt: string) => {
      const { credentialStatus } = (await verify(jwt)).payload as any;
      const response = await fetchPublic(credentialStatus.statusListCredential);
      expect(response.headers.get('content-type')).toBe('application/vc+jwt');
      const list = (await verify(await response.text())).payload as any;
      expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
      return statusBit(list.credentialSubject.encodedList, Number(credentialStatus.statusListIndex));
    };
    expect(await statusOf(issued)).toBe('revoked');
    expect(await statusOf((await badgeOf(ids.verified)).openBadgeCredential!)).toBe('valid');
  });

  it('serves the documents publicly in production too', async () => {
    const production = new URL(await supergraph.startGateway({ production: true, signingSecrets: ['e2e-production-signing-secret-0123456789'] })).origin;
    for (const published of [ISSUER, `${ISSUER_URL}/badges/jwks.json`, `${ISSUER_URL}/badges/status/1`]) {
      const response = await fetchPublic(published, production);
      expect([published, response.status]).toEqual([published, 200]);
    }
  });

  it('forwards only the badge paths, and answers 503 while the credentials subgraph is unreachable', async () => {
    for (const path of ['/badges/other', '/badges/keys/short', '/badges/status/1%2F..%2Fgraphql']) {
      expect([path, (await fetch(`${gateway}${path}`)).status]).toEqual([path, 404]);
    }
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const dead = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/graphql`;
    await new Promise((resolve) => probe.close(resolve));
    const cutOff = new URL(await supergraph.startGateway({ subgraphUrls: { ...supergraph.subgraphUrls, credentials: dead } })).origin;
    const response = await fetchPublic(`${ISSUER_URL}/badges/jwks.json`, cutOff);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
  });
});
