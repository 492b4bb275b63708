import type express from 'express';
import type { Logger } from '@careergraph/kit';
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

const ASSET_PREFIX = '/ui/assets';

/**
 * GET /playground (GraphiQL with the saved operations) and GET /dashboard (headline charts), both
 * bundled from npm packages and served from this origin only.
 */
export function mountUi(app: express.Express, { logger, bundle = new UiBundle() }: { logger: Logger; bundle?: UiBundle }): void {
  const secure: express.RequestHandler = (_req, res, next) => {
    res.set({
      'content-security-policy': UI_CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-cache',
    });
    next();
  };
  app.get('/playground', secure, (_req, res) => {
    res.type('html').send(page('CareerGraph playground', 'playground', '<div id="graphiql" class="graphiql-root"></div>'));
  });
  app.get('/dashboard', secure, (_req, res) => {
    res.type('html').send(page('CareerGraph dashboard', 'dashboard', DASHBOARD_BODY));
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

function page(title: string, entry: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSET_PREFIX}/${entry}.css">
<script defer src="${ASSET_PREFIX}/${entry}.js"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

const DASHBOARD_BODY = `<header class="bar">
  <h1>CareerGraph dashboard</h1>
  <form id="token-form" class="token">
    <label for="token">Bearer token</label>
    <input id="token" name="token" type="password" autocomplete="off" placeholder="paste a token (npm run token)">
    <button type="submit">Show</button>
    <button type="button" id="forget-token">Forget</button>
  </form>
</header>
<main>
  <p id="status" role="status">Paste a token to load the headline metrics.</p>
  <section class="panel" aria-labelledby="by-year-heading">
    <h2 id="by-year-heading">By school year</h2>
    <div class="chart"><canvas id="by-year-chart" role="img" aria-label="Students in work-based learning and the graduates' advanced credit or credential rate by school year; the table below has the figures"></canvas></div>
    <div class="table-scroll" tabindex="0" role="region" aria-label="Headline figures by school year"><table id="by-year-table" class="figures"></table></div>
  </section>
  <section class="panel" aria-labelledby="by-school-heading">
    <h2 id="by-school-heading">By school <select id="school-year" aria-label="School year"></select></h2>
    <div class="chart tall"><canvas id="by-school-chart" role="img" aria-label="Headline metrics by school; the table below has the figures"></canvas></div>
    <div class="table-scroll" tabindex="0" role="region" aria-label="Headline figures by school"><table id="by-school-table" class="figures"></table></div>
    <p id="by-school-note" class="note"></p>
  </section>
</main>`;
