import { formatInZone } from "@/lib/rules/text/zoned-time";

// A moment shown in the viewer's time zone, with the zone named and the UTC
// instant on hover, so nobody has to guess which clock a time is on.
export function LocalTime({ at, timeZone, withZone = true }: { at: Date | string | null; timeZone: string; withZone?: boolean }) {
  if (!at) return <span className="text-zinc-400">—</span>;
  const date = typeof at === "string" ? new Date(at) : at;
  return (
    <time dateTime={date.toISOString()} title={`${date.toISOString().replace("T", " ").slice(0, 19)} UTC`}>
      {formatLocalTime(date, timeZone, withZone)}
    </time>
  );
}

// The same text, for sentences (timeline descriptions) rather than elements.
export const formatLocalTime = formatInZone;
