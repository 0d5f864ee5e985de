// One way to write an instant in a named time zone. Server and browser both
// format with the zone given explicitly (never the host's), so the text a
// server renders is the text the browser hydrates: no mismatch.
//
// Building an Intl.DateTimeFormat costs far more than formatting with one
// (the war room writes hundreds of times per render), so each
// zone-and-style formatter is built once and kept.

type Style = "date-time" | "date-time-zone" | "clock-zone";

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  "date-time": { year: "numeric", month: "short", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  "date-time-zone": { year: "numeric", month: "short", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" },
  "clock-zone": { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: Style, timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    // An unknown zone throws here, as it did when built per call, and is not kept.
    found = new Intl.DateTimeFormat("en-GB", { timeZone, ...OPTIONS[style] });
    formatters.set(key, found);
  }
  return found;
}

const instant = (at: Date | string) => (typeof at === "string" ? new Date(at) : at);

export function formatInZone(at: Date | string, timeZone: string, withZone = true): string {
  return formatter(withZone ? "date-time-zone" : "date-time", timeZone).format(instant(at));
}

/** Hours and minutes only, e.g. for "next update by 14:30 CET". */
export function formatClockInZone(at: Date | string, timeZone: string): string {
  return formatter("clock-zone", timeZone).format(instant(at));
}
