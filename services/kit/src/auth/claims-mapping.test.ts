import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyClaimsMapping, DEFAULT_CLAIMS_MAPPING, parseClaimsMapping } from './claims-mapping';
import { callerFromClaims } from './client-token';

const SCHOOL = '7b0f8d8e-3a46-4d8e-9a59-6d2f5c1f0a11';

/** A district's Entra ID: app roles in `groups`, schools in a custom claim, the address in `upn`-less `email`. */
const ENTRA = parseClaimsMapping(
  JSON.stringify({
    role: { claim: 'groups', values: { 'cps-analysts': 'ANALYST', 'cps-school-staff': 'SCHOOL_STAFF', 'cps-admins': 'DISTRICT_ADMIN' } },
    schoolIds: 'extension_schools',
  }),
);

const callerOf = (payload: Record<string, unknown>, mapping = ENTRA) => callerFromClaims(applyClaimsMapping({ sub: 'u-1', ...payload }, mapping));

describe('claims mapping', () => {
  it('is CareerGraph’s own claim names by default, so today’s tokens read as before', () => {
    expect(parseClaimsMapping(undefined)).toBe(DEFAULT_CLAIMS_MAPPING);
    const payload = { sub: 'u-1', role: 'SCHOOL_STAFF', schoolIds: [SCHOOL] };
    expect(applyClaimsMapping(payload, DEFAULT_CLAIMS_MAPPING)).toBe(payload);
  });

  it('maps group values to a role, the highest in role order when several match, and renames scope claims', () => {
    expect(callerOf({ groups: ['everyone', 'cps-analysts'] })).toMatchObject({ role: 'ANALYST' });
    expect(callerOf({ groups: ['cps-analysts', 'cps-admins'] })).toMatchObject({ role: 'DISTRICT_ADMIN' });
    expect(callerOf({ groups: 'cps-school-staff', extension_schools: SCHOOL })).toMatchObject({ role: 'SCHOOL_STAFF', scope: { schoolIds: [SCHOOL] } });
    expect(callerOf({ groups: ['cps-analysts'], email: 'A@Example.org', email_verified: 'true' })).toMatchObject({ email: 'a@example.org' });
  });

  it('reads dotted claim paths (Keycloak realm roles) and a file as well as inline JSON', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claims-mapping-'));
    const file = path.join(dir, 'mapping.json');
    writeFileSync(file, JSON.stringify({ role: { claim: 'realm_access.roles', values: { analyst: 'ANALYST' } } }));
    expect(callerOf({ realm_access: { roles: ['analyst'] } }, parseClaimsMapping(file))).toMatchObject({ role: 'ANALYST' });
  });

  it('refuses malformed mapped values with UNAUTHENTICATED naming the provider’s claim', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'invalid token: it has no groups claim, which the claims mapping reads the role from'],
      [{ groups: ['everyone'] }, 'invalid token: no value of its groups claim maps to a CareerGraph role'],
      [{ groups: 7 }, 'invalid token: claim groups (mapped to role) must be a string or a list of strings'],
      [{ groups: ['cps-school-staff'], extension_schools: [1] }, 'invalid token: claim extension_schools (mapped to schoolIds) must be a string or a list of strings'],
      [{ groups: ['cps-school-staff'], extension_schools: ['not-an-id'] }, 'invalid token: schoolIds must be a list of ids'],
      [{ groups: ['cps-school-staff'] }, 'invalid token: role SCHOOL_STAFF needs a schoolIds claim'],
    ];
    for (const [payload, message] of cases) {
      expect(() => callerOf(payload)).toThrow(expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    }
  });

  it('refuses a mapping that is not JSON, has unknown fields or maps to no role, at start', () => {
    expect(() => parseClaimsMapping('{"role":')).toThrow(/is not JSON/);
    expect(() => parseClaimsMapping('{"roles": {}}')).toThrow('has unknown fields roles');
    expect(() => parseClaimsMapping('{"role": {"claim": "groups", "values": {"x": "JANITOR"}}}')).toThrow('role.values["x"] must be one of DISTRICT_ADMIN');
    expect(() => parseClaimsMapping('/nowhere/mapping.json')).toThrow('names no file (/nowhere/mapping.json) and is not inline JSON');
  });
});
