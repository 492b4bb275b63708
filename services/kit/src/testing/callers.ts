import { DEVELOPMENT_SIGNING_SECRET, IDENTITY_HEADER, IdentitySigner } from '../auth/identity-token';
import type { Caller, CallerScope, Role } from '../auth/caller';

/** A caller of `role` for in-process tests; `scope` as its token would carry it. */
export function testCaller(role: Role, scope: Partial<CallerScope> = {}, subject = `test-${role.toLowerCase()}`): Caller {
  return { subject, role, scope: { schoolIds: [], ...scope } };
}

/** Reaches everything: the caller for tests about domain rules rather than authorization. */
export const DISTRICT_ADMIN: Caller = testCaller('DISTRICT_ADMIN');

/** The identity header the gateway would send for `query`, signed with the development secret. */
export async function signedHeaders(query: string, caller: Caller = DISTRICT_ADMIN, secrets: readonly string[] = [DEVELOPMENT_SIGNING_SECRET]) {
  return { [IDENTITY_HEADER]: await new IdentitySigner(secrets).sign(caller, query) };
}
