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
