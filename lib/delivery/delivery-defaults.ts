/**
 * The zones the schedule form offers (the server accepts any IANA zone): where the organisers and
 * the recipients of a Belarus solidarity day are likely to be, and UTC.
 */
export const DELIVERY_TIME_ZONES = ["Europe/Vilnius", "Europe/Warsaw", "Europe/Minsk", "Europe/Berlin", "Europe/Brussels", "Europe/London", "Europe/Kyiv", "America/New_York", "UTC"];

/** What the form suggests before anything is scheduled: the next 4 August, 10:00 in Vilnius. */
export function defaultSend(now = new Date()): { sendAt: string; timeZone: string } {
  const year = now.getUTCMonth() > 7 || (now.getUTCMonth() === 7 && now.getUTCDate() > 4) ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return { sendAt: `${year}-08-04T10:00`, timeZone: "Europe/Vilnius" };
}
