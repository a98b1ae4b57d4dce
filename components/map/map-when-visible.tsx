"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { LiveMapProvider } from "./map-data-context";
import type { CountryNames, MapView } from "./map-view";
import { SupporterMapLoader } from "./supporter-map-loader";

/**
 * A live map that costs nothing until it is scrolled near: before that there is no MapLibre
 * script, no border data and no live stream. For pages (the home page) where the map is extra.
 */
export function MapWhenVisible({ initial, names, className }: { initial: MapView; names: CountryNames; className?: string }) {
  const t = useTranslations("map.canvas");
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={box} className={className}>
      {visible ? (
        <LiveMapProvider initial={initial} names={names}>
          <SupporterMapLoader className="h-full w-full" />
        </LiveMapProvider>
      ) : (
        <p className="grid h-full place-items-center text-slate-600">{t("loading")}</p>
      )}
    </div>
  );
}
