/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ProgramCatalogDocument, type ProgramCatalogQuery } from '@careergraph/client';
import { UI_CONTENT_SECURITY_POLICY } from '../../src/ui/ui-routes';
import { familyFigure, formatFigure, schoolsTotalNote } from '../../ui/dashboard/figures';
import { DashboardHeadlinesDocument, type DashboardHeadlinesQuery } from '../../ui/dashboard/headlines-operation';
import { type RunningSupergraph, startSupergraph } from '../support/supergraph-harness';
import { accessibilityViolations, closeOfflinePage, describeInBrowser, expectLoaded, launchChromium, type OfflineContext, openOfflinePage, pasteToken } from './browser-support';

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

  // The dashboard's panels ask three operations of the whole supergraph: slower than 30 s on a busy machine.
  beforeEach(async () => ({ offline, page } = await openOfflinePage(browser, 120_000)));
  afterEach(() => closeOfflinePage(offline));

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
      // Every school of the district (elementary and middle too), in the API's order by name, and a
      // note saying what the schools' students engaged add up to beside the district's.
      const schools = data.schoolYear?.schools ?? [];
      expect(await table('by-school-table')).toEqual(schools.map((row) => [row.name, ...cells(row)]));
      expect(new Set(schools.map((school) => school.kind))).toEqual(new Set(['ELEMENTARY', 'MIDDLE', 'HIGH']));
      const engaged = (row: { workBasedLearning?: { hasData: boolean; studentsEngaged: { value?: number | null; suppressed: boolean } } | null }) =>
        familyFigure(row.workBasedLearning, (f) => f.studentsEngaged);
      const district = data.schoolYears!.find((row) => row.id === year);
      expect(await page.locator('#by-school-note').textContent()).toBe(schoolsTotalNote(district && engaged(district), schools.map(engaged)));
      return data;
    }

    /**
     * How many pixels of the canvas are `colour`: > 0 only if that series was drawn (students
     * engaged are #2f6f9f bars, the headline rate #c2571a).
     */
    const seriesPixels = (canvasId: string, colour: [number, number, number]) =>
      page.evaluate(
        ([id, [r, g, b]]) => {
          const canvas = document.getElementById(id) as HTMLCanvasElement;
          const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          let count = 0;
          for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) count++;
          return count;
        },
        [canvasId, colour] as const,
      );
    const barPixels = (canvasId: string) => seriesPixels(canvasId, [0x2f, 0x6f, 0x9f]);
    const ratePixels = (canvasId: string) => seriesPixels(canvasId, [0xc2, 0x57, 0x1a]);

    it('asks for a token, then charts the headline metrics by year and by school as the API answers them', async () => {
      await open('/dashboard');
      await page.waitForFunction(() => document.body.dataset.state === 'no-token');
      await pasteToken(page, await supergraph.token({ role: 'DISTRICT_ADMIN' }));
      await expectLoaded(page);
      const shownYear = await page.locator('#school-year').inputValue();
      const data = await expectFiguresOf('DISTRICT_ADMIN', shownYear);
      expect(await barPixels('by-year-chart')).toBeGreaterThan(0);
      // The headline rate is drawn beside the counts whenever a year has one.
      expect(data.schoolYears!.some((row) => typeof row.graduatingCohort?.advancedCreditOrCredentialRate.value === 'number')).toBe(true);
      expect(await ratePixels('by-year-chart')).toBeGreaterThan(0);

      // The year with the most students engaged has bars per school too.
      const busiest = [...data.schoolYears!].sort(
        (a, b) => (b.workBasedLearning?.studentsEngaged.value ?? 0) - (a.workBasedLearning?.studentsEngaged.value ?? 0),
      )[0];
      expect(busiest.workBasedLearning!.studentsEngaged.value).toBeGreaterThan(0);
      await page.locator('#school-year').selectOption(busiest.id);
      const busiestData = await expectFiguresOf('DISTRICT_ADMIN', busiest.id);
      expect(await barPixels('by-school-chart')).toBeGreaterThan(0);
      // Issue 19 item 6: the schools' students engaged add up to the district's (middle schools included).
      const schoolsEngaged = busiestData.schoolYear!.schools!.reduce((sum, school) => sum + (school.workBasedLearning?.studentsEngaged.value ?? 0), 0);
      expect(schoolsEngaged).toBe(busiest.workBasedLearning!.studentsEngaged.value);
      expect(await accessibilityViolations(page)).toEqual([]);
      // The token is kept for this tab only.
      expect(await page.evaluate(() => [sessionStorage.length, localStorage.getItem('careergraph.token')])).toEqual([1, null]);
    });

    it('shows an analyst withheld figures as suppressed, never as 0', async () => {
      await open('/dashboard');
      await pasteToken(page, await supergraph.token({ role: 'ANALYST' }));
      await expectLoaded(page);
      await expectFiguresOf('ANALYST', await page.locator('#school-year').inputValue());
      expect(await accessibilityViolations(page)).toEqual([]);
    });

    it('works at phone width with the keyboard alone: no sideways scrolling, every control reachable', async () => {
      await page.setViewportSize({ width: 375, height: 740 });
      await open('/dashboard');
      await page.waitForFunction(() => document.body.dataset.state === 'no-token');
      expect(await accessibilityViolations(page)).toEqual([]);
      const token = await supergraph.token({ role: 'DISTRICT_ADMIN' });
      // Tab order follows the page: token field, its buttons, the filters, each table's scrolling region.
      const focusOrder: string[] = [];
      const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent || '');
      await page.keyboard.press('Tab');
      focusOrder.push(await focused());
      await page.keyboard.insertText(token);
      await page.keyboard.press('Enter');
      await expectLoaded(page);
      for (let i = 0; i < 11; i++) {
        await page.keyboard.press('Tab');
        focusOrder.push(await focused());
      }
      expect(focusOrder).toEqual([
        'token',
        'Show',
        'forget-token',
        ...['school-year', 'filter-network', 'filter-school', 'filter-department', 'filter-cluster', 'filter-program', 'filter-dimension'],
        'Headline figures by school year',
        'Headline figures by school',
      ]);

      // Arrow keys on the focused year list choose another year, and the page follows.
      const before = await page.locator('#school-year').inputValue();
      const options = await page.locator('#school-year option').evaluateAll((all) => all.map((option) => (option as HTMLOptionElement).value));
      await page.locator('#school-year').focus();
      await page.keyboard.press(options.indexOf(before) > 0 ? 'ArrowUp' : 'ArrowDown');
      const after = await page.locator('#school-year').inputValue();
      expect(after).not.toBe(before);
      await expectLoaded(page);
      await expectFiguresOf('DISTRICT_ADMIN', after);

      // Nothing is wider than the phone: wide tables scroll inside their own region instead.
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(innerWidth).toBe(375);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
});
