import { type GraphQLResolveInfo, Kind, type SelectionNode } from 'graphql';

/**
 * The fields of `typeName` an operation asked for under the current field: what a refused lookup
 * was after, for the record of disclosures. Follows fragments on that type.
 */
export function requestedFields(info: GraphQLResolveInfo, typeName: string): string[] {
  const names = new Set<string>();
  const visit = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) names.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === typeName) visit(selection.selectionSet.selections);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment?.typeCondition.name.value === typeName) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet.selections);
  return [...names].sort();
}
