/** A byte-order mark: without it Excel reads UTF-8 as a legacy code page and garbles Chinese and Lao. */
export const UTF8_BOM = '\uFEFF';

function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  // Cells starting with = + - @ are formulas to a spreadsheet; a leading apostrophe keeps them text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with CRLF line ends, prefixed with a UTF-8 byte-order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
