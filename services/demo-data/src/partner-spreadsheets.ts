import { toCsv } from './csv-writer';
import type { PartnersWorld } from './partners-world';

const PARTNER_HEADER = ['name', 'kind', 'industrySector', 'careerClusters', 'capacity'];
const OPPORTUNITY_HEADER = [
  'partnerName', 'title', 'description', 'continuumType', 'cedsType', 'careerCluster', 'startDate', 'endDate', 'slots',
  'compensationKind', 'hourlyRate', 'minimumAge', 'gradeLevels', 'requiredClearance', 'hazardousOccupation',
];

/** The demo partners and their opportunities as district staff keep them in spreadsheets. */
export function partnerSpreadsheets(world: PartnersWorld): Map<string, string> {
  const names = new Map(world.partners.map((partner) => [partner.id, partner.name]));
  return new Map([
    ['partners.csv', toCsv(PARTNER_HEADER, world.partners.map((partner) => ({ ...partner, careerClusters: partner.careerClusters.join('; ') })))],
    [
      'opportunities.csv',
      toCsv(
        OPPORTUNITY_HEADER,
        world.opportunities.map((opportunity) => ({
          ...opportunity,
          partnerName: names.get(opportunity.partnerId),
          hourlyRate: opportunity.hourlyRate?.toFixed(2),
          gradeLevels: opportunity.gradeLevels.join('; '),
        })),
      ),
    ],
  ]);
}
