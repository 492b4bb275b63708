import { addDays, bulkInsert, type Logger } from '@careergraph/kit';
import { generateDemoFoundation, partnerStatusHistory, type PartnersWorld } from '@careergraph/demo-data';
import type { DataSource } from 'typeorm';
import { OpportunityEntity, PartnerContactEntity, PartnerEntity, PartnerStatusChangeEntity, WorksiteEntity } from '../entities';

/**
 * Loads the partners slice of the demo world in one transaction, once: a schema that already has
 * partners is left alone, so a restart keeps whatever the demo user changed.
 */
export async function seedPartnersDemo(dataSource: DataSource, logger: Logger): Promise<boolean> {
  if ((await dataSource.getRepository(PartnerEntity).count()) > 0) return false;
  const { students, partners: world } = generateDemoFoundation();
  await dataSource.transaction(async (manager) => {
    await bulkInsert(manager, PartnerEntity, world.partners as PartnerEntity[]);
    await bulkInsert(
      manager,
      PartnerStatusChangeEntity,
      world.partners.flatMap((partner) => partnerStatusHistory(partner, students.asOf)) as PartnerStatusChangeEntity[],
    );
    await bulkInsert(manager, WorksiteEntity, world.worksites as WorksiteEntity[]);
    await bulkInsert(manager, PartnerContactEntity, world.contacts as PartnerContactEntity[]);
    await bulkInsert(manager, OpportunityEntity, world.opportunities.map((o) => opportunityRow(o, students.asOf)));
  });
  logger.info({ partners: world.partners.length, opportunities: world.opportunities.length }, 'demo data seeded');
  return true;
}

/** Published and closed opportunities were published three weeks before they started, or today at the latest. */
function opportunityRow(opportunity: PartnersWorld['opportunities'][number], asOf: string): OpportunityEntity {
  const publishedOn = opportunity.status === 'DRAFT' ? null : [addDays(opportunity.startDate, -21), asOf].sort()[0];
  return {
    ...opportunity,
    publishedAt: publishedOn ? new Date(`${publishedOn}T15:00:00Z`) : null,
    closeReason: opportunity.status === 'CLOSED' ? 'Ended' : null,
  } as OpportunityEntity;
}
