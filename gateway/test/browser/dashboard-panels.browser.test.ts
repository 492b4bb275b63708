/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { DashboardDrillDownDocument, type DashboardDrillDownQuery, DashboardPanelsDocument, type DashboardPanelsQuery, type MetricDimension, type MetricFilter } from '@careergraph/client';
import { type Figure, type FigureFormat, familyFigure, formatFigure } from '../../ui/dashboard/figures';
import { parseCsv } from '../../ui/dashboard/panels/csv';
import { metricRows } from '../../ui/playground/metric-rows';
import { keyLabel } from '../../ui/dashboard/panels/labels';
import { type RunningSupergraph, startSupergraph } from '../support/supergraph-harness';
import { accessibilityViolations, closeOfflinePage, describeInBrowser, expectLoaded, launchChromium, type OfflineContext, openOfflinePage, pasteToken } from './browser-support';

type Role = 'DISTRICT_ADMIN' | 'ANALYST';
type Year = NonNullable<DashboardPanelsQuery['schoolYears']>[number];
type Matrix = string[][];

const count = (figure: Figure | null | undefined) => formatFigure(figure, 'count');
const rate = (figure: Figure | null | undefined) => formatFigure(figure, 'rate');
const byLabel = (rows: Matrix) => rows.sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }));
const points = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/**
 * What each panel's table must say for the API's answers, written from the operations' fields
 * (not from the page's code): body rows sorted by name, withheld figures as "suppressed".
 */
