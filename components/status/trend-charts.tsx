"use client";
import type { ReactNode } from "react";
import { useHydrated } from "@/components/common/use-hydrated";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMinutes } from "@/lib/rules/status/trends";
import type { Serialized } from "@/lib/serialize";
import type { Trends } from "@/lib/status-page/get-trends";

const SEVERITY_COLORS: Record<string, string> = { SEV1: "#dc2626", SEV2: "#ea580c", SEV3: "#ca8a04", SEV4: "#2563eb" };
const AXIS = { fontSize: 11, fill: "#52525b" };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// Weeks are labelled from their ISO date, not through the local clock, so
// the server and the browser print the same label.
function weekLabel(week: string): string {
  const [, month, day] = week.split("-");
  return `${Number(day)} ${MONTHS[Number(month) - 1]}`;
}

const legendText = (value: string) => <span className="text-zinc-700 dark:text-zinc-300">{value}</span>;

// Three charts people would rather look at than read, each titled, with
// axes and units, and the same numbers as a table for screen readers and
// anyone who wants exact values. Drills are excluded by the query.
export function TrendCharts({ trends }: { trends: Serialized<Trends> }) {
  const weeks = trends.weekly.map((point) => ({
    week: weekLabel(point.week),
    ...point.open,
    acknowledge: point.minutesToAcknowledge,
    contain: point.minutesToContain,
    met: point.deadlinesMet,
    late: point.deadlinesLate,
  }));
  const severities = trends.severities;
  const latest = trends.weekly.at(-1);
  const openNow = severities.map((key) => `${latest?.open[key] ?? 0} ${key}`).join(", ");
  const met = trends.weekly.reduce((sum, point) => sum + point.deadlinesMet, 0);
  const late = trends.weekly.reduce((sum, point) => sum + point.deadlinesLate, 0);

  return (
    <section aria-labelledby="trends-heading" className="mt-8 break-inside-avoid">
      <h2 id="trends-heading" className="mb-2 text-base font-semibold">Trends over 12 weeks (drills excluded)</h2>
      <dl className="mb-3 flex flex-wrap gap-6 text-sm">
        <div>
          <dt className="text-xs uppercase text-zinc-600 dark:text-zinc-400">Mean time to acknowledge</dt>
          <dd className="text-lg font-semibold">{formatMinutes(trends.meanMinutesToAcknowledge)}</dd>
        </div>
        <div>
          <dt className="text-xs uppercase text-zinc-600 dark:text-zinc-400">Mean time to contain</dt>
          <dd className="text-lg font-semibold">{formatMinutes(trends.meanMinutesToContain)}</dd>
        </div>
      </dl>
      <div className="grid gap-4 lg:grid-cols-3">
        <ChartFigure
          title="Open incidents by severity"
          summary={severities.length ? `Open at the end of each week, by severity. Open now: ${openNow}.` : "No incidents in these 12 weeks."}
          columns={["Week starting", ...severities]}
          rows={trends.weekly.map((point) => [weekLabel(point.week), ...severities.map((key) => String(point.open[key] ?? 0))])}
        >
          <BarChart data={weeks} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} width={40} label={{ value: "incidents", angle: -90, position: "insideLeft", style: AXIS }} />
            <Tooltip />
            <Legend formatter={legendText} />
            {severities.map((key) => <Bar key={key} dataKey={key} stackId="open" fill={SEVERITY_COLORS[key] ?? "#71717a"} />)}
          </BarChart>
        </ChartFigure>
        <ChartFigure
          title="Time to acknowledge and to contain"
          summary={`Mean minutes from declaration, for incidents declared each week; gaps where nothing was measured. Over 12 weeks: acknowledge ${formatMinutes(trends.meanMinutesToAcknowledge)}, contain ${formatMinutes(trends.meanMinutesToContain)}.`}
          columns={["Week starting", "To acknowledge", "To contain"]}
          rows={trends.weekly.map((point) => [weekLabel(point.week), formatMinutes(point.minutesToAcknowledge), formatMinutes(point.minutesToContain)])}
        >
          <LineChart data={weeks} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} width={40} label={{ value: "minutes", angle: -90, position: "insideLeft", style: AXIS }} />
            <Tooltip />
            <Legend formatter={legendText} />
            <Line dataKey="acknowledge" name="To acknowledge" stroke="#2563eb" strokeWidth={2} dot connectNulls={false} />
            <Line dataKey="contain" name="To contain" stroke="#ea580c" strokeWidth={2} dot connectNulls={false} />
          </LineChart>
        </ChartFigure>
        <ChartFigure
          title="Reporting deadlines met and late"
          summary={`Deadlines falling due each week: filed in time, or filed late or missed. Over 12 weeks: ${met} met, ${late} late.`}
          columns={["Week starting", "Met", "Late"]}
          rows={trends.weekly.map((point) => [weekLabel(point.week), String(point.deadlinesMet), String(point.deadlinesLate)])}
        >
          <BarChart data={weeks} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} width={40} label={{ value: "deadlines", angle: -90, position: "insideLeft", style: AXIS }} />
            <Tooltip />
            <Legend formatter={legendText} />
            <Bar dataKey="met" name="Met" stackId="deadlines" fill="#16a34a" />
            <Bar dataKey="late" name="Late" stackId="deadlines" fill="#dc2626" />
          </BarChart>
        </ChartFigure>
      </div>
    </section>
  );
}

export function ChartFigure({ title, summary, columns, rows, children }: { title: string; summary: string; columns: string[]; rows: string[][]; children: ReactNode }) {
  // The chart measures its box, so it is drawn once in the browser; the
  // server sends the box (same size, no layout shift) and the table.
  const hydrated = useHydrated();
  return (
    <figure className="min-w-0 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <figcaption>
        <h3 className="text-sm font-semibold">{title}</h3>
        <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">{summary}</p>
      </figcaption>
      <div className="mt-2 h-52" role="img" aria-label={`${title}: ${summary}`}>
        {hydrated && (
          <ResponsiveContainer width="100%" height="100%">
            {children as React.ReactElement}
          </ResponsiveContainer>
        )}
      </div>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer font-medium text-zinc-700 dark:text-zinc-300">Show as a table</summary>
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`${title} as a table`}>
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>{columns.map((column) => <th key={column} scope="col" className="pr-3 font-medium">{column}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row[0]}>{row.map((cell, index) => (index === 0 ? <th key={index} scope="row" className="pr-3 font-normal">{cell}</th> : <td key={index} className="pr-3">{cell}</td>))}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
