import { parse } from 'csv-parse/sync';
import type { ImportReport } from './import-report';

/** One data row of a CSV file with the line it starts on, for row-level error reports. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * The rows of one CSV file whose header has every `required` column. A missing column or a file
 * that does not parse is reported against the file (line 1 for the header) and yields no rows,
 * so the run is refused with the rest of the errors found.
 */
export function readCsvTable(report: ImportReport, file: string, text: string, required: readonly string[]): CsvRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: false });
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    report.error({ file, line: lines ?? 1, column: null, message: `not a well-formed CSV file: ${message}` });
    return [];
  }
  const header = new Set(records.length > 0 ? Object.keys(records[0].record) : firstLineColumns(text));
  const missing = required.filter((column) => !header.has(column));
  for (const column of missing) report.error({ file, line: 1, column, message: `the required column ${column} is missing from the header` });
  if (missing.length > 0) return [];
  // csv-parse counts the line a record ends on; a quoted field may span lines, so this is where it starts.
  return records.map(({ record, info }) => ({ line: info.lines - lineBreaks(record), values: record }));
}

function firstLineColumns(text: string): string[] {
  return (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').split(',').map((column) => column.trim());
}

function lineBreaks(record: Record<string, string>): number {
  let count = 0;
  for (const value of Object.values(record)) for (const char of value) if (char === '\n') count++;
  return count;
}
