import { metricRows } from '../../ui/playground/metric-rows';
import { variablesTemplate } from '../../ui/playground/variables-template';

describe('playground metric table', () => {
  it('lists every metric of an answer by path, breakdown groups by key, withheld figures as suppressed', () => {
    const data = {
      schoolYears: [
        {
          id: '2024-2025',
          perkins: {
            hasData: true,
            concentrators: { value: 41, numerator: null, denominator: null, suppressed: false },
            indicator5S3: {
              value: 0.5,
              numerator: 20,
              denominator: 40,
              suppressed: false,
              breakdown: [
                { key: 'IEP', value: null, numerator: null, denominator: null, suppressed: true, gap: null },
                { key: 'NONE', value: 0.55, numerator: 11, denominator: 20, suppressed: false, gap: 0.05 },
              ],
            },
          },
        },
      ],
    };
    expect(metricRows(data)).toEqual([
      ['schoolYears[2024-2025].perkins.concentrators', '', '41', '', '', ''],
      ['schoolYears[2024-2025].perkins.indicator5S3', '', '0.5', '20', '40', ''],
      ['schoolYears[2024-2025].perkins.indicator5S3.breakdown', 'IEP', 'suppressed', 'suppressed', 'suppressed', 'suppressed'],
      ['schoolYears[2024-2025].perkins.indicator5S3.breakdown', 'NONE', '0.55', '11', '20', '0.05'],
    ]);
  });

  it('starts saved operations with the current school year and a dimension filled in', () => {
    const document = 'query T($from: ID, $to: ID, $year: ID!, $by: MetricDimension!, $filter: MetricFilter) { __typename }';
    expect(JSON.parse(variablesTemplate(document, new Date('2026-12-07T12:00:00Z')))).toEqual({
      from: '2022-2023',
      to: '2026-2027',
      year: '2026-2027',
      by: 'ECONOMICALLY_DISADVANTAGED',
      filter: null,
    });
    expect(variablesTemplate('query { __typename }')).toBe('');
  });
});
