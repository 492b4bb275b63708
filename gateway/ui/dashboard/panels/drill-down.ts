import { familyFigure } from '../figures';
import { keyLabel } from './labels';
import type { DashboardDrillDownQuery } from './operations';
import { Panel } from './panel';

export type DrillSchool = NonNullable<NonNullable<DashboardDrillDownQuery['schoolYear']>['schools']>[number];
export type DrillProgram = NonNullable<DashboardDrillDownQuery['catalog']>[number];
type SchoolProgram = NonNullable<DashboardDrillDownQuery['schoolPrograms']>[number];
type Row = { kind?: string; network?: string; workBasedLearning?: SchoolProgram['workBasedLearning']; perkins?: SchoolProgram['perkins']; graduatingCohort?: DrillSchool['graduatingCohort'] };

/**
 * District → school → program: the district level lists its schools (narrowed by the network
 * filter), a school lists its programs; a row's name drills into it, the trail above goes back up.
 */
export class DrillDown {
  private readonly panel: Panel<Row>;
  private readonly trail: HTMLElement;

  constructor(
    host: HTMLElement,
    private readonly go: (to: { schoolId?: string; programId?: string }) => void,
  ) {
    this.panel = new Panel<Row>(host, {
      id: 'drill-down',
      title: 'Drill-down',
      rowHeader: 'Name',
      columns: [
        { label: 'Kind', format: 'text', pick: (row) => (row.kind ? keyLabel(row.kind) : 'Program') },
        { label: 'Network or department', format: 'text', pick: (row) => row.network ?? '' },
        { label: 'Students in placements', format: 'count', pick: (row) => familyFigure(row.workBasedLearning, (f) => f.studentsEngaged) },
        { label: 'Hours approved', format: 'count', pick: (row) => familyFigure(row.workBasedLearning, (f) => f.hoursApproved) },
        { label: 'Perkins concentrators', format: 'count', pick: (row) => familyFigure(row.perkins, (f) => f.concentrators) },
        { label: '5S3 work-based learning', format: 'rate', pick: (row) => familyFigure(row.perkins, (f) => f.indicator5S3) },
        { label: 'Graduates with advanced credit or a credential', format: 'rate', pick: (row) => (row.graduatingCohort === undefined ? 'n/a' : familyFigure(row.graduatingCohort, (f) => f.advancedCreditOrCredentialRate)) },
      ],
    });
    const section = host.querySelector<HTMLElement>('#drill-down')!;
    this.trail = Object.assign(document.createElement('nav'), { className: 'trail' });
    this.trail.setAttribute('aria-label', 'Drill-down level');
    section.querySelector('.panel-head')!.after(this.trail);
  }

  render(data: DashboardDrillDownQuery, year: string, at: { network?: string; school?: DrillSchool; program?: DrillProgram }): void {
    const steps: Array<{ label: string; to?: { schoolId?: string } }> = [{ label: 'District', to: {} }];
    if (at.school) steps.push({ label: at.school.name, to: { schoolId: at.school.id } });
    if (at.program) steps.push({ label: at.program.name });
    this.trail.replaceChildren(
      ...steps.map((step, index) => {
        const current = index === steps.length - 1;
        if (current || !step.to) return Object.assign(document.createElement('span'), { textContent: step.label, className: 'here' });
        const button = Object.assign(document.createElement('button'), { type: 'button', textContent: step.label });
        button.addEventListener('click', () => this.go(step.to!));
        return button;
      }),
    );
    this.trail.lastElementChild?.setAttribute('aria-current', 'location');
    // At a school, its programs with their figures (asked only then: a school's own figures cannot be
    // filtered to another school); at the district, the schools with theirs.
    const programs = data.schoolPrograms ?? [];
    const programRow = (program: SchoolProgram) => ({ label: program.name, row: { network: keyLabel(program.department), workBasedLearning: program.workBasedLearning, perkins: program.perkins } });
    let rows: Array<{ label: string; row: Row }>;
    let note = '';
    if (at.school) {
      rows = programs.filter((program) => !at.program || program.id === at.program.id).map(programRow);
      note = `Programs of ${at.school.name}, figures for its students (the school filter applies).`;
    } else if (at.program) {
      rows = [];
      note = `Choose a school to see ${at.program.name} there; the other panels show the program across the district.`;
    } else {
      const schools = (data.schoolYear?.schools ?? []).filter((school) => !at.network || school.network === at.network);
      rows = schools.map((school) => ({ label: school.name, row: school }));
      note = at.network
        ? `Schools of the ${at.network} network only; the district's figures in the other panels are not narrowed by network (the API filters by school, program, department and career cluster).`
        : 'Every school of the district, elementary, middle and high. Choose a name to see its programs.';
    }
    this.panel.retitle(`Drill-down, ${year}: ${steps.map((step) => step.label).join(' › ')}`);
    // Only rows a level below can be drilled into: schools at the district, programs at a school.
    const drillable = new Map(
      at.program ? [] : at.school ? rows.map((r) => [r.label, programs.find((p) => p.name === r.label)?.id]) : rows.map((r) => [r.label, (r.row as DrillSchool).id]),
    );
    this.panel.render(rows, note, (label) => {
      const id = drillable.get(label);
      if (!id) return undefined;
      return () => this.go(at.school ? { schoolId: at.school.id, programId: id } : { schoolId: id });
    });
  }
}
