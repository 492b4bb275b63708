import { chartValue, type Figure, type FigureFormat, formatFigure } from '../figures';
import { Chart, type ChartConfiguration } from './charts';
import { toCsv } from './csv';

/** A table column: a figure formatted as a count, a rate, dollars or a gap, or plain text. */
export interface Column<R> {
  label: string;
  format: FigureFormat | 'gap' | 'text';
  pick: (row: R) => Figure | string | null | undefined;
}

/** Which columns the chart draws (their values; a withheld figure is a gap, never 0). */
export interface ChartSpec {
  type: 'bar' | 'line';
  columns: number[];
  /** The value axis' title ("students", "%"). */
  axis: string;
  /** Rates are drawn as percentages. */
  scale?: number;
}

export interface PanelSpec<R> {
  /** The section's id; its table is `<id>-table`, its chart `<id>-chart`, its CSV `<id>.csv`. */
  id: string;
  title: string;
  note?: string;
  /** The first column's header: what a row is (School year, School, Program...). */
  rowHeader: string;
  columns: Array<Column<R>>;
  chart?: ChartSpec;
}

/** A row's name may be a button (the drill-down): what pressing it does, or undefined for plain text. */
export type RowAction<R> = (label: string, row: R) => (() => void) | undefined;

const PALETTE = ['#2f6f9f', '#c2571a', '#3d7a3d', '#7a4fa0', '#8a6d00', '#a33b5c', '#4d5966'];
const points = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** A cell's text: the figure's words for withheld and missing figures, the text itself otherwise. */
function cellText(value: Figure | string | null | undefined, format: Column<unknown>['format']): string {
  if (typeof value === 'string') return value;
  if (format === 'text') return value ? String(value.value ?? '') : '';
  if (format === 'gap') {
    if (!value || value.noData || value.suppressed || typeof value.value !== 'number') return formatFigure(value, 'count');
    return `${points.format(value.value * 100)} pts`;
  }
  return formatFigure(value, format);
}

/**
 * One dashboard panel: a heading, a chart (optional) with its table as the accessible alternative,
 * and a CSV download of exactly the table's text. Built into `host` once and refilled on each load.
 */
export class Panel<R> {
  private readonly section: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly canvas?: HTMLCanvasElement;
  private readonly noteElement: HTMLParagraphElement;
  private chart?: Chart;
  private matrix: string[][] = [];

  constructor(
    host: HTMLElement,
    private readonly spec: PanelSpec<R>,
  ) {
    this.section = document.createElement('section');
    this.section.className = 'panel';
    this.section.id = spec.id;
    this.section.setAttribute('aria-labelledby', `${spec.id}-heading`);
    const heading = Object.assign(document.createElement('h2'), { id: `${spec.id}-heading`, textContent: spec.title });
    const download = Object.assign(document.createElement('button'), { type: 'button', className: 'csv', textContent: 'Download CSV' });
    download.setAttribute('aria-label', `Download CSV: ${spec.title}`);
    download.addEventListener('click', () => this.download());
    const header = document.createElement('div');
    header.className = 'panel-head';
    header.append(heading, download);
    this.section.append(header);
    if (spec.chart) {
      const box = document.createElement('div');
      box.className = 'chart';
      this.canvas = Object.assign(document.createElement('canvas'), { id: `${spec.id}-chart` });
      this.canvas.setAttribute('role', 'img');
      this.canvas.setAttribute('aria-label', `${spec.title}: a chart of ${spec.chart.columns.map((i) => spec.columns[i].label).join(', ')}; the table below has the figures`);
      box.append(this.canvas);
      this.section.append(box);
    }
    const scroll = document.createElement('div');
    scroll.className = 'table-scroll';
    scroll.tabIndex = 0;
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', `${spec.title}: table`);
    this.table = Object.assign(document.createElement('table'), { id: `${spec.id}-table`, className: 'figures' });
    scroll.append(this.table);
    this.noteElement = Object.assign(document.createElement('p'), { className: 'note' });
    this.section.append(scroll, this.noteElement);
    host.append(this.section);
  }

  /** Sets the heading's text (the year or filter it is for). */
  retitle(title: string): void {
    this.section.querySelector('h2')!.textContent = title;
  }

  /** Refills the table, chart and CSV. Rows are shown sorted by their label (years run in order). */
  render(rows: Array<{ label: string; row: R }>, note = this.spec.note ?? '', rowAction?: RowAction<R>): void {
    const sorted = [...rows].sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
    const { columns } = this.spec;
    this.matrix = [[this.spec.rowHeader, ...columns.map((column) => column.label)]];
    this.table.replaceChildren();
    const head = this.table.createTHead().insertRow();
    for (const text of this.matrix[0]) head.appendChild(Object.assign(document.createElement('th'), { textContent: text, scope: 'col' }));
    const body = this.table.createTBody();
    for (const { label, row } of sorted) {
      const tr = body.insertRow();
      tr.dataset.row = label;
      const th = Object.assign(document.createElement('th'), { scope: 'row' });
      const action = rowAction?.(label, row);
      if (action) {
        const button = Object.assign(document.createElement('button'), { type: 'button', className: 'drill', textContent: label });
        button.addEventListener('click', action);
        th.append(button);
      } else th.textContent = label;
      tr.append(th);
      const texts = [label];
      for (const column of columns) {
        const value = column.pick(row);
        const cell = tr.insertCell();
        cell.textContent = cellText(value, column.format);
        if (typeof value === 'object' && value?.suppressed) cell.classList.add('suppressed');
        if (typeof value === 'object' && value?.noData) cell.classList.add('no-data');
        texts.push(cell.textContent);
      }
      this.matrix.push(texts);
    }
    if (sorted.length === 0) {
      const cell = body.insertRow().insertCell();
      cell.colSpan = columns.length + 1;
      cell.textContent = 'no data';
      cell.className = 'no-data';
    }
    this.noteElement.textContent = note;
    this.drawChart(sorted);
  }

  /** The table as shown, header first: what the CSV holds. */
  csv(): string {
    return toCsv(this.matrix);
  }

  private drawChart(rows: Array<{ label: string; row: R }>): void {
    const spec = this.spec.chart;
    if (!spec || !this.canvas) return;
    this.chart?.destroy();
    const config: ChartConfiguration = {
      type: spec.type,
      data: {
        labels: rows.map((r) => r.label),
        datasets: spec.columns.map((index, i) => {
          const column = this.spec.columns[index];
          return {
            label: column.label,
            data: rows.map(({ row }) => {
              const value = column.pick(row);
              return typeof value === 'object' ? chartValue(value, spec.scale) : null;
            }),
            borderColor: PALETTE[i % PALETTE.length],
            backgroundColor: PALETTE[i % PALETTE.length],
            spanGaps: false,
          };
        }),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: spec.axis } } },
      },
    };
    this.chart = new Chart(this.canvas, config);
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${this.spec.id}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
