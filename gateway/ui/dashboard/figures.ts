/** A metric as the API returns it: a value, or `suppressed` with none; `noData` for a year with nothing recorded. */
export interface Figure {
  value?: number | null;
  suppressed: boolean;
  noData?: boolean;
}

/** A metric family as the API returns it: `hasData` is false for a year with nothing recorded. */
export interface MetricFamily {
  hasData: boolean;
}

/**
 * The figure `pick` chooses from `family`; a year without data gives a `noData` figure (no value),
 * and a family that did not arrive (denied, or its subgraph down) gives none.
 */
export function familyFigure<F extends MetricFamily>(family: F | null | undefined, pick: (family: F) => Figure): Figure | null {
  if (!family) return null;
  return family.hasData ? pick(family) : { value: null, suppressed: false, noData: true };
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
  if (figure.noData) return 'no data';
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
