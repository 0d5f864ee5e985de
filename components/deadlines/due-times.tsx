import { LocalTime } from "@/components/common/local-time";

// A due instant in the three zones people argue about: UTC (what is
// stored), the viewer's own and the regulator's.
export function DueTimes({ at, viewerZone, regulatorZone }: { at: string; viewerZone: string; regulatorZone: string }) {
  const rows: [string, string][] = [["UTC", "UTC"], [`You (${viewerZone})`, viewerZone], [`Regulator (${regulatorZone})`, regulatorZone]];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs text-zinc-600 dark:text-zinc-400">
      {rows.map(([label, zone]) => (
        <div key={label} className="contents">
          <dt className="text-zinc-500">{label}</dt>
          <dd><LocalTime at={at} timeZone={zone} /></dd>
        </div>
      ))}
    </dl>
  );
}
