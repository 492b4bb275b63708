/**
 * Who is asking. Clients prove it to the gateway with a bearer token; the gateway forwards the
 * verified caller to each subgraph in a signed identity header, and subgraphs trust nothing else.
 */
export const ROLES = [
  'DISTRICT_ADMIN',
  'DEPARTMENT_STAFF',
  'SCHOOL_STAFF',
  'PARTNER_USER',
  'ANALYST',
  'STUDENT',
] as const;

/** A person's role, as issued in their token. */
export type Role = (typeof ROLES)[number];

/** The district departments a DEPARTMENT_STAFF caller belongs to (the `Department` enum). */
export const DEPARTMENTS = ['CTE', 'ROADMAP', 'TRADES'] as const;
export type DepartmentCode = (typeof DEPARTMENTS)[number];

/**
 * What a caller's role reaches: the schools of SCHOOL_STAFF, the partner of a PARTNER_USER, the
 * department of DEPARTMENT_STAFF, the student a STUDENT is.
 */
export interface CallerScope {
  schoolIds: readonly string[];
  partnerId?: string;
  /**
   * For an intermediary's PARTNER_USER: the employers it brokers, resolved by the gateway from the
   * partners subgraph (never a token claim). Widens the reach to their opportunities and placements only.
   */
  brokeredPartnerIds?: readonly string[];
  department?: DepartmentCode;
  studentId?: string;
}

/**
 * SERVICE is a subgraph looking up another's entities for its own rules (never a token a person
 * holds); ANONYMOUS never reaches a subgraph, the gateway refuses it first.
 */
export type CallerRole = Role | 'SERVICE' | 'ANONYMOUS';

export interface Caller {
  /** The token's subject: a stable user id, or `service:<name>` for SERVICE. */
  subject: string;
  role: CallerRole;
  scope: CallerScope;
  /** The person's e-mail, only when their identity provider verified it (`email_verified: true`). */
  email?: string;
}

const NO_SCOPE: CallerScope = Object.freeze({ schoolIds: Object.freeze([]) as readonly string[] });

export const ANONYMOUS_CALLER: Caller = Object.freeze({ subject: 'anonymous', role: 'ANONYMOUS', scope: NO_SCOPE });

/** The identity a subgraph uses for its own `_entities` lookups in another subgraph. */
export function serviceCaller(service: string): Caller {
  return { subject: `service:${service}`, role: 'SERVICE', scope: NO_SCOPE };
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The scope claim each role must carry; a token without it names nothing the role can reach. */
export function missingScope(role: Role, scope: CallerScope): string | undefined {
  switch (role) {
    case 'SCHOOL_STAFF':
      return scope.schoolIds.length === 0 ? 'schoolIds' : undefined;
    // A PARTNER_USER may come without a partnerId: the gateway finds their partner through the
    // membership an accepted invitation created; without one they reach only the invitation.
    case 'DEPARTMENT_STAFF':
      return scope.department ? undefined : 'department';
    case 'STUDENT':
      return scope.studentId ? undefined : 'studentId';
    default:
      return undefined;
  }
}
