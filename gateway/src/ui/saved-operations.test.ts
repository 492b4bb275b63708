import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@careergraph/kit';
import { buildSchema, parse, validate } from 'graphql';
import { readSavedOperations, splitOperations } from './saved-operations';

describe('saved operations for the playground', () => {
  it('splits a file into operations, each carrying the fragments it spreads (also through other fragments)', () => {
    const source = [
      '# A comment outside any definition is not kept.',
      'fragment Name on Student { preferredName }',
      'fragment Card on Student { id ...Name }',
      'fragment Unused on School { id }',
      'query One($id: ID!) {\n  # kept: inside the definition\n  student(id: $id) { ...Card }\n}',
      'mutation Two { noop }',
      '{ anonymous }',
    ].join('\n\n');
    expect(splitOperations(source, 'students')).toEqual([
      {
        name: 'One',
        kind: 'query',
        group: 'students',
        document:
          'query One($id: ID!) {\n  # kept: inside the definition\n  student(id: $id) { ...Card }\n}\n\n' +
          'fragment Card on Student { id ...Name }\n\nfragment Name on Student { preferredName }\n',
      },
      { name: 'Two', kind: 'mutation', group: 'students', document: 'mutation Two { noop }\n' },
    ]);
  });

  it('ships every named operation in gateway/operations, each valid against the API schema on its own', () => {
    const dir = path.join(repoRoot, 'gateway/operations');
    const saved = readSavedOperations(dir);
    const schema = buildSchema(readFileSync(path.join(repoRoot, 'schema/api.graphql'), 'utf8'));
    expect(saved.length).toBeGreaterThan(0);
    for (const operation of saved) expect([operation.name, validate(schema, parse(operation.document)).map((e) => e.message)]).toEqual([operation.name, []]);
    expect(new Set(saved.map((operation) => operation.name)).size).toBe(saved.length);
  });
});
