// One way to write an instant in a named time zone. Server and browser both
// format with the zone given explicitly (never the host's), so the text a
// server renders is the text the browser hydrates: no mismatch.
export function formatInZone(at: Date | string, timeZone: string, withZone = true): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    ...(withZone ? { timeZoneName: "short" } : {}),
  }).format(typeof at === "string" ? new Date(at) : at);
}

/** Hours and minutes only, e.g. for "next update by 14:30 CET". */
export function formatClockInZone(at: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" }).format(
    typeof at === "string" ? new Date(at) : at,
  );
}
