/** A CSV file (RFC 4180) with `header`, one line per row; a missing or null cell is empty. */
export function toCsv(header: readonly string[], rows: readonly Record<string, string | number | null | undefined>[]): string {
  let text = `${header.join(',')}\n`;
  for (const row of rows) text += `${header.map((column) => csvCell(String(row[column] ?? ''))).join(',')}\n`;
  return text;
}

export function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
