import { valueLoader } from '@careergraph/kit';
import type { StipendRepository } from '../repositories/stipend.repository';
import { perArgument } from './per-argument';

/** Keyed by school year (null: all years). */
export const stipendTotalByPartnerLoader = (stipends: StipendRepository) =>
  perArgument((schoolYear) => valueLoader((ids) => stipends.totalsByPartnerIds(ids, schoolYear), 0));
