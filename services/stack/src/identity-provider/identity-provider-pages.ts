import type { DemoUser } from './demo-users';
import { DEMO_PASSWORD } from './demo-users';

const STYLE = 'body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}label{display:block;margin-top:1rem}select,input,button{font:inherit;margin-top:.25rem}button{margin-top:1rem}.error{color:#a40000}';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function document(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** The demo login: pick a user, type the development password (shown, it protects nothing real). */
export function loginPage(users: DemoUser[], uid: string, error?: string): string {
  const options = users.map((user) => `<option value="${escape(user.username)}">${escape(user.username)}: ${escape(user.claims.role)}, ${escape(user.reaches)}</option>`).join('');
  return document(
    'Sign in: CareerGraph local identity provider',
    `<h1>Sign in to CareerGraph</h1>
<p>Local identity provider for development. Every demo user's password is <code>${DEMO_PASSWORD}</code>.</p>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}">
<label for="username">User</label><select id="username" name="username">${options}</select>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>`,
  );
}

/** RP-initiated logout's confirmation: `form` is the provider's own (with its anti-forgery field). */
export function logoutPage(form: string): string {
  return document(
    'Sign out: CareerGraph local identity provider',
    `<h1>Sign out of CareerGraph?</h1>${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Sign out</button>`,
  );
}
