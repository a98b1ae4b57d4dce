// Client-safe: times in the admin area are shown in UTC, the campaign's one shared clock.
export function formatUtc(date: Date): string {
  return `${date.toISOString().replace("T", " ").slice(0, 16)} UTC`;
}

/** "10:00–11:00 UTC, 4 Aug" for the hour starting at `hour`. */
export function formatUtcHour(hour: Date): string {
  const start = hour.toISOString().slice(11, 16);
  const end = new Date(hour.getTime() + 3_600_000).toISOString().slice(11, 16);
  const day = hour.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
  return `${start}–${end} UTC, ${day}`;
}
