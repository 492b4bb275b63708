import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isObjectType,
} from 'graphql';
import { ForbiddenError } from '../errors/app-errors';
import type { Caller, CallerRole, Role } from './caller';
import { ROLES } from './caller';
import { type EntityScope, outsideScope } from './row-scope';

/**
 * ALL: every record of the kind. OWN: only records in the caller's scope — the type's `scope`
 * decides for one record, and narrows lists in SQL (`EntityScope.rowsFor`).
 */
export type Access = 'ALL' | 'OWN';

/** Roles granted something; a role left out is denied (deny by default). */
export type RoleAccess = Partial<Record<Role | 'SERVICE', Access>>;

/**
 * Who reads aggregate metrics: every role but STUDENT. Whether a caller gets exact or suppressed
 * numbers is the metric cube's decision (row-level access), not this rule's.
 */
export const AGGREGATE_READERS: RoleAccess = Object.freeze({
  DISTRICT_ADMIN: 'ALL',
  DEPARTMENT_STAFF: 'ALL',
  SCHOOL_STAFF: 'ALL',
  PARTNER_USER: 'ALL',
  ANALYST: 'ALL',
});

/**
 * The metric value types every analytics subgraph declares (@shareable `Metric` and `MetricGroup`),
 * read as the aggregates holding them are; each subgraph's policy spreads them in.
 */
export const SHARED_METRIC_TYPES = Object.freeze({
  Metric: { access: AGGREGATE_READERS },
  MetricGroup: { access: AGGREGATE_READERS },
});

export interface FieldDecision<TContext> {
  caller: Caller;
  typeName: string;
  fieldName: string;
  parent: unknown;
  allowed: boolean;
  context: TContext;
  info: GraphQLResolveInfo;
}

export interface TypePolicy<TContext, TParent = any> {
  /** Who may receive this type at all: by `_entities`, from a root field, or nested. */
  access: RoleAccess;
  /** Fields narrower than the type: only the roles listed here may read them. */
  fields?: Record<string, RoleAccess>;
  /** The rows each role reaches (policy.ts declares it once); required when any entry says OWN. */
  scope?: EntityScope<TParent, any>;
  /** Told of every field decision on this type, allowed or denied (the record of disclosures). */
  observe?: (decision: FieldDecision<TContext>) => void;
}

/** One subgraph's authorization, declared once; the resolvers are wrapped from it and tests read it. */
export interface SubgraphPolicy<TContext = any> {
  subgraph: string;
  Query: Record<string, RoleAccess>;
  Mutation?: Record<string, RoleAccess>;
  types: Record<string, TypePolicy<TContext>>;
}

export function definePolicy<TContext>(policy: SubgraphPolicy<TContext>): SubgraphPolicy<TContext> {
  return policy;
}

/** What `role` gets from a rule; SERVICE (another subgraph's lookup) reads every entity and field. */
export function accessOf(rule: RoleAccess | undefined, role: CallerRole, kind: 'root' | 'type' = 'type'): Access | undefined {
  if (role === 'ANONYMOUS') return undefined;
  if (role === 'SERVICE' && kind === 'type') return 'ALL';
  return rule?.[role];
}

/** Federation's own root fields: `_entities` is guarded type by type, `_service` is the SDL. */
const FEDERATION_ROOT_FIELDS = new Set(['_entities', '_service']);

interface PolicyContext {
  caller: Caller;
}

/**
 * Wraps the built subgraph schema's resolvers so every root field, every entity reference and every
 * field of a declared type checks the caller first. Fails at start-up when a root field or entity
 * type has no rule, so nothing new is reachable until someone decides who may reach it.
 */
export function enforcePolicy(schema: GraphQLSchema, policy: SubgraphPolicy): GraphQLSchema {
  assertComplete(schema, policy);
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (FEDERATION_ROOT_FIELDS.has(field.name)) continue;
      field.resolve = guardRootField(root, field.name, policy[root]![field.name], field.resolve ?? defaultFieldResolver);
    }
  }
  for (const [typeName, typePolicy] of Object.entries(policy.types)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      field.resolve = guardField(typeName, field.name, typePolicy, field.resolve ?? defaultFieldResolver);
    }
    guardReference(type, typePolicy);
  }
  return schema;
}

function forbidden(caller: Caller, what: string, rule: 'ROLE_POLICY' | 'OUTSIDE_SCOPE'): ForbiddenError {
  if (rule === 'OUTSIDE_SCOPE') return outsideScope(caller, what);
  return new ForbiddenError(`role ${caller.role} may not read ${what}`, { rule });
}

function guardRootField(
  root: 'Query' | 'Mutation',
  fieldName: string,
  rule: RoleAccess,
  resolve: GraphQLFieldResolver<unknown, PolicyContext>,
): GraphQLFieldResolver<unknown, PolicyContext> {
  return (parent, args, context, info) => {
    if (!accessOf(rule, context.caller.role, 'root')) {
      const verb = root === 'Query' ? 'read' : 'call';
      throw new ForbiddenError(`role ${context.caller.role} may not ${verb} ${root}.${fieldName}`, { rule: 'ROLE_POLICY' });
    }
    return resolve(parent, args, context, info);
  };
}

