import { csvLine } from "@/lib/exports/csv-cell";

// The open-data CSVs use the project's one CSV writer (RFC 4180, CRLF, formula-safe): the cells
// are counts, dates and country names today, and a text column added later is guarded too.

type Cell = string | number;

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => csvLine(row.map(String))).join("");
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";
