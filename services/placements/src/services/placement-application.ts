import { numberInRange, optionalText, requiredText, UserInputError } from '@careergraph/kit';
import type { Availability } from '../entities/placement.entity';
import type { ApplyToOpportunityInput } from '../generated/graphql';

/** Most a placement may plan, as staff creation allows. */
const MAX_PLANNED_HOURS = 2000;
const DAY_MS = 86_400_000;

/** A student's application, validated: what they wrote, when they can work, and the dates they ask for. */
export interface ApplicationInput {
  statement: string;
  availability: Availability;
  /** The dates asked for; the opportunity's when not given. */
  from: string | null;
  to: string | null;
  idempotencyKey: string | null;
  /** Hours planned over `startDate`..`endDate`: the weekly hours times the weeks begun. */
  plannedHours(startDate: string, endDate: string): number;
}

export function parseApplication(input: ApplyToOpportunityInput): ApplicationInput {
  const { availability } = input;
  const weekdays = [...new Set(availability.weekdays)];
  if (weekdays.length === 0) throw new UserInputError('input.availability.weekdays', 'must name at least one day');
  const hoursPerWeek = numberInRange('input.availability.hoursPerWeek', availability.hoursPerWeek, 0, 40, { exclusiveMin: true });
  return {
    statement: requiredText('input.statement', input.statement, 1000),
    availability: { weekdays, hoursPerWeek, notes: optionalText('input.availability.notes', availability.notes, 500) },
    from: availability.from ?? null,
    to: availability.to ?? null,
    idempotencyKey: optionalText('input.idempotencyKey', input.idempotencyKey, 100),
    plannedHours(startDate, endDate) {
      const weeks = Math.max(1, Math.ceil((Date.parse(endDate) - Date.parse(startDate) + DAY_MS) / (7 * DAY_MS)));
      return Math.min(MAX_PLANNED_HOURS, hoursPerWeek * weeks);
    },
  };
}
