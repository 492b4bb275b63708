import type { Figure } from '../figures';
import { familyFigure } from '../figures';
import { EQUITY_DIMENSIONS, keyLabel } from './labels';
import type { DashboardPanelsQuery } from './operations';
import { type Column, Panel } from './panel';

type Year = NonNullable<DashboardPanelsQuery['schoolYears']>[number];
type Program = NonNullable<DashboardPanelsQuery['programs']>[number];
type Group = { key: string; value?: number | null; suppressed: boolean; gap?: number | null };
type Rate = Figure & { breakdown: Group[] };

const wbl = (pick: (f: NonNullable<Year['workBasedLearning']>) => Figure) => (row: Year) => familyFigure(row.workBasedLearning, pick);

type PerkinsRow = { perkins?: Program['perkins'] | Year['perkins'] };

const PERKINS_COLUMNS: Array<Column<PerkinsRow>> = [
  { label: 'Participants', format: 'count', pick: (row) => familyFigure(row.perkins, (f) => f.participants) },
  { label: 'Concentrators', format: 'count', pick: (row) => familyFigure(row.perkins, (f) => f.concentrators) },
  { label: '5S1 credential', format: 'rate', pick: (row) => familyFigure(row.perkins, (f) => f.indicator5S1) },
  { label: '5S2 postsecondary credit', format: 'rate', pick: (row) => familyFigure(row.perkins, (f) => f.indicator5S2) },
  { label: '5S3 work-based learning', format: 'rate', pick: (row) => familyFigure(row.perkins, (f) => f.indicator5S3) },
];

/** Every rate the equity panel disaggregates, as each year's families hold it. */
const RATES: Array<{ label: string; pick: (row: Year) => Rate | null | undefined; hasData: (row: Year) => boolean | undefined }> = [
  { label: 'Graduates with advanced credit or a credential', pick: (r) => r.graduatingCohort?.advancedCreditOrCredentialRate, hasData: (r) => r.graduatingCohort?.hasData },
  { label: 'Semester goal', pick: (r) => r.graduatingCohort?.semesterGoalRate, hasData: (r) => r.graduatingCohort?.hasData },
  { label: 'College-level math', pick: (r) => r.collegeReadiness?.mathEligibilityRate, hasData: (r) => r.collegeReadiness?.hasData },
  { label: 'College-level English', pick: (r) => r.collegeReadiness?.englishEligibilityRate, hasData: (r) => r.collegeReadiness?.hasData },
  { label: '5S1', pick: (r) => r.perkins?.indicator5S1, hasData: (r) => r.perkins?.hasData },
  { label: '5S2', pick: (r) => r.perkins?.indicator5S2, hasData: (r) => r.perkins?.hasData },
  { label: '5S3', pick: (r) => r.perkins?.indicator5S3, hasData: (r) => r.perkins?.hasData },
];

/** One row of the equity table: a year's overall rates ("All students") or one subgroup's. */
interface EquityRow {
  year: Year;
  /** null for the overall row. */
  group: string | null;
}

const NO_DATA: Figure = { value: null, suppressed: false, noData: true };

function rateOf(row: EquityRow, index: number): Figure | null {
  const rate = RATES[index];
  const overall = rate.pick(row.year);
  if (!overall) return null;
  if (!rate.hasData(row.year)) return NO_DATA;
  if (row.group === null) return overall;
  return overall.breakdown.find((group) => group.key === row.group) ?? null;
}

function gapOf(row: EquityRow, index: number): Figure | null {
  if (row.group === null) return null;
  const group = rateOf(row, index);
  if (!group || group.noData) return group;
  // The API leaves the gap null when the group's or the overall rate is withheld: it is withheld too.
  const overall = RATES[index].pick(row.year);
  return { value: (group as Group).gap ?? null, suppressed: group.suppressed || Boolean(overall?.suppressed) };
}

/** The panels built on DashboardPanels, in page order. */
export class DistrictPanels {
  private readonly wblByYear: Panel<Year>;
  private readonly wblByKind: Panel<{ students?: Figure | null; hours?: Figure | null; attending?: Figure | null }>;
  private readonly equity: Panel<EquityRow>;
  private readonly perkinsByYear: Panel<PerkinsRow>;
  private readonly perkinsByProgram: Panel<PerkinsRow>;
  private readonly roadmap: Panel<Year>;
  private readonly endorsement: Panel<Year>;

