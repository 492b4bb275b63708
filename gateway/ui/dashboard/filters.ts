import { keyLabel, EQUITY_DIMENSIONS } from './panels/labels';
import type { DrillProgram, DrillSchool } from './panels/drill-down';
import type { MetricDimension, MetricFilter, ProgramFilter } from './panels/operations';

/** What the filters say: the school year, the API's MetricFilter parts, the network and the equity dimension. */
export interface FilterState {
  year: string;
  schoolId: string;
  network: string;
  programId: string;
  department: string;
  careerCluster: string;
  by: MetricDimension;
}

const select = (id: string) => document.getElementById(id) as HTMLSelectElement;
const FIELDS = ['school-year', 'filter-network', 'filter-school', 'filter-department', 'filter-cluster', 'filter-program', 'filter-dimension'] as const;

export function readFilters(): FilterState {
  return {
    year: select('school-year').value,
    schoolId: select('filter-school').value,
    network: select('filter-network').value,
    programId: select('filter-program').value,
    department: select('filter-department').value,
    careerCluster: select('filter-cluster').value,
    by: (select('filter-dimension').value || EQUITY_DIMENSIONS[0].value) as MetricDimension,
  };
}

/** The API's filter: only the conditions chosen (the network is not one of them). */
export function metricFilter(state: FilterState): MetricFilter | null {
  const filter: MetricFilter = {};
  if (state.schoolId) filter.schoolId = state.schoolId;
  if (state.programId) filter.programId = state.programId;
  if (state.department) filter.department = state.department as MetricFilter['department'];
  if (state.careerCluster) filter.careerCluster = state.careerCluster as MetricFilter['careerCluster'];
  return Object.keys(filter).length > 0 ? filter : null;
}

/** The filter for a program's own figures: the same without a program (a program's metrics refuse another's). */
export function perProgramFilter(state: FilterState): MetricFilter | null {
  return metricFilter({ ...state, programId: '' });
}

/** Which programs the Perkins V panel lists: those of the chosen school, department and cluster. */
export function programFilter(state: FilterState): ProgramFilter | null {
  const filter: ProgramFilter = {};
  if (state.schoolId) filter.schoolId = state.schoolId;
  if (state.department) filter.department = state.department as ProgramFilter['department'];
  if (state.careerCluster) filter.careerCluster = state.careerCluster as ProgramFilter['careerCluster'];
  return Object.keys(filter).length > 0 ? filter : null;
}

/** Calls `onChange` whenever a filter is changed (from the keyboard too: a select's change event). */
export function onFiltersChange(onChange: () => void): void {
  for (const id of FIELDS) select(id).addEventListener('change', onChange);
}

function fill(id: string, options: Array<{ value: string; label: string; group?: string }>, chosen: string, any: string): void {
  const element = select(id);
  const groups = new Map<string, HTMLOptGroupElement>();
  element.replaceChildren(new Option(any, '', false, chosen === ''));
  for (const option of options) {
    const item = new Option(option.label, option.value, false, option.value === chosen);
    if (!option.group) {
      element.add(item);
      continue;
    }
    if (!groups.has(option.group)) {
      const group = Object.assign(document.createElement('optgroup'), { label: option.group });
      groups.set(option.group, group);
      element.append(group);
    }
    groups.get(option.group)!.append(item);
  }
}

/**
 * Fills the year, school, network, program, department and cluster lists from the API's answers,
 * keeping what is chosen. Schools narrow to the network; programs to the school, department and cluster.
 */
export function fillFilters(state: FilterState, years: string[], schools: DrillSchool[], programs: DrillProgram[]): void {
  const yearList = years.includes(state.year) ? years : [...years, state.year].sort();
  fill('school-year', yearList.map((year) => ({ value: year, label: year })), state.year, 'School year');
  select('school-year').remove(0);
  fill('filter-network', [...new Set(schools.map((school) => school.network))].sort().map((network) => ({ value: network, label: network })), state.network, 'Every network');
  const kinds = ['ELEMENTARY', 'MIDDLE', 'HIGH'];
  const inNetwork = schools.filter((school) => !state.network || school.network === state.network).sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.name.localeCompare(b.name));
  fill('filter-school', inNetwork.map((school) => ({ value: school.id, label: school.name, group: `${keyLabel(school.kind)} schools` })), state.schoolId, 'Every school');
  fill('filter-department', [...new Set(programs.map((program) => program.department))].sort().map((d) => ({ value: d, label: keyLabel(d) })), state.department, 'Every department');
  fill('filter-cluster', [...new Set(programs.map((program) => program.careerCluster))].sort().map((c) => ({ value: c, label: keyLabel(c) })), state.careerCluster, 'Every career cluster');
  const school = schools.find((s) => s.id === state.schoolId);
  const offered = school && new Set(school.programs.map((program) => program.id));
  const narrowed = programs
    .filter((program) => (!offered || offered.has(program.id)) && (!state.department || program.department === state.department) && (!state.careerCluster || program.careerCluster === state.careerCluster))
    .sort((a, b) => a.name.localeCompare(b.name));
  fill('filter-program', narrowed.map((program) => ({ value: program.id, label: program.name })), state.programId, 'Every program');
  fill('filter-dimension', EQUITY_DIMENSIONS.map((d) => ({ value: d.value, label: d.label })), state.by, '');
  select('filter-dimension').remove(0);
}

/** Sets the school and program (the drill-down's trail and rows). */
export function setPlace(to: { schoolId?: string; programId?: string }): void {
  select('filter-school').value = to.schoolId ?? '';
  select('filter-program').value = to.programId ?? '';
  // A program that is not an option (another school's) is added so the choice holds until the lists refill.
  if (to.programId && select('filter-program').value !== to.programId) select('filter-program').add(new Option(to.programId, to.programId, false, true));
  if (to.schoolId && select('filter-school').value !== to.schoolId) select('filter-school').add(new Option(to.schoolId, to.schoolId, false, true));
}
