import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefinitionNode, Kind, parse, visit } from 'graphql';

/** One named operation from gateway/operations, with the fragments it spreads, as the analysts wrote it. */
export interface SavedOperation {
  /** The operation name (`DashboardHeadlines`). */
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  /** The file it comes from, without `.graphql` (`analytics`). */
  group: string;
  /** The operation's source text followed by every fragment it needs, runnable on its own. */
  document: string;
}

/** The analysts' file comes first in the playground; the rest follow by name. */
const ANALYSTS_FILE = 'analytics.graphql';

/**
 * Reads every `*.graphql` file in `dir` and splits it into runnable operations, keeping the authors'
 * formatting and comments inside each definition. Operations keep their order within a file.
 */
export function readSavedOperations(dir: string): SavedOperation[] {
  const rank = (file: string) => (file === ANALYSTS_FILE ? 0 : 1);
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return files.flatMap((file) => splitOperations(readFileSync(path.join(dir, file), 'utf8'), path.basename(file, '.graphql')));
}

export function splitOperations(source: string, group: string): SavedOperation[] {
  const document = parse(source);
  const text = (definition: DefinitionNode) => source.slice(definition.loc!.start, definition.loc!.end);
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  // Fragments spread by other fragments count too, in the order they are first needed.
  const fragmentsUsedBy = (root: DefinitionNode): string[] => {
    const needed: string[] = [];
    const walk = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const name = spread.name.value;
          if (needed.includes(name) || !fragments.has(name)) return;
          needed.push(name);
          walk(fragments.get(name)!);
        },
      });
    walk(root);
    return needed;
  };
  return document.definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) return [];
    const parts = [text(definition), ...fragmentsUsedBy(definition).map((name) => text(fragments.get(name)!))];
    return [{ name: definition.name.value, kind: definition.operation, group, document: `${parts.join('\n\n')}\n` }];
  });
}
