import type express from 'express';
import type { Logger } from '@careergraph/kit';
import type { UiSignInConfig } from '../config';
import { UiBundle } from './ui-bundle';

/**
 * Only this origin: no CDN, no inline script or style. Fonts and icons inside GraphiQL's stylesheet
 * are data: URLs, so those two directives allow data: as well.
 */
export const UI_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * With sign-in configured the pages also talk to the identity provider (discovery, token and
 * refresh), so its origin, and only it, joins connect-src.
 */
export function uiContentSecurityPolicy(signIn?: UiSignInConfig): string {
  if (!signIn) return UI_CONTENT_SECURITY_POLICY;
  return UI_CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${new URL(signIn.issuer).origin}`);
}

const ASSET_PREFIX = '/ui/assets';

/**
 * GET /playground (GraphiQL with the saved operations) and GET /dashboard (headline charts), both
 * bundled from npm packages and served from this origin only.
 */
export function mountUi(
  app: express.Express,
  { logger, bundle = new UiBundle(), signIn }: { logger: Logger; bundle?: UiBundle; signIn?: UiSignInConfig },
): void {
  const policy = uiContentSecurityPolicy(signIn);
  const secure: express.RequestHandler = (_req, res, next) => {
    res.set({
      'content-security-policy': policy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-cache',
    });
    next();
  };
  app.get('/playground', secure, (_req, res) => {
    res.type('html').send(page('CareerGraph playground', 'playground', `${signIn ? '<div id="sign-in" class="sign-in"></div>' : ''}<div id="graphiql" class="graphiql-root"></div>`, signIn));
  });
  app.get('/dashboard', secure, (_req, res) => {
    res.type('html').send(page('CareerGraph dashboard', 'dashboard', DASHBOARD_BODY, signIn));
  });
  // A student's record over the years (?id=…): what the caller may see of it, from StudentRecord.
  app.get('/students/record', secure, (_req, res) => {
    res.type('html').send(page('CareerGraph student record', 'student-record', STUDENT_RECORD_BODY, signIn));
  });
  app.get(`${ASSET_PREFIX}/:name`, secure, async (req, res, next) => {
    try {
      const asset = (await bundle.load()).get(String(req.params.name));
      if (!asset) {
        res.status(404).type('text').send('not found');
        return;
      }
      res.type(asset.contentType).send(asset.body);
    } catch (error) {
      logger.error({ err: error }, 'could not bundle the playground and dashboard');
      next(error);
    }
  });
}

function page(title: string, entry: string, body: string, signIn?: UiSignInConfig): string {
  // The sign-in settings travel in the page (read by gateway/ui/shared/sign-in.ts): no inline script.
  const signInMeta = signIn ? `\n<meta name="careergraph-sign-in" content="${escapeAttribute(JSON.stringify(signIn))}">` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">${signInMeta}
<link rel="stylesheet" href="${ASSET_PREFIX}/${entry}.css">
<script defer src="${ASSET_PREFIX}/${entry}.js"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The pages' top bar: the title, the paste-a-token form (for developers) and the sign-in controls. */
function tokenBar(title: string): string {
  return `<header class="bar">
  <h1>${title}</h1>
  <form id="token-form" class="token">
    <label for="token">Bearer token</label>
    <input id="token" name="token" type="password" autocomplete="off" placeholder="paste a token (npm run token)">
    <button type="submit">Show</button>
    <button type="button" id="forget-token">Forget</button>
  </form>
  <div id="sign-in" class="sign-in"></div>
</header>`;
}

const DASHBOARD_BODY = `${tokenBar('CareerGraph dashboard')}
<main>
  <p id="status" role="status">Paste a token to load the headline metrics.</p>
  <form id="filters" class="panel filters" aria-labelledby="filters-heading">
    <h2 id="filters-heading">Filters</h2>
    <div class="filter-grid">
      <div><label for="school-year">School year</label><select id="school-year"></select></div>
      <div><label for="filter-network">Network</label><select id="filter-network"></select></div>
      <div><label for="filter-school">School</label><select id="filter-school"></select></div>
      <div><label for="filter-department">Department</label><select id="filter-department"></select></div>
      <div><label for="filter-cluster">Career cluster</label><select id="filter-cluster"></select></div>
      <div><label for="filter-program">Program</label><select id="filter-program"></select></div>
      <div><label for="filter-dimension">Equity by</label><select id="filter-dimension"></select></div>
    </div>
    <p class="note">The headline sections show the whole district; the school year applies to them too, every filter to the panels from the drill-down on.</p>
  </form>
  <section class="panel" aria-labelledby="by-year-heading">
    <h2 id="by-year-heading">Headlines by school year</h2>
    <div class="chart"><canvas id="by-year-chart" role="img" aria-label="Students in work-based learning and the graduates' advanced credit or credential rate by school year; the table below has the figures"></canvas></div>
    <div class="table-scroll" tabindex="0" role="region" aria-label="Headline figures by school year"><table id="by-year-table" class="figures"></table></div>
  </section>
  <section class="panel" aria-labelledby="by-school-heading">
    <h2 id="by-school-heading">Headlines by school, for the school year chosen</h2>
    <div class="chart tall"><canvas id="by-school-chart" role="img" aria-label="Headline metrics by school; the table below has the figures"></canvas></div>
    <div class="table-scroll" tabindex="0" role="region" aria-label="Headline figures by school"><table id="by-school-table" class="figures"></table></div>
    <p id="by-school-note" class="note"></p>
  </section>
  <div id="panels"></div>
</main>`;

const STUDENT_RECORD_BODY = `${tokenBar('CareerGraph student record')}
<main>
  <form id="student-form" class="student-form">
    <label for="student-id">Student id</label>
    <input id="student-id" name="id" autocomplete="off">
    <button type="submit">Show record</button>
  </form>
  <p id="status" role="status">Paste a token to see a student’s record.</p>
  <div id="record"></div>
</main>`;
