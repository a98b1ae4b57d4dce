// Client-safe, pure: one CSV cell and one CSV line (RFC 4180), safe to open in a spreadsheet.

// A cell a spreadsheet would run as a formula: =, +, -, @ (also after leading spaces, which
// Excel and LibreOffice skip), or a tab / carriage return that some importers treat as a break.
const formulaStart = /^[\s]*[=+\-@]|^[\t\r]/;

/**
 * Neutralises formula injection (OWASP's advice: a leading apostrophe makes the spreadsheet show
 * the text as typed) and quotes the cell when it holds a comma, a quote or a line break, doubling
 * quotes inside. Names like "=HYPERLINK(…)" reach the organiser's sheet as plain text.
 */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? "";
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 says. */
export function csvLine(cells: readonly (string | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