function expectedTables(panels: DashboardPanelsQuery, drill: DashboardDrillDownQuery, at: { schoolId?: string; programId?: string }, by: MetricDimension): Record<string, Matrix> {
  const years = panels.schoolYears!;
  const f = <F extends { hasData: boolean }>(family: F | null | undefined, pick: (family: F) => Figure, format: FigureFormat = 'count') => formatFigure(familyFigure(family, pick), format);
  const perkinsCells = (p: Year['perkins'] | NonNullable<DashboardPanelsQuery['programs']>[number]['perkins']) => [
    f(p, (x) => x.participants),
    f(p, (x) => x.concentrators),
    f(p, (x) => x.indicator5S1, 'rate'),
    f(p, (x) => x.indicator5S2, 'rate'),
    f(p, (x) => x.indicator5S3, 'rate'),
  ];
  const rates = (row: Year) => [
    [row.graduatingCohort, row.graduatingCohort?.advancedCreditOrCredentialRate],
    [row.graduatingCohort, row.graduatingCohort?.semesterGoalRate],
    [row.collegeReadiness, row.collegeReadiness?.mathEligibilityRate],
    [row.collegeReadiness, row.collegeReadiness?.englishEligibilityRate],
    [row.perkins, row.perkins?.indicator5S1],
    [row.perkins, row.perkins?.indicator5S2],
    [row.perkins, row.perkins?.indicator5S3],
  ] as const;
  const equity: Matrix = years.flatMap((row) => {
    const all = rates(row);
    const keys = [...new Set(all.flatMap(([, metric]) => (metric?.breakdown ?? []).map((g) => g.key)))];
    const overall = [`${row.id} · All students`, ...all.flatMap(([family, metric]) => [!metric ? 'n/a' : family!.hasData ? rate(metric) : 'no data', '–'])];
    const groups = keys.map((key) => [
      `${row.id} · ${keyLabel(key, by)}`,
      ...all.flatMap(([family, metric]) => {
        if (!metric) return ['n/a', 'n/a'];
        if (!family!.hasData) return ['no data', 'no data'];
        const group = metric.breakdown.find((g) => g.key === key);
        if (!group) return ['n/a', 'n/a'];
        const gap = group.suppressed || metric.suppressed ? 'suppressed' : typeof group.gap === 'number' ? `${points.format(group.gap * 100)} pts` : 'n/a';
        return [rate(group), gap];
      }),
    ]);
    return [overall, ...groups];
  });
  const current = panels.schoolYear!;
  const wbl = current.workBasedLearning;
  const exp = current.experiences;
  const kinds: Matrix =
    wbl?.hasData === false && exp?.hasData === false
      ? []
      : [
          ...(wbl?.studentsEngaged.continuum ?? []).map((g) => [`Placement stage: ${keyLabel(g.key)}`, count(g), count(wbl!.hoursApproved.continuum.find((h) => h.key === g.key))]),
          ...(wbl?.studentsEngaged.ceds ?? []).map((g) => [`Placement type (CEDS): ${keyLabel(g.key)}`, count(g), count(wbl!.hoursApproved.ceds.find((h) => h.key === g.key))]),
          ...(exp
            ? [
                ['Group experiences: Career awareness', f(exp, (x) => x.studentsInCareerAwareness), 'not recorded'],
                ['Group experiences: Career exploration', f(exp, (x) => x.studentsInCareerExploration), 'not recorded'],
                ['Group experiences: Career preparation', f(exp, (x) => x.studentsInCareerPreparation), 'not recorded'],
              ]
            : []),
        ];
  const school = drill.schoolYear!.schools!.find((s) => s.id === at.schoolId);
  const programs = panels.programs!.filter((p) => !at.programId || p.id === at.programId);
  const drillRows: Matrix = school
    ? drill.schoolPrograms!.filter((p) => !at.programId || p.id === at.programId).map((p) => [
        p.name,
        'Program',
        keyLabel(p.department),
        f(p.workBasedLearning, (x) => x.studentsEngaged),
        f(p.workBasedLearning, (x) => x.hoursApproved),
        f(p.perkins, (x) => x.concentrators),
        f(p.perkins, (x) => x.indicator5S3, 'rate'),
        'n/a',
      ])
    : at.programId
      ? []
      : drill.schoolYear!.schools!.map((s) => [
        s.name,
        keyLabel(s.kind),
        s.network,
        f(s.workBasedLearning, (x) => x.studentsEngaged),
        f(s.workBasedLearning, (x) => x.hoursApproved),
        f(s.perkins, (x) => x.concentrators),
        f(s.perkins, (x) => x.indicator5S3, 'rate'),
        f(s.graduatingCohort, (x) => x.advancedCreditOrCredentialRate, 'rate'),
      ]);
  const none = (rows: Matrix) => (rows.length === 0 ? [['no data']] : byLabel(rows));
  return {
    'drill-down': none(drillRows),
    'wbl-by-year': none(
      years.map((y) => [
        y.id,
        f(y.workBasedLearning, (x) => x.studentsEngaged),
        f(y.workBasedLearning, (x) => x.hoursApproved),
        f(y.workBasedLearning, (x) => x.placementsCompleted),
        f(y.workBasedLearning, (x) => x.partnersHosting),
        f(y.experiences, (x) => x.studentsAttending),
        f(y.experiences, (x) => x.experiencesHeld),
      ]),
    ),
    'wbl-by-kind': none(kinds),
    equity: none(equity),
    'perkins-by-year': none(years.map((y) => [y.id, ...perkinsCells(y.perkins)])),
    'perkins-by-program': none(programs.map((p) => [p.name, ...perkinsCells(p.perkins)])),
    roadmap: none(
      years.map((y) => [
        y.id,
        f(y.collegeReadiness, (x) => x.mathEligibilityRate, 'rate'),
        f(y.collegeReadiness, (x) => x.englishEligibilityRate, 'rate'),
        f(y.credentialAttainment, (x) => x.earlyCollegeCreditHours),
        f(y.credentialAttainment, (x) => x.estimatedTuitionSavings, 'dollars'),
        f(y.graduatingCohort, (x) => x.students),
        f(y.graduatingCohort, (x) => x.semesterGoalRate, 'rate'),
        f(y.graduatingCohort, (x) => x.advancedCreditOrCredentialRate, 'rate'),
      ]),
    ),
    endorsement: none(years.map((y) => [y.id, f(y.endorsement, (x) => x.students), f(y.endorsement, (x) => x.studentsEarned), f(y.endorsement, (x) => x.studentsOnTrack)])),
  };
}

/**
 * The dashboard's panels (issue 19 items 2, 5, 6) in headless Chromium with the network cut off,
 * against the whole supergraph on the demo data: each panel's table equals the same operation's
 * answer from the API for the same caller and filter, its CSV equals its table, and axe finds no
 * WCAG 2.1 A/AA violation.
 */
