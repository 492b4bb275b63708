import { AppError } from '../errors/app-errors';

/** One refused cell or row: where it is (column null for a whole row) and why. */
export interface RowError {
  file: string;
  line: number;
  column: string | null;
  message: string;
}

/** What a run did (or, in a dry run, would do) to one kind of record. */
export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
}

/** Told how far an import is, e.g. ("validate users.csv", 20000, 360000). */
export type ImportProgress = (step: string, done: number, total: number) => void;

/** The findings of one import run: every row error, then the changes per entity. */
export class ImportReport {
  readonly errors: RowError[] = [];
  readonly changes: Record<string, ChangeCounts> = {};

  constructor(readonly progress: ImportProgress = () => {}) {}

  error(error: RowError): void {
    this.errors.push(error);
  }

  /**
   * Runs one domain rule on a cell: the rule's own message (a UserInputError from the subgraph's
   * validators) becomes a row error at that file, line and column; the value is undefined then.
   * With column null, the column is the field the rule names (`input.slots` is `slots`), for rules
   * that check a whole record.
   */
  check<T>(file: string, line: number, column: string | null, rule: () => T): T | undefined {
    try {
      return rule();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const field = typeof error.extensions.field === 'string' ? error.extensions.field : null;
      const message = field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
      this.error({ file, line, column: column ?? field?.replace(/^input\./, '').replace(/\[\d+\]$/, '') ?? null, message });
      return undefined;
    }
  }

  count(entity: string, change: keyof ChangeCounts, by = 1): void {
    const counts = (this.changes[entity] ??= { created: 0, updated: 0, unchanged: 0, withdrawn: 0 });
    counts[change] += by;
  }

  /** Refuses the whole run when any row was refused: nothing is written then. */
  assertValid(): void {
    if (this.errors.length > 0) throw new ImportRefusedError(this);
  }

  /** One line per entity, for the CLI and the upload answer. */
  summary(): string {
    return Object.entries(this.changes)
      .map(([entity, c]) => `${entity}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.withdrawn} withdrawn`)
      .join('\n');
  }
}

/** The run was refused whole; `report.errors` lists every bad row. */
export class ImportRefusedError extends Error {
  constructor(readonly report: ImportReport) {
    super(`import refused: ${report.errors.length} row error${report.errors.length === 1 ? '' : 's'}, nothing was written`);
  }

  /** `file:line column: message`, one per error, in file order. */
  lines(): string[] {
    return [...this.report.errors]
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
      .map((e) => `${e.file}:${e.line}${e.column ? ` ${e.column}` : ''}: ${e.message}`);
  }
}
