import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ForbiddenError } from '../errors/app-errors';
import type { Caller, DepartmentCode } from './caller';

/**
 * A caller with the scope claim its role needs, typed per role: a SCHOOL_STAFF caller always has
 * `schoolIds`, a PARTNER_USER always a `partnerId`. Scope rules are written against this, so none
 * re-checks an optional claim.
 */
export type ScopedCaller =
  | { role: 'DISTRICT_ADMIN' | 'ANALYST' | 'SERVICE'; subject: string }
  | { role: 'SCHOOL_STAFF'; subject: string; schoolIds: readonly string[] }
  | { role: 'DEPARTMENT_STAFF'; subject: string; department: DepartmentCode }
  | { role: 'PARTNER_USER'; subject: string; partnerId: string; brokeredPartnerIds: readonly string[] }
  | { role: 'STUDENT'; subject: string; studentId: string };

export type ScopedRole = ScopedCaller['role'];

/** The caller as its role's scope, or undefined when the claim the role needs is missing (it reaches no row). */
export function scopedCaller(caller: Caller): ScopedCaller | undefined {
  const { role, subject, scope } = caller;
  switch (role) {
    case 'DISTRICT_ADMIN':
    case 'ANALYST':
    case 'SERVICE':
      return { role, subject };
    case 'SCHOOL_STAFF':
      return scope.schoolIds.length > 0 ? { role, subject, schoolIds: scope.schoolIds } : undefined;
    case 'DEPARTMENT_STAFF':
      return scope.department ? { role, subject, department: scope.department } : undefined;
    case 'PARTNER_USER':
      return scope.partnerId ? { role, subject, partnerId: scope.partnerId, brokeredPartnerIds: scope.brokeredPartnerIds ?? [] } : undefined;
    case 'STUDENT':
      return scope.studentId ? { role, subject, studentId: scope.studentId } : undefined;
    default:
      return undefined;
  }
}

/** What a scope check needs of the request: the caller, and whatever its `related` rules read (loaders). */
export interface ScopeContext {
  caller: Caller;
}

type Scalar = string | number | boolean | null;

/** Properties a row must have: each equal to the value, or to one of the values of a list. */
export type RowMatch<Row> = { [K in keyof Row]?: Row[K] extends Scalar ? Row[K] | readonly Row[K][] : never };

/**
 * A rule no column of the row can express (another table, another subgraph): its check of one
 * record (through the request's batched loaders) and, where the database can tell, its SQL over the
 * row's alias for lists. A rule without SQL never widens a list, it only admits single records.
 */
export interface RelatedRule<Row, TContext> {
  check(row: Row, context: TContext): boolean | Promise<boolean>;
  sql?(alias: string): { clause: string; params: Record<string, unknown> };
}

type Condition<Row, TContext> = { match: RowMatch<Row> } | { related: RelatedRule<Row, TContext> };

/** Which rows of an entity one caller reaches: all, none, or those meeting any of the conditions. */
export type RowRule<Row, TContext> = 'ALL' | 'NONE' | { anyOf: readonly Condition<Row, TContext>[] };

export const ALL_ROWS = 'ALL' as const;
export const NO_ROWS = 'NONE' as const;

/** Rows whose properties match, e.g. `rowsWhere({ schoolId: caller.schoolIds })`. */
// `any` context: a column rule reads nothing of the request, so it fits every declaration.
export function rowsWhere<Row>(match: RowMatch<NoInfer<Row>>): RowRule<Row, any> {
  return { anyOf: [{ match }] };
}

/** Rows a related rule admits (see RelatedRule). */
export function rowsRelated<Row, TContext>(rule: RelatedRule<Row, TContext>): RowRule<Row, TContext> {
  return { anyOf: [{ related: rule }] };
}

/** Rows any of the rules admits. */
export function anyOfRows<Row, TContext>(...rules: RowRule<Row, TContext>[]): RowRule<Row, TContext> {
  const conditions: Condition<Row, TContext>[] = [];
  for (const rule of rules) {
    if (rule === 'ALL') return 'ALL';
    if (rule !== 'NONE') conditions.push(...rule.anyOf);
  }
  return { anyOf: conditions };
}

/** Per role, the rows it reaches; a role left out reaches none (deny by default). */
export type ScopeRules<Row, TContext> = {
  [R in ScopedRole]?: (caller: Extract<ScopedCaller, { role: R }>) => RowRule<Row, TContext>;
};

/** The OUTSIDE_SCOPE refusal, worded the same wherever a record is outside a caller's reach. */
export function outsideScope(caller: Pick<Caller, 'role'>, what: string, field?: string): ForbiddenError {
  return new ForbiddenError(`${what} is outside the scope of this ${caller.role}`, { rule: 'OUTSIDE_SCOPE', field });
}

/**
 * The rows of a list one caller may see, as SQL a repository applies to its query builder. Repositories
 * take it from the services and know nothing of roles.
 */
export class RowFilter {
  private constructor(private readonly clauses: readonly { clause: string; params: Record<string, unknown> }[] | 'ALL') {}

  static readonly ALL = new RowFilter('ALL');

  static of(clauses: readonly { clause: string; params: Record<string, unknown> }[]): RowFilter {
    return new RowFilter(clauses);
  }

  /** Whether it admits every row (no condition to add). */
  get unrestricted(): boolean {
    return this.clauses === 'ALL';
  }

