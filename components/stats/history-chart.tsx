"use client";

import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { ChartDateNames } from "@/lib/i18n/chart-date-names";
import { bucketLabel, tickLabel, timeWindow } from "./chart-scale";

export interface HistoryChartProps {
  /** Bucket starts, seconds since the epoch (uPlot's x unit). */
  times: number[];
  /** Seconds per bucket: a history of one bucket is drawn a bucket wide, not years wide. */
  step: number;
  cumulative: number[];
  added: number[];
  locale: string;
  /** The page language's month patterns, written by the server (the browser may lack them). */
  dateNames: ChartDateNames;
  labels: { time: string; cumulative: string; added: string };
}

/**
 * The history as a chart (uPlot, bundled and served by us). A picture for sighted readers only:
 * the table under it carries the same numbers for everyone, so the canvas is hidden from
 * assistive technology and described by the figure's caption. Dates and numbers are the page
 * language's, never uPlot's American defaults.
 */
export default function HistoryChart({ times, step, cumulative, added, locale, dateNames, labels }: HistoryChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const width = () => Math.max(280, element.clientWidth);
    const [from, until] = timeWindow(times, step);
    const number = new Intl.NumberFormat(locale);
    // Counts are whole: no tick at 0.5 people; the legend is empty (not "--") off the chart.
    const countTicks = (_u: uPlot, splits: number[]) => splits.map((value) => (Number.isInteger(value) ? number.format(value) : ""));
    const countValue = (_u: uPlot, value: number | null) => (typeof value === "number" ? number.format(value) : "");
    const chart = new uPlot(
      {
        width: width(),
        height: 280,
        // Ticks fall on UTC hours and midnights, the buckets' own boundaries.
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), "Etc/UTC"),
        series: [
          { label: labels.time, value: (_u, value) => (typeof value === "number" ? bucketLabel(value, step, dateNames) : "") },
          { label: labels.cumulative, stroke: "#1e40af", width: 2, scale: "total", value: countValue, points: { size: 8 } },
          { label: labels.added, stroke: "#b45309", width: 1.5, scale: "new", dash: [6, 3], value: countValue, points: { size: 8 } },
        ],
        axes: [
          { values: (_u, splits, _axis, _space, spacing) => splits.map((seconds) => tickLabel(seconds, spacing, dateNames)), space: 70 },
          { scale: "total", values: countTicks, size: 60 },
          { scale: "new", side: 1, grid: { show: false }, values: countTicks, size: 50 },
        ],
        scales: {
          // Fixed, whatever uPlot would derive from the data (issue #15: one point spanned years).
          x: { time: true, range: () => [from, until] },
          total: { range: (_u, _min, max) => [0, Math.max(1, max)] },
          new: { range: (_u, _min, max) => [0, Math.max(1, max)] },
        },
      },
      [times, cumulative, added],
      element,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: width(), height: 280 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [times, step, cumulative, added, locale, dateNames, labels]);
  return <div ref={container} aria-hidden="true" data-testid="history-chart" />;
}
