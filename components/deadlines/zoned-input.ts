import { DateTime } from "luxon";

// <input type="datetime-local"> holds a wall time without a zone; the form
// says which zone it is in (the viewer's) and sends an instant with it.
export function localInputValue(at: Date | string, timeZone: string, { seconds = false } = {}): string {
  const instant = typeof at === "string" ? new Date(at) : at;
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat(seconds ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm");
}

export function instantFromLocalInput(value: string, timeZone: string): string | null {
  const local = DateTime.fromISO(value, { zone: timeZone });
  return local.isValid ? local.toUTC().toISO() : null;
}
