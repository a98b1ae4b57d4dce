"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { matchCountries, type CountryOption } from "@/lib/geo/country-option";

// The ARIA 1.2 combobox pattern (list autocomplete, manual selection): typing filters by every
// name a country is known by; arrows move through the list, Enter chooses, Escape closes (and a
// second Escape restores the chosen name). The chosen code travels in a hidden input named
// "country", exactly what the native select posts.

export function CountryCombobox(props: {
  countries: CountryOption[];
  selected: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (code: string) => void;
}) {
  const t = useTranslations("pledgeForm.country");
  const listId = useId();
  const nameOf = (code: string) => props.countries.find((country) => country.code === code)?.name ?? "";
  const [text, setText] = useState(() => nameOf(props.selected));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);
  // While the box shows the chosen name, the whole list is offered; once edited, only matches.
  const filtering = text !== nameOf(props.selected);
  const visible = filtering ? matchCountries(props.countries, text) : props.countries;
  const activeOption = open ? visible[active] : undefined;

  function choose(option: CountryOption) {
    props.onChange(option.code);
    setText(option.name);
    setOpen(false);
    setActive(-1);
  }

  function move(to: number) {
    setOpen(true);
    setActive(Math.max(0, Math.min(visible.length - 1, to)));
  }

  // The options exist only while the list is open (below), so the active one is scrolled to
  // once it is drawn.
  useEffect(() => {
    if (open && active >= 0) listRef.current?.children[active]?.scrollIntoView({ block: "nearest" });
  }, [open, active]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const page = 10;
    const actions: Record<string, () => void> = {
      ArrowDown: () => (event.altKey ? setOpen(true) : move(open ? active + 1 : Math.max(0, visible.findIndex((c) => c.code === props.selected)))),
      ArrowUp: () => (event.altKey ? setOpen(false) : move(open ? active - 1 : visible.length - 1)),
      PageDown: () => open && move(active + page),
      PageUp: () => open && move(active - page),
      Enter: () => (activeOption ? choose(activeOption) : open ? setOpen(false) : event.currentTarget.form?.requestSubmit()),
      Escape: () => (open ? setOpen(false) : setText(nameOf(props.selected))),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  return (
    <div className="relative mt-1">
      <input
        id="pledge-country"
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${listId}-${activeOption.code}` : undefined}
        aria-required
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder={t("placeholder")}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(event.target.value.trim() ? 0 : -1);
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        // A name half typed and left is not a choice: show the chosen country's name again.
        onBlur={() => {
          setOpen(false);
          setText(nameOf(props.selected));
        }}
        className="field"
      />
      <input type="hidden" name="country" value={props.selected} />
      <p className="sr-only" aria-live="polite">
        {open && filtering ? t("search.matches", { count: visible.length }) : ""}
      </p>
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={t("label")}
        hidden={!open || visible.length === 0}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-md border-2 border-slate-700 bg-white py-1 shadow-lg"
      >
        {/* Drawn only while open: two hundred hidden options made every page load build,
            style and hydrate them for the few readers who sign. */}
        {open &&
          visible.map((option, index) => (
            <li
              key={option.code}
              id={`${listId}-${option.code}`}
              role="option"
              aria-selected={option.code === props.selected}
              // Chosen on mouse down, before the input's blur would close the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-blue-800 text-white" : option.code === props.selected ? "font-semibold" : ""}`}
            >
              {option.name}
            </li>
          ))}
      </ul>
      {/* Outside the listbox, which may hold options only. */}
      {open && visible.length === 0 && (
        <p className="absolute z-20 mt-1 w-full rounded-md border-2 border-slate-700 bg-white px-3 py-2 text-slate-700">{t("search.matches", { count: 0 })}</p>
      )}
    </div>
  );
}
