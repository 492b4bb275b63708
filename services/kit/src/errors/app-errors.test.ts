import { GraphQLError } from 'graphql';
import { ConflictError, NotFoundError, UserInputError } from './app-errors';
import { createErrorFormatter } from './format-error';

describe('app errors', () => {
  it('carry the code, the field and the rule, with the field leading the message', () => {
    const error = new UserInputError('input.gradeLevel', 'must be 6 to 12', { rule: 'GRADE_RANGE' });
    expect(error.message).toBe('input.gradeLevel: must be 6 to 12');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.gradeLevel', rule: 'GRADE_RANGE' });
    expect(new NotFoundError('Student', 'abc', 'input.id').message).toBe('input.id: Student abc does not exist');
    expect(new ConflictError('already ended', { field: 'input.id' }).message).toBe('input.id: already ended');
  });
});

describe('error formatter', () => {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "x" DETAIL: SELECT * FROM t'), {});
  const formatted = { message: driverError.message, path: ['student'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } };

  it('masks unexpected errors in production, keeping the path, and logs the original', () => {
    const logged: unknown[] = [];
    const format = createErrorFormatter({ production: true, onInternalError: (e) => logged.push(e) });
    expect(format(formatted, driverError)).toEqual({
      message: 'Internal server error',
      path: ['student'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toEqual([driverError]);
  });

  it.each([true, false])('passes client errors through without a stack trace (production: %s)', (production) => {
    const error = new UserInputError('first', 'too big');
    const format = createErrorFormatter({ production });
    const out = format({ message: error.message, extensions: { ...error.extensions, stacktrace: ['x'] } }, error);
    expect(out).toEqual({ message: 'first: too big', extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it("shows an unexpected error whole in development, stack included, and logs it", () => {
    const logged: unknown[] = [];
    const format = createErrorFormatter({ production: false, onInternalError: (e) => logged.push(e) });
    expect(format(formatted, driverError)).toBe(formatted);
    expect(logged).toEqual([driverError]);
  });
});

describe('error formatter at the gateway and on database outages', () => {
  const production = createErrorFormatter({ production: true });
  /** A subgraph's error as Apollo Gateway hands it on: the subgraph's JSON, `serviceName` added. */
  const downstream = (extensions: Record<string, unknown>, message = 'input.id: TimeEntry 9 does not exist') =>
    new GraphQLError(message, { path: ['approveTimeEntry'], extensions: { ...extensions, serviceName: 'placements' } });
  const format = (error: GraphQLError) => production(error.toJSON(), error);

  it.each(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'SERVICE_UNAVAILABLE', 'OPERATION_TOO_COMPLEX', 'RATE_LIMITED'])(
    "passes a subgraph's %s refusal with its message, field and rule in production",
    (code) => {
      const error = downstream({ code, field: 'input.id', rule: 'NO_SLOTS_LEFT', requestId: 'r-1' });
      expect(format(error)).toEqual({
        message: 'input.id: TimeEntry 9 does not exist',
        path: ['approveTimeEntry'],
        locations: undefined,
        extensions: { code, field: 'input.id', rule: 'NO_SLOTS_LEFT', requestId: 'r-1', serviceName: 'placements' },
      });
    },
  );

  it("keeps a subgraph's stack, raw response and nested extensions out of a refusal", () => {
    const error = downstream({
      code: 'CONFLICT',
      rule: 'ENTRY_ALREADY_DECIDED',
      stacktrace: ['QueryFailedError: SELECT * FROM time_entries', '    at PostgresQueryRunner.query'],
      exception: { stacktrace: ['at x'] },
      response: { url: 'http://10.0.0.7:4003/graphql', body: 'SELECT' },
      detail: { sql: 'SELECT 1' },
      ids: ['a', 'b'],
    });
    expect(format(error).extensions).toEqual({ code: 'CONFLICT', rule: 'ENTRY_ALREADY_DECIDED', ids: ['a', 'b'], serviceName: 'placements' });
  });

  it("keeps a subgraph's masked internal error masked, and masks a code that is no refusal", () => {
    for (const code of ['INTERNAL_SERVER_ERROR', 'GRAPHQL_VALIDATION_FAILED', 'DOWNSTREAM_SERVICE_ERROR']) {
      expect(format(downstream({ code }, 'relation "x" does not exist'))).toEqual({
        message: 'Internal server error',
        path: ['approveTimeEntry'],
        locations: undefined,
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'placements' },
      });
    }
  });

  it('answers a database outage as SERVICE_UNAVAILABLE with a retry hint and without its address', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED', address: '10.0.0.5', port: 5432 });
    const resolverError = new GraphQLError(refused.message, { path: ['student'], originalError: refused });
    for (const development of [true, false]) {
      const out = createErrorFormatter({ production: !development })(resolverError.toJSON(), resolverError);
      expect(out).toEqual({
        message: 'the database is unavailable; retry in 5 s',
        path: ['student'],
        locations: undefined,
        extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
      });
    }
  });
});
