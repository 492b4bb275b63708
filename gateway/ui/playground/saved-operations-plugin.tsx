import { type GraphiQLPlugin, useEditorContext } from '@graphiql/react';
import savedOperations from 'careergraph:saved-operations';
import { variablesTemplate } from './variables-template';

type SavedOperation = (typeof savedOperations)[number];

function SavedOperationsPanel() {
  const editors = useEditorContext({ nonNull: true });
  const open = (operation: SavedOperation) => {
    editors.queryEditor?.setValue(operation.document);
    editors.variableEditor?.setValue(variablesTemplate(operation.document));
  };
  const groups = [...new Set(savedOperations.map((operation) => operation.group))];
  return (
    <div className="saved-operations">
      <div className="graphiql-doc-explorer-title">Saved operations</div>
      <p className="saved-operations-note">
        Paste your token in <strong>Headers</strong> below the editor, after <code>Bearer </code>. In development{' '}
        <code>npm run token -- --role ANALYST</code> prints one. The token is never saved in the browser.
      </p>
      {groups.map((group) => (
        <section key={group}>
          <h3>{group}</h3>
          <ul>
            {savedOperations
              .filter((operation) => operation.group === group)
              .map((operation) => (
                <li key={operation.name}>
                  <button type="button" className="saved-operation" data-operation={operation.name} onClick={() => open(operation)}>
                    <span className="saved-operation-kind">{operation.kind}</span> {operation.name}
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function SavedOperationsIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M6 3h9l3 3v15H6z" />
      <path d="M9 9h6M9 13h6M9 17h4" />
    </svg>
  );
}

export const savedOperationsPlugin: GraphiQLPlugin = {
  title: 'Saved operations',
  icon: SavedOperationsIcon,
  content: SavedOperationsPanel,
};

/** The tab the playground opens with when the browser has none saved: the first saved query. */
export function firstSavedQuery(): SavedOperation | undefined {
  return savedOperations.find((operation) => operation.kind === 'query');
}
