import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import {
  type CareerGraphClaims,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  DEPARTMENTS,
  type DepartmentCode,
  EnvReader,
  isRole,
  loadDevelopmentKey,
  missingScope,
  mintDevelopmentToken,
  repoRoot,
  ROLES,
} from '@careergraph/kit';

export const TOKEN_USAGE = `usage: npm run token -- --role ROLE [--school ID]... [--partner ID] [--department ${DEPARTMENTS.join('|')}] [--student ID] [--subject SUB] [--expires 8h]
  roles: ${ROLES.join(', ')}
  SCHOOL_STAFF needs --school (repeatable), PARTNER_USER --partner (or --subject of a member), DEPARTMENT_STAFF --department, STUDENT --student.
  Prints a development token signed with the local development key ($DATA_DIR/auth); never accepted in production.`;

/** A refusal to print on stderr with the usage. */
export class TokenArgumentError extends Error {}

/** Which flag carries each scope claim, to name it when missing. */
const SCOPE_FLAGS: Record<string, string> = { schoolIds: '--school', partnerId: '--partner', department: '--department', studentId: '--student' };

/** The claims and lifetime `argv` asks for; a TokenArgumentError for a bad role or a missing scope. */
export function tokenRequest(argv: string[]): { claims: CareerGraphClaims & { subject?: string }; expiresIn: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        school: { type: 'string', multiple: true },
        partner: { type: 'string' },
        department: { type: 'string' },
        student: { type: 'string' },
        subject: { type: 'string' },
        expires: { type: 'string', default: '8h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new TokenArgumentError((error as Error).message);
  }
  const { role, school = [], partner, department, student, subject, expires } = values;
  if (!isRole(role)) throw new TokenArgumentError(`--role must be one of ${ROLES.join(', ')}, got ${JSON.stringify(role ?? '')}`);
  if (department !== undefined && !(DEPARTMENTS as readonly string[]).includes(department)) {
    throw new TokenArgumentError(`--department must be one of ${DEPARTMENTS.join(', ')}, got "${department}"`);
  }
  const claims: CareerGraphClaims & { subject?: string } = {
    role,
    ...(school.length > 0 ? { schoolIds: school } : {}),
    ...(partner ? { partnerId: partner } : {}),
    ...(department ? { department: department as DepartmentCode } : {}),
    ...(student ? { studentId: student } : {}),
    ...(subject ? { subject } : {}),
  };
  const missing = missingScope(role, { schoolIds: school, partnerId: partner, department: claims.department, studentId: student });
  if (missing) throw new TokenArgumentError(`--role ${role} needs ${SCOPE_FLAGS[missing]} <${missing === 'department' ? 'department' : 'id'}>`);
  // The gateway would accept it (a member's partner comes from their membership), but a development
  // token with neither names nobody's partner and reaches nothing.
  if (role === 'PARTNER_USER' && !partner && !subject) {
    throw new TokenArgumentError('--role PARTNER_USER needs --partner <id>, or --subject <id> of a member of a partner');
  }
  return { claims, expiresIn: expires! };
}

/** Where the gateway outside production finds the development key (`DATA_DIR`, as the gateway reads it). */
export function developmentKeyDir(source: Record<string, string | undefined> = process.env): string {
  return new EnvReader(source).string('DATA_DIR', path.join(repoRoot, '.data'));
}

/** Mints the token `argv` describes with the development key under `dataDir` (created on first use). */
export async function mintTokenFromArguments(argv: string[], dataDir: string): Promise<string> {
  const { claims, expiresIn } = tokenRequest(argv);
  const key = await loadDevelopmentKey(dataDir);
  let token: string;
  try {
    token = await mintDevelopmentToken(key, claims, { expiresIn });
  } catch (error) {
    // The kit's claim checks (ids must be UUIDs) and jose's (an unreadable --expires).
    throw new TokenArgumentError((error as Error).message.replace(/^invalid token: /, ''));
  }
  // A token the gateway would refuse for its lifetime is no use to print.
  const maxLifetime = new EnvReader(process.env).int('AUTH_TOKEN_MAX_LIFETIME_SECONDS', DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);
  const { iat, exp } = decodeJwt(token);
  if (iat !== undefined && exp !== undefined && exp - iat > maxLifetime) {
    throw new TokenArgumentError(`--expires ${expiresIn} is longer than the gateway accepts (AUTH_TOKEN_MAX_LIFETIME_SECONDS=${maxLifetime})`);
  }
  return token;
}
