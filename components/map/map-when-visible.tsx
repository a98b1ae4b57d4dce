"use client";

import { useEffect, useRef, useState } from "react";
import { LiveMapProvider } from "./map-data-context";
import type { CountryNames, MapView } from "./map-view";
import { LiveSupporterPicture, SupporterPicture } from "./supporter-picture";
import { PICTURE_ASPECT_CLASS } from "./world-projection";

/**
 * The home page's glimpse of the map: the picture (supporter-picture.tsx), drawn on the server
 * from the page's numbers, kept live only once it is scrolled near (before that no stream is
 * opened for it). No MapLibre here: the full map is one link away.
 */
export function MapWhenVisible({ initial, names, className = "" }: { initial: MapView; names: CountryNames; className?: string }) {
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
    <div ref={box} className={`${PICTURE_ASPECT_CLASS} ${className}`}>
      {visible ? (
        <LiveMapProvider initial={initial} names={names}>
          <LiveSupporterPicture className="block h-full w-full" />
        </LiveMapProvider>
      ) : (
        <SupporterPicture data={initial} names={names} className="block h-full w-full" />
      )}
    </div>
  );
}
