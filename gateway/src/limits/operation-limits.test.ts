import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_PAGE_SIZE, repoRoot } from '@careergraph/kit';
import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { DEFAULT_LIMITS } from '../hardening';
import { costRefusal, shapeRefusal } from './operation-limits';

const schema = buildSchema(readFileSync(path.join(repoRoot, 'schema/api.graphql'), 'utf8'));
const operationsDir = path.join(repoRoot, 'gateway/operations');
const operations = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => {
    const document = parse(readFileSync(path.join(operationsDir, file), 'utf8'));
    return document.definitions
      .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => [`${file} ${operation.name?.value}`, document, operation] as const);
  });

describe('the default operation limits', () => {
  it('find the client operations', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations)('let %s through, even with every page at the maximum size', (_name, document, operation) => {
    expect(shapeRefusal(schema, document, DEFAULT_LIMITS)).toBeNull();
    // Every Int variable at the largest page a subgraph serves: an upper bound for `first`.
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, MAX_PAGE_SIZE]),
    );
    expect(costRefusal(schema, document, operation, variables, DEFAULT_LIMITS)).toBeUndefined();
  });

  it('refuse by depth and aliases with the limit named', () => {
    const deep = parse('{ schools { edges { node { students { edges { node { school { students { edges { node { school { students { totalCount } } } } } } } } } } } } }');
    expect(shapeRefusal(schema, deep, DEFAULT_LIMITS)).toMatchObject({ limit: 'depth', maximum: 12, message: expect.stringMatching(/^Query depth limit of 12 exceeded, found 13\./) });
    const aliased = parse(`{ ${Array.from({ length: 31 }, (_, i) => `s${i}: school(id: "${i}") { id }`).join(' ')} }`);
    expect(shapeRefusal(schema, aliased, DEFAULT_LIMITS)).toMatchObject({ limit: 'aliases', maximum: 30 });
  });
});
