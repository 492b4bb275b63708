import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type FieldNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type GraphQLNamedType,
} from 'graphql';

export interface CostOptions {
  /** `first` when a paginated field is given none and its schema declares no default. */
  defaultPageSize: number;
  /** Assumed length of a list that takes no `first` (a student's enrollments, a partner's worksites). */
  listSize: number;
}

/**
 * An upper bound on the objects an operation can return: every object-typed field counts once per
 * parent it may be resolved under, and a list multiplies what is below it by its length — the
 * `first` of its connection (the argument, the variable, the schema's default, else the default
 * page size), or `listSize` for a list that takes no `first`. Scalars come with their object and
 * are free; introspection is free. Alternatives (inline fragments, spreads) are summed, so the
 * bound may be high for unions but never low. Variables must be the operation's coerced values.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  options: CostOptions,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // A fragment's cost is linear in its parent's multiplier, so each (fragment, page) is costed
  // once: a document of fragments spreading each other twice stays linear to cost.
  const fragmentCosts = new Map<string, number>();

  const pageSizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined => {
    if (!field.args.some((arg) => arg.name === 'first')) return undefined;
    let first: unknown;
    try {
      first = getArgumentValues(field, node, variables).first;
    } catch {
      // An argument that does not coerce fails execution before any subgraph is called.
      first = undefined;
    }
    return typeof first === 'number' && first >= 0 ? first : options.defaultPageSize;
  };

  const selectionCost = (selectionSet: SelectionSetNode, type: GraphQLNamedType, page: number | undefined): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        const named = getNamedType(field.type);
        if (!isCompositeType(named) || !selection.selectionSet) continue;
        // A connection's page is the length of the list directly inside it (`edges`, `nodes`).
        const length = isListType(getNullableType(field.type)) ? (page ?? options.listSize) : 1;
        total += length * (1 + selectionCost(selection.selectionSet, named, pageSizeOf(field, selection)));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (condition) total += selectionCost(selection.selectionSet, condition, page);
      } else {
        const key = `${selection.name.value}:${page ?? ''}`;
        let cost = fragmentCosts.get(key);
        if (cost === undefined) {
          const fragment = fragments.get(selection.name.value);
          const condition = fragment && schema.getType(fragment.typeCondition.name.value);
          cost = fragment && condition ? selectionCost(fragment.selectionSet, condition, page) : 0;
          fragmentCosts.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root, undefined) : 0;
}
