/**
 * The UTC instant of a wall-clock time in an IANA zone ("2026-08-04T10:00" in Europe/Vilnius →
 * 07:00Z). Organisers think in their own zone; the database and the job queue hold UTC.
 * Two passes settle the offset across a daylight-saving change.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date {
  const asUtc = Date.parse(`${local}:00Z`);
  let guess = asUtc;
  for (let i = 0; i < 2; i++) guess = asUtc - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The wall-clock time of an instant in a zone, as a datetime-local input shows it. */
export function utcToZonedInput(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + offsetMs(instant, timeZone)).toISOString().slice(0, 16);
}

function offsetMs(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - (instant.getTime() - instant.getUTCMilliseconds());
}
