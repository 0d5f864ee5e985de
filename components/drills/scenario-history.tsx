"use client";
import Link from "next/link";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { LocalTime, formatLocalTime } from "@/components/common/local-time";
import { EmptyState } from "@/components/ui/empty-state";
import { ChartFigure } from "@/components/status/trend-charts";
import type { ScenarioHistoryRow } from "@/lib/drills/get-scenario-history";
import { formatMinutes } from "@/lib/rules/status/trends";
import type { Serialized } from "@/lib/serialize";

const AXIS = { fontSize: 11, fill: "#52525b" };
const legendText = (value: string) => <span className="text-zinc-700 dark:text-zinc-300">{value}</span>;

// Every ended drill of one scenario, oldest first: is the team getting
// better at it? A chart for the trend, the same numbers as a table.
export function ScenarioHistory({ drills, timeZone }: { drills: Serialized<ScenarioHistoryRow>[]; timeZone: string }) {
  if (drills.length === 0) {
    return (
      <EmptyState title="No ended drills of this scenario yet">
        Once a drill of this scenario ends, its score and times appear here. <Link className="underline" href="/drills" prefetch={false}>Start a drill</Link>.
      </EmptyState>
    );
  }
  const day = (at: string) => formatLocalTime(new Date(at), timeZone, false);
  const points = drills.map((d) => ({
    label: day(d.startsAt),
    score: d.total ? Math.round((100 * d.met) / d.total) : null,
    acknowledge: d.minutesToAcknowledge,
    contain: d.minutesToContain,
  }));
  const first = points[0]!;
  const last = points.at(-1)!;
  return (
    // A one-column grid whose track may shrink to nothing: the chart measures
    // its box, so it must never be what decides the page's width.
    <div className="grid grid-cols-1 gap-6">
      <ChartFigure
        title="Score and response times per drill"
        summary={`${drills.length} ended ${drills.length === 1 ? "drill" : "drills"}, oldest first. Items met: ${first.score ?? "—"}% in the first, ${last.score ?? "—"}% in the latest.`}
        columns={["Drill started", "Items met (%)", "To acknowledge", "To contain"]}
        rows={points.map((p) => [p.label, p.score === null ? "—" : `${p.score}%`, formatMinutes(p.acknowledge), formatMinutes(p.contain)])}
      >
        <LineChart data={points} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS} />
          <YAxis yAxisId="pct" domain={[0, 100]} tick={AXIS} width={36} label={{ value: "% met", angle: -90, position: "insideLeft", style: AXIS }} />
          <YAxis yAxisId="min" orientation="right" allowDecimals={false} tick={AXIS} width={36} label={{ value: "minutes", angle: 90, position: "insideRight", style: AXIS }} />
          <Tooltip />
          <Legend formatter={legendText} />
          <Line yAxisId="pct" dataKey="score" name="Items met (%)" stroke="#16a34a" strokeWidth={2} dot connectNulls={false} />
          <Line yAxisId="min" dataKey="acknowledge" name="To acknowledge (min)" stroke="#2563eb" strokeWidth={2} dot connectNulls={false} />
          <Line yAxisId="min" dataKey="contain" name="To contain (min)" stroke="#ea580c" strokeWidth={2} dot connectNulls={false} />
        </LineChart>
      </ChartFigure>

      <div className="relative overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900" tabIndex={0} role="region" aria-label="Drills of this scenario">
        <table className="w-full text-left text-sm tabular-nums">
          <caption className="sr-only">Drills of this scenario, oldest first</caption>
          <thead className="text-xs uppercase text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="px-3 py-2">Started</th>
              <th scope="col" className="px-3 py-2">Participants</th>
              <th scope="col" className="px-3 py-2">Items met</th>
              <th scope="col" className="px-3 py-2">To acknowledge</th>
              <th scope="col" className="px-3 py-2">To contain</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">Report</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {drills.map((d) => (
              <tr key={d.drillId}>
                <td className="px-3 py-2"><LocalTime at={d.startsAt} timeZone={timeZone} /></td>
                <td className="px-3 py-2">{d.participants}</td>
                <td className="px-3 py-2">{d.met} of {d.total}</td>
                <td className="px-3 py-2">{formatMinutes(d.minutesToAcknowledge)}</td>
                <td className="px-3 py-2">{formatMinutes(d.minutesToContain)}</td>
                <td className="px-3 py-2"><Link className="underline" href={`/drills/${d.drillId}/report`}>Report</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
