import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { generateDevelopmentKey, UnauthenticatedError } from '@careergraph/kit';
import { decodeJwt, SignJWT } from 'jose';
import { isMachineCaller, MachineTokens } from './machine-tokens';

const PARTNER = '0b5c6a43-3c4b-4b7e-9d55-8a8f4d3c2e11';

async function tokens(lifetimeSeconds = 600) {
  const jwk = await generateDevelopmentKey();
  return { jwk, tokens: new MachineTokens({ key: { jwk }, issuer: 'careergraph-gateway', audience: 'careergraph', lifetimeSeconds }) };
}

describe('MachineTokens', () => {
  it('issues a token naming its client that verifies to a caller held to trusted operations', async () => {
    const { tokens: machine } = await tokens();
    const issued = await machine.issue({ clientId: 'cgc_abc', role: 'PARTNER_USER', partnerId: PARTNER, scopes: ['partner'] });
    expect(issued).toMatchObject({ expiresIn: 600, scope: 'partner' });
    expect(machine.issued(issued.accessToken)).toBe(true);
    const caller = await machine.verify(issued.accessToken);
    expect(caller).toEqual({ subject: 'client:cgc_abc', role: 'PARTNER_USER', scope: { schoolIds: [], partnerId: PARTNER, studentId: undefined, department: undefined } });
    expect(isMachineCaller(caller)).toBe(true);
    expect(isMachineCaller({ ...caller, subject: 'person-1' })).toBe(false);
  });

  it('tells its own tokens from others by issuer, and refuses one signed with another key or missing the machine claims', async () => {
    const { jwk: ownKey, tokens: machine } = await tokens();
    const { jwk: otherKey } = await tokens();
    const sign = (claims: Record<string, unknown>, jwk: typeof ownKey) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer('careergraph-gateway')
        .setAudience('careergraph')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(createPrivateKey({ key: jwk as never, format: 'jwk' }));
    const claims = { sub: 'client:cgc_abc', client_id: 'cgc_abc', machine_client: true, role: 'ANALYST' };
    expect(machine.issued('not a jwt')).toBe(false);
    expect(await machine.verify(await sign(claims, ownKey))).toMatchObject({ subject: 'client:cgc_abc', role: 'ANALYST' });
    await expect(machine.verify(await sign(claims, otherKey))).rejects.toThrow(new UnauthenticatedError('invalid token: it does not verify'));
    const { machine_client: _marker, ...person } = claims;
    await expect(machine.verify(await sign(person, ownKey))).rejects.toThrow(/not a machine-client token/);
    await expect(machine.verify(await sign({ ...claims, sub: 'client:cgc_other' }, ownKey))).rejects.toThrow(/not a machine-client token/);
  });

  it('refuses a key that is not P-256', async () => {
    // Encoded by the generation, not exported after: that can deadlock Node 20 (credentials' badge-keys.ts).
    const { privateKey } = generateKeyPairSync('ed25519', { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    expect(() => new MachineTokens({ key: { pem: privateKey }, issuer: 'i', audience: 'a', lifetimeSeconds: 60 })).toThrow(
      /EC P-256/,
    );
  });

  it('issues tokens that live exactly the configured lifetime', async () => {
    const { tokens: machine } = await tokens(120);
    const { accessToken } = await machine.issue({ clientId: 'cgc_x', role: 'ANALYST', partnerId: null, scopes: ['analytics'] });
    const { iat, exp, partnerId } = decodeJwt(accessToken);
    expect(exp! - iat!).toBe(120);
    expect(partnerId).toBeUndefined();
  });
});
