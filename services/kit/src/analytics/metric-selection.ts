import {
  type FieldNode,
  getNamedType,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { METRIC_DIMENSIONS, type MetricDimension } from './metric-cube';

/**
 * What an operation reads of one metric family (`WorkBasedLearningMetrics`, …), wherever it
 * selects it (`SchoolYear.workBasedLearning`, `School.workBasedLearning`, …): the family fields
 * (measures, and `hasData`, which the cube ignores), the dimensions of every `breakdown(by:)` under
 * them, and whether district (or program) rows and school rows are read. The cube computes only
 * the grouping sets and measures these need, plus what suppression reads for the caller
 * (docs/analytics.md, "Computing only what is asked"). One union for the whole operation, so the
 * year's figures and its schools' figures still come from one statement.
 */
export interface MetricSelection {
  fields: readonly string[];
  /** `ALL` when a `by` could not be read (every dimension is then computed, as without a selection). */
  breakdowns: readonly MetricDimension[] | 'ALL';
  rows: { district: boolean; schools: boolean };
}

type SelectionInfo = Pick<GraphQLResolveInfo, 'schema' | 'operation' | 'fragments' | 'variableValues' | 'returnType'>;

/**
 * The operation's selection of the family the resolving field returns, through fragments and
 * aliases. `@skip`/`@include` are not evaluated: a field they drop only widens what is computed,
 * never an answer.
 */
export function metricSelection(info: SelectionInfo): MetricSelection {
  const family = getNamedType(info.returnType);
  const fields = new Set<string>();
  const breakdowns = new Set<MetricDimension>();
  const rows = { district: false, schools: false };
  let everyDimension = false;
  const valueOf = (value: ValueNode | undefined): unknown =>
    value?.kind === Kind.VARIABLE ? info.variableValues[value.name.value] : value && 'value' in value ? value.value : undefined;
  const fieldsOf = (selectionSet: SelectionSetNode | undefined, found: (field: FieldNode) => void, seen = new Set<string>()) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) found(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, found, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        fieldsOf(info.fragments[selection.name.value]?.selectionSet, found, seen);
      }
    }
  };
  const occurrence = (node: FieldNode, parent: string | undefined) => {
    const filter = node.arguments?.find((a) => a.name.value === 'filter')?.value;
    const bySchool =
      filter?.kind === Kind.OBJECT
        ? filter.fields.some((f) => f.name.value === 'schoolId' && f.value.kind !== Kind.NULL)
        : (valueOf(filter) as { schoolId?: unknown } | undefined)?.schoolId != null;
    if (parent === 'School' || bySchool) rows.schools = true;
    else rows.district = true;
    fieldsOf(node.selectionSet, (field) => {
      fields.add(field.name.value);
      fieldsOf(field.selectionSet, (figure) => {
        if (figure.name.value !== 'breakdown') return;
        const by = valueOf(figure.arguments?.find((a) => a.name.value === 'by')?.value);
        if (METRIC_DIMENSIONS.includes(by as MetricDimension)) breakdowns.add(by as MetricDimension);
        else everyDimension = true;
      });
    });
  };
  // Fragments are walked on their own (their type condition gives the parent type); one the
  // operation does not spread only widens the union.
  for (const definition of [info.operation, ...Object.values(info.fragments)]) {
    const types = new TypeInfo(info.schema);
    visit(
      definition,
      visitWithTypeInfo(types, {
        Field(node) {
          const field = types.getFieldDef();
          if (field && getNamedType(field.type) === family) occurrence(node, types.getParentType()?.name);
        },
      }),
    );
  }
  return { fields: [...fields].sort(), breakdowns: everyDimension ? 'ALL' : [...breakdowns].sort(), rows };
}