  constructor(host: HTMLElement) {
    this.wblByYear = new Panel(host, {
      id: 'wbl-by-year',
      title: 'Work-based learning by school year',
      rowHeader: 'School year',
      columns: [
        { label: 'Students in placements', format: 'count', pick: wbl((f) => f.studentsEngaged) },
        { label: 'Hours approved', format: 'count', pick: wbl((f) => f.hoursApproved) },
        { label: 'Placements completed', format: 'count', pick: wbl((f) => f.placementsCompleted) },
        { label: 'Partners hosting', format: 'count', pick: wbl((f) => f.partnersHosting) },
        { label: 'Students at group experiences', format: 'count', pick: (row) => familyFigure(row.experiences, (f) => f.studentsAttending) },
        { label: 'Group experiences held', format: 'count', pick: (row) => familyFigure(row.experiences, (f) => f.experiencesHeld) },
      ],
      chart: { type: 'bar', columns: [0, 3, 4], axis: 'students / partners' },
    });
    this.wblByKind = new Panel(host, {
      id: 'wbl-by-kind',
      title: 'Work-based learning by continuum stage and WBL type',
      note: 'Placements by the opportunity’s continuum stage and CEDS type; group experiences (career fairs, speakers, tours…) by their continuum stage.',
      rowHeader: 'Stage or type',
      columns: [
        { label: 'Students', format: 'count', pick: (row) => row.students ?? row.attending },
        { label: 'Hours approved', format: 'count', pick: (row) => row.hours ?? (row.attending ? 'not recorded' : null) },
      ],
      chart: { type: 'bar', columns: [0], axis: 'students' },
    });
    this.equity = new Panel(host, {
      id: 'equity',
      title: 'Equity: every rate by subgroup, with its gap to the overall rate',
      rowHeader: 'Year and group',
      columns: RATES.flatMap((rate, index) => [
        { label: rate.label, format: 'rate' as const, pick: (row: EquityRow) => rateOf(row, index) },
        { label: `${rate.label}: gap`, format: 'gap' as const, pick: (row: EquityRow) => (row.group === null ? '–' : gapOf(row, index)) },
      ]),
    });
    this.perkinsByYear = new Panel(host, { id: 'perkins-by-year', title: 'Perkins V by school year', rowHeader: 'School year', columns: PERKINS_COLUMNS, chart: { type: 'bar', columns: [0, 1], axis: 'students' } });
    this.perkinsByProgram = new Panel(host, { id: 'perkins-by-program', title: 'Perkins V by program', rowHeader: 'Program', columns: PERKINS_COLUMNS });
    this.roadmap = new Panel(host, {
      id: 'roadmap',
      title: 'The Roadmap by school year',
      rowHeader: 'School year',
      columns: [
        { label: 'College-level math eligible', format: 'rate', pick: (row) => familyFigure(row.collegeReadiness, (f) => f.mathEligibilityRate) },
        { label: 'College-level English eligible', format: 'rate', pick: (row) => familyFigure(row.collegeReadiness, (f) => f.englishEligibilityRate) },
        { label: 'Early college credit hours', format: 'count', pick: (row) => familyFigure(row.credentialAttainment, (f) => f.earlyCollegeCreditHours) },
        { label: 'Estimated tuition savings', format: 'dollars', pick: (row) => familyFigure(row.credentialAttainment, (f) => f.estimatedTuitionSavings) },
        { label: 'Graduating class', format: 'count', pick: (row) => familyFigure(row.graduatingCohort, (f) => f.students) },
        { label: 'Semester goal', format: 'rate', pick: (row) => familyFigure(row.graduatingCohort, (f) => f.semesterGoalRate) },
        { label: 'Advanced credit or credential (headline)', format: 'rate', pick: (row) => familyFigure(row.graduatingCohort, (f) => f.advancedCreditOrCredentialRate) },
      ],
      chart: { type: 'line', columns: [0, 1, 5, 6], axis: '%', scale: 100 },
    });
    this.endorsement = new Panel(host, {
      id: 'endorsement',
      title: 'Endorsement progress by school year',
      rowHeader: 'School year',
      columns: [
        { label: 'Students in grades 9–12', format: 'count', pick: (row) => familyFigure(row.endorsement, (f) => f.students) },
        { label: 'Earned the endorsement', format: 'count', pick: (row) => familyFigure(row.endorsement, (f) => f.studentsEarned) },
        { label: 'On track', format: 'count', pick: (row) => familyFigure(row.endorsement, (f) => f.studentsOnTrack) },
      ],
      chart: { type: 'bar', columns: [1, 2], axis: 'students' },
    });
  }

