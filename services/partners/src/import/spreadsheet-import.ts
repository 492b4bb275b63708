import {
  bulkInsert,
  calendarDate,
  type Caller,
  type CsvRow,
  type ImportFiles,
  type ImportProgress,
  ImportReport,
  integerInRange,
  listCell,
  loadSubgraphTypeDefs,
  oneOf,
  optionalText,
  planUpserts,
  readCsvTable,
  requiredText,
  schemaEnumValues,
  UnitOfWork,
  updateRows,
  UserInputError,
  wholeNumber,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { OpportunityEntity } from '../entities/opportunity.entity';
import { PartnerStatusChangeEntity } from '../entities/partner-status-change.entity';
import { PartnerEntity } from '../entities/partner.entity';
import type { CareerCluster, CompensationKind } from '../generated/graphql';
import { ascending, checkShape, compensationOf } from '../services/opportunity.service';
import { MAX_CAPACITY, validClusters } from '../services/partner.service';

/**
 * The spreadsheets district staff keep today, as CSV: `partners.csv` and `opportunities.csv` (a
 * single CSV file is recognised by its header). Lists in a cell (career clusters, grades) are
 * separated by semicolons. Rows are matched on natural keys, so a second import changes nothing:
 * a partner by its name (case-insensitive, as the partners' unique index), an opportunity by its
 * partner's name, its title and its start date.
 */
export const PARTNER_COLUMNS = ['name', 'kind', 'industrySector', 'careerClusters', 'capacity'] as const;
export const OPPORTUNITY_COLUMNS = [
  'partnerName', 'title', 'description', 'continuumType', 'cedsType', 'careerCluster', 'startDate', 'endDate', 'slots',
  'compensationKind', 'hourlyRate', 'minimumAge', 'gradeLevels', 'requiredClearance', 'hazardousOccupation',
] as const;

export interface SpreadsheetImportOptions {
  /** Who imports: audit events and the partners' status history name them. */
  caller: Caller;
  requestId: string;
  youthMinimumWage: number;
  dryRun?: boolean;
  progress?: ImportProgress;
}

const PARTNER_FIELDS = ['kind', 'industrySector', 'careerClusters', 'capacity'] as const;
const OPPORTUNITY_FIELDS = [
  'description', 'continuumType', 'cedsType', 'careerCluster', 'endDate', 'slots', 'compensationKind', 'hourlyRate',
  'minimumAge', 'gradeLevels', 'requiredClearance', 'hazardousOccupation',
] as const;
const SDL = loadSubgraphTypeDefs('partners');
const enumOf = (name: string) => schemaEnumValues(SDL, name);

/**
 * Validates every row with the partners' own rules, refuses the whole import on any error
 * (ImportRefusedError), and otherwise writes it in one transaction with its audit events. New
 * partners start as PROSPECT and new opportunities as DRAFT, as when created one at a time.
 */
export async function importPartnerSpreadsheets(dataSource: DataSource, files: ImportFiles, options: SpreadsheetImportOptions): Promise<ImportReport> {
  const report = new ImportReport(options.progress);
  const tables = classify(report, files);
  const stored = await dataSource.getRepository(PartnerEntity).find();
  const partnersByName = new Map(stored.map((partner) => [partner.name.toLowerCase(), partner]));
  const partnerRows = planPartners(report, tables.partners, partnersByName);
  const opportunities = await dataSource.getRepository(OpportunityEntity).find();
  const opportunityRows = planOpportunities(report, tables.opportunities, partnersByName, opportunities, options.youthMinimumWage);
  report.assertValid();

  const partnerPlan = planUpserts(report, 'partners', partnerRows, PARTNER_FIELDS);
  const opportunityPlan = planUpserts(report, 'opportunities', opportunityRows, OPPORTUNITY_FIELDS);
  if (options.dryRun) return report;

  const before = new Map([...stored, ...opportunities].map((row) => [row.id, row]));
  await new UnitOfWork(dataSource, 'partners').transaction(options, 'importPartnerSpreadsheets', async (tx, audit) => {
    await bulkInsert(tx, PartnerEntity, partnerPlan.creates);
    await bulkInsert(
      tx,
      PartnerStatusChangeEntity,
      partnerPlan.creates.map((partner) => ({
        id: randomUUID(), partnerId: partner.id, fromStatus: null, toStatus: 'PROSPECT' as const,
        reason: 'Registered as a prospect (spreadsheet import)', changedBy: options.caller.subject, changedAt: new Date(),
      })),
    );
    await updateRows(tx, PartnerEntity, partnerPlan.updates, PARTNER_FIELDS);
    await bulkInsert(tx, OpportunityEntity, opportunityPlan.creates);
    await updateRows(tx, OpportunityEntity, opportunityPlan.updates, OPPORTUNITY_FIELDS);
    for (const [entityType, plan] of [['Partner', partnerPlan], ['Opportunity', opportunityPlan]] as const) {
      for (const row of plan.creates) audit({ entityType, entityId: row.id, action: 'CREATED', before: null, after: row });
      for (const row of plan.updates) audit({ entityType, entityId: row.id, action: 'UPDATED', before: before.get(row.id) ?? null, after: row });
    }
  });
  return report;
}

/** partners.csv and opportunities.csv by name; any other single CSV by its header. */
function classify(report: ImportReport, files: ImportFiles): { partners: CsvRow[]; opportunities: CsvRow[] } {
  const tables = { partners: [] as CsvRow[], opportunities: [] as CsvRow[] };
  for (const [file, text] of files) {
    const opportunities = file === 'opportunities.csv' || (file !== 'partners.csv' && /^\uFEFF?[^\n]*\btitle\b/.test(text));
    if (opportunities) tables.opportunities.push(...readCsvTable(report, file, text, OPPORTUNITY_COLUMNS.filter((c) => c !== 'hazardousOccupation')).map((row) => ({ ...row, file })));
    else tables.partners.push(...readCsvTable(report, file, text, PARTNER_COLUMNS).map((row) => ({ ...row, file })));
  }
  return tables;
}

type FileRow = CsvRow & { file?: string };
type Incoming<T> = { row: T; existing: T | undefined }[];

function planPartners(report: ImportReport, rows: FileRow[], byName: Map<string, PartnerEntity>): Incoming<PartnerEntity> {
  const incoming: Incoming<PartnerEntity> = [];
  const seen = new Set<string>();
  const kinds = enumOf('PartnerKind');
  const clusters = enumOf('CareerCluster');
  for (const row of rows) {
    const v = row.values;
    const at = <T>(column: string, rule: () => T) => report.check(row.file!, row.line, column, rule);
    const name = at('name', () => requiredText('name', v.name, 200));
    if (name === undefined) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) {
      report.error({ file: row.file!, line: row.line, column: 'name', message: `partner "${name}" appears more than once` });
      continue;
    }
    seen.add(key);
    const existing = byName.get(key);
    const partner: PartnerEntity = Object.assign(new PartnerEntity(), existing ?? {
      id: randomUUID(), name, status: 'PROSPECT', agreementSignedOn: null, agreementExpiresOn: null, insuranceExpiresOn: null,
    }, {
      kind: at('kind', () => oneOf('kind', v.kind, kinds)),
      industrySector: at('industrySector', () => requiredText('industrySector', v.industrySector, 100)),
      careerClusters: at('careerClusters', () => validClusters('careerClusters', listCell(v.careerClusters).map((c) => oneOf('careerClusters', c, clusters)) as CareerCluster[])),
      capacity: at('capacity', () => integerInRange('capacity', wholeNumber('capacity', v.capacity), 1, MAX_CAPACITY)),
    });
    // Opportunities further down may name a partner this file creates.
    byName.set(key, partner);
    incoming.push({ row: partner, existing });
  }
  return incoming;
}

