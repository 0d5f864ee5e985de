import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { formatInZone } from "@/lib/rules/text/zoned-time";

const NAMES: Record<keyof PostMortemDocument["keyTimes"], string> = {
  detectedAt: "Detected",
  declaredAt: "Declared",
  acknowledgedAt: "Acknowledged",
  containedAt: "Contained",
  resolvedAt: "Resolved",
  closedAt: "Closed",
};

// Each key time twice: on the reader's clock and in UTC, the clock
// regulators, other teams and the timeline's raw records use.
export function KeyTimesTable({ keyTimes, timeZone }: { keyTimes: PostMortemDocument["keyTimes"]; timeZone: string }) {
  const showLocal = timeZone !== "UTC";
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="key-times">
        <caption className="sr-only">Key times, in your time zone and UTC</caption>
        <thead className="text-xs uppercase text-zinc-500">
          <tr>
            <th scope="col" className="py-1 pr-3">Key time</th>
            {showLocal && <th scope="col" className="py-1 pr-3">Your time ({timeZone})</th>}
            <th scope="col" className="py-1">UTC</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(NAMES) as (keyof typeof NAMES)[]).map((name) => {
            const at = keyTimes[name];
            return (
              <tr key={name} className="border-t border-zinc-100 dark:border-zinc-800">
                <th scope="row" className="py-1 pr-3 font-medium">{NAMES[name]}</th>
                {showLocal && <td className="py-1 pr-3">{at ? <time dateTime={at}>{formatInZone(at, timeZone)}</time> : "not recorded"}</td>}
                <td className="py-1 font-mono text-xs">{at ? <time dateTime={at}>{formatInZone(at, "UTC", false)} UTC</time> : "not recorded"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
