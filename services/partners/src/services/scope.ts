import { accessOf, ForbiddenError } from '@careergraph/kit';
import type { PartnersContext } from '../context';
import { inPartnerScope, partnersPolicy } from '../policy';

type ScopedType = 'Partner' | 'Worksite' | 'PartnerContact' | 'Opportunity';

/**
 * A root field's single record, or FORBIDDEN when the caller reaches the type only within a scope
 * (OWN) and the type's `owns` says this record is outside it. One error instead of one per field.
 */
export async function inScope<T extends object>(typeName: ScopedType, record: T | null, context: PartnersContext): Promise<T | null> {
  if (!record) return null;
  const policy = partnersPolicy.types[typeName];
  if (accessOf(policy.access, context.caller.role) === 'OWN' && !(await policy.owns!(context.caller, record, context))) {
    throw new ForbiddenError(`this ${typeName} is outside the scope of this ${context.caller.role}`, { rule: 'OUTSIDE_SCOPE' });
  }
  return record;
}

/**
 * For a mutation the caller may call only within their scope (OWN): refuses, before anything is
 * read or written, a partner that is not theirs.
 */
export async function requirePartnerScope(context: PartnersContext, mutation: string, partnerId: string, field: string): Promise<void> {
  if (accessOf(partnersPolicy.Mutation![mutation], context.caller.role, 'root') !== 'OWN') return;
  if (!(await inPartnerScope(context.caller, partnerId, context))) {
    throw new ForbiddenError(`partner ${partnerId} is outside the scope of this ${context.caller.role}`, { field, rule: 'OUTSIDE_SCOPE' });
  }
}

/** What a caller's list may hold, for the repositories to narrow in SQL. */
export function partnerListScope(context: PartnersContext): { onlyPartnerId?: string; studentView: boolean } {
  const { caller } = context;
  if (caller.role === 'PARTNER_USER') {
    if (!caller.scope.partnerId) throw new ForbiddenError('a PARTNER_USER without a partnerId reaches no partner', { rule: 'OUTSIDE_SCOPE' });
    return { onlyPartnerId: caller.scope.partnerId, studentView: false };
  }
  return { studentView: caller.role === 'STUDENT' };
}