  /**
   * Fills every panel from one answer. `programs` are the ones the filters leave (the school's,
   * the department's, the cluster's); `scope` says in words what the figures are for.
   */
  render(data: DashboardPanelsQuery, year: string, dimension: string, programs: Program[], scope: string): void {
    const years = data.schoolYears ?? [];
    const byYear = years.map((row) => ({ label: row.id, row }));
    this.wblByYear.retitle(`Work-based learning by school year: ${scope}`);
    this.wblByYear.render(byYear);

    const current = data.schoolYear;
    const students = current?.workBasedLearning?.studentsEngaged;
    const hours = current?.workBasedLearning?.hoursApproved;
    const hasWbl = current?.workBasedLearning?.hasData;
    const hoursOf = (list: 'continuum' | 'ceds', key: string) => hours?.[list].find((group) => group.key === key) ?? null;
    const experiences = current?.experiences;
    const attending = (pick: (f: NonNullable<typeof experiences>) => Figure) => familyFigure(experiences, pick);
    const kindRows = hasWbl === false && experiences?.hasData === false
      ? []
      : [
          ...(students?.continuum ?? []).map((group) => ({ label: `Placement stage: ${keyLabel(group.key)}`, row: { students: group, hours: hoursOf('continuum', group.key) } })),
          ...(students?.ceds ?? []).map((group) => ({ label: `Placement type (CEDS): ${keyLabel(group.key)}`, row: { students: group, hours: hoursOf('ceds', group.key) } })),
          ...(experiences
            ? [
                { label: 'Group experiences: Career awareness', row: { attending: attending((f) => f.studentsInCareerAwareness) } },
                { label: 'Group experiences: Career exploration', row: { attending: attending((f) => f.studentsInCareerExploration) } },
                { label: 'Group experiences: Career preparation', row: { attending: attending((f) => f.studentsInCareerPreparation) } },
              ]
            : []),
        ];
    this.wblByKind.retitle(`Work-based learning by continuum stage and WBL type, ${year}: ${scope}`);
    this.wblByKind.render(kindRows);

    // Every year's overall row and one row per group the API answered for any of the rates.
    const equityRows = years.flatMap((row) => {
      const groups = [...new Set(RATES.flatMap((rate) => (rate.pick(row)?.breakdown ?? []).map((group) => group.key)))];
      return [{ label: `${row.id} · All students`, row: { year: row, group: null } }, ...groups.map((group) => ({ label: `${row.id} · ${keyLabel(group, dimension)}`, row: { year: row, group } }))];
    });
    const dimensionLabel = EQUITY_DIMENSIONS.find((d) => d.value === dimension)?.label ?? dimension;
    this.equity.retitle(`Equity by ${dimensionLabel}: every rate by subgroup, with its gap to the overall rate: ${scope}`);
    this.equity.render(equityRows, 'A gap is the group’s rate minus the overall rate, in percentage points.');

    this.perkinsByYear.retitle(`Perkins V by school year: ${scope}`);
    this.perkinsByYear.render(byYear);
    this.perkinsByProgram.retitle(`Perkins V by program, ${year}: ${scope}`);
    this.perkinsByProgram.render(programs.map((row) => ({ label: row.name, row })));
    this.roadmap.retitle(`The Roadmap by school year: ${scope}`);
    this.roadmap.render(byYear);
    this.endorsement.retitle(`Endorsement progress by school year: ${scope}`);
    this.endorsement.render(byYear);
  }
}
