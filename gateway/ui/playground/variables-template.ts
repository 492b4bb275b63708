import { parse } from 'graphql';
import { schoolYearOf } from '../dashboard/figures';

/** The school year `back` years before the one containing `date`, as "2022-2023". */
function schoolYear(date: Date, back = 0): string {
  return schoolYearOf(new Date(date.getFullYear() - back, date.getMonth(), date.getDate()));
}

/**
 * A start value for a variable the analyst would otherwise have to look up: school years (`year`,
 * `schoolYear`, a range's `from` and `to`) are the current one (`from` four years back), a metric
 * dimension the first equity one; anything else is left null to fill in.
 */
function startValue(name: string, type: string, today: Date): string | null {
  if (type === 'MetricDimension') return 'ECONOMICALLY_DISADVANTAGED';
  if (type !== 'ID' && type !== 'String') return null;
  if (name === 'year' || name === 'schoolYear' || name === 'to') return schoolYear(today);
  if (name === 'from') return schoolYear(today, 4);
  return null;
}

/** Variables the operation declares: school years and dimensions filled with real values, the rest null. */
export function variablesTemplate(document: string, today = new Date()): string {
  const variables = parse(document).definitions.flatMap((definition) =>
    definition.kind === 'OperationDefinition'
      ? (definition.variableDefinitions ?? []).map((v) => {
          let type = v.type;
          while (type.kind !== 'NamedType') type = type.type;
          return [v.variable.name.value, startValue(v.variable.name.value, type.name.value, today)] as const;
        })
      : [],
  );
  return variables.length === 0 ? '' : JSON.stringify(Object.fromEntries(variables), null, 2);
}