describeInBrowser('the dashboard panels', () => {
  let supergraph: RunningSupergraph;
  let origin: string;
  let browser: Browser;
  let offline: OfflineContext;
  let page: Page;
  /** The year with the most students in placements in the demo data: every panel has figures. */
  let busiest: string;

  beforeAll(async () => {
    supergraph = await startSupergraph({ seedDemo: true });
    origin = new URL(supergraph.gatewayUrl).origin;
    browser = await launchChromium();
    const answer = await supergraph.requestAs({ role: 'DISTRICT_ADMIN' }, DashboardPanelsDocument, { year: '2025-2026', filter: null, by: 'GENDER' });
    busiest = [...answer.data!.schoolYears!].sort((a, b) => (b.workBasedLearning?.studentsEngaged.value ?? 0) - (a.workBasedLearning?.studentsEngaged.value ?? 0))[0].id;
  });

  afterAll(async () => {
    await browser?.close();
    await supergraph?.stop();
  });

  // The dashboard's panels ask three operations of the whole supergraph: slower than 30 s on a busy machine.
  beforeEach(async () => ({ offline, page } = await openOfflinePage(browser, 120_000)));
  afterEach(() => closeOfflinePage(offline));

  /** Opens the dashboard with a pasted token for `role` and chooses `year`. */
  async function openAs(role: Role, year: string): Promise<void> {
    await page.goto(`${origin}/dashboard`);
    await pasteToken(page, await supergraph.token({ role }));
    await expectLoaded(page);
    await page.locator('#school-year').selectOption(year);
    await expectLoaded(page);
  }

  const table = (id: string): Promise<Matrix> =>
    page.evaluate((tableId) => [...document.querySelectorAll(`#${tableId}-table tr`)].map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')), id);

  /** Every panel's body rows equal the API's answers to the page's two operations for `role` and `filter`. */
  async function expectPanelsOf(role: Role, year: string, filter: MetricFilter | null, by: MetricDimension): Promise<Record<string, Matrix>> {
    const programs = filter && { schoolId: filter.schoolId, department: filter.department, careerCluster: filter.careerCluster };
    // A program's own figures are asked without the program filter (the API refuses another program's).
    const perProgram = filter && (filter.schoolId || filter.department || filter.careerCluster) ? programs : null;
    const [panels, drill] = await Promise.all([
      supergraph.requestAs({ role }, DashboardPanelsDocument, { year, filter, programs, perProgram, by }),
      supergraph.requestAs({ role }, DashboardDrillDownDocument, { year, filter, perProgram, district: !filter?.schoolId, schoolId: filter?.schoolId ?? null }),
    ]);
    expect(panels.errors).toBeUndefined();
    expect(drill.errors).toBeUndefined();
    const expected = expectedTables(panels.data!, drill.data!, { schoolId: filter?.schoolId ? String(filter.schoolId) : undefined, programId: filter?.programId ? String(filter.programId) : undefined }, by);
    const shown: Record<string, Matrix> = {};
    for (const id of Object.keys(expected)) shown[id] = (await table(id)).slice(1);
    // A figure the page's own request did not get shows n/a; its status line says why.
    const unavailable = /Some figures could not be loaded.*/.exec((await page.locator('#status').textContent()) ?? '')?.[0] ?? null;
    expect({ unavailable, ...shown }).toEqual({ unavailable: null, ...expected });
    return shown;
  }

  it('shows every panel as the API answers a district admin, with a CSV of exactly each table', async () => {
    await openAs('DISTRICT_ADMIN', busiest);
    const shown = await expectPanelsOf('DISTRICT_ADMIN', busiest, null, 'ECONOMICALLY_DISADVANTAGED');
    // The demo data fills the panels: figures, not only words.
    for (const id of ['wbl-by-year', 'wbl-by-kind', 'perkins-by-year', 'perkins-by-program', 'roadmap', 'equity', 'drill-down']) {
      expect({ id, figures: shown[id].flat().some((cell) => /^[$\d]/.test(cell)) }).toEqual({ id, figures: true });
    }
    for (const id of Object.keys(shown)) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download CSV: / }).nth(await panelIndex(id)).click()]);
      expect(download.suggestedFilename()).toBe(`${id}.csv`);
      expect(parseCsv(await readFile((await download.path())!, 'utf8'))).toEqual(await table(id));
    }
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  /** The place of a panel's CSV button among the page's CSV buttons. */
  const panelIndex = (id: string) => page.evaluate((panelId) => [...document.querySelectorAll('section.panel button.csv')].findIndex((b) => b.closest('section')!.id === panelId), id);

  it('shows an analyst the figures small-cell suppression withholds as suppressed, never 0', async () => {
    await openAs('ANALYST', busiest);
    const shown = await expectPanelsOf('ANALYST', busiest, null, 'ECONOMICALLY_DISADVANTAGED');
    const cells = Object.values(shown).flat(2);
    expect(cells).toContain('suppressed');
    expect(await page.locator('td.suppressed').first().textContent()).toBe('suppressed');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('follows the filters and the drill-down, district → school → program, to the API’s figures for each', async () => {
    await openAs('DISTRICT_ADMIN', busiest);
    // The equity panel by another dimension.
    await page.locator('#filter-dimension').selectOption('RACE_ETHNICITY');
    await expectLoaded(page);
    await expectPanelsOf('DISTRICT_ADMIN', busiest, null, 'RACE_ETHNICITY');

    // Drill into the school with the most students in placements, then into one of its programs.
    const drill = await supergraph.requestAs({ role: 'DISTRICT_ADMIN' }, DashboardDrillDownDocument, { year: busiest, filter: null, district: true, schoolId: null });
    const school = [...drill.data!.schoolYear!.schools!].filter((s) => s.programs.length > 0).sort((a, b) => (b.workBasedLearning?.studentsEngaged.value ?? 0) - (a.workBasedLearning?.studentsEngaged.value ?? 0))[0];
    await page.locator('#drill-down-table').getByRole('button', { name: school.name, exact: true }).click();
    await expectLoaded(page);
    expect(await page.locator('#filter-school').inputValue()).toBe(school.id);
    await expectPanelsOf('DISTRICT_ADMIN', busiest, { schoolId: school.id }, 'RACE_ETHNICITY');
    const program = drill.data!.catalog!.filter((p) => school.programs.some((offered) => offered.id === p.id)).sort((a, b) => a.name.localeCompare(b.name))[0];
    await page.locator('#drill-down-table').getByRole('button', { name: program.name, exact: true }).click();
    await expectLoaded(page);
    await expectPanelsOf('DISTRICT_ADMIN', busiest, { schoolId: school.id, programId: program.id }, 'RACE_ETHNICITY');
    // The trail's separators are drawn by CSS: the text is the three names.
    expect(await page.locator('#drill-down nav').textContent()).toBe(`District${school.name}${program.name}`);

    // Back up to the district, then a department filter.
    await page.locator('#drill-down nav').getByRole('button', { name: 'District' }).click();
    await expectLoaded(page);
    await expectPanelsOf('DISTRICT_ADMIN', busiest, null, 'RACE_ETHNICITY');
    await page.locator('#filter-department').selectOption(program.department);
    await expectLoaded(page);
    await expectPanelsOf('DISTRICT_ADMIN', busiest, { department: program.department }, 'RACE_ETHNICITY');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('tables a metric query’s answer in the playground (Metric table), withheld figures as suppressed, and copies it as CSV', async () => {
    await offline.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const sent: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql' && request.postData()?.includes('MetricTrends')) sent.push(request.postData()!);
    });
    await page.goto(`${origin}/playground`);
    await page.getByRole('button', { name: 'Show Saved operations' }).click();
    await page.locator('button[data-operation="MetricTrends"]').click();
    // The saved operation starts with real school years filled in, not nulls.
    const variables = await page.evaluate(() => (document.querySelector('.graphiql-editor-tool .CodeMirror') as Element & { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
    expect(JSON.parse(variables)).toMatchObject({ from: expect.stringMatching(/^\d{4}-\d{4}$/), to: expect.stringMatching(/^\d{4}-\d{4}$/), by: 'ECONOMICALLY_DISADVANTAGED' });
    const token = await supergraph.token({ role: 'ANALYST' });
    await page.locator('.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden) .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
    await page.getByRole('button', { name: /^Execute query/ }).click();
    await page.waitForFunction(() => ((document.querySelector('.result-window .CodeMirror') as (Element & { CodeMirror?: { getValue(): string } }) | null)?.CodeMirror?.getValue() ?? '').includes('"schoolYears"'));
    await page.getByRole('button', { name: 'Show Metric table' }).click();
    await page.locator('#metric-table').waitFor();
    const body = JSON.parse(sent[0]) as { query: string; variables: Record<string, unknown> };
    const api = await supergraph.requestAs({ role: 'ANALYST' }, body.query, body.variables);
    const expected = metricRows(api.data);
    const shown = await page.evaluate(() => [...document.querySelectorAll('#metric-table tr')].map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
    expect(shown.slice(1)).toEqual(expected);
    expect(expected.flat()).toContain('suppressed');
    await page.getByRole('button', { name: 'Copy CSV' }).click();
    await page.getByText(/^Copied \d+ rows as CSV\.$/).waitFor();
    expect(parseCsv(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(shown);
    // The plugin's own panel; GraphiQL's editors (syntax colours, CodeMirror's inputs) are not ours to fix here.
    expect(await accessibilityViolations(page, '.metric-table')).toEqual([]);
  });

  it('fits a phone: at 375 px nothing is wider than the screen and axe finds no violation', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openAs('DISTRICT_ADMIN', busiest);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(innerWidth).toBe(375);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
