/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ProgramCatalogDocument, type ProgramCatalogQuery } from '@careergraph/client';
import { UI_CONTENT_SECURITY_POLICY } from '../../src/ui/ui-routes';
import { familyFigure, formatFigure } from '../../ui/dashboard/figures';
import { DashboardHeadlinesDocument, type DashboardHeadlinesQuery } from '../../ui/dashboard/headlines-operation';
import { type RunningSupergraph, startSupergraph } from '../support/supergraph-harness';
import { describeInBrowser, launchChromium, type OfflineContext, offlineContext } from './browser-support';

/**
 * The playground and the dashboard in headless Chromium against the whole supergraph on the demo
 * data, with every request that is not for 127.0.0.1 aborted and recorded: both pages must work
 * with the network cut off, under their Content-Security-Policy, and show what the API answers.
 */
describeInBrowser('the gateway pages, offline', () => {
  let supergraph: RunningSupergraph;
  let origin: string;
  let browser: Browser;
  let offline: OfflineContext;
  let page: Page;

  beforeAll(async () => {
    supergraph = await startSupergraph({ seedDemo: true });
    origin = new URL(supergraph.gatewayUrl).origin;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await supergraph?.stop();
  });

  beforeEach(async () => {
    offline = await offlineContext(browser);
    page = await offline.context.newPage();
  });

  afterEach(async () => {
    // Nothing left this machine and the policy never had to block anything the pages do.
    expect(offline.blockedRequests).toEqual([]);
    expect(await offline.cspViolations()).toEqual([]);
    await offline.context.close();
  });

  /** Opens a page and checks it and every file it loaded came from the gateway with the right type. */
  async function open(pathname: string): Promise<void> {
    const assets: Array<{ url: string; status: number; type: string }> = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/ui/assets/')) {
        assets.push({ url: response.url(), status: response.status(), type: response.headers()['content-type'] });
      }
    });
    const response = await page.goto(`${origin}${pathname}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(response?.headers()['content-security-policy']).toBe(UI_CONTENT_SECURITY_POLICY);
    expect(assets.map((asset) => [path.extname(new URL(asset.url).pathname), asset.status, asset.type]).sort()).toEqual([
      ['.css', 200, 'text/css; charset=utf-8'],
      ['.js', 200, 'text/javascript; charset=utf-8'],
    ]);
  }

  describe('playground', () => {
    it('knows the schema without introspection, takes a pasted token and runs a saved operation', async () => {
      const graphql: Array<{ status: number; authorization?: string; body: string }> = [];
      page.on('response', async (response) => {
        if (new URL(response.url()).pathname !== '/graphql') return;
        graphql.push({ status: response.status(), authorization: response.request().headers().authorization, body: response.request().postData() ?? '' });
      });
      await open('/playground');
      await page.locator('.graphiql-container').waitFor();
      // The schema ships with the page (production answers no introspection): the docs know the
      // root fields before any request, and none was sent.
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
      expect(graphql.filter((call) => call.body.includes('__schema'))).toEqual([]);

      await page.getByRole('button', { name: 'Show Saved operations' }).click();
      await page.locator('button[data-operation="ProgramCatalog"]').click();
      const token = await supergraph.token({ role: 'DISTRICT_ADMIN' });
      await page.locator('.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden) .CodeMirror').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
      await page.getByRole('button', { name: /^Execute query/ }).click();

      const shown = await page.waitForFunction(() => {
        const editor = document.querySelector('.result-window .CodeMirror') as (Element & { CodeMirror?: { getValue(): string } }) | null;
        const text = editor?.CodeMirror?.getValue() ?? '';
        return text.includes('"programs"') ? text : undefined;
      });
      const result = JSON.parse((await shown.jsonValue()) as string) as { data: ProgramCatalogQuery };
      const api = await supergraph.requestAs({ role: 'DISTRICT_ADMIN' }, ProgramCatalogDocument, { filter: null });
      expect(result.data.programs!.length).toBeGreaterThan(0);
      expect(result.data).toEqual(api.data);
      expect(graphql.find((call) => call.body.includes('ProgramCatalog'))?.authorization).toBe(`Bearer ${token}`);
      // GraphiQL keeps tabs and history (with each run's headers) in localStorage, but never the token.
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
      expect(stored).toContain('ProgramCatalog');
      expect(stored).not.toContain(token);
    });
  });

  describe('dashboard', () => {
    /** Every table cell shows the API's figure for the same caller, and the charts drew bars. */
    async function expectFiguresOf(role: 'DISTRICT_ADMIN' | 'ANALYST', year: string) {
      const api = await supergraph.requestAs({ role }, DashboardHeadlinesDocument, { year });
      const data = api.data as DashboardHeadlinesQuery;
      await page.waitForFunction((y) => document.body.dataset.state === 'loaded' && (document.getElementById('school-year') as HTMLSelectElement).value === y, year);
      const table = (id: string) =>
        page.evaluate(
          (tableId) => [...document.querySelectorAll(`#${tableId} tbody tr`)].map((tr) => [...tr.children].map((cell) => cell.textContent)),
          id,
        );
      const cells = (
        row: NonNullable<DashboardHeadlinesQuery['schoolYears']>[number] | NonNullable<NonNullable<DashboardHeadlinesQuery['schoolYear']>['schools']>[number],
      ) => [
        formatFigure(familyFigure(row.workBasedLearning, (f) => f.studentsEngaged), 'count'),
        formatFigure(familyFigure(row.workBasedLearning, (f) => f.hoursApproved), 'count'),
        formatFigure(familyFigure(row.graduatingCohort, (f) => f.advancedCreditOrCredentialRate), 'rate'),
        formatFigure(familyFigure(row.credentialAttainment, (f) => f.earlyCollegeCreditHours), 'count'),
        formatFigure(familyFigure(row.credentialAttainment, (f) => f.estimatedTuitionSavings), 'dollars'),
      ];
      expect(await table('by-year-table')).toEqual(data.schoolYears!.map((row) => [row.id, ...cells(row)]));
      expect(await table('by-school-table')).toEqual((data.schoolYear?.schools ?? []).map((row) => [row.name, ...cells(row)]));
      return data;
    }

    /** Waits for the dashboard to settle; a failure shows the page's own status line. */
    async function expectLoaded(): Promise<void> {
      await page.waitForFunction(() => ['loaded', 'error'].includes(document.body.dataset.state ?? ''));
      expect({ state: await page.evaluate(() => document.body.dataset.state), status: await page.locator('#status').textContent() }).toMatchObject({
        state: 'loaded',
      });
    }

    /** How many pixels of the canvas are the students-engaged bar colour: > 0 only if bars were drawn. */
    const barPixels = (canvasId: string) =>
      page.evaluate((id) => {
        const canvas = document.getElementById(id) as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let count = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === 0x2f && pixels[i + 1] === 0x6f && pixels[i + 2] === 0x9f) count++;
        return count;
      }, canvasId);

    it('asks for a token, then charts the headline metrics by year and by school as the API answers them', async () => {
      await open('/dashboard');
      await page.waitForFunction(() => document.body.dataset.state === 'no-token');
      await page.getByLabel('Bearer token').fill(await supergraph.token({ role: 'DISTRICT_ADMIN' }));
      await page.getByRole('button', { name: 'Show' }).click();
      await expectLoaded();
      const shownYear = await page.locator('#school-year').inputValue();
      const data = await expectFiguresOf('DISTRICT_ADMIN', shownYear);
      expect(await barPixels('by-year-chart')).toBeGreaterThan(0);

      // The year with the most students engaged has bars per school too.
      const busiest = [...data.schoolYears!].sort(
        (a, b) => (b.workBasedLearning?.studentsEngaged.value ?? 0) - (a.workBasedLearning?.studentsEngaged.value ?? 0),
      )[0];
      expect(busiest.workBasedLearning!.studentsEngaged.value).toBeGreaterThan(0);
      await page.locator('#school-year').selectOption(busiest.id);
      await expectFiguresOf('DISTRICT_ADMIN', busiest.id);
      expect(await barPixels('by-school-chart')).toBeGreaterThan(0);
      // The token is kept for this tab only.
      expect(await page.evaluate(() => [sessionStorage.length, localStorage.getItem('careergraph.token')])).toEqual([1, null]);
    });

    it('shows an analyst withheld figures as suppressed, never as 0', async () => {
      await open('/dashboard');
      await page.getByLabel('Bearer token').fill(await supergraph.token({ role: 'ANALYST' }));
      await page.getByRole('button', { name: 'Show' }).click();
      await expectLoaded();
      await expectFiguresOf('ANALYST', await page.locator('#school-year').inputValue());
    });
  });
});
