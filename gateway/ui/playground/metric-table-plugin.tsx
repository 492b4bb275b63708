import { type GraphiQLPlugin, useEditorContext, useExecutionContext } from '@graphiql/react';
import { useEffect, useState } from 'react';
import { toCsv } from '../dashboard/panels/csv';
import { METRIC_COLUMNS, metricRows } from './metric-rows';

/** The rows of the response editor's answer, or why there are none. */
function readRows(response: string): { rows: string[][]; message?: string } {
  if (!response.trim()) return { rows: [], message: 'Run a metric query (the analytics operations under Saved operations) to see its figures here.' };
  try {
    const rows = metricRows((JSON.parse(response) as { data?: unknown }).data);
    return rows.length > 0 ? { rows } : { rows, message: 'The last answer holds no metrics.' };
  } catch {
    return { rows: [], message: 'The last answer is not JSON.' };
  }
}

function MetricTablePanel() {
  const editors = useEditorContext({ nonNull: true });
  const execution = useExecutionContext({ nonNull: true });
  const [response, setResponse] = useState(() => editors.responseEditor?.getValue() ?? '');
  const [copied, setCopied] = useState('');
  // The answer arrives after the request: read it again whenever a run ends or the response changes.
  useEffect(() => {
    const editor = editors.responseEditor;
    if (!editor) return;
    const update = () => setResponse(editor.getValue());
    update();
    editor.on('change', update);
    return () => editor.off('change', update);
  }, [editors.responseEditor, execution.isFetching]);
  const { rows, message } = readRows(response);
  const csv = toCsv([[...METRIC_COLUMNS], ...rows]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(csv);
      setCopied(`Copied ${rows.length} rows as CSV.`);
    } catch {
      setCopied('The browser refused the clipboard: select the CSV below and copy it.');
    }
  };
  return (
    <div className="metric-table">
      <div className="graphiql-doc-explorer-title">Metric table</div>
      {message ? (
        <p className="saved-operations-note">{message}</p>
      ) : (
        <>
          <p className="saved-operations-note">
            Every figure of the last answer, withheld ones as <em>suppressed</em> (never 0).{' '}
            <button type="button" className="metric-table-copy" onClick={() => void copy()}>
              Copy CSV
            </button>{' '}
            <span role="status">{copied}</span>
          </p>
          <div className="metric-table-scroll" tabIndex={0} role="region" aria-label="Metric table of the last answer">
            <table id="metric-table">
              <thead>
                <tr>
                  {METRIC_COLUMNS.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, column) => (column === 0 ? <th key={column} scope="row">{cell}</th> : <td key={column} className={cell === 'suppressed' ? 'suppressed' : undefined}>{cell}</td>))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <label className="metric-table-csv">
            CSV
            <textarea readOnly value={csv} rows={4} />
          </label>
        </>
      )}
    </div>
  );
}

function MetricTableIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <rect x="3" y="4" width="18" height="16" rx="1" />
      <path d="M3 9h18M3 14h18M9 4v16" />
    </svg>
  );
}

/** The last answer's metrics as a table with a CSV copy (issue 19 item 4). */
export const metricTablePlugin: GraphiQLPlugin = {
  title: 'Metric table',
  icon: MetricTableIcon,
  content: MetricTablePanel,
};