function guardField(
  typeName: string,
  fieldName: string,
  typePolicy: TypePolicy<PolicyContext>,
  resolve: GraphQLFieldResolver<unknown, PolicyContext>,
): GraphQLFieldResolver<unknown, PolicyContext> {
  if (fieldName === '__typename') return resolve;
  const rule = typePolicy.fields?.[fieldName] ?? typePolicy.access;
  const what = `${typeName}.${fieldName}`;
  return (parent, args, context, info) => {
    const { caller } = context;
    const decide = (allowed: boolean) => {
      typePolicy.observe?.({ caller, typeName, fieldName, parent, allowed, context, info });
    };
    const access = accessOf(rule, caller.role);
    if (!access) {
      decide(false);
      throw forbidden(caller, what, 'ROLE_POLICY');
    }
    // A nested type under another type's field (`fields`) can be narrower than the type itself.
    if (access === 'OWN' || accessOf(typePolicy.access, caller.role) === 'OWN') {
      const decision = typePolicy.scope!.contains(context, parent);
      const proceed = (isOwned: boolean) => {
        decide(isOwned);
        if (!isOwned) throw forbidden(caller, what, 'OUTSIDE_SCOPE');
        return resolve(parent, args, context, info);
      };
      return typeof decision === 'boolean' ? proceed(decision) : decision.then(proceed);
    }
    decide(true);
    return resolve(parent, args, context, info);
  };
}

type ReferenceResolver = (reference: object, context: PolicyContext, info: GraphQLResolveInfo) => unknown;

/** Guards `_entities` for this type: the role must reach the type, and an OWN role only its records. */
function guardReference(type: GraphQLObjectType, typePolicy: TypePolicy<PolicyContext>): void {
  const extensions = type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } };
  const resolveReference: ReferenceResolver = extensions.apollo?.subgraph?.resolveReference ?? ((reference) => reference);
  const guarded: ReferenceResolver = async (reference, context, info) => {
    const access = accessOf(typePolicy.access, context.caller.role);
    if (!access) throw forbidden(context.caller, type.name, 'ROLE_POLICY');
    const entity = await resolveReference(reference, context, info);
    if (entity && access === 'OWN' && !(await typePolicy.scope!.contains(context, entity))) {
      throw forbidden(context.caller, `this ${type.name}`, 'OUTSIDE_SCOPE');
    }
    return entity;
  };
  // @apollo/subgraph keeps reference resolvers in the type's extensions; replace it there.
  (type as { extensions: unknown }).extensions = {
    ...type.extensions,
    apollo: { ...extensions.apollo, subgraph: { ...extensions.apollo?.subgraph, resolveReference: guarded } },
  };
}

function isEntity(type: GraphQLObjectType): boolean {
  return (type.astNode?.directives ?? []).some((directive) => directive.name.value === 'key') ||
    (type.extensionASTNodes ?? []).some((node) => (node.directives ?? []).some((d) => d.name.value === 'key'));
}

function assertComplete(schema: GraphQLSchema, policy: SubgraphPolicy): void {
  const problems: string[] = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    const rules = policy[root] ?? {};
    const fields = type ? Object.keys(type.getFields()).filter((name) => !FEDERATION_ROOT_FIELDS.has(name)) : [];
    for (const name of fields) if (!rules[name]) problems.push(`${root}.${name} has no rule`);
    for (const name of Object.keys(rules)) if (!fields.includes(name)) problems.push(`${root}.${name} is not in the schema`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && !type.name.startsWith('_') && isEntity(type) && !policy.types[type.name]) {
      problems.push(`entity ${type.name} has no rule`);
    }
  }
  for (const [typeName, typePolicy] of Object.entries(policy.types)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) {
      problems.push(`${typeName} is not an object type in the schema`);
      continue;
    }
    for (const name of Object.keys(typePolicy.fields ?? {})) {
      if (!type.getFields()[name]) problems.push(`${typeName}.${name} is not in the schema`);
    }
    const rules = [typePolicy.access, ...Object.values(typePolicy.fields ?? {})];
    for (const role of ROLES) {
      if (!rules.some((rule) => rule[role] === 'OWN')) continue;
      if (!typePolicy.scope) problems.push(`${typeName} grants ${role} OWN access but declares no scope`);
      else if (!typePolicy.scope.declares(role)) problems.push(`${typeName} grants ${role} OWN access but its scope has no rule for ${role}`);
    }
  }
  if (problems.length > 0) throw new Error(`The ${policy.subgraph} policy is incomplete:\n- ${problems.join('\n- ')}`);
}

/** One cell of the policy matrix: what a role gets for a root field, an entity type or a field. */
export interface PolicyCell {
  subject: 'root' | 'entity' | 'field';
  /** `Query.student`, `Student`, `Student.dateOfBirth`. */
  coordinate: string;
  role: Role;
  access: Access | 'DENY';
}

/** The policy as a table of every role against every rule it declares, for tests and docs. */
export function policyMatrix(policy: SubgraphPolicy): PolicyCell[] {
  const cells: PolicyCell[] = [];
  const add = (subject: PolicyCell['subject'], coordinate: string, rule: RoleAccess) => {
    for (const role of ROLES) cells.push({ subject, coordinate, role, access: rule[role] ?? 'DENY' });
  };
  for (const root of ['Query', 'Mutation'] as const) {
    for (const [field, rule] of Object.entries(policy[root] ?? {})) add('root', `${root}.${field}`, rule);
  }
  for (const [typeName, typePolicy] of Object.entries(policy.types)) {
    add('entity', typeName, typePolicy.access);
    for (const [field, rule] of Object.entries(typePolicy.fields ?? {})) add('field', `${typeName}.${field}`, rule);
  }
  return cells;
}
