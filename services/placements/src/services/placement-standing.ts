import { UserInputError } from '@careergraph/kit';
import type { PlacementsContext } from '../context';
import type { PlacementEntity, PlacementStatus } from '../entities/placement.entity';
import { checkStanding, type ComplianceIssue, standingIssues } from './placement-eligibility';
import { PlacementOpportunityFragmentDoc, PlacementSupervisorFragmentDoc } from '../generated/owners/graphql';
import type { PlacementOpportunity, PlacementSupervisor } from '../owners/placements-owners';

/** Statuses in which a lapse still matters: the placement has not ended. */
const OPEN: readonly PlacementStatus[] = ['APPLIED', 'OFFERED', 'ACCEPTED', 'ACTIVE'];

type StandingSubject = Pick<PlacementEntity, 'opportunityId' | 'supervisorId'>;

/** The placement's opportunity (with its partner) and supervisor, from the partners subgraph (batched per request). */
export async function lookUpStandingFacts(
  context: PlacementsContext,
  placement: StandingSubject,
  field: string,
): Promise<{ opportunity: PlacementOpportunity; supervisor: PlacementSupervisor }> {
  const { supervisorId } = placement;
  // Only an application not offered yet has none, and only an offer (which assigns one) moves it on.
  if (!supervisorId) throw new UserInputError(field, 'the placement has no supervisor yet; offerPlacement assigns one', { rule: 'SUPERVISOR_REQUIRED' });
  const [opportunity, supervisor] = await Promise.all([
    lookUpOpportunity(context, placement.opportunityId, field),
    context.owners.partners.load(PlacementSupervisorFragmentDoc, supervisorId),
  ]);
  if (!supervisor) throw new UserInputError(field, `partner contact ${supervisorId} does not exist`, { rule: 'REFERENCE_NOT_FOUND' });
  return { opportunity, supervisor };
}

/** The opportunity (with its partner) from the partners subgraph, refusing an unknown one at `field`. */
export async function lookUpOpportunity(context: PlacementsContext, opportunityId: string, field: string): Promise<PlacementOpportunity> {
  const opportunity = await context.owners.partners.load(PlacementOpportunityFragmentDoc, opportunityId);
  if (!opportunity) throw new UserInputError(field, `opportunity ${opportunityId} does not exist`, { rule: 'REFERENCE_NOT_FOUND' });
  return opportunity;
}

/** Refuses an action on a placement whose partner or supervisor (looked up) has lapsed as of `today`, blaming `field`. */
export function checkPlacementStanding(facts: { opportunity: PlacementOpportunity; supervisor: PlacementSupervisor }, today: string, field: string): void {
  checkStanding(standingIssues(facts.opportunity.partner, facts.supervisor, today), { opportunity: field, supervisor: field });
}

/** Refuses an action on the placement (offer, accept) while its partner or supervisor has lapsed as of `today`. */
export async function assertInGoodStanding(context: PlacementsContext, placement: StandingSubject, today: string, field: string): Promise<PlacementOpportunity> {
  const facts = await lookUpStandingFacts(context, placement, field);
  checkPlacementStanding(facts, today, field);
  return facts.opportunity;
}

/** What staff must act on for an open placement today; nothing for one that has ended. */
export async function placementStanding(
  context: PlacementsContext,
  placement: PlacementEntity,
  today: string,
): Promise<{ ok: boolean; issues: Omit<ComplianceIssue, 'subject'>[] }> {
  if (!OPEN.includes(placement.status)) return { ok: true, issues: [] };
  // An application without a supervisor yet stands on its partner alone.
  const { opportunity, supervisor } = placement.supervisorId
    ? await lookUpStandingFacts(context, placement, 'standing')
    : { opportunity: await lookUpOpportunity(context, placement.opportunityId, 'standing'), supervisor: null };
  const issues = standingIssues(opportunity.partner, supervisor, today).map(({ rule, message }) => ({ rule, message }));
  return { ok: issues.length === 0, issues };
}
