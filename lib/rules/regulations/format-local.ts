// How instants appear inside deadline explanations: local wall time in the
// regulator's zone, with the zone named, so the sentence stands on its own.
import { DateTime } from "luxon";

export function toZone(instant: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid) throw new RangeError(`Unknown time zone "${zone}" (expected an IANA name such as Europe/Brussels).`);
  return local;
}

/** "2026-11-25 10:00 America/New_York" (seconds only when not zero). */
export function formatLocal(instant: Date, zone: string): string {
  const local = toZone(instant, zone);
  const pattern = local.second !== 0 || local.millisecond !== 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm";
  return `${local.toFormat(pattern)} ${zone}`;
}

/** "2026-12-02" in the given zone. */
export function formatLocalDate(instant: Date, zone: string): string {
  return toZone(instant, zone).toFormat("yyyy-MM-dd");
}