function planOpportunities(
  report: ImportReport,
  rows: FileRow[],
  partnersByName: Map<string, PartnerEntity>,
  stored: OpportunityEntity[],
  youthMinimumWage: number,
): Incoming<OpportunityEntity> {
  const keyOf = (partnerId: string, title: string, startDate: string) => `${partnerId}\u0000${title.toLowerCase()}\u0000${startDate}`;
  const byKey = new Map(stored.map((o) => [keyOf(o.partnerId, o.title, o.startDate), o]));
  const incoming: Incoming<OpportunityEntity> = [];
  const seen = new Set<string>();
  const [continuum, ceds, clusters, clearances, hazards] = ['WblContinuumType', 'CedsWblType', 'CareerCluster', 'ClearanceLevel', 'HazardousOccupation'].map(enumOf);
  for (const row of rows) {
    const v = row.values;
    const file = row.file!;
    const errorsBefore = report.errors.length;
    const at = <T>(column: string, rule: () => T) => report.check(file, row.line, column, rule);
    const partner = partnersByName.get(v.partnerName.trim().toLowerCase());
    if (!partner) report.error({ file, line: row.line, column: 'partnerName', message: `no partner named "${v.partnerName}" on record or in the import` });
    const title = at('title', () => requiredText('title', v.title, 200));
    const startDate = at('startDate', () => calendarDate('startDate', v.startDate));
    if (!partner || title === undefined || startDate === undefined) continue;
    const key = keyOf(partner.id, title, startDate);
    if (seen.has(key)) {
      report.error({ file, line: row.line, column: 'title', message: `"${title}" of ${partner.name} starting ${startDate} appears more than once` });
      continue;
    }
    seen.add(key);
    const existing = byKey.get(key);
    const compensation = at('hourlyRate', () =>
      compensationOf(
        { kind: oneOf('compensationKind', v.compensationKind, enumOf('CompensationKind')) as CompensationKind, hourlyRate: v.hourlyRate ? decimal('hourlyRate', v.hourlyRate) : null },
        youthMinimumWage,
        'hourlyRate',
      ),
    );
    const opportunity: OpportunityEntity = Object.assign(new OpportunityEntity(), existing ?? {
      id: randomUUID(), partnerId: partner.id, worksiteId: null, programId: null, title, startDate, status: 'DRAFT', publishedAt: null, closeReason: null,
    }, {
      description: at('description', () => requiredText('description', v.description, 4000)),
      continuumType: at('continuumType', () => oneOf('continuumType', v.continuumType, continuum)),
      cedsType: at('cedsType', () => oneOf('cedsType', v.cedsType, ceds)),
      careerCluster: at('careerCluster', () => oneOf('careerCluster', v.careerCluster, clusters)),
      endDate: at('endDate', () => calendarDate('endDate', v.endDate)),
      slots: at('slots', () => wholeNumber('slots', v.slots)),
      ...compensation,
      minimumAge: at('minimumAge', () => wholeNumber('minimumAge', v.minimumAge)),
      gradeLevels: at('gradeLevels', () => ascending(listCell(v.gradeLevels).map((grade) => wholeNumber('gradeLevels', grade)))),
      requiredClearance: at('requiredClearance', () => oneOf('requiredClearance', v.requiredClearance, clearances)),
      hazardousOccupation: at('hazardousOccupation', () => (optionalText('hazardousOccupation', v.hazardousOccupation) === null ? null : oneOf('hazardousOccupation', v.hazardousOccupation, hazards))),
    });
    // The rules every opportunity keeps, as when created one at a time; the rule names the column.
    if (report.errors.length === errorsBefore) report.check(file, row.line, null, () => checkShape(opportunity));
    if (existing && existing.status !== 'DRAFT' && OPPORTUNITY_FIELDS.some((field) => String(existing[field]) !== String(opportunity[field]))) {
      report.error({ file, line: row.line, column: null, message: `the opportunity is ${existing.status}; only a DRAFT can change` });
      continue;
    }
    incoming.push({ row: opportunity, existing });
  }
  return incoming;
}

function decimal(field: string, value: string): number {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new UserInputError(field, `must be a number like 16.20, got "${value}"`);
  return Number(value);
}
