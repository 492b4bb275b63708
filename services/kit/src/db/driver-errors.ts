import { QueryFailedError } from 'typeorm';

interface PgDriverError {
  code?: string;
  constraint?: string;
}

/** The constraint a unique violation hit, so a repository can turn a lost race into a clear error. */
export function uniqueViolation(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as PgDriverError;
  return driverError.code === '23505' ? (driverError.constraint ?? '') : undefined;
}

/** Escapes LIKE wildcards in user text so a search for "50%" matches literally. */
export function likePrefix(text: string): string {
  return `${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