  /** Narrows `qb` (its rows aliased `alias` in the declaration's SQL) to the caller's rows. */
  applyTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    if (this.clauses === 'ALL') return qb;
    if (this.clauses.length === 0) return qb.andWhere('1 = 0');
    const params: Record<string, unknown> = {};
    const sql = this.clauses.map(({ clause, params: own }) => {
      Object.assign(params, own);
      return `(${clause.replaceAll('$alias', alias)})`;
    });
    return qb.andWhere(sql.length === 1 ? sql[0] : `(${sql.join(' OR ')})`, params);
  }
}

export interface ScopeDeclaration<Row, TContext> {
  /** The GraphQL type, for messages (`this Placement is outside…`) and parameter names. */
  entity: string;
  /** The SQL column of each property a rule matches on (the row's alias is prefixed). */
  columns: { [K in keyof Row]?: string };
  rules: ScopeRules<Row, TContext>;
}

/**
 * One entity's row scope, declared once in the subgraph's policy: from it come the single-record
 * check (the policy's ownership decision, and `require` in services) and the list narrowing
 * (`rowsFor`, applied in SQL by the repositories), so the two can never disagree.
 */
export class EntityScope<Row, TContext extends ScopeContext = ScopeContext> {
  private readonly parameterPrefix: string;
  private readonly decisions = new WeakMap<object, WeakMap<object, Promise<boolean>>>();

  constructor(private readonly declaration: ScopeDeclaration<Row, TContext>) {
    this.parameterPrefix = `scope${declaration.entity}`;
  }

  get entity(): string {
    return this.declaration.entity;
  }

  /** Whether the declaration has a rule for `role` (the policy checks every OWN grant has one). */
  declares(role: ScopedRole): boolean {
    return this.declaration.rules[role] !== undefined;
  }

  /** The rule for this caller; a role without one, or a caller without its claim, reaches nothing. */
  ruleFor(caller: Caller): RowRule<Row, TContext> {
    const scoped = scopedCaller(caller);
    if (!scoped) return 'NONE';
    const rule = this.declaration.rules[scoped.role] as ((caller: ScopedCaller) => RowRule<Row, TContext>) | undefined;
    return rule ? rule(scoped) : 'NONE';
  }

  /** Whether one record is in the caller's scope (synchronous unless a related rule must look something up). */
  contains(context: TContext, row: Row): boolean | Promise<boolean> {
    const rule = this.ruleFor(context.caller);
    if (rule === 'ALL') return true;
    if (rule === 'NONE') return false;
    const related: RelatedRule<Row, TContext>[] = [];
    for (const condition of rule.anyOf) {
      if ('match' in condition) {
        if (matches(row, condition.match)) return true;
      } else {
        related.push(condition.related);
      }
    }
    if (related.length === 0) return false;
    // Memoized per request and record: a service's check and the policy's per-field checks share one lookup.
    const decisions = (this.decisions.get(context) ?? this.decisions.set(context, new WeakMap()).get(context))!;
    let decision = decisions.get(row as object);
    if (!decision) {
      decision = (async () => {
        for (const rule of related) if (await rule.check(row, context)) return true;
        return false;
      })();
      decisions.set(row as object, decision);
    }
    return decision;
  }

  /**
   * Refuses a record outside the caller's scope with OUTSIDE_SCOPE (nothing read further, nothing
   * written). `what` names it in the message; `field` is the input that named it.
   */
  async require(context: TContext, row: Row, options: { field?: string; what?: string } = {}): Promise<void> {
    if (!(await this.contains(context, row))) {
      throw outsideScope(context.caller, options.what ?? `this ${this.entity}`, options.field);
    }
  }

  /** A root field's single record: itself, null when there is none, or one OUTSIDE_SCOPE refusal for the whole record. */
  async visible<T extends Row>(context: TContext, row: T | null | undefined): Promise<T | null> {
    if (!row) return null;
    await this.require(context, row);
    return row;
  }

  /** The caller's rows as SQL for a list; related rules without SQL add nothing (they admit single records only). */
  rowsFor(caller: Caller): RowFilter {
    const rule = this.ruleFor(caller);
    if (rule === 'ALL') return RowFilter.ALL;
    if (rule === 'NONE') return RowFilter.of([]);
    const clauses: { clause: string; params: Record<string, unknown> }[] = [];
    rule.anyOf.forEach((condition, i) => {
      if ('related' in condition) {
        const sql = condition.related.sql?.('$alias');
        if (sql) clauses.push(sql);
        return;
      }
      const parts: string[] = [];
      const params: Record<string, unknown> = {};
      for (const [property, value] of Object.entries(condition.match)) {
        const column = this.declaration.columns[property as keyof Row];
        if (!column) throw new Error(`${this.entity} scope: no column declared for ${property}`);
        const name = `${this.parameterPrefix}${i}${property}`;
        if (Array.isArray(value)) {
          if (value.length === 0) return;
          parts.push(`$alias.${column} IN (:...${name})`);
          params[name] = [...value];
        } else if (value === null) {
          parts.push(`$alias.${column} IS NULL`);
        } else {
          parts.push(`$alias.${column} = :${name}`);
          params[name] = value;
        }
      }
      clauses.push({ clause: parts.length > 0 ? parts.join(' AND ') : 'TRUE', params });
    });
    return RowFilter.of(clauses);
  }
}

function matches<Row>(row: Row, match: RowMatch<Row>): boolean {
  for (const [property, expected] of Object.entries(match)) {
    const actual = (row as Record<string, unknown>)[property];
    if (Array.isArray(expected) ? !expected.includes(actual) : actual !== expected) return false;
  }
  return true;
}

/** Declares an entity's row scope (see EntityScope). */
export function defineScope<Row, TContext extends ScopeContext = ScopeContext>(
  declaration: ScopeDeclaration<Row, TContext>,
): EntityScope<Row, TContext> {
  return new EntityScope(declaration);
}
