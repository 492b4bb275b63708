import '../dashboard/dashboard.css';
import { requestWithErrors } from '../shared/graphql-client';
import { loadFailure, mountTokenControls } from '../shared/token-controls';
import { tokenStore } from '../shared/token-store';
import { recordSections, recordSummary } from './record-sections';
import { StudentRecordDocument } from './student-record-operation';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = element<HTMLParagraphElement>('status');
const studentInput = element<HTMLInputElement>('student-id');
const record = element<HTMLDivElement>('record');

function table(id: string, columns: string[], rows: string[][]): HTMLElement {
  const scroll = Object.assign(document.createElement('div'), { className: 'table-scroll', tabIndex: 0 });
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-labelledby', `${id}-heading`);
  const tableElement = Object.assign(document.createElement('table'), { id: `${id}-table`, className: 'figures record' });
  const head = tableElement.createTHead().insertRow();
  for (const text of columns) head.appendChild(Object.assign(document.createElement('th'), { textContent: text, scope: 'col' }));
  const body = tableElement.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((text, index) => tr.appendChild(index === 0 ? Object.assign(document.createElement('th'), { textContent: text, scope: 'row' }) : Object.assign(tr.insertCell(), { textContent: text })));
  }
  scroll.append(tableElement);
  return scroll;
}

async function load(): Promise<void> {
  const token = tokenStore.get();
  const id = studentInput.value.trim();
  record.replaceChildren();
  if (!token || !id) {
    status.textContent = token ? 'Enter a student id to see their record.' : 'Paste a token to see a student’s record.';
    document.body.dataset.state = token ? 'no-student' : 'no-token';
    return;
  }
  status.textContent = 'Loading the record…';
  document.body.dataset.state = 'loading';
  try {
    const { data, errors } = await requestWithErrors(StudentRecordDocument, { id }, token);
    const student = data.student;
    if (!student) {
      const denied = errors.some((e) => e.extensions?.code === 'FORBIDDEN');
      status.textContent = denied ? 'Your role may not see this student’s record.' : 'No student has this id.';
      document.body.dataset.state = 'loaded';
      return;
    }
    const summary = Object.assign(document.createElement('dl'), { className: 'summary', id: 'summary' });
    for (const [term, value] of recordSummary(student)) summary.append(Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value }));
    const intro = Object.assign(document.createElement('section'), { className: 'panel' });
    intro.setAttribute('aria-labelledby', 'summary-heading');
    intro.append(Object.assign(document.createElement('h2'), { id: 'summary-heading', textContent: 'Student' }), summary);
    record.append(intro);
    for (const part of recordSections(student, errors)) {
      const section = Object.assign(document.createElement('section'), { className: 'panel', id: part.id });
      section.setAttribute('aria-labelledby', `${part.id}-heading`);
      section.append(Object.assign(document.createElement('h2'), { id: `${part.id}-heading`, textContent: part.title }));
      section.append(part.rows.length > 0 ? table(part.id, part.columns, part.rows) : Object.assign(document.createElement('p'), { className: 'note empty', textContent: part.empty }));
      record.append(section);
    }
    status.textContent = `The record of ${student.preferredName ?? 'the student'}.`;
    document.body.dataset.state = 'loaded';
  } catch (error) {
    status.textContent = loadFailure(error);
    document.body.dataset.state = 'error';
  }
}

element<HTMLFormElement>('student-form').addEventListener('submit', (event) => {
  event.preventDefault();
  // The id goes in the address so the page can be bookmarked and shared with staff who may see it.
  history.replaceState(null, '', `?id=${encodeURIComponent(studentInput.value.trim())}`);
  void load();
});

studentInput.value = new URLSearchParams(location.search).get('id') ?? '';
mountTokenControls(load);
