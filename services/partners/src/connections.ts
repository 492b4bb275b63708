import type { AuditEventEntity, Connection } from '@careergraph/kit';
import type { OpportunityEntity } from './entities/opportunity.entity';
import type { PartnerBrokerageEntity } from './entities/partner-brokerage.entity';
import type { PartnerEntity } from './entities/partner.entity';
import type { OpportunityMatch } from './services/opportunity-match';

/** What connection resolvers receive: a page of entities plus a lazy count (codegen mappers). */
export type PartnerConnection = Connection<PartnerEntity>;
export type OpportunityConnection = Connection<OpportunityEntity>;
export type PartnerAuditEventConnection = Connection<AuditEventEntity>;
export type OpportunityMatchConnection = Connection<OpportunityMatch>;
export type PartnerBrokerageConnection = Connection<PartnerBrokerageEntity>;
