/** Quotes a CSV field when it needs it (RFC 4180). */
function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text with a UTF-8 byte-order mark and CRLF line ends, so spreadsheet programs open the
 * Chinese text correctly. Columns are the given keys, in order.
 */
export function toCsv<T extends object>(rows: T[], columns: (keyof T & string)[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
