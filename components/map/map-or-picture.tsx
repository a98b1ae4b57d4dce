"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { LiveSupporterPicture } from "./supporter-picture";
import { PICTURE_ASPECT_CLASS } from "./world-projection";
import { supportsWebGl2 } from "./supports-webgl2";

// MapLibre while it loads: the picture stays, so nothing jumps or blinks.
const SupporterMap = dynamic(() => import("./supporter-map"), { ssr: false, loading: () => <LiveSupporterPicture className="block h-full w-full" /> });

/** From this width on the interactive map loads by itself (Tailwind's `lg`). */
const WIDE_SCREEN = "(min-width: 64rem)";

type Shown = "picture" | "picture-and-offer" | "map";

/**
 * The map page's map (decision 0055). Everyone first gets the picture (supporter-picture.tsx):
 * drawn on the server, live, readable without JavaScript. A wide screen then loads the
 * interactive WebGL map in its place; a phone keeps the picture and offers the map behind a
 * button, because MapLibre is a megabyte of script and seconds of a phone's processor, and a map
 * filling a phone's screen catches the finger that meant to scroll the page. Without WebGL 2
 * the picture stays and nothing is offered.
 */
export function MapOrPicture({ className = "" }: { className?: string }) {
  const t = useTranslations("map.picture");
  // The server and the first render draw the picture; then this device's choice.
  const chosen = useSyncExternalStore(noSubscription, choiceOnThisDevice, () => "picture" as const);
  const [asked, setAsked] = useState(false);
  const shown: Shown = asked ? "map" : chosen;
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The button is gone: keep the keyboard where it was, on the map that replaced it.
    if (asked) box.current?.focus();
  }, [asked]);

  if (shown === "map") {
    return (
      <div ref={box} tabIndex={-1} className={`h-[60vh] min-h-80 outline-none ${className}`}>
        <SupporterMap className="h-full w-full" />
      </div>
    );
  }
  return (
    <div>
      <div className={`${PICTURE_ASPECT_CLASS} lg:aspect-auto lg:h-[60vh] lg:min-h-80 ${className}`}>
        <LiveSupporterPicture className="block h-full w-full" />
      </div>
      {shown === "picture-and-offer" && (
        <button
          type="button"
          className="mt-3 inline-flex min-h-11 items-center rounded-md border-2 border-blue-800 px-4 py-2 font-semibold text-blue-900 hover:bg-blue-50"
          onClick={() => setAsked(true)}
        >
          {t("explore")}
        </button>
      )}
    </div>
  );
}

// Decided once per page: a window resized or a phone turned later does not swap a map that is
// being looked at for a picture (or load a megabyte unasked).
let choice: Shown | undefined;
function choiceOnThisDevice(): Shown {
  choice ??= !supportsWebGl2() ? "picture" : window.matchMedia(WIDE_SCREEN).matches ? "map" : "picture-and-offer";
  return choice;
}
const noSubscription = () => () => {};
