import { chartValue, type Figure, type FigureFormat, familyFigure, formatFigure, schoolsTotalNote } from '../figures';
import type { DashboardHeadlinesQuery } from '../headlines-operation';
import { Chart, type ChartConfiguration } from './charts';

type YearRow = NonNullable<DashboardHeadlinesQuery['schoolYears']>[number];
type SchoolRow = NonNullable<NonNullable<DashboardHeadlinesQuery['schoolYear']>['schools']>[number];
type Row = YearRow | SchoolRow;

/** The columns of both tables, in the order shown. */
const COLUMNS: Array<{ label: string; format: FigureFormat; pick: (row: Row) => Figure | null | undefined }> = [
  { label: 'Students in work-based learning', format: 'count', pick: (row) => familyFigure(row.workBasedLearning, (f) => f.studentsEngaged) },
  { label: 'Hours approved', format: 'count', pick: (row) => familyFigure(row.workBasedLearning, (f) => f.hoursApproved) },
  {
    label: 'Graduates with advanced credit or a career credential',
    format: 'rate',
    pick: (row) => familyFigure(row.graduatingCohort, (f) => f.advancedCreditOrCredentialRate),
  },
  { label: 'Early college credit hours', format: 'count', pick: (row) => familyFigure(row.credentialAttainment, (f) => f.earlyCollegeCreditHours) },
  { label: 'Estimated tuition savings', format: 'dollars', pick: (row) => familyFigure(row.credentialAttainment, (f) => f.estimatedTuitionSavings) },
];

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const charts = new Map<string, Chart>();

/** Students engaged as bars and the district's headline rate (%) on a second axis: a line over the years. */
function headlineChart(labels: string[], rows: Row[], horizontal: boolean): ChartConfiguration {
  const count = horizontal ? 'x' : 'y';
  const rate = horizontal ? 'x2' : 'y2';
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          type: 'bar',
          label: COLUMNS[0].label,
          data: rows.map((row) => chartValue(COLUMNS[0].pick(row))),
          backgroundColor: '#2f6f9f',
          [horizontal ? 'xAxisID' : 'yAxisID']: count,
        },
        {
          // Across schools a line would suggest an order that is not there: bars beside bars instead.
          type: horizontal ? 'bar' : 'line',
          label: `${COLUMNS[2].label} (%)`,
          data: rows.map((row) => chartValue(COLUMNS[2].pick(row), 100)),
          borderColor: '#c2571a',
          backgroundColor: '#c2571a',
          [horizontal ? 'xAxisID' : 'yAxisID']: rate,
        },
      ],
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      animation: false,
      maintainAspectRatio: false,
      spanGaps: false,
      scales: {
        [count]: { beginAtZero: true, position: horizontal ? 'bottom' : 'left', title: { display: true, text: 'students' } },
        [rate]: { beginAtZero: true, max: 100, position: horizontal ? 'top' : 'right', grid: { drawOnChartArea: false }, title: { display: true, text: '%' } },
      },
    },
  } as ChartConfiguration;
}

function draw(canvasId: string, config: ChartConfiguration): void {
  charts.get(canvasId)?.destroy();
  charts.set(canvasId, new Chart(element<HTMLCanvasElement>(canvasId), config));
}

function fillTable(tableId: string, firstHeader: string, rows: Array<{ label: string; row: Row }>): void {
  const table = element<HTMLTableElement>(tableId);
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const text of [firstHeader, ...COLUMNS.map((column) => column.label)]) head.appendChild(Object.assign(document.createElement('th'), { textContent: text }));
  const body = table.createTBody();
  for (const { label, row } of rows) {
    const tr = body.insertRow();
    tr.dataset.row = label;
    tr.appendChild(Object.assign(document.createElement('th'), { textContent: label, scope: 'row' }));
    COLUMNS.forEach((column, index) => {
      const cell = tr.insertCell();
      const figure = column.pick(row);
      cell.textContent = formatFigure(figure, column.format);
      cell.dataset.metric = String(index);
      if (figure?.suppressed) cell.classList.add('suppressed');
      if (figure?.noData) cell.classList.add('no-data');
    });
  }
}

/**
 * The headline sections (the whole district, unfiltered): by school year, and every school for the
 * chosen year. Returns what the status line says of them.
 */
export function renderHeadlines(data: DashboardHeadlinesQuery, year: string): string {
  // Lists are null when their subgraph could not answer: the page shows what did arrive.
  const years = data.schoolYears ?? [];
  draw('by-year-chart', headlineChart(years.map((y) => y.id), years, false));
  fillTable('by-year-table', 'School year', years.map((row) => ({ label: row.id, row })));
  // Every school, elementary to high, by name (the API's order), so the rows add up to the district.
  const schools = data.schoolYear?.schools ?? [];
  // Room for each school's pair of bars, however many schools the district has.
  element('by-school-chart').parentElement!.style.height = `${Math.max(280, 80 + schools.length * 28)}px`;
  draw('by-school-chart', headlineChart(schools.map((s) => s.name), schools, true));
  fillTable('by-school-table', 'School', schools.map((row) => ({ label: row.name, row })));
  const district = years.find((y) => y.id === year);
  element('by-school-note').textContent = schoolsTotalNote(district && COLUMNS[0].pick(district), schools.map((row) => COLUMNS[0].pick(row)));
  return `School years ${years[0]?.id ?? '–'} to ${years.at(-1)?.id ?? '–'}; schools in ${year}: ${schools.length}.`;
}
