import { ConfigError, EnvReader, redact } from './env';
import { loadSubgraphConfig } from './service-config';

describe('EnvReader', () => {
  it('reads typed values and falls back to defaults', () => {
    const env = new EnvReader({ PORT: '4100', FLAG: 'yes', MODE: 'b' });
    expect(env.port('PORT', 1)).toBe(4100);
    expect(env.port('MISSING_PORT', 4001)).toBe(4001);
    expect(env.bool('FLAG', false)).toBe(true);
    expect(env.oneOf('MODE', ['a', 'b'] as const, 'a')).toBe('b');
    expect(() => env.done()).not.toThrow();
  });

  it('collects every bad variable into one error naming each', () => {
    const env = new EnvReader({ PORT: 'eighty', FLAG: 'maybe', URL: 'not a url' });
    env.port('PORT', 1);
    env.bool('FLAG', false);
    env.url('URL', ['http:']);
    env.required('SECRET');
    let error: unknown;
    try {
      env.done();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/PORT must be an integer/);
    expect(problems.join('\n')).toMatch(/FLAG must be true or false/);
    expect(problems.join('\n')).toMatch(/URL must be a URL/);
    expect(problems.join('\n')).toMatch(/SECRET is required/);
  });

  it('reads decimal numbers within a range', () => {
    const env = new EnvReader({ RATE: '149.50', BAD: '12abc', LOW: '-1' });
    expect(env.number('RATE', 1, { min: 0 })).toBe(149.5);
    expect(env.number('UNSET', 7.25)).toBe(7.25);
    env.number('BAD', 1);
    env.number('LOW', 1, { min: 0 });
    expect(() => env.done()).toThrow(/BAD must be a number[\s\S]*LOW must be a number from 0/);
  });

  it('never prints a password from a connection string', () => {
    expect(redact('postgres://app:s3cret@db:5432/x')).toBe('postgres://app:***@db:5432/x');
  });
});

describe('loadSubgraphConfig', () => {
  it('prefers the per-service database URL and sizes the pool for the embedded database', () => {
    const real = loadSubgraphConfig('students', 4001, {
      DATABASE_URL: 'postgres://a@h/one',
      STUDENTS_DATABASE_URL: 'postgres://a@h/two',
      STUDENTS_PORT: '5001',
    });
    expect(real.database.url).toBe('postgres://a@h/two');
    expect(real.port).toBe(5001);
    expect(real.database.poolMax).toBe(10);
    expect(real.database.poolIdleMs).toBe(60_000);
    expect(loadSubgraphConfig('students', 4001, { DATABASE_URL: 'postgres://a@h/one', DB_POOL_IDLE_MS: '300000' }).database.poolIdleMs).toBe(300_000);
    expect(() => loadSubgraphConfig('students', 4001, { DATABASE_URL: 'postgres://a@h/one', DB_POOL_IDLE_MS: '10' })).toThrow(/DB_POOL_IDLE_MS/);

    const embedded = loadSubgraphConfig('students', 4001, {});
    expect(embedded.database.url).toBeUndefined();
    expect(embedded.database.poolMax).toBe(1);
    expect(embedded.database.dataDir).toMatch(/\.data[/\\]students$/);
  });

  it('stops a production service without a database URL instead of running on a private embedded one', () => {
    expect(() => loadSubgraphConfig('students', 4001, { NODE_ENV: 'production', SUBGRAPH_SIGNING_SECRETS: 'x'.repeat(32) })).toThrow(
      /DATABASE_URL: is required in production \(or STUDENTS_DATABASE_URL\)/,
    );
    const perService = loadSubgraphConfig('students', 4001, {
      NODE_ENV: 'production',
      SUBGRAPH_SIGNING_SECRETS: 'x'.repeat(32),
      STUDENTS_DATABASE_URL: 'postgres://a@h/two',
    });
    expect(perService.database.url).toBe('postgres://a@h/two');
    // Development and tests keep the embedded database.
    expect(loadSubgraphConfig('students', 4001, { NODE_ENV: 'test' }).database.url).toBeUndefined();
  });

  it('names every missing production setting at once', () => {
    let error: unknown;
    try {
      loadSubgraphConfig('partners', 4002, { NODE_ENV: 'production' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'SUBGRAPH_SIGNING_SECRETS is required but not set',
      expect.stringMatching(/^DATABASE_URL: is required in production/),
    ]);
  });

  it('behind a transaction-mode pooler prepares no statements, and refuses to be told otherwise', () => {
    const pooled = loadSubgraphConfig('students', 4001, { DATABASE_URL: 'postgres://a@pgbouncer/x', DB_TRANSACTION_POOLER: 'true' });
    expect(pooled.database).toMatchObject({ transactionPooler: true, preparedStatements: 0, statementTimeoutMs: 15_000 });
    expect(loadSubgraphConfig('students', 4001, { DATABASE_URL: 'postgres://a@h/x' }).database).toMatchObject({ transactionPooler: false, preparedStatements: 100 });
    expect(() =>
      loadSubgraphConfig('students', 4001, { DATABASE_URL: 'postgres://a@pgbouncer/x', DB_TRANSACTION_POOLER: 'true', DB_PREPARED_STATEMENTS: '50' }),
    ).toThrow(/DB_PREPARED_STATEMENTS: must be 0 with DB_TRANSACTION_POOLER/);
  });

  it('refuses a database URL of the wrong kind', () => {
    expect(() => loadSubgraphConfig('students', 4001, { DATABASE_URL: 'mysql://x@y/z' })).toThrow(
      /DATABASE_URL must be a postgres: or postgresql: URL/,
    );
  });
});
