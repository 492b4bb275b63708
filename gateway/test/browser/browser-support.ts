/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); playwright's own browser downloads are not used. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `describe` when Chromium is installed. Without it the browser tests are skipped with the reason
 * printed, except under CI, where a missing browser is a failure (.ci/run installs it).
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has Chromium', () => {
        throw new Error(`${CHROMIUM_PATH} is missing: CI must install it (apt-get install -y --no-install-recommends chromium)`);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": ${CHROMIUM_PATH} is missing (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  describe.skip(name, body);
}

/** Headless, and with every feature that would reach out to the internet on its own turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OfflineContext {
  context: BrowserContext;
  /** Every request the pages tried to send anywhere but 127.0.0.1 (all of them were aborted). */
  blockedRequests: string[];
  /** Content-Security-Policy violations the pages reported (`securitypolicyviolation` events). */
  cspViolations(): Promise<string[]>;
}

/**
 * A fresh browser context (its own empty profile) with the network cut off: any request not for
 * 127.0.0.1 is aborted and recorded, so a test can prove a page needs nothing from the internet.
 */
async function offlineContext(browser: Browser): Promise<OfflineContext> {
  const context = await browser.newContext();
  const blockedRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    blockedRequests.push(url.href);
    return route.abort('internetdisconnected');
  });
  // Init scripts are the browser's, not the page's, so the page's own CSP does not block this one.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const cspViolations = async () => {
    const all: string[] = [];
    for (const page of context.pages()) all.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)));
    return all;
  };
  return { context, blockedRequests, cspViolations };
}

/** A fresh offline context (offlineContext) with one page in it: what each browser test starts from. */
export async function openOfflinePage(browser: Browser, defaultTimeout?: number): Promise<{ offline: OfflineContext; page: Page }> {
  const offline = await offlineContext(browser);
  const page = await offline.context.newPage();
  if (defaultTimeout) page.setDefaultTimeout(defaultTimeout);
  return { offline, page };
}

/** Closes what openOfflinePage opened, once it has checked nothing left this machine and the pages' policy blocked nothing. */
export async function closeOfflinePage(offline: OfflineContext): Promise<void> {
  expect(offline.blockedRequests).toEqual([]);
  expect(await offline.cspViolations()).toEqual([]);
  await offline.context.close();
}

/** Pastes `token` into the page's token form (the dashboard's, the student record's) and shows it. */
export async function pasteToken(page: Page, token: string): Promise<void> {
  await page.getByLabel('Bearer token').fill(token);
  await page.getByRole('button', { name: 'Show', exact: true }).click();
}

/** Waits for the page to settle (body[data-state]) and expects it loaded; a failure shows the page's own status line. */
export async function expectLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => ['loaded', 'error'].includes(document.body.dataset.state ?? ''));
  expect({ state: await page.evaluate(() => document.body.dataset.state), status: await page.locator('#status').textContent() }).toMatchObject({ state: 'loaded' });
}

/** WCAG 2.0 and 2.1, levels A and AA: the rules the pages must pass (issue 19 item 5). */
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The accessibility engine's (axe-core) WCAG 2.1 A/AA violations on the page as it is now (or only
 * inside the element `within` selects), one line
 * per rule and element. The engine comes from node_modules and is evaluated through the DevTools
 * protocol, so the page's Content-Security-Policy stays as strict as served and nothing is fetched.
 */
export async function accessibilityViolations(page: Page, within?: string): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(
    ([tags, selector]) =>
      (window as unknown as { axe: { run(context: Document | string, options: object): Promise<AxeResults> } }).axe.run(selector ?? document, { runOnly: { type: 'tag', values: tags } }),
    [WCAG_AA_TAGS, within] as const,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}
