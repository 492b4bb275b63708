import type { CareerGraphClaims, Role } from '@careergraph/kit';
import { demoScopes } from '../demo-identities';

/** The one password of every demo user of the local provider: it guards nothing but demo data. */
export const DEMO_PASSWORD = 'careergraph';

/** A person who can sign in at the local OpenID provider (`npm start`, tests). */
export interface DemoUser {
  /** What is typed (or picked) on the login form; also the token's subject. */
  username: string;
  name: string;
  email: string;
  /** The CareerGraph claims the provider puts in this user's access tokens. */
  claims: CareerGraphClaims;
  /** What the user reaches, in words (the `npm start` banner). */
  reaches: string;
}

/**
 * Every demo user, in one list: one per role, scoped to real rows of the demo district (the same ones
 * the development tokens name), and people in special situations appended at the end. Add a user
 * here and the provider, its login form and the banner all know them.
 */
export function demoUsers(): DemoUser[] {
  const scopes = demoScopes();
  const perRole = (Object.keys(scopes) as Role[]).map((role) => {
    const slug = role.toLowerCase().replace(/_/g, '-');
    return {
      username: slug,
      name: `Demo ${slug.replace(/-/g, ' ')}`,
      email: `${slug}@careergraph.example.org`,
      claims: { role, ...scopes[role].claims, email_verified: true },
      reaches: scopes[role].reaches,
    };
  });
  return [
    ...perRole,
    {
      // Invited by a partner's onboarding before the partner exists: no partnerId claim yet.
      username: 'new-partner',
      name: 'New Partner Contact',
      email: 'new.partner@example.org',
      claims: { role: 'PARTNER_USER', email_verified: true },
      reaches: 'an invited partner contact, not yet linked to a partner',
    },
  ];
}
