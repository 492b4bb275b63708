/** What a mail says, written once and rendered both as plain text and as simple HTML. */
export interface MailBody {
  greeting: string;
  paragraphs: string[];
  /** Items listed under the paragraphs (e.g. the time entries waiting). */
  items?: string[];
  /** A link to act on it, e.g. the approval queue. */
  action?: { label: string; url: string };
}

/** A notification: a kind of mail its recipient may turn off. */
export interface MailContent extends MailBody {
  unsubscribeUrl: string;
  /** Names the kind of mail the unsubscribe link stops, e.g. "digests of hours awaiting approval". */
  unsubscribeWhat: string;
}

/** A transactional mail (e.g. a one-time link someone asked for): no unsubscribe link, and says why. */
export interface TransactionalMailContent extends MailBody {
  /** Why this mail came though notifications may be off, e.g. "sent once because …". */
  transactional: string;
}

export interface RenderedMail {
  text: string;
  html: string;
}

export function renderMail(content: MailContent | TransactionalMailContent): RenderedMail {
  const footer = 'transactional' in content ? content.transactional : `To stop ${content.unsubscribeWhat}, unsubscribe: ${content.unsubscribeUrl}`;
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(content.items?.length ? [...content.items.map((item) => `  - ${item}`), ''] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '-- ',
    footer,
    '',
  ].join('\n');
  const html = [
    '<!doctype html><html><body>',
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    content.items?.length ? `<ul>${content.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '',
    content.action ? `<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>` : '',
    'transactional' in content
      ? `<hr><p><small>${escapeHtml(content.transactional)}</small></p>`
      : `<hr><p><small>To stop ${escapeHtml(content.unsubscribeWhat)}, <a href="${escapeHtml(content.unsubscribeUrl)}">unsubscribe</a>.</small></p>`,
    '</body></html>',
  ].join('\n');
  return { text, html };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
