import { ClientTokenVerifier, DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, generateDevelopmentKey, ROLES } from '@careergraph/kit';
import { generateDemoFoundation, generatePlacementsWorld } from '@careergraph/demo-data';
import { demoIdentities } from './demo-identities';

describe('demo identities printed by npm start', () => {
  it('gives every role a token the gateway accepts, scoped to records of the demo district', async () => {
    const developmentKey = await generateDevelopmentKey();
    const verifier = new ClientTokenVerifier({ developmentKey, issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE });
    const identities = await demoIdentities(developmentKey);
    expect(identities.map((identity) => identity.role)).toEqual([...ROLES]);
    const callers = Object.fromEntries(
      await Promise.all(identities.map(async ({ role, token }) => [role, await verifier.verify(`Bearer ${token}`)] as const)),
    );
    const { students, partners } = generateDemoFoundation();
    const { placements } = generatePlacementsWorld(students, partners);
    // The partner, the student and the school belong to one placement, so each sees the others.
    const placement = placements.find((p) => p.studentId === callers.STUDENT.scope.studentId)!;
    expect(placement).toBeDefined();
    expect(callers.PARTNER_USER.scope.partnerId).toBe(placement.partnerId);
    expect(callers.SCHOOL_STAFF.scope.schoolIds).toEqual([placement.schoolId]);
    expect(students.programs.map((p) => p.department)).toContain(callers.DEPARTMENT_STAFF.scope.department);
    expect(callers.DISTRICT_ADMIN.scope).toEqual({ schoolIds: [] });
  });
});
