import { type MetricFamilyName, PUBLISHED_MEASURES, schoolYearReference } from '@careergraph/kit';
import type express from 'express';

/**
 * CSV downloads of the metric tables for spreadsheet users: `GET /exports/<table>.csv?schoolYear=…`.
 * The route runs the metric query through this gateway's own /graphql with the client's bearer
 * token, so subgraph authorization and small-cell suppression apply unchanged: a withheld cell is
 * an empty value with `suppressed` = true, never 0. A table is a metric family, named by its field
 * in kebab case (`workBasedLearning` → `work-based-learning`), with the family's published measures.
 */
export const METRIC_TABLES: ReadonlyMap<string, MetricFamilyName> = new Map(
  (Object.keys(PUBLISHED_MEASURES) as MetricFamilyName[]).map((field) => [field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), field]),
);

export const CSV_COLUMNS = [
  'school_year',
  'school_id',
  'school_name',
  'metric',
  'dimension',
  'group',
  'value',
  'numerator',
  'denominator',
  'suppressed',
] as const;

const FILTERS = ['schoolId', 'programId', 'department', 'careerCluster'] as const;
const FIGURE = 'value numerator denominator suppressed';

interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
  breakdown?: (Figure & { key: string })[];
}
type Family = Record<string, Figure>;
interface ExportAnswer {
  data?: { schoolYear: ({ id: string; schools?: { id: string; name: string; family: Family }[] } & { family: Family }) | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The GraphQL document for one table: the district, and each school when asked. */
export function exportDocument(field: MetricFamilyName, options: { by?: string; perSchool: boolean }): string {
  const measures = PUBLISHED_MEASURES[field];
  const breakdown = options.by ? ` breakdown(by: $by) { key ${FIGURE} }` : '';
  const selection = measures.map((m) => `${m} { ${FIGURE}${breakdown} }`).join(' ');
  const variables = ['$year: ID!', '$filter: MetricFilter', ...(options.by ? ['$by: MetricDimension!'] : [])].join(', ');
  const schools = options.perSchool ? `schools { id name family: ${field}(schoolYear: $year, filter: $filter) { ${selection} } }` : '';
  return `query MetricExport(${variables}) { schoolYear(id: $year) { id family: ${field}(filter: $filter) { ${selection} } ${schools} } }`;
}

/** A spreadsheet-safe CSV field: quoted when needed, and text that a spreadsheet would run as a formula is defused. */
function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of an answer: one row per metric total and per breakdown group. */
export function toCsv(field: MetricFamilyName, year: string, by: string | undefined, answer: NonNullable<NonNullable<ExportAnswer['data']>['schoolYear']>): string {
  const measures = PUBLISHED_MEASURES[field];
  const lines = [CSV_COLUMNS.join(',')];
  const scopes = [{ id: '', name: '', family: answer.family }, ...(answer.schools ?? [])];
  for (const scope of scopes) {
    for (const measure of measures) {
      const figure = scope.family[measure];
      const row = (dimension: string, group: string, f: Figure) =>
        [year, scope.id, scope.name, measure, dimension, group, f.value, f.numerator, f.denominator, f.suppressed].map(csvField).join(',');
      lines.push(row('', '', figure));
      for (const group of figure.breakdown ?? []) lines.push(row(by ?? '', group.key, group));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

const STATUS_BY_CODE: Record<string, number> = { BAD_USER_INPUT: 400, GRAPHQL_VALIDATION_FAILED: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/** The gateway's own /graphql, reached on the socket this request came in on. */
function ownGraphqlUrl(req: express.Request): string {
  const address = req.socket.localAddress ?? '127.0.0.1';
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}/graphql`;
}

/** Mounts `GET /exports/<table>.csv` (GraphQLHttpService's `routes` hook). */
export function mountMetricExports(app: express.Express): void {
  app.get('/exports/:file', async (req, res) => {
    const refuse = (status: number, message: string) => res.status(status).type('text/plain').send(`${message}\n`);
    const match = /^([a-z-]+)\.csv$/.exec(req.params.file);
    const table = match?.[1];
    const field = table && METRIC_TABLES.get(table);
    if (!field) return refuse(404, `no such export; tables: ${[...METRIC_TABLES.keys()].map((t) => `${t}.csv`).join(', ')}`);
    const query = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
    const year = query('schoolYear');
    // The kit's rule, the one `Query.schoolYear` answers by: a malformed year is the caller's error, not a 502.
    if (!year || !schoolYearReference(year)) return refuse(400, 'schoolYear: give a school year like 2024-2025');
    const by = query('by');
    const perSchool = query('perSchool') === 'true';
    const filter = Object.fromEntries(FILTERS.flatMap((name) => (query(name) ? [[name, query(name)]] : [])));
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (req.headers.authorization) headers.authorization = req.headers.authorization;
    if (typeof req.headers['x-request-id'] === 'string') headers['x-request-id'] = req.headers['x-request-id'];
    let answer: ExportAnswer;
    try {
      const response = await fetch(ownGraphqlUrl(req), {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: exportDocument(field, { by, perSchool }), variables: { year, filter, ...(by ? { by } : {}) } }),
      });
      answer = (await response.json()) as ExportAnswer;
      if (response.status === 401) return refuse(401, answer.errors?.[0]?.message ?? 'unauthenticated');
    } catch (error) {
      return refuse(502, `the metric query failed: ${(error as Error).message}`);
    }
    const error = answer.errors?.[0];
    if (error || !answer.data?.schoolYear) {
      return refuse(STATUS_BY_CODE[error?.extensions?.code ?? ''] ?? 502, error?.message ?? `no school year ${year}`);
    }
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('content-disposition', `attachment; filename="${table}-${year}.csv"`)
      .send(toCsv(field, year, by, answer.data.schoolYear));
  });
}
