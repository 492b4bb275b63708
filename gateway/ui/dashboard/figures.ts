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

/**
 * What the per-school table's students-engaged column adds up to beside the district's figure:
 * said in words, because a suppressed or missing school figure makes the sum unknowable, and a
 * sum that differs from the district's is shown as it is rather than hidden.
 */
export function schoolsTotalNote(district: Figure | null | undefined, schools: Array<Figure | null | undefined>): string {
  if (!district || district.noData) return '';
  const withheld = schools.filter((figure) => !figure || figure.suppressed || (!figure.noData && typeof figure.value !== 'number')).length;
  if (withheld > 0) return `Every school of the district is listed; ${withheld} school figures are withheld, so their sum is not shown.`;
  if (district.suppressed) return "Every school of the district is listed; the district's figure is withheld, so no sum is compared.";
  const sum = schools.reduce((total, figure) => total + (figure?.value ?? 0), 0);
  const total = integer.format(district.value ?? 0);
  return sum === district.value
    ? `Every school of the district is listed: their students in work-based learning add up to the district's ${total}.`
    : `Every school of the district is listed: their students in work-based learning add up to ${integer.format(sum)}, the district's are ${total}.`;
}

/**
 * The status line's words for figures that did not arrive (null with an error at their path, shown
 * "n/a"): each reason once, so staff can tell a subgraph that did not answer from a year with no data.
 */
export function unavailableNote(errors: ReadonlyArray<{ message: string }>): string {
  const reasons = [...new Set(errors.map((error) => error.message))];
  return reasons.length ? ` Some figures could not be loaded and show n/a: ${reasons.join('; ')}.` : '';
}
