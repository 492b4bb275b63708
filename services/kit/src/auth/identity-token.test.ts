import { SignJWT } from 'jose';
import { createSecretKey } from 'node:crypto';
import { serviceCaller } from './caller';
import { IdentitySigner, operationDigest } from './identity-token';

const OLD = 'the-old-signing-secret-that-is-being-retired-now';
const NEW = 'the-new-signing-secret-that-replaces-the-old-one';
const caller = { subject: 'user-1', role: 'SCHOOL_STAFF' as const, scope: { schoolIds: ['7b0f8d8e-3a46-4d8e-9a59-6d2f5c1f0a11'] } };
const query = '{ students(first: 1) { totalCount } }';

const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: { message: string; extensions: Record<string, unknown> }) => error);

describe('IdentitySigner', () => {
  it('round-trips the caller for the operation it was signed for', async () => {
    const signer = new IdentitySigner([NEW]);
    expect(await signer.verify(await signer.sign(caller, query), query)).toEqual(caller);
    const withEmail = { ...caller, email: 'new.partner@example.org' };
    expect(await signer.verify(await signer.sign(withEmail, query), query)).toEqual(withEmail);
    expect(await signer.verify(await signer.sign(serviceCaller('placements'), query), query)).toMatchObject({
      subject: 'service:placements',
      role: 'SERVICE',
    });
  });

  it('refuses a missing header, another operation, and a foreign secret with UNAUTHENTICATED and HTTP 401', async () => {
    const signer = new IdentitySigner([NEW]);
    const token = await signer.sign(caller, query);
    for (const [attempt, message] of [
      [signer.verify(undefined, query), /missing x-careergraph-identity/],
      [signer.verify(token, '{ students(first: 100) { totalCount } }'), /signed for a different operation/],
      [new IdentitySigner([OLD]).verify(token, query), /invalid x-careergraph-identity/],
      [signer.verify('not.a.jwt', query), /invalid x-careergraph-identity/],
    ] as const) {
      const error = await refusal(attempt);
      expect(error?.message).toMatch(message);
      expect(error?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    }
  });

  it('rotates: subgraphs holding [new, old] accept both while the gateway moves to the new secret', async () => {
    const subgraph = new IdentitySigner([NEW, OLD]);
    for (const gateway of [new IdentitySigner([OLD]), new IdentitySigner([NEW])]) {
      expect(await subgraph.verify(await gateway.sign(caller, query), query)).toEqual(caller);
    }
  });

  it('refuses an expired signature and one that names no known role', async () => {
    const signer = new IdentitySigner([NEW]);
    const key = createSecretKey(Buffer.from(NEW));
    const kid = (JSON.parse(Buffer.from((await signer.sign(caller, query)).split('.')[0], 'base64url').toString()) as { kid: string }).kid;
    const forge = (claims: Record<string, unknown>, issuedAt: number) =>
      new SignJWT({ qh: operationDigest(query), scope: { schoolIds: [] }, ...claims })
        .setProtectedHeader({ alg: 'HS256', kid })
        .setSubject('user-1')
        .setIssuer('careergraph-gateway')
        .setAudience('careergraph-subgraphs')
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + 60)
        .sign(key);
    const now = Math.floor(Date.now() / 1000);
    expect((await refusal(signer.verify(await forge({ role: 'DISTRICT_ADMIN' }, now - 120), query)))?.message).toMatch(/exp/);
    expect((await refusal(signer.verify(await forge({ role: 'ROOT' }, now), query)))?.message).toMatch(/names no known role/);
  });
});
