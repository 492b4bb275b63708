import type { StipendPeriodResolvers } from '../generated/graphql';
import { toHours } from './hours';

export const StipendPeriod: StipendPeriodResolvers = {
  approvedHours: (period) => toHours(period.approvedMinutes),
};
