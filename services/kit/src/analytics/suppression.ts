/**
 * Small-cell suppression for aggregate reports (FERPA practice): a published figure never lets a
 * group of fewer than `threshold` students be counted, directly, by subtraction within a
 * breakdown, or by differencing two queries whose filters are nested.
 */

/** Default minimum group size; `SUPPRESSION_THRESHOLD` overrides it. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

export interface ProtectedCell {
  /**
   * The student counts this cell discloses: for a count, the students; for a rate, the numerator,
   * the denominator minus the numerator, and the denominator.
   */
  counts: readonly number[];
  /**
   * The same counts for every population obtained by dropping some of the query's filters, minus
   * this cell's: a difference of 1 to threshold−1 would reveal a small group by differencing.
   */
  differences?: readonly number[];
  /** The caller has row-level access to this cell's students: shown exactly, never a complement. */
  known?: boolean;
  /** Orders complementary choices: the smallest cell is given up first. */
  size: number;
}

/** A total and the cells that add up to it (one row or one column of a breakdown). */
export interface AdditiveLine {
  total: string;
  parts: readonly string[];
}

const small = (count: number, threshold: number) => count > 0 && count < threshold;

/** Cells that must be withheld by themselves: a small group, or a small difference to a wider filter. */
export function primarySuppressed(cell: ProtectedCell, threshold: number): boolean {
  if (cell.known) return false;
  return cell.counts.some((c) => small(c, threshold)) || (cell.differences ?? []).some((d) => small(d, threshold));
}

/**
 * The ids of cells to withhold: primary suppression, then complementary suppression until no line
 * has exactly one withheld member (a lone withheld cell equals its total minus the other parts,
 * and a lone withheld total equals the sum of its parts). The complement chosen is the smallest
 * other member the caller does not already know, parts before the total, ties broken by id, so the
 * same data always gives the same pattern whatever the question.
 */
export function suppressCells(
  cells: ReadonlyMap<string, ProtectedCell>,
  lines: readonly AdditiveLine[],
  threshold: number,
): Set<string> {
  const withheld = new Set<string>();
  for (const [id, cell] of cells) if (primarySuppressed(cell, threshold)) withheld.add(id);
  let changed = withheld.size > 0;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const members = [...line.parts, line.total].filter((id) => cells.has(id) && (cells.get(id)!.size > 0 || withheld.has(id)));
      if (members.filter((id) => withheld.has(id)).length !== 1) continue;
      const candidates = members
        .filter((id) => !withheld.has(id) && !cells.get(id)!.known)
        .sort((a, b) => {
          const partsFirst = Number(a === line.total) - Number(b === line.total);
          return partsFirst || cells.get(a)!.size - cells.get(b)!.size || (a < b ? -1 : a > b ? 1 : 0);
        });
      if (candidates.length === 0) continue;
      withheld.add(candidates[0]);
      changed = true;
    }
  }
  return withheld;
}
