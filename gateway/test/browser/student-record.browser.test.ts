/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Browser, Page } from 'playwright-core';
import { StudentRecordDocument, type StudentRecordQuery } from '@careergraph/client';
import type { FieldError } from '../../ui/shared/graphql-client';
import { recordSections, recordSummary } from '../../ui/student-record/record-sections';
import { type RunningSupergraph, startSupergraph } from '../support/supergraph-harness';
import { accessibilityViolations, closeOfflinePage, describeInBrowser, expectLoaded, launchChromium, type OfflineContext, openOfflinePage, pasteToken } from './browser-support';

type Role = 'DISTRICT_ADMIN' | 'ANALYST';

/**
 * A student's record over the years (issue 19 item 3) in headless Chromium with the network cut off:
 * the page shows what StudentRecord answers the same caller, part by part, says which parts are
 * withheld, and passes axe at phone width.
 */
describeInBrowser('the student record page', () => {
  let supergraph: RunningSupergraph;
  let origin: string;
  let browser: Browser;
  let offline: OfflineContext;
  let page: Page;
  /** A demo student with placements, evaluations or credentials: the record has rows. */
  let studentId: string;

  beforeAll(async () => {
    supergraph = await startSupergraph({ seedDemo: true });
    origin = new URL(supergraph.gatewayUrl).origin;
    browser = await launchChromium();
    const placements = await supergraph.requestAs<{ placements: { edges: Array<{ node: { student: { id: string } | null; approvedHours: number } }> } }, Record<string, never>>(
      { role: 'DISTRICT_ADMIN' },
      'query { placements(first: 100) { edges { node { approvedHours student { id } } } } }',
      {},
    );
    const busiest = [...placements.data!.placements.edges].sort((a, b) => b.node.approvedHours - a.node.approvedHours)[0];
    studentId = busiest.node.student!.id;
  });

  afterAll(async () => {
    await browser?.close();
    await supergraph?.stop();
  });

  beforeEach(async () => ({ offline, page } = await openOfflinePage(browser, 120_000)));
  afterEach(() => closeOfflinePage(offline));

  async function openAs(role: Role): Promise<void> {
    const response = await page.goto(`${origin}/students/record?id=${encodeURIComponent(studentId)}`);
    expect(response?.status()).toBe(200);
    await page.waitForFunction(() => document.body.dataset.state === 'no-token');
    await pasteToken(page, await supergraph.token({ role }));
    await expectLoaded(page);
  }

  /** Every part of the page equals the API's answer to StudentRecord for `role`. */
  async function expectRecordOf(role: Role): Promise<StudentRecordQuery['student']> {
    const api = await supergraph.requestAs({ role }, StudentRecordDocument, { id: studentId });
    const student = api.data?.student;
    if (!student) {
      expect(await page.locator('#status').textContent()).toBe('Your role may not see this student’s record.');
      return null;
    }
    const shownSummary = await page.evaluate(() => [...document.querySelectorAll('#summary dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(shownSummary).toEqual(recordSummary(student));
    for (const part of recordSections(student, (api.errors ?? []) as FieldError[])) {
      const shown = await page.evaluate(
        (id) => ({
          rows: [...document.querySelectorAll(`#${id}-table tbody tr`)].map((tr) => [...tr.children].map((cell) => cell.textContent)),
          empty: document.querySelector(`#${id} p.empty`)?.textContent ?? null,
        }),
        part.id,
      );
      expect({ id: part.id, ...shown }).toEqual({ id: part.id, rows: part.rows, empty: part.rows.length === 0 ? part.empty : null });
    }
    return student;
  }

  it('shows a district admin where the student worked and what they did, year by year, as the API answers', async () => {
    await openAs('DISTRICT_ADMIN');
    const student = (await expectRecordOf('DISTRICT_ADMIN'))!;
    expect(student.placements!.length).toBeGreaterThan(0);
    // Written from the answer, not from the page's code: each placement's partner and hours are there.
    const placements = await page.locator('#placements-table tbody').textContent();
    for (const placement of student.placements!) expect(placements).toContain(placement.partner!.name);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows an analyst only what the API lets an analyst see, and says so', async () => {
    await openAs('ANALYST');
    await expectRecordOf('ANALYST');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('fits a phone: at 375 px nothing is wider than the screen', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openAs('DISTRICT_ADMIN');
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(innerWidth).toBe(375);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
