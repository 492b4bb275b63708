import './dashboard.css';
import { requestWithErrors } from '../shared/graphql-client';
import { loadFailure, mountTokenControls } from '../shared/token-controls';
import { tokenStore } from '../shared/token-store';
import { schoolYearOf, unavailableNote } from './figures';
import { type FilterState, fillFilters, metricFilter, onFiltersChange, perProgramFilter, programFilter, readFilters, setPlace } from './filters';
import { DashboardHeadlinesDocument } from './headlines-operation';
import { DistrictPanels } from './panels/district-panels';
import { DrillDown } from './panels/drill-down';
import { renderHeadlines } from './panels/headlines';
import { keyLabel } from './panels/labels';
import { DashboardDrillDownDocument, DashboardPanelsDocument } from './panels/operations';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = element<HTMLParagraphElement>('status');
const panelsHost = element<HTMLDivElement>('panels');
const drillDown = new DrillDown(panelsHost, (to) => {
  setPlace(to);
  void load();
});
const panels = new DistrictPanels(panelsHost);

/** What the filtered panels are for, in words ("Lincoln HS · Health Science"). */
function scopeOf(state: FilterState, schoolName?: string, programName?: string): string {
  const parts = [
    schoolName ?? 'District',
    programName,
    state.department && `department ${keyLabel(state.department)}`,
    state.careerCluster && `cluster ${keyLabel(state.careerCluster)}`,
  ].filter(Boolean);
  return parts.join(' · ');
}

/** Only the latest load draws: a slower answer to an earlier filter must not overwrite a later one. */
let latest = 0;

async function load(): Promise<void> {
  const token = tokenStore.get();
  if (!token) {
    status.textContent = 'Paste a token to load the headline metrics.';
    document.body.dataset.state = 'no-token';
    return;
  }
  const state = readFilters();
  state.year ||= schoolYearOf(new Date());
  const filter = metricFilter(state);
  const run = ++latest;
  status.textContent = `Loading ${state.year}…`;
  document.body.dataset.state = 'loading';
  try {
    const answers = await Promise.all([
      requestWithErrors(DashboardHeadlinesDocument, { year: state.year }, token),
      requestWithErrors(DashboardPanelsDocument, { year: state.year, filter, programs: programFilter(state), perProgram: perProgramFilter(state), by: state.by }, token),
      requestWithErrors(DashboardDrillDownDocument, { year: state.year, filter, perProgram: perProgramFilter(state), district: !state.schoolId, schoolId: state.schoolId || null }, token),
    ]);
    if (run !== latest) return;
    const [{ data: headlines }, { data: figures }, { data: places }] = answers;
    const schools = places.schoolYear?.schools ?? [];
    const programs = places.catalog ?? [];
    fillFilters(state, (headlines.schoolYears ?? []).map((y) => y.id), schools, programs);
    const school = schools.find((s) => s.id === state.schoolId);
    const program = programs.find((p) => p.id === state.programId);
    const summary = renderHeadlines(headlines, state.year);
    drillDown.render(places, state.year, { network: state.network || undefined, school, program });
    // Perkins by program: the programs the school, department and cluster filters leave (asked so), or the one chosen.
    const shownPrograms = (figures.programs ?? []).filter((p) => !state.programId || p.id === state.programId);
    panels.render(figures, state.year, state.by, shownPrograms, scopeOf(state, school?.name, program?.name));
    const suppressed = document.querySelectorAll('td.suppressed').length;
    const noData = document.querySelectorAll('td.no-data').length;
    status.textContent = `${summary}${suppressed ? ` ${suppressed} figures are suppressed to protect small groups of students.` : ''}${
      noData ? ` ${noData} figures say "no data": nothing is recorded for that school year.` : ''
    }${unavailableNote(answers.flatMap((answer) => answer.errors))}`;
    document.body.dataset.state = 'loaded';
  } catch (error) {
    if (run !== latest) return;
    status.textContent = loadFailure(error);
    document.body.dataset.state = 'error';
  }
}

onFiltersChange(() => void load());
mountTokenControls(load);
