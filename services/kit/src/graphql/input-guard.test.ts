import { ApolloServer } from '@apollo/server';
import { buildSchema, parse } from 'graphql';
import { AppError } from '../errors/app-errors';
import { checkOperationInputs, inputGuardPlugin } from './input-guard';

// As a gateway sees it: custom scalars from SDL accept anything, so only the guard checks them.
const schema = buildSchema(`
  scalar Date
  scalar DateTime
  input Window { from: Date, to: Date, tags: [String!] }
  input Filter { search: String, window: Window, windows: [Window!], at: DateTime }
  type Query { entries(filter: Filter, after: String, on: Date, ids: [ID!]): Int }
  type Mutation { note(text: String!): Int }
`);

function check(query: string, variables: Record<string, unknown> = {}): AppError | undefined {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition')!;
  try {
    checkOperationInputs(schema, document, operation, variables);
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('checkOperationInputs', () => {
  it('accepts well-formed values in literals and variables', () => {
    expect(check('{ entries(on: "2024-02-29", filter: { search: "Ana", window: { from: "2026-01-01" } }) }')).toBeUndefined();
    expect(check('query($f: Filter) { entries(filter: $f) }', { f: { at: '2026-01-15T15:00:00Z', windows: [{ to: '2026-02-01' }] } })).toBeUndefined();
    expect(check('query($on: Date = "2026-01-01") { entries(on: $on) }')).toBeUndefined();
  });

  it('refuses a malformed Date or DateTime, naming the argument path and the variable', () => {
    const literal = check('{ entries(filter: { window: { from: "2025-02-30" } }) }');
    expect(literal?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries.filter.window.from' });
    expect(literal?.message).toBe('entries.filter.window.from: Date must be a calendar date as YYYY-MM-DD, got "2025-02-30"');
    expect(check('{ entries(on: 20260101) }')?.message).toBe('entries.on: Date must be a calendar date as YYYY-MM-DD, got 20260101');
    const variable = check('query($f: Filter) { entries(filter: $f) }', { f: { windows: [{}, { to: 'tomorrow' }] } });
    expect(variable?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries.filter.windows[1].to', variable: 'f' });
    expect(check('query($at: DateTime) { entries(filter: { at: $at }) }', { at: 'yesterday' })?.extensions).toMatchObject({
      field: 'entries.filter.at',
      variable: 'at',
    });
    expect(check('query($on: Date = "soon") { entries(on: $on) }')?.extensions?.field).toBe('entries.on');
  });

  it('refuses a NUL character in any string at any depth, in literals, variables and fragments', () => {
    const nul = 'a\u0000b';
    expect(check('mutation { note(text: "a\\u0000b") }')?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note.text' });
    expect(check('query($f: Filter) { entries(filter: $f) }', { f: { window: { tags: ['ok', nul] } } })?.extensions?.field).toBe(
      'entries.filter.window.tags[1]',
    );
    expect(check('query($ids: [ID!]) { entries(ids: $ids) }', { ids: nul })?.extensions?.field).toBe('entries.ids');
    expect(check('query($a: String) { ...F } fragment F on Query { entries(after: $a) }', { a: nul })?.message).toBe(
      'entries.after: must not contain the NUL character (U+0000)',
    );
  });

  it('walks nested values without recursion, so hostile nesting cannot overflow the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const schemaWithJson = buildSchema('scalar JSON type Query { echo(value: JSON): Int }');
    const document = parse('query($v: JSON) { echo(value: $v) }');
    expect(() => checkOperationInputs(schemaWithJson, document, document.definitions[0] as never, { v: { a: 'ok' } })).not.toThrow();
    expect(() => checkOperationInputs(schemaWithJson, document, document.definitions[0] as never, { v: deep })).toThrow(/^echo\.value: /);
  });

  it('leaves values of the wrong type to GraphQL coercion, which names them itself', () => {
    expect(check('query($f: Filter) { entries(filter: $f) }', { f: { search: 5, unknown: 'x\u0000' } })).toBeUndefined();
  });
});

describe('inputGuardPlugin', () => {
  const server = new ApolloServer({ schema, plugins: [inputGuardPlugin()] });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function run(request: { query: string; operationName?: string; variables?: Record<string, unknown> }) {
    const response = await server.executeOperation(request);
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, errors: response.body.singleResult.errors };
  }

  it('answers an input refusal with 200 and BAD_USER_INPUT before execution', async () => {
    const { status, errors } = await run({ query: 'query($on: Date) { entries(on: $on) }', variables: { on: '2026-13-01' } });
    expect(status ?? 200).toBe(200);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries.on' });
  });

  it('answers an operation it cannot resolve with 400 and OPERATION_RESOLUTION_FAILURE', async () => {
    const cases = [
      { request: { query: 'query A { entries } query B { entries }', operationName: 'C' }, message: 'the document has no operation named "C"' },
      { request: { query: 'query A { entries } query B { entries }' }, message: 'the document holds several operations: send `operationName` to pick one' },
      { request: { query: 'subscription { entries }' }, message: 'this API has no subscription operations' },
    ];
    for (const { request, message } of cases) {
      const { status, errors } = await run(request);
      expect(status).toBe(400);
      expect(errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'OPERATION_RESOLUTION_FAILURE' }) })]);
    }
  });
});
