import { parseCsv, toCsv } from '../../ui/dashboard/panels/csv';

describe('dashboard CSV', () => {
  it('quotes only fields that need it and reads back what it wrote', () => {
    const rows = [
      ['School', 'Students', 'Note'],
      ['Lincoln, Abraham HS', '1,204', 'said "suppressed"'],
      ['Kelly HS', 'suppressed', 'two\nlines'],
    ];
    const text = toCsv(rows);
    expect(text).toBe('School,Students,Note\r\n"Lincoln, Abraham HS","1,204","said ""suppressed"""\r\nKelly HS,suppressed,"two\nlines"\r\n');
    expect(parseCsv(text)).toEqual(rows);
  });
});
