import { entityLoader } from '@careergraph/kit';
import type { OpportunityRepository } from '../repositories/opportunity.repository';

export const opportunityByIdLoader = (opportunities: OpportunityRepository) => entityLoader((ids) => opportunities.findByIds(ids));
