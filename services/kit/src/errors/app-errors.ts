import { GraphQLError } from 'graphql';

/**
 * The error codes clients may branch on. Apollo's own codes (GRAPHQL_PARSE_FAILED, ...) pass
 * through untouched; these are the ones our resolvers raise.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  // The gateway's operation limits, request size limit and rate limit (docs/security.md, "Operation limits").
  | 'OPERATION_TOO_COMPLEX'
  | 'REQUEST_TOO_LARGE'
  | 'RATE_LIMITED';

export interface AppErrorOptions {
  /** The input field (dot path, e.g. `input.schoolId`) the error is about. */
  field?: string;
  /** The domain rule that refused the request, for clients that explain it to users. */
  rule?: string;
  extensions?: Record<string, unknown>;
}

/** A refusal the client caused or may act upon; safe to show as-is, even in production. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    // The field leads the message so a person reading only the message knows what to fix.
    super(options.field && !message.startsWith(`${options.field}: `) ? `${options.field}: ${message}` : message, {
      extensions: {
        code,
        ...(options.field ? { field: options.field } : {}),
        ...(options.rule ? { rule: options.rule } : {}),
        ...options.extensions,
      },
    });
    this.code = code;
    this.name = 'AppError';
  }
}

export class UserInputError extends AppError {
  constructor(field: string, message: string, options: Omit<AppErrorOptions, 'field'> = {}) {
    super('BAD_USER_INPUT', message, { ...options, field });
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: string, field?: string) {
    super('NOT_FOUND', `${entity} ${id} does not exist`, {
      field,
      extensions: { entity },
    });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super('CONFLICT', message, options);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Not allowed', options: AppErrorOptions = {}) {
    super('FORBIDDEN', message, options);
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super('SERVICE_UNAVAILABLE', message, options);
  }
}
