"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { MapTheme } from "./map-style";

// MapLibre (JS and CSS) is fetched only when this component renders, never on other pages, and
// never on the server: it needs WebGL and the window.
const SupporterMap = dynamic(() => import("./supporter-map"), { ssr: false, loading: () => <MapPlaceholder /> });

function MapPlaceholder() {
  const t = useTranslations("map.canvas");
  return <p className="grid h-full place-items-center text-slate-600">{t("loading")}</p>;
}

export function SupporterMapLoader({ theme, className }: { theme?: MapTheme; className?: string }) {
  return <SupporterMap theme={theme} className={className} />;
}
