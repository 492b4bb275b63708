import { chartValue, familyFigure, formatFigure } from '../../ui/dashboard/figures';

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
});
