import 'graphiql/style.css';
import './playground.css';
import apiSdl from 'careergraph:api-schema';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { createRoot } from 'react-dom/client';
import { currentToken, mountSignIn } from '../shared/sign-in';
import { playgroundFetcher } from './fetcher';
import { redactingStorage } from './redacting-storage';
import { metricTablePlugin } from './metric-table-plugin';
import { firstSavedQuery, savedOperationsPlugin } from './saved-operations-plugin';
import { variablesTemplate } from './variables-template';

/** Where the token goes: GraphiQL's headers editor; it is never written to the browser's storage. */
const HEADERS_TEMPLATE = JSON.stringify({ Authorization: 'Bearer ' }, null, 2);

/** What the first tab says above its query: the page has no other text before the panel is opened. */
const GREETING = [
  '# Sign in above, or paste a bearer token after "Bearer " in Headers below; in development `npm run token -- --role ANALYST` prints one.',
  '# More examples: the Saved operations panel (the page icon on the left).',
  '',
].join('\n');

// The schema ships with the page: production answers no introspection, and the IDE needs none.
const schema = buildSchema(apiSdl);
const first = firstSavedQuery();
const signIn = mountSignIn(document.getElementById('sign-in'), () => undefined);
createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={playgroundFetcher(async () => currentToken(await signIn))}
    schema={schema}
    plugins={[savedOperationsPlugin, metricTablePlugin]}
    defaultHeaders={HEADERS_TEMPLATE}
    defaultEditorToolsVisibility="headers"
    shouldPersistHeaders={false}
    storage={redactingStorage(window.localStorage)}
    showPersistHeadersSettings={false}
    defaultTabs={first ? [{ query: GREETING + first.document, variables: variablesTemplate(first.document), headers: HEADERS_TEMPLATE }] : undefined}
  />,
);

// CodeMirror's hidden input of the read-only response has no label of its own (WCAG 2.1 "label"):
// name it after the panel it belongs to whenever GraphiQL renders one.
new MutationObserver(() => {
  for (const input of document.querySelectorAll<HTMLTextAreaElement>('.result-window textarea:not([aria-label])')) input.setAttribute('aria-label', 'Response');
}).observe(document.getElementById('graphiql')!, { childList: true, subtree: true });
