/** A metric as the API returns it: a value, or `suppressed` with none. */
export interface Figure {
  value?: number | null;
  suppressed: boolean;
}

/** Chart.js leaves a gap for null: a withheld figure is never drawn as 0. */
export function chartValue(figure: Figure | null | undefined, scale = 1): number | null {
  return figure && !figure.suppressed && typeof figure.value === 'number' ? figure.value * scale : null;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

export type FigureFormat = 'count' | 'dollars' | 'rate';

/** The text a table cell shows; withheld and missing figures say so in words. */
export function formatFigure(figure: Figure | null | undefined, format: FigureFormat): string {
  if (!figure) return 'n/a';
  if (figure.suppressed) return 'suppressed';
  if (typeof figure.value !== 'number') return 'n/a';
  if (format === 'dollars') return dollars.format(figure.value);
  if (format === 'rate') return percent.format(figure.value);
  return integer.format(figure.value);
}

/** The school year containing `date` (July 1 to June 30), as "2025-2026". */
export function schoolYearOf(date: Date): string {
  const start = date.getMonth() >= 6 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}-${start + 1}`;
}
