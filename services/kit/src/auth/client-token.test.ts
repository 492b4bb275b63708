import { SignJWT, importJWK } from 'jose';
import { DEFAULT_CLAIMS_MAPPING } from './claims-mapping';
import { ClientTokenVerifier, DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, generateDevelopmentKey, mintDevelopmentToken } from './client-token';

const SCHOOL = '7b0f8d8e-3a46-4d8e-9a59-6d2f5c1f0a11';
const PARTNER = '0c4c1f0e-7d42-4f5b-8a8e-2b7b1d9c3e21';

describe('ClientTokenVerifier', () => {
  let key: Awaited<ReturnType<typeof generateDevelopmentKey>>;
  let verifier: ClientTokenVerifier;

  beforeAll(async () => {
    key = await generateDevelopmentKey();
    verifier = new ClientTokenVerifier({ developmentKey: key, issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE });
  });

  const bearer = async (claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT = (jwt) => jwt) =>
    `Bearer ${await build(
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: key.kid })
        .setSubject('user-7')
        .setIssuer(DEVELOPMENT_ISSUER)
        .setAudience(DEFAULT_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h'),
    ).sign(await importJWK(key, 'ES256'))}`;

  it('turns a valid token into the caller with its scope', async () => {
    const token = await mintDevelopmentToken(key, { role: 'PARTNER_USER', partnerId: PARTNER, subject: 'partner-7' });
    expect(await verifier.verify(`Bearer ${token}`)).toEqual({
      subject: 'partner-7',
      role: 'PARTNER_USER',
      scope: { schoolIds: [], partnerId: PARTNER, studentId: undefined, department: undefined },
    });
    expect(await verifier.verify(await bearer({ role: 'SCHOOL_STAFF', schoolIds: [SCHOOL] }))).toMatchObject({
      role: 'SCHOOL_STAFF',
      scope: { schoolIds: [SCHOOL] },
    });
  });

  it('trusts several issuers, each with its own keys and claims mapping, and refuses any other issuer', async () => {
    const districtKey = await generateDevelopmentKey();
    const several = new ClientTokenVerifier({
      developmentKey: key,
      issuer: DEVELOPMENT_ISSUER,
      audience: DEFAULT_AUDIENCE,
      additionalIssuers: [{ issuer: 'https://idp.district.example', developmentKey: districtKey, claimsMapping: { ...DEFAULT_CLAIMS_MAPPING, role: { claim: 'groups', values: { analysts: 'ANALYST' } } } }],
    });
    const fromDistrict = async (issuer: string, signWith = districtKey) =>
      new SignJWT({ groups: ['analysts'] })
        .setProtectedHeader({ alg: 'ES256', kid: signWith.kid })
        .setSubject('district-7')
        .setIssuer(issuer)
        .setAudience(DEFAULT_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(await importJWK(signWith, 'ES256'));
    expect(await several.verify(`Bearer ${await fromDistrict('https://idp.district.example')}`)).toMatchObject({ subject: 'district-7', role: 'ANALYST' });
    expect(await several.verify(`Bearer ${await mintDevelopmentToken(key, { role: 'DISTRICT_ADMIN' })}`)).toMatchObject({ role: 'DISTRICT_ADMIN' });
    await expect(several.verify(`Bearer ${await fromDistrict('https://elsewhere.example')}`)).rejects.toMatchObject({
      message: 'invalid token: its issuer "https://elsewhere.example" is not trusted',
    });
    // The development key cannot speak for the district's issuer.
    await expect(several.verify(`Bearer ${await fromDistrict('https://idp.district.example', key)}`)).rejects.toMatchObject({ message: /signature does not verify/ });
  });

  it('carries the e-mail only when the provider verified it, and refuses a verified one that is no address', async () => {
    const as = (claims: Record<string, unknown>) => bearer({ role: 'ANALYST', ...claims }).then((header) => verifier.verify(header));
    expect((await as({ email: 'New.Partner@Example.org', email_verified: true })).email).toBe('new.partner@example.org');
    expect(await as({ email: 'someone@example.org', email_verified: false })).not.toHaveProperty('email');
    expect(await as({ email: 'someone@example.org' })).not.toHaveProperty('email');
    await expect(as({ email: 'not an address', email_verified: true })).rejects.toMatchObject({
      message: 'invalid token: email must be an e-mail address',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('accepts a PARTNER_USER without a partnerId: the gateway finds their partner through a membership', async () => {
    expect(await verifier.verify(await bearer({ role: 'PARTNER_USER' }))).toMatchObject({ role: 'PARTNER_USER', scope: { partnerId: undefined } });
  });

  it.each([
    ['no header', undefined, /expected "Authorization: Bearer <token>"/],
    ['another scheme', 'Basic dXNlcjpwdw==', /expected "Authorization: Bearer <token>"/],
    ['a malformed token', 'Bearer abc.def', /is malformed/],
  ])('refuses %s', async (_case, header, message) => {
    await expect(verifier.verify(header)).rejects.toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses expired tokens, other keys, other audiences, unknown roles and missing scope claims', async () => {
    const other = await generateDevelopmentKey();
    const cases: [Promise<string>, RegExp][] = [
      [bearer({ role: 'DISTRICT_ADMIN' }, (jwt) => jwt.setIssuedAt(1_000).setExpirationTime(2_000)), /has expired/],
      [mintDevelopmentToken({ ...other, kid: key.kid }, { role: 'DISTRICT_ADMIN' }).then((t) => `Bearer ${t}`), /signature does not verify/],
      [bearer({ role: 'DISTRICT_ADMIN' }, (jwt) => jwt.setAudience('someone-else')), /aud/],
      [bearer({ role: 'SUPERUSER' }), /unknown role "SUPERUSER"/],
      [bearer({ role: 'STUDENT' }), /role STUDENT needs a studentId claim/],
      [bearer({ role: 'SCHOOL_STAFF', schoolIds: ['x'] }), /schoolIds must be a list of ids/],
      [bearer({ role: 'DEPARTMENT_STAFF', department: 'HR' }), /department must be one of CTE, ROADMAP, TRADES/],
    ];
    for (const [header, message] of cases) {
      await expect(verifier.verify(await header)).rejects.toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('refuses a token that never expires, and one living longer than the maximum from issue to expiry', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: [Promise<string>, string][] = [
      // Issued five years ago, with no `exp`: jose alone would accept it forever.
      [
        new SignJWT({ role: 'DISTRICT_ADMIN' })
          .setProtectedHeader({ alg: 'ES256', kid: key.kid })
          .setSubject('user-7')
          .setIssuer(DEVELOPMENT_ISSUER)
          .setAudience(DEFAULT_AUDIENCE)
          .setIssuedAt(now - 5 * 365 * 86_400)
          .sign(await importJWK(key, 'ES256'))
          .then((token) => `Bearer ${token}`),
        'invalid token: it has no expiry (exp claim); tokens must expire',
      ],
      [bearer({ role: 'DISTRICT_ADMIN' }, (jwt) => jwt.setIssuedAt(now).setExpirationTime(now + 25 * 3600)), 'invalid token: it lives 25 h from issue to expiry, more than the 24 h allowed'],
      // Post-dating `iat` does not shorten the span: it counts from now.
      [bearer({ role: 'DISTRICT_ADMIN' }, (jwt) => jwt.setIssuedAt(now + 365 * 86_400).setExpirationTime(now + 365 * 86_400 + 3600)), 'invalid token: it lives 8761 h from issue to expiry, more than the 24 h allowed'],
    ];
    for (const [header, message] of cases) {
      await expect(verifier.verify(await header)).rejects.toMatchObject({ message, extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('accepts a token up to the configured maximum lifetime, and the 8 h development token under the default', async () => {
    const hourly = new ClientTokenVerifier({ developmentKey: key, issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE, maxLifetimeSeconds: 3600 });
    expect(await hourly.verify(await bearer({ role: 'DISTRICT_ADMIN' }))).toMatchObject({ role: 'DISTRICT_ADMIN' });
    await expect(hourly.verify(await bearer({ role: 'DISTRICT_ADMIN' }, (jwt) => jwt.setExpirationTime('2h')))).rejects.toThrow(
      'invalid token: it lives 2 h from issue to expiry, more than the 1 h allowed',
    );
    expect(await verifier.verify(`Bearer ${await mintDevelopmentToken(key, { role: 'DISTRICT_ADMIN' })}`)).toMatchObject({ role: 'DISTRICT_ADMIN' });
  });

  it('refuses to mint a development token whose role lacks its scope', async () => {
    await expect(mintDevelopmentToken(key, { role: 'STUDENT' })).rejects.toThrow(/needs a studentId claim/);
  });
});
