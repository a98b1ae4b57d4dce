"use client";

import { useFormatter, useLocale } from "next-intl";
import { useState } from "react";

export interface CountRow {
  key: string;
  name: string;
  count: number;
}

type SortKey = "name" | "count";
type Direction = "ascending" | "descending";

/**
 * A two-column table (place, count) whose headers are sort buttons. The header's aria-sort tells
 * screen readers the current order; the button says what a press does by its column name. Rendered
 * on the server too, so without JavaScript the table is there, sorted by count.
 */
export function SortableCountTable({ caption, nameLabel, countLabel, rows }: { caption: string; nameLabel: string; countLabel: string; rows: CountRow[] }) {
  const locale = useLocale();
  const format = useFormatter();
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: "count", direction: "descending" });
  const collator = new Intl.Collator(locale);
  const sign = sort.direction === "ascending" ? 1 : -1;
  const sorted = [...rows].sort((a, b) =>
    sort.key === "count" ? sign * (a.count - b.count) || collator.compare(a.name, b.name) : sign * collator.compare(a.name, b.name),
  );

  function toggle(key: SortKey) {
    // A first press on a column sorts the way a reader expects: names A→Z, counts largest first.
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: key === "name" ? "ascending" : "descending" },
    );
  }

  function header(key: SortKey, label: string, align: string) {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? sort.direction : "none"} className={`border-b border-slate-300 p-0 ${align}`}>
        <button type="button" onClick={() => toggle(key)} className="inline-flex w-full items-center gap-1 px-3 py-2 font-semibold hover:bg-slate-100 [text-align:inherit]">
          <span className="flex-1">{label}</span>
          <span aria-hidden="true" className="w-3 text-slate-600">
            {active ? (sort.direction === "ascending" ? "▲" : "▼") : ""}
          </span>
        </button>
      </th>
    );
  }

  return (
    <table className="w-full border-collapse text-left">
      <caption className="pb-2 text-left text-lg font-bold">{caption}</caption>
      <thead>
        <tr>
          {header("name", nameLabel, "text-left")}
          {header("count", countLabel, "w-36 text-right")}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.key} className="border-b border-slate-200">
            <th scope="row" className="px-3 py-1.5 font-normal">
              {row.name}
            </th>
            <td className="px-3 py-1.5 text-right tabular-nums" data-testid={`count-${row.key}`}>
              {format.number(row.count)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
