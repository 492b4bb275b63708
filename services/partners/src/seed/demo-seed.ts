import { addDays, bulkInsert, copyLoader, type LoadProgress, type Logger, type RowLoader, type Tx } from '@careergraph/kit';
import { generateDemoFoundation, partnerStatusHistory, type PartnersWorld, type StudentsWorld, worldFoundation } from '@careergraph/demo-data';
import type { DataSource } from 'typeorm';
import { OpportunityEntity, PartnerContactEntity, PartnerEntity, PartnerStatusChangeEntity, WorksiteEntity } from '../entities';
import { seedOnboardingDemo } from './onboarding-demo-seed';

/**
 * Loads the partners slice of the demo world in one transaction, once: a schema that already has
 * partners is left alone, so a restart keeps whatever the demo user changed.
 */
export async function seedPartnersDemo(dataSource: DataSource, logger: Logger): Promise<boolean> {
  if ((await dataSource.getRepository(PartnerEntity).count()) > 0) return false;
  const { students, partners: world } = generateDemoFoundation();
  await loadPartnersWorld(dataSource, students, world, bulkInsert, (tx) => seedOnboardingDemo(tx, world, students.asOf));
  logger.info({ partners: world.partners.length, opportunities: world.opportunities.length }, 'demo data seeded');
  return true;
}

/** The partners slice of the district-scale world, through COPY. */
export async function seedPartnersDistrict(dataSource: DataSource, logger: Logger, progress?: LoadProgress): Promise<boolean> {
  if ((await dataSource.getRepository(PartnerEntity).count()) > 0) return false;
  const { students, partners: world } = worldFoundation('district');
  await loadPartnersWorld(dataSource, students, world, copyLoader(progress));
  logger.info(
    { partners: world.partners.length, worksites: world.worksites.length, opportunities: world.opportunities.length },
    'district data seeded',
  );
  return true;
}

/** `more` adds to the world in the same transaction, so a failed seed leaves no partners and is tried again at the next start. */
async function loadPartnersWorld(
  dataSource: DataSource,
  students: StudentsWorld,
  world: PartnersWorld,
  load: RowLoader,
  more?: (tx: Tx) => Promise<void>,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await load(manager, PartnerEntity, world.partners as PartnerEntity[]);
    await load(
      manager,
      PartnerStatusChangeEntity,
      world.partners.flatMap((partner) => partnerStatusHistory(partner, students.asOf)) as PartnerStatusChangeEntity[],
    );
    await load(manager, WorksiteEntity, world.worksites as WorksiteEntity[]);
    await load(manager, PartnerContactEntity, world.contacts as PartnerContactEntity[]);
    await load(manager, OpportunityEntity, world.opportunities.map((o) => opportunityRow(o, students.asOf)));
    await more?.(manager);
  });
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
