/** A Metric or MetricGroup as an answer holds it: a figure with `suppressed`, maybe a key and a gap. */
interface MetricLike {
  key?: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  suppressed: boolean;
  gap?: number | null;
}

export const METRIC_COLUMNS = ['Metric', 'Group', 'Value', 'Numerator', 'Denominator', 'Gap'] as const;

const isMetric = (node: unknown): node is MetricLike => typeof node === 'object' && node !== null && typeof (node as MetricLike).suppressed === 'boolean';

/** A list item's name in a path: its id or key when it has one ("schoolYears[2024-2025]"), else its index. */
function itemName(item: unknown, index: number): string {
  const named = item as { id?: unknown; key?: unknown; name?: unknown } | null;
  const name = named?.name ?? named?.id ?? named?.key;
  return typeof name === 'string' ? name : String(index);
}

const text = (value: number | null | undefined, suppressed: boolean) => (suppressed ? 'suppressed' : value == null ? '' : String(value));

/**
 * Every metric in a GraphQL answer as table rows: its path (`schoolYears[2024-2025].perkins.concentrators`),
 * the group of a breakdown, and its figures; withheld figures say `suppressed`, never 0.
 */
export function metricRows(data: unknown): string[][] {
  const rows: string[][] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${path}[${itemName(item, index)}]`));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    if (isMetric(node)) {
      const group = node.key ?? '';
      const metricPath = group ? path.replace(/\[[^\]]*\]$/, '') : path;
      rows.push([metricPath, group, text(node.value, node.suppressed), text(node.numerator, node.suppressed), text(node.denominator, node.suppressed), node.gap === undefined ? '' : text(node.gap, node.suppressed || node.gap === null)]);
    }
    for (const [field, child] of Object.entries(node)) if (typeof child === 'object' && child !== null) walk(child, path ? `${path}.${field}` : field);
  };
  walk(data, '');
  return rows;
}
