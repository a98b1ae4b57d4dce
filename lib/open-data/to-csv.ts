// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break.

type Cell = string | number;

function field(value: Cell): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";
