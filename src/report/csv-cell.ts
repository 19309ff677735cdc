/**
 * One RFC 4180 CSV cell. A cell a spreadsheet would read as a formula (starting with =,
 * +, -, @, a tab or a carriage return) is prefixed with an apostrophe, so that opening
 * the file runs nothing a document or a config put there.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, with the CRLF line end RFC 4180 asks for. */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
