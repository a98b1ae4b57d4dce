"use client";

import dynamic from "next/dynamic";
import type { HistoryChartProps } from "./history-chart";

// uPlot (script and CSS) is fetched only when the stats page renders this, and never runs on the
// server (it measures the page).
const HistoryChart = dynamic(() => import("./history-chart"), { ssr: false });

export function HistoryChartLoader(props: HistoryChartProps) {
  return <HistoryChart {...props} />;
}
