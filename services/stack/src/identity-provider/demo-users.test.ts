import { callerFromClaims, ROLES } from '@careergraph/kit';
import { demoScopes } from '../demo-identities';
import { demoUsers } from './demo-users';

describe('the local provider’s demo users', () => {
  const users = demoUsers();

  it('has one user per role, scoped like the development tokens, each a valid caller with a verified e-mail', () => {
    const scopes = demoScopes();
    for (const role of ROLES) {
      const user = users.find((candidate) => candidate.username === role.toLowerCase().replace(/_/g, '-'))!;
      expect(user.claims).toEqual({ role, ...scopes[role].claims, email_verified: true });
      expect(callerFromClaims({ sub: user.username, ...user.claims, email: user.email })).toMatchObject({ role, email: user.email });
    }
    expect(new Set(users.map((user) => user.username)).size).toBe(users.length);
  });

  it('has the invited partner contact, with no partner yet', () => {
    expect(users.find((user) => user.email === 'new.partner@example.org')).toMatchObject({
      username: 'new-partner',
      claims: { role: 'PARTNER_USER', email_verified: true },
    });
    expect(users.find((user) => user.username === 'new-partner')!.claims).not.toHaveProperty('partnerId');
  });
});
