import { type CursorValue, NotFoundError, pageRequest, today, toConnection, UserInputError, withFields } from '@careergraph/kit';
import type { OpportunityMatchConnection } from '../connections';
import type { PartnersContext } from '../context';
import { MatchingStudentFragmentDoc } from '../generated/owners/graphql';
import type { OpportunityMatchFilter } from '../generated/graphql';
import type { PartnersRepositories } from '../repositories';
import type { MatchCandidate } from '../repositories/opportunity-match.repository';
import { matchOpportunity, type OpportunityMatch, STUDENT_FACTS } from './opportunity-match';

/**
 * The most candidates one student's matches rank: a district publishes hundreds of opportunities,
 * so every candidate is scored in memory and paged from the ranking; past this a filter is needed.
 */
export const MAX_MATCH_CANDIDATES = 2_000;

const SLOTS_HELD = `query SlotsHeld($opportunityIds: [ID!]!) { reportingSlotsHeld(opportunityIds: $opportunityIds) { opportunityId held } }`;

/**
 * A student's opportunity matches: the candidates (PUBLISHED, not ended, within the filter) in one
 * statement, the student's facts from students and the slots held from placements in one request
 * each, then every candidate judged and scored here, ranked eligible first, by score, start date
 * and id, and paged by keyset over that ranking.
 */
export class OpportunitiesForMeService {
  constructor(private readonly repositories: PartnersRepositories) {}

  async list(
    filter: OpportunityMatchFilter | null | undefined,
    includeIneligible: boolean,
    args: { first?: number | null; after?: string | null },
    context: PartnersContext,
  ): Promise<OpportunityMatchConnection> {
    // The policy lets only STUDENT callers here, and a student's token always names the student.
    const studentId = context.caller.scope.studentId!;
    const page = pageRequest(args, { arity: 4 });
    if (filter?.maxDistanceKm != null && !(filter.maxDistanceKm > 0)) {
      throw new UserInputError('filter.maxDistanceKm', 'must be more than 0');
    }
    const asOf = today();
    const [fetched, candidates] = await Promise.all([
      context.owners.students.load(MatchingStudentFragmentDoc, studentId),
      this.repositories.opportunityMatches.candidates({
        ...filter,
        endingFrom: includeIneligible ? null : asOf,
        limit: MAX_MATCH_CANDIDATES + 1,
      }),
    ]);
    if (!fetched) throw new NotFoundError('Student', studentId);
    if (candidates.length > MAX_MATCH_CANDIDATES) {
      throw new UserInputError('filter', `more than ${MAX_MATCH_CANDIDATES} opportunities match; narrow the filter`, { rule: 'TOO_MANY_CANDIDATES' });
    }
    const student = withFields(fetched, STUDENT_FACTS, `student ${studentId}`);
    const held = await this.slotsHeld(candidates, context);
    const ranked = candidates
      .map((candidate) => matchOpportunity(student, candidate, held.get(candidate.opportunity.id) ?? 0, asOf))
      .filter((match) => (includeIneligible || match.eligible) && withinDistance(match, filter?.maxDistanceKm))
      .sort((a, b) => compareKeys(rankKey(a), rankKey(b)));
    const start = page.after ? ranked.findIndex((match) => compareKeys(rankKey(match), page.after!) > 0) : 0;
    const rows = start < 0 ? [] : ranked.slice(start, start + page.first + 1);
    return toConnection(rows, page, rankKey, async () => ranked.length);
  }

  /** Slots held per candidate, from placements (one request); none asked when there are no candidates. */
  private async slotsHeld(candidates: MatchCandidate[], context: PartnersContext): Promise<Map<string, number>> {
    if (candidates.length === 0) return new Map();
    const opportunityIds = candidates.map((candidate) => candidate.opportunity.id);
    const { reportingSlotsHeld } = await context.owners.placements.execute<{ reportingSlotsHeld: { opportunityId: string; held: number }[] }>(
      SLOTS_HELD,
      { opportunityIds },
    );
    return new Map(reportingSlotsHeld.map((row) => [row.opportunityId, row.held]));
  }
}

function withinDistance(match: OpportunityMatch, maxDistanceKm: number | null | undefined): boolean {
  return maxDistanceKm == null || (match.distanceKm !== null && match.distanceKm <= maxDistanceKm);
}

/** The ranking as an ascending key: eligible first, higher score first, then start date and id. */
function rankKey(match: OpportunityMatch): CursorValue[] {
  return [match.eligible ? 0 : 1, -match.score, match.opportunity.startDate, match.opportunity.id];
}

function compareKeys(a: readonly CursorValue[], b: readonly CursorValue[]): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i] as string | number, b[i] as string | number];
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}
