"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { CITY_MAX } from "@/lib/pledges/pledge-limits";
import { FieldError, describedBy } from "./field-error";

// Optional city with suggestions from the offline gazetteer. Without JavaScript it is a plain
// text input: the server resolves whatever was typed, so suggestions are only a convenience and
// every failure to fetch them is silent.

const DEBOUNCE_MS = 200;
const MIN_QUERY_LENGTH = 2;

interface Suggestions {
  /** The country they were fetched for: after the country changes they no longer apply. */
  country: string;
  names: string[];
}

function namesFrom(body: unknown): string[] {
  if (typeof body !== "object" || body === null || !("places" in body) || !Array.isArray(body.places)) return [];
  const names = body.places.flatMap((place: unknown) =>
    typeof place === "object" && place !== null && "name" in place && typeof place.name === "string" ? [place.name] : [],
  );
  // Several villages can share a name; a list of identical entries helps no one.
  return [...new Set(names)];
}

async function fetchSuggestions(country: string, query: string, signal: AbortSignal): Promise<string[]> {
  const response = await fetch(`/api/places?${new URLSearchParams({ country, q: query })}`, { signal });
  return response.ok ? namesFrom(await response.json()) : [];
}

export function CityField({ country, defaultValue, errors }: { country: string; defaultValue: string; errors: string[] | undefined }) {
  const t = useTranslations("places.city");
  const [suggestions, setSuggestions] = useState<Suggestions>({ country, names: [] });
  // One pending lookup at a time: a new keystroke cancels the timer and aborts the older request,
  // so a slow answer for "kr" can never replace the answer for "krak".
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; controller?: AbortController }>({});
  const hasError = Boolean(errors?.length);

  function cancelPending() {
    clearTimeout(pending.current.timer);
    pending.current.controller?.abort();
    pending.current = {};
  }

  useEffect(() => {
    const lookups = pending;
    return () => {
      clearTimeout(lookups.current.timer);
      lookups.current.controller?.abort();
    };
  }, []);

  function onInput(value: string) {
    cancelPending();
    const query = value.trim();
    if (!country || [...query].length < MIN_QUERY_LENGTH) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchSuggestions(country, query, controller.signal)
        .then((names) => {
          if (!controller.signal.aborted) setSuggestions({ country, names });
        })
        .catch(() => {
          // Aborted or offline: keep the previous suggestions; typing still works.
        });
    }, DEBOUNCE_MS);
    pending.current = { timer, controller };
  }

  const names = suggestions.country === country ? suggestions.names : [];
  return (
    <div>
      <label htmlFor="pledge-city" className="block font-semibold">
        {t("label")}
      </label>
      <p id="pledge-city-hint" className="text-sm text-slate-700">
        {t("hint")}
      </p>
      <input
        id="pledge-city"
        name="city"
        type="text"
        autoComplete="address-level2"
        spellCheck={false}
        maxLength={CITY_MAX}
        list="pledge-city-suggestions"
        defaultValue={defaultValue}
        onChange={(event) => onInput(event.target.value)}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy("pledge-city-hint", "pledge-city-error", hasError)}
        className="field mt-1"
      />
      <datalist id="pledge-city-suggestions">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <FieldError id="pledge-city-error" keys={errors} />
    </div>
  );
}
