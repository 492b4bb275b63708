import { chartValue, familyFigure, formatFigure, schoolsTotalNote, unavailableNote } from '../../ui/dashboard/figures';

// What a dashboard cell and chart point show for each kind of answer (issue 14 item 16: a year
// with nothing recorded says "no data", never 0).
describe('dashboard figures', () => {
  const family = (hasData: boolean, value: number | null, suppressed = false) => ({ hasData, engaged: { value, suppressed } });

  it('shows "no data" for a family whose year has nothing recorded, and leaves a gap in the chart', () => {
    const figure = familyFigure(family(false, null), (f) => f.engaged);
    expect(formatFigure(figure, 'count')).toBe('no data');
    expect(formatFigure(figure, 'rate')).toBe('no data');
    expect(chartValue(figure)).toBeNull();
  });

  it('shows a real zero as 0 when the year has data', () => {
    const figure = familyFigure(family(true, 0), (f) => f.engaged);
    expect(formatFigure(figure, 'count')).toBe('0');
    expect(chartValue(figure)).toBe(0);
  });

  it('keeps "suppressed" for withheld figures and "n/a" for a family that did not arrive', () => {
    expect(formatFigure(familyFigure(family(true, null, true), (f) => f.engaged), 'count')).toBe('suppressed');
    expect(formatFigure(familyFigure(null, (f: ReturnType<typeof family>) => f.engaged), 'count')).toBe('n/a');
    expect(formatFigure(familyFigure(family(true, 0.125), (f) => f.engaged), 'rate')).toBe('12.5%');
  });

  it('says why figures show n/a: each reason once, nothing when every figure arrived', () => {
    const unavailable = { message: 'the experiences service did not answer within 30000 ms', path: ['schoolYears', 0, 'workBasedLearning'] };
    expect(unavailableNote([unavailable, { ...unavailable, path: ['schoolYears', 1, 'workBasedLearning'] }, { message: 'denied' }])).toBe(
      ' Some figures could not be loaded and show n/a: the experiences service did not answer within 30000 ms; denied.',
    );
    expect(unavailableNote([])).toBe('');
  });

  // Issue 19 item 6: the per-school table lists every school, and says what its rows add up to.
  describe('the per-school total', () => {
    const count = (value: number) => ({ value, suppressed: false });

    it('says the schools add up to the district when they do', () => {
      expect(schoolsTotalNote(count(100), [count(60), count(30), count(10)])).toBe(
        "Every school of the district is listed: their students in work-based learning add up to the district's 100.",
      );
    });

    it('shows both numbers when they differ, never hiding the difference', () => {
      expect(schoolsTotalNote(count(1000), [count(600), count(390)])).toBe(
        "Every school of the district is listed: their students in work-based learning add up to 990, the district's are 1,000.",
      );
    });

    it('gives no sum when a figure is withheld, and nothing for a year without data', () => {
      expect(schoolsTotalNote(count(100), [count(90), { value: null, suppressed: true }, null])).toBe(
        'Every school of the district is listed; 2 school figures are withheld, so their sum is not shown.',
      );
      expect(schoolsTotalNote({ value: null, suppressed: true }, [count(90)])).toBe(
        "Every school of the district is listed; the district's figure is withheld, so no sum is compared.",
      );
      expect(schoolsTotalNote({ value: null, suppressed: false, noData: true }, [])).toBe('');
      expect(schoolsTotalNote(undefined, [count(1)])).toBe('');
    });
  });
});
