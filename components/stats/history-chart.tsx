"use client";

import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface HistoryChartProps {
  /** Bucket starts, seconds since the epoch (uPlot's x unit). */
  times: number[];
  /** Seconds per bucket: a history of one bucket is drawn a bucket wide, not years wide. */
  step: number;
  cumulative: number[];
  added: number[];
  labels: { cumulative: string; added: string };
}

/**
 * The history as a chart (uPlot, bundled and served by us). A picture for sighted readers only:
 * the table under it carries the same numbers for everyone, so the canvas is hidden from
 * assistive technology and described by the figure's caption.
 */
export default function HistoryChart({ times, step, cumulative, added, labels }: HistoryChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const width = () => Math.max(280, element.clientWidth);
    const chart = new uPlot(
      {
        width: width(),
        height: 280,
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), "Etc/UTC"),
        series: [
          {},
          { label: labels.cumulative, stroke: "#1e40af", width: 2, scale: "total" },
          { label: labels.added, stroke: "#b45309", width: 1.5, scale: "new", dash: [6, 3] },
        ],
        axes: [{}, { scale: "total" }, { scale: "new", side: 1, grid: { show: false } }],
        scales: {
          x: { time: true, range: (_u, min, max) => (min === max ? [min - step, max + step] : [min, max]) },
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
  }, [times, step, cumulative, added, labels]);
  return <div ref={container} aria-hidden="true" data-testid="history-chart" />;
}
