import { existsSync, readFileSync } from 'node:fs';
import { isRole, type Role, ROLES } from './caller';
import { UnauthenticatedError } from './identity-token';

/**
 * Where an identity provider's token says who the person is, in CareerGraph's terms
 * (docs/sign-in.md, "Claims mapping"). Claim names may be dotted paths into nested claims
 * (`realm_access.roles`).
 */
export interface ClaimsMapping {
  role: {
    /** The claim holding the role: one string or a list of strings (groups, app roles). */
    claim: string;
    /**
     * Claim value → role. Without it the claim's value must be a role's own name. When several
     * values map, the first role in ROLES order wins (DISTRICT_ADMIN before DEPARTMENT_STAFF ...).
     */
    values?: Record<string, Role>;
  };
  /** Claim names of the scope claims; a string schoolIds claim is one school. */
  schoolIds: string;
  partnerId: string;
  department: string;
  studentId: string;
  /** The e-mail claim and the claim saying the provider verified it. */
  email: string;
  emailVerified: string;
}

/** CareerGraph's own claim names: tokens from `npm run token` and the local provider. */
export const DEFAULT_CLAIMS_MAPPING: ClaimsMapping = Object.freeze({
  role: Object.freeze({ claim: 'role' }),
  schoolIds: 'schoolIds',
  partnerId: 'partnerId',
  department: 'department',
  studentId: 'studentId',
  email: 'email',
  emailVerified: 'email_verified',
});

const SCOPE_KEYS = ['schoolIds', 'partnerId', 'department', 'studentId', 'email', 'emailVerified'] as const;

/**
 * AUTH_CLAIMS_MAPPING: inline JSON (starting with `{`) or the path of a JSON file. Fields left out
 * keep their default; anything unknown or mistyped is refused here, at start, not per request.
 */
export function parseClaimsMapping(setting: string | undefined): ClaimsMapping {
  if (!setting?.trim()) return DEFAULT_CLAIMS_MAPPING;
  const text = setting.trim().startsWith('{') ? setting : readMappingFile(setting.trim());
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`is not JSON: ${(error as Error).message}`);
  }
  if (!isObject(raw)) throw new Error('must be a JSON object');
  const unknown = Object.keys(raw).filter((key) => key !== 'role' && !(SCOPE_KEYS as readonly string[]).includes(key));
  if (unknown.length) throw new Error(`has unknown fields ${unknown.join(', ')} (known: role, ${SCOPE_KEYS.join(', ')})`);
  const mapping: ClaimsMapping = { ...DEFAULT_CLAIMS_MAPPING };
  for (const key of SCOPE_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !value) throw new Error(`${key} must be a claim name`);
    mapping[key] = value;
  }
  if (raw.role !== undefined) {
    const role = raw.role;
    if (!isObject(role) || typeof role.claim !== 'string' || !role.claim) throw new Error('role must be {"claim": "<name>", "values": {"<value>": "<ROLE>"}}');
    if (role.values !== undefined) {
      if (!isObject(role.values)) throw new Error('role.values must map claim values to roles');
      for (const [value, target] of Object.entries(role.values)) {
        if (!isRole(target)) throw new Error(`role.values["${value}"] must be one of ${ROLES.join(', ')}`);
      }
    }
    mapping.role = { claim: role.claim, values: role.values as Record<string, Role> | undefined };
  }
  return mapping;
}

function readMappingFile(file: string): string {
  if (!existsSync(file)) throw new Error(`names no file (${file}) and is not inline JSON`);
  return readFileSync(file, 'utf8');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function claim(payload: Record<string, unknown>, name: string): unknown {
  let value: unknown = payload;
  for (const part of name.split('.')) value = isObject(value) ? value[part] : undefined;
  return value;
}

/**
 * The token's claims renamed to CareerGraph's (role, schoolIds, partnerId, department, studentId,
 * email, email_verified), for callerFromClaims to check. A mapped claim of the wrong shape is
 * refused with UNAUTHENTICATED naming the provider's claim.
 */
export function applyClaimsMapping(payload: Record<string, unknown>, mapping: ClaimsMapping): Record<string, unknown> {
  if (mapping === DEFAULT_CLAIMS_MAPPING) return payload;
  const mapped: Record<string, unknown> = { sub: payload.sub, role: mapRole(payload, mapping.role) };
  const single = (key: 'partnerId' | 'department' | 'studentId' | 'email') => {
    const value = claim(payload, mapping[key]);
    if (value !== undefined && typeof value !== 'string') throw refused(mapping[key], key, 'a string');
    return value;
  };
  const schools = claim(payload, mapping.schoolIds);
  if (schools !== undefined && typeof schools !== 'string' && !isStringList(schools)) throw refused(mapping.schoolIds, 'schoolIds', 'a string or a list of strings');
  mapped.schoolIds = typeof schools === 'string' ? [schools] : schools;
  for (const key of ['partnerId', 'department', 'studentId', 'email'] as const) mapped[key] = single(key);
  const verified = claim(payload, mapping.emailVerified);
  // Some providers send "true" as a string; anything else is not a verification.
  mapped.email_verified = verified === true || verified === 'true';
  return mapped;
}

function mapRole(payload: Record<string, unknown>, rule: ClaimsMapping['role']): unknown {
  const value = claim(payload, rule.claim);
  if (!rule.values) return value;
  if (value === undefined) throw new UnauthenticatedError(`invalid token: it has no ${rule.claim} claim, which the claims mapping reads the role from`);
  if (typeof value !== 'string' && !isStringList(value)) throw refused(rule.claim, 'role', 'a string or a list of strings');
  const values = typeof value === 'string' ? [value] : value;
  const roles = new Set(values.map((entry) => rule.values![entry]).filter(Boolean));
  const role = ROLES.find((candidate) => roles.has(candidate));
  if (!role) throw new UnauthenticatedError(`invalid token: no value of its ${rule.claim} claim maps to a CareerGraph role`);
  return role;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

function refused(claimName: string, target: string, expected: string): UnauthenticatedError {
  return new UnauthenticatedError(`invalid token: claim ${claimName} (mapped to ${target}) must be ${expected}`);
}
